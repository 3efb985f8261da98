//! SDK and Web SDK payloads turned into the REST body, so a backend can forward what the
//! front end validated.

use serde_json::{Map, Value};

use crate::diagnostic::Text;
use crate::model::{FieldSpec, GROUP_FIELDS, KV_FIELDS, KvSlot, MEMBER_FIELDS, MemberSlot, Slot};
use crate::request::{CreateGroupRequest, CustomField, Member};
use crate::rules::group_type::{GroupType, JoinOption};
use crate::{Dialect, Options, Report, text};

/// The result of a conversion: the source's verdict, the REST body when the source is valid,
/// and what could not be carried over.
#[derive(Clone, Debug)]
pub struct Conversion {
    pub report: Report,
    pub body: Option<CreateGroupRequest>,
    pub dropped: Vec<Text>,
}

/// Validates `src` in `opts.dialect` (or the detected one) and, when it has no error,
/// converts it to the REST body.
pub fn to_rest(src: &str, opts: &Options) -> Conversion {
    let report = crate::validate(src, opts);
    if !report.valid() {
        return Conversion {
            report,
            body: None,
            dropped: Vec::new(),
        };
    }
    let mut dropped = Vec::new();
    // A valid payload has no comments, so serde_json reads it (after the BOM, only warned of).
    let json = src.strip_prefix('\u{feff}').unwrap_or(src);
    let body = match serde_json::from_str::<Value>(json) {
        Ok(Value::Object(obj)) => Some(convert(&obj, report.dialect, &mut dropped)),
        _ => None,
    };
    Conversion {
        report,
        body,
        dropped,
    }
}

fn get<'v>(obj: &'v Map<String, Value>, spec: &FieldSpec, d: Dialect) -> Option<&'v Value> {
    spec.name(d)
        .and_then(|n| obj.get(n))
        .filter(|v| !v.is_null())
}

fn string(v: Option<&Value>) -> Option<String> {
    v.and_then(Value::as_str).map(str::to_string)
}

fn join_option(v: Option<&Value>, d: Dialect, invite: bool) -> Option<String> {
    let v = v?;
    let opt = match v {
        Value::Number(n) => [JoinOption::Forbid, JoinOption::Auth, JoinOption::Any]
            .get(usize::try_from(n.as_u64()?).ok()?)
            .copied(),
        Value::String(s) => {
            let s = s.strip_prefix("GroupAddOptTypeEnum.").unwrap_or(s);
            [JoinOption::Forbid, JoinOption::Auth, JoinOption::Any]
                .into_iter()
                .find(|o| {
                    if d == Dialect::Sdk {
                        s == o.sdk()
                    } else {
                        s == o.rest(invite)
                    }
                })
        }
        _ => None,
    };
    opt.map(|o| o.rest(invite).to_string())
}

fn custom(list: Option<&Value>, d: Dialect) -> Option<Vec<CustomField>> {
    let list = list?.as_array()?;
    Some(
        list.iter()
            .filter_map(Value::as_object)
            .map(|e| CustomField {
                key: string(get(e, &KV_FIELDS[KvSlot::Key as usize], d)).unwrap_or_default(),
                value: string(get(e, &KV_FIELDS[KvSlot::Value as usize], d)).unwrap_or_default(),
            })
            .collect(),
    )
}

fn is_admin(role: &Value) -> bool {
    match role {
        Value::Number(n) => n.as_u64() == Some(300),
        Value::String(s) => {
            let s = s.strip_prefix("GroupMemberRoleTypeEnum.").unwrap_or(s);
            s == "Admin" || s == "V2TIM_GROUP_MEMBER_ROLE_ADMIN"
        }
        _ => false,
    }
}

fn convert(obj: &Map<String, Value>, d: Dialect, dropped: &mut Vec<Text>) -> CreateGroupRequest {
    let field = |slot: Slot| get(obj, &GROUP_FIELDS[slot as usize], d);
    let ty = string(field(Slot::Type))
        .and_then(|s| GroupType::parse(&s, d))
        .unwrap_or(GroupType::Work);
    let members = field(Slot::MemberList)
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(Value::as_object)
                .map(|m| Member {
                    member_account: string(get(m, &MEMBER_FIELDS[MemberSlot::Account as usize], d))
                        .unwrap_or_default(),
                    role: get(m, &MEMBER_FIELDS[MemberSlot::Role as usize], d)
                        .filter(|r| is_admin(r))
                        .map(|_| "Admin".to_string()),
                    app_member_defined_data: custom(
                        get(m, &MEMBER_FIELDS[MemberSlot::CustomData as usize], d),
                        d,
                    ),
                })
                .collect()
        });
    let topic = match field(Slot::SupportTopic) {
        Some(Value::Bool(b)) => Some(u8::from(*b)),
        Some(Value::Number(n)) => n.as_u64().map(|n| u8::from(n == 1)),
        _ => None,
    };
    if field(Slot::AllMuted) == Some(&Value::Bool(true)) {
        dropped.push(text!(
            "isAllMuted: create_group has no mute-all field; mute the group after creation",
            "isAllMuted：create_group 没有全员禁言字段，请在建群后设置"
        ));
    }
    if d != Dialect::Rest {
        dropped.push(text!(
            "the owner: the SDK makes the calling user the owner; set Owner_Account to that user's ID",
            "群主：SDK 以调用者为群主；请把 Owner_Account 设为该用户的 ID"
        ));
    }
    let dialect = d.as_str();
    for key in obj.keys() {
        if !GROUP_FIELDS.iter().any(|s| s.name(d) == Some(key.as_str())) {
            dropped.push(text!(
                "`{key}`: not a {dialect} field",
                "`{key}`：不是 {dialect} 写法的字段"
            ));
        }
    }
    CreateGroupRequest {
        owner_account: string(field(Slot::Owner)),
        group_type: ty.rest().to_string(),
        group_id: string(field(Slot::GroupId)),
        name: string(field(Slot::Name)).unwrap_or_default(),
        introduction: string(field(Slot::Introduction)),
        notification: string(field(Slot::Notification)),
        face_url: string(field(Slot::FaceUrl)),
        max_member_count: field(Slot::MaxMemberCount).and_then(Value::as_u64),
        apply_join_option: join_option(field(Slot::ApplyJoinOption), d, false),
        invite_join_option: join_option(field(Slot::InviteJoinOption), d, true),
        app_defined_data: custom(field(Slot::AppDefinedData), d),
        member_list: members,
        support_topic: topic,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sdk_payload_becomes_a_valid_rest_body() {
        let src = r#"{"groupType": "Work", "groupName": "团队", "addOpt": 2, "approveOpt": "V2TIM_GROUP_ADD_AUTH",
            "isAllMuted": true, "memberList": [{"userID": "bob", "role": 200}]}"#;
        let opts = Options {
            dialect: Dialect::Sdk,
            ..Options::default()
        };
        let c = to_rest(src, &opts);
        let body = c.body.expect("valid");
        assert_eq!(body.group_type, "Private");
        assert_eq!(body.apply_join_option.as_deref(), Some("FreeAccess"));
        assert_eq!(body.invite_join_option.as_deref(), Some("NeedPermission"));
        assert_eq!(body.member_list.as_ref().map(Vec::len), Some(1));
        assert!(c.dropped.iter().any(|t| t.en.starts_with("isAllMuted")));
        assert!(
            body.validate(&Options::default())
                .diagnostics
                .iter()
                .all(|d| !d.is_error())
        );
    }

    #[test]
    fn invalid_source_gives_no_body() {
        let opts = Options {
            dialect: Dialect::Web,
            ..Options::default()
        };
        assert!(to_rest(r#"{"type": "Public"}"#, &opts).body.is_none());
    }
}
