//! SDK and Web SDK payloads turned into the REST body, so a backend can forward what the
//! front end validated.

use crate::diagnostic::Text;
use crate::json::{Document, Kind, NodeId};
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
    // Read with the validator's own reader, so whatever it accepted (a BOM, a number too large
    // for an f64 in an ignored field) converts too.
    let body = Document::parse_into(src, Vec::new(), opts.max_depth)
        .ok()
        .filter(|doc| doc.kind(0) == Kind::Object)
        .map(|doc| {
            convert(
                &Reader {
                    doc,
                    d: report.dialect,
                },
                &mut dropped,
            )
        });
    Conversion {
        report,
        body,
        dropped,
    }
}

/// The parsed payload and its dialect: looks fields up by their name in that dialect.
struct Reader<'a> {
    doc: Document<'a>,
    d: Dialect,
}

impl Reader<'_> {
    /// A field's value (the last, as the validator reads repeated keys), `null` as absent.
    fn get(&self, obj: NodeId, spec: &FieldSpec) -> Option<NodeId> {
        let name = spec.name(self.d)?;
        self.doc
            .members(obj)
            .filter(|&(k, _)| self.doc.str(k) == name)
            .last()
            .map(|(_, v)| v)
            .filter(|&v| self.doc.kind(v) != Kind::Null)
    }

    fn string(&self, v: Option<NodeId>) -> Option<String> {
        let v = v?;
        matches!(self.doc.kind(v), Kind::String { .. }).then(|| self.doc.str(v).into_owned())
    }

    fn join_option(&self, v: Option<NodeId>, invite: bool) -> Option<String> {
        let v = v?;
        let all = [JoinOption::Forbid, JoinOption::Auth, JoinOption::Any];
        let opt = match self.doc.kind(v) {
            Kind::Number => all
                .get(usize::try_from(self.doc.integer(v)?).ok()?)
                .copied(),
            Kind::String { .. } => {
                let s = self.doc.str(v);
                let s = s.strip_prefix("GroupAddOptTypeEnum.").unwrap_or(&s);
                all.into_iter().find(|o| {
                    if self.d == Dialect::Sdk {
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

    fn custom(&self, list: Option<NodeId>) -> Option<Vec<CustomField>> {
        let list = list.filter(|&l| self.doc.kind(l) == Kind::Array)?;
        let entries = self.doc.items(list).map(|(_, e)| e);
        Some(
            entries
                .filter(|&e| self.doc.kind(e) == Kind::Object)
                .map(|e| CustomField {
                    key: self
                        .string(self.get(e, &KV_FIELDS.specs[KvSlot::Key as usize]))
                        .unwrap_or_default(),
                    value: self
                        .string(self.get(e, &KV_FIELDS.specs[KvSlot::Value as usize]))
                        .unwrap_or_default(),
                })
                .collect(),
        )
    }

    fn is_admin(&self, role: NodeId) -> bool {
        match self.doc.kind(role) {
            Kind::Number => self.doc.integer(role) == Some(300),
            Kind::String { .. } => {
                let s = self.doc.str(role);
                let s = s.strip_prefix("GroupMemberRoleTypeEnum.").unwrap_or(&s);
                s == "Admin" || s == "V2TIM_GROUP_MEMBER_ROLE_ADMIN"
            }
            _ => false,
        }
    }
}

fn convert(r: &Reader<'_>, dropped: &mut Vec<Text>) -> CreateGroupRequest {
    let (doc, d) = (&r.doc, r.d);
    let field = |slot: Slot| r.get(0, &GROUP_FIELDS.specs[slot as usize]);
    let ty = r
        .string(field(Slot::Type))
        .and_then(|s| GroupType::parse(&s, d))
        .unwrap_or(GroupType::Work);
    let members = field(Slot::MemberList)
        .filter(|&l| doc.kind(l) == Kind::Array)
        .map(|list| {
            doc.items(list)
                .map(|(_, m)| m)
                .filter(|&m| doc.kind(m) == Kind::Object)
                .map(|m| Member {
                    member_account: r
                        .string(r.get(m, &MEMBER_FIELDS.specs[MemberSlot::Account as usize]))
                        .unwrap_or_default(),
                    role: r
                        .get(m, &MEMBER_FIELDS.specs[MemberSlot::Role as usize])
                        .filter(|&role| r.is_admin(role))
                        .map(|_| "Admin".to_string()),
                    app_member_defined_data: r
                        .custom(r.get(m, &MEMBER_FIELDS.specs[MemberSlot::CustomData as usize])),
                })
                .collect()
        });
    let topic = field(Slot::SupportTopic).and_then(|v| match doc.kind(v) {
        Kind::Bool(b) => Some(u8::from(b)),
        Kind::Number => doc.integer(v).map(|n| u8::from(n == 1)),
        _ => None,
    });
    if field(Slot::AllMuted).is_some_and(|v| doc.kind(v) == Kind::Bool(true)) {
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
    for (k, _) in doc.members(0) {
        let key = doc.str(k);
        if !GROUP_FIELDS.specs.iter().any(|s| s.name(d) == Some(&*key)) {
            dropped.push(text!(
                "`{key}`: not a {dialect} field",
                "`{key}`：不是 {dialect} 写法的字段"
            ));
        }
    }
    CreateGroupRequest {
        owner_account: r.string(field(Slot::Owner)),
        group_type: ty.rest().to_string(),
        group_id: r.string(field(Slot::GroupId)),
        name: r.string(field(Slot::Name)).unwrap_or_default(),
        introduction: r.string(field(Slot::Introduction)),
        notification: r.string(field(Slot::Notification)),
        face_url: r.string(field(Slot::FaceUrl)),
        max_member_count: field(Slot::MaxMemberCount)
            .and_then(|v| doc.integer(v))
            .and_then(|n| u64::try_from(n).ok()),
        apply_join_option: r.join_option(field(Slot::ApplyJoinOption), false),
        invite_join_option: r.join_option(field(Slot::InviteJoinOption), true),
        app_defined_data: r.custom(field(Slot::AppDefinedData)),
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
