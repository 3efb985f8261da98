//! SDK and Web SDK payloads turned into the REST body, so a backend can forward what the
//! front end validated.

use crate::diagnostic::{Message, messages};
use crate::domain::{GroupType, JoinOption, Role};
use crate::json::{Document, Kind, NodeId};
use crate::model::{FieldTable, GROUP_FIELDS, KV_FIELDS, KvSlot, MEMBER_FIELDS, MemberSlot, Slot};
use crate::request::{CreateGroupRequest, CustomField, Member, MemberRole};
use crate::{Dialect, Options, Report};

messages! {
    DROPPED_ALL_MUTED = "convert.all-muted":
        "`{field}`: create_group has no mute-all field; mute the group after creation",
        "`{field}`：`create_group` 没有全员禁言字段，请在建群后设置";
    DROPPED_OWNER = "convert.owner":
        "the owner: the SDK makes the calling user the owner; set Owner_Account to that user's ID",
        "群主：SDK 以调用者为群主；请把 `Owner_Account` 设为该用户的 ID";
    DROPPED_BY_SDK = "convert.sdk-drops":
        "`{field}`: the {dialect:dialect} does not send it for {type} groups",
        "`{field}`：{dialect:dialect} 不会为 `{type}` 群发送此字段";
    DROPPED_EMPTY_GROUP_ID = "convert.empty-group-id":
        "`{field}`: empty, so left out (the server assigns an ID)",
        "`{field}`：为空，已省略（由后台分配群 ID）";
    DROPPED_UNKNOWN_FIELD = "convert.unknown-field":
        "`{field}`: not a {dialect:dialect} field",
        "`{field}`：不是 {dialect:dialect} 写法的字段";
}

/// The result of a conversion: the source's verdict, the REST body when the source is valid,
/// and what could not be carried over.
#[derive(Clone, Debug)]
pub struct Conversion {
    /// The source payload's verdict, in its own dialect.
    pub report: Report,
    /// The REST body, when the source is valid.
    pub body: Option<CreateGroupRequest>,
    /// What the REST body cannot carry (a field REST has no place for), as messages.
    pub dropped: Vec<Message>,
}

/// Validates `src` in `opts.dialect` (or the detected one) and, when it has no error,
/// converts it to the REST body.
///
/// ```
/// use timlint::{Dialect, Options};
/// let opts = Options { dialect: Dialect::Sdk, ..Options::default() };
/// let c = timlint::to_rest(r#"{"groupType": "Work", "groupName": "TestGroup"}"#, &opts);
/// assert!(c.report.valid());
/// let body = c.body.unwrap();
/// assert_eq!((body.group_type, body.name.as_str()), (timlint::GroupType::Work, "TestGroup"));
/// assert_eq!(body.to_json_compact(), r#"{"Type":"Private","Name":"TestGroup"}"#);
/// ```
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
    // Read with the validator's own parser and field tables, so whatever it accepted (a BOM,
    // a number too large for an f64 in an ignored field, a repeated key) converts the same.
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

/// The parsed payload and its dialect.
struct Reader<'a> {
    doc: Document<'a>,
    d: Dialect,
}

impl Reader<'_> {
    /// The fields of the object `obj` by slot, as the validator reads them (the last of a
    /// repeated key, `null` as absent).
    fn fields<const N: usize>(&self, obj: NodeId, table: &FieldTable<N>) -> [Option<NodeId>; N] {
        let fields = table.read(&self.doc, obj, self.d, |_, _| {});
        std::array::from_fn(|slot| fields.get(&self.doc, table, slot, self.d).map(|v| v.node))
    }

    fn string(&self, v: Option<NodeId>) -> Option<String> {
        let v = v?;
        matches!(self.doc.kind(v), Kind::String { .. }).then(|| self.doc.str(v).into_owned())
    }

    fn join_option(&self, v: Option<NodeId>, invite: bool) -> Option<JoinOption> {
        let v = v?;
        match self.doc.kind(v) {
            Kind::Number => JoinOption::from_sdk_number(self.doc.integer(v)?),
            Kind::String { .. } => JoinOption::parse(&self.doc.str(v), self.d, invite),
            _ => None,
        }
    }

    fn custom(&self, list: Option<NodeId>) -> Option<Vec<CustomField>> {
        let list = list.filter(|&l| self.doc.kind(l) == Kind::Array)?;
        let entries = self.doc.items(list).map(|(_, e)| e);
        Some(
            entries
                .filter(|&e| self.doc.kind(e) == Kind::Object)
                .map(|e| {
                    let f = self.fields(e, &KV_FIELDS);
                    CustomField {
                        key: self.string(f[KvSlot::Key as usize]).unwrap_or_default(),
                        value: self.string(f[KvSlot::Value as usize]).unwrap_or_default(),
                    }
                })
                .collect(),
        )
    }

    fn is_admin(&self, role: NodeId) -> bool {
        let found = match self.doc.kind(role) {
            Kind::Number => self.doc.integer(role).and_then(Role::from_sdk_number),
            Kind::String { .. } => Role::parse(&self.doc.str(role), self.d),
            _ => None,
        };
        found == Some(Role::Admin)
    }
}

fn convert(r: &Reader<'_>, dropped: &mut Vec<Message>) -> CreateGroupRequest {
    let (doc, d) = (&r.doc, r.d);
    let mut group = r.fields(0, &GROUP_FIELDS);
    let ty = r
        .string(group[Slot::Type as usize])
        .and_then(|s| GroupType::parse(&s, d))
        .unwrap_or(GroupType::Work);
    // What the client library drops or forces before sending (see the rules' `.sdk-*`
    // messages) is left out here too, so that a valid source gives a valid REST body.
    let sdk_drops = |slot: Slot| match (d, slot, ty) {
        (Dialect::Web, Slot::MemberList, t) => !t.allows_members(),
        (
            Dialect::Web,
            Slot::ApplyJoinOption,
            GroupType::Work | GroupType::Meeting | GroupType::AvChatRoom,
        ) => true,
        (Dialect::Sdk, Slot::InviteJoinOption, GroupType::AvChatRoom) => true,
        (Dialect::Sdk | Dialect::Web, Slot::SupportTopic, t) => t != GroupType::Community,
        _ => false,
    };
    for slot in [
        Slot::MemberList,
        Slot::ApplyJoinOption,
        Slot::InviteJoinOption,
        Slot::SupportTopic,
    ] {
        if group[slot as usize].is_some() && sdk_drops(slot) {
            group[slot as usize] = None;
            let message = Message::new(&DROPPED_BY_SDK)
                .with("field", GROUP_FIELDS.name(slot as usize, d))
                .with("dialect", d)
                .with("type", ty.spelling(d));
            dropped.push(message);
        }
    }
    let gid = Slot::GroupId as usize;
    if group[gid].is_some_and(|v| matches!(doc.kind(v), Kind::String { .. }) && doc.str_len(v) == 0)
    {
        group[gid] = None;
        let name = GROUP_FIELDS.name(gid, d);
        dropped.push(Message::new(&DROPPED_EMPTY_GROUP_ID).with("field", name));
    }
    let field = |slot: Slot| group[slot as usize];
    let members = field(Slot::MemberList)
        .filter(|&l| doc.kind(l) == Kind::Array)
        .map(|list| {
            doc.items(list)
                .map(|(_, m)| m)
                .filter(|&m| doc.kind(m) == Kind::Object)
                .map(|m| {
                    let f = r.fields(m, &MEMBER_FIELDS);
                    Member {
                        member_account: r
                            .string(f[MemberSlot::Account as usize])
                            .unwrap_or_default(),
                        role: f[MemberSlot::Role as usize]
                            .filter(|&role| r.is_admin(role))
                            .map(|_| MemberRole::Admin),
                        app_member_defined_data: r.custom(f[MemberSlot::CustomData as usize]),
                    }
                })
                .collect()
        });
    let topic = field(Slot::SupportTopic).and_then(|v| match doc.kind(v) {
        Kind::Bool(b) => Some(u8::from(b)),
        Kind::Number => doc.integer(v).map(|n| u8::from(n == 1)),
        _ => None,
    });
    if field(Slot::AllMuted).is_some_and(|v| doc.kind(v) == Kind::Bool(true)) {
        let name = GROUP_FIELDS.name(Slot::AllMuted as usize, d);
        dropped.push(Message::new(&DROPPED_ALL_MUTED).with("field", name));
    }
    if d != Dialect::Rest {
        dropped.push(Message::new(&DROPPED_OWNER));
    }
    GROUP_FIELDS.read(doc, 0, d, |key, stray| {
        if stray == crate::model::Stray::Unknown {
            let message = Message::new(&DROPPED_UNKNOWN_FIELD)
                .with("field", doc.str(key).into_owned())
                .with("dialect", d);
            dropped.push(message);
        }
    });
    let enable_permission = field(Slot::EnablePermission).and_then(|v| match doc.kind(v) {
        Kind::Bool(b) => Some(u8::from(b)),
        Kind::Number => doc.integer(v).map(|n| u8::from(n == 1)),
        _ => None,
    });
    let default_permission = field(Slot::DefaultPermission)
        .filter(|&v| doc.kind(v) == Kind::Number)
        .and_then(|v| doc.raw(v).parse::<u64>().ok());
    // `faceURL` (iOS) stands for `faceUrl` when that is not given.
    let face_url = r
        .string(field(Slot::FaceUrl))
        .or_else(|| r.string(field(Slot::FaceUrlIos)));
    CreateGroupRequest {
        owner_account: r.string(field(Slot::Owner)),
        group_type: ty,
        group_id: r.string(field(Slot::GroupId)),
        name: r.string(field(Slot::Name)).unwrap_or_default(),
        introduction: r.string(field(Slot::Introduction)),
        notification: r.string(field(Slot::Notification)),
        face_url,
        max_member_count: field(Slot::MaxMemberCount)
            .and_then(|v| doc.integer(v))
            .and_then(|n| u64::try_from(n).ok()),
        apply_join_option: r
            .join_option(field(Slot::ApplyJoinOption), false)
            .map(Into::into),
        invite_join_option: r
            .join_option(field(Slot::InviteJoinOption), true)
            .map(Into::into),
        app_defined_data: r.custom(field(Slot::AppDefinedData)),
        member_list: members,
        support_topic: topic,
        enable_permission,
        default_permission,
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
        assert_eq!(body.group_type, GroupType::Work);
        assert_eq!(
            body.apply_join_option,
            Some(crate::ApplyJoinOption::FreeAccess)
        );
        assert_eq!(
            body.invite_join_option,
            Some(crate::InviteJoinOption::NeedPermission)
        );
        assert_eq!(body.member_list.as_ref().map(Vec::len), Some(1));
        assert!(
            c.dropped
                .iter()
                .any(|m| m.text(crate::Lang::En).starts_with("`isAllMuted`"))
        );
        assert!(
            body.validate(&Options::default())
                .diagnostics
                .iter()
                .all(|d| !d.is_error())
        );
    }

    #[test]
    fn newer_sdk_fields_carry_over() {
        let src = r#"{"groupType": "Community", "groupName": "c", "maxMemberCount": 5000,
            "isEnablePermissionGroup": true, "defaultPermissions": 5, "faceURL": "https://a/b.png"}"#;
        let opts = Options {
            dialect: Dialect::Sdk,
            ..Options::default()
        };
        let c = to_rest(src, &opts);
        assert!(
            c.report.diagnostics.is_empty(),
            "{:?}",
            c.report.diagnostics
        );
        let body = c.body.expect("valid");
        assert_eq!(body.max_member_count, Some(5000));
        assert_eq!(body.enable_permission, Some(1));
        assert_eq!(body.default_permission, Some(5));
        assert_eq!(body.face_url.as_deref(), Some("https://a/b.png"));
        assert!(body.validate(&Options::default()).diagnostics.is_empty());
    }

    #[test]
    fn what_the_sdk_drops_is_not_carried_over() {
        for (dialect, src) in [
            (
                Dialect::Web,
                r#"{"type": "AVChatRoom", "name": "x", "memberList": [{"userID": "bob"}], "joinOption": "FreeAccess", "isSupportTopic": true, "groupID": ""}"#,
            ),
            (
                Dialect::Sdk,
                r#"{"groupType": "AVChatRoom", "groupName": "x", "approveOpt": 2, "isSupportTopic": true}"#,
            ),
        ] {
            let opts = Options {
                dialect,
                ..Options::default()
            };
            let c = to_rest(src, &opts);
            let body = c.body.expect("valid, with warnings");
            assert_eq!(
                (
                    &body.member_list,
                    &body.apply_join_option,
                    &body.invite_join_option
                ),
                (&None, &None, &None)
            );
            assert_eq!((body.support_topic, &body.group_id), (None, &None));
            let r = body.validate(&Options::default());
            assert!(r.valid(), "{dialect:?}: {:?}", r.diagnostics);
            assert!(c.dropped.len() >= 2, "{:?}", c.dropped);
        }
    }

    /// REST's 0/1 flags carry over as numbers (the SDKs' booleans are in the golden tests).
    #[test]
    fn rest_flags_convert_as_the_numbers_they_are() {
        for flag in [0u8, 1] {
            let src = format!(
                r#"{{"Type": "Community", "Name": "x", "SupportTopic": {flag}, "EnablePermission": {flag}}}"#
            );
            let body = to_rest(&src, &Options::default()).body.expect("valid");
            assert_eq!(
                (body.support_topic, body.enable_permission),
                (Some(flag), Some(flag))
            );
        }
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
