//! SDK and Web SDK payloads turned into the REST body, so a backend can forward what the
//! front end validated.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use crate::diagnostic::{Message, messages};
use crate::domain::{GroupType, JoinOption, Role};
use crate::json::{Document, Kind, NodeId};
use crate::model::{
    ADD_MEMBER_FIELDS, FieldTable, GROUP_FIELDS, KV_FIELDS, KvSlot, MEMBER_FIELDS, MemberSlot,
    SLOTS, Slot, TOPIC_INFO_FIELDS, call_fields,
};
use crate::request::{CreateGroupRequest, CustomField, Member, MemberRole};
use crate::write::{ObjectWriter, write_array, write_str};
use crate::{Api, Dialect, Options, Report};

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
    DROPPED_IGNORED_BY_SDK = "convert.sdk-ignores":
        "`{field}`: the {dialect:dialect} does not send it",
        "`{field}`：{dialect:dialect} 不会发送此字段";
    DROPPED_NO_REST_FIELD = "convert.no-rest-field":
        "`{field}`: {call} has no such field",
        "`{field}`：`{call}` 没有此字段";
    DROPPED_EMPTY_NAME = "convert.empty-name":
        "`{field}`: empty, so left out (the SDK does not send an empty name; REST refuses one)",
        "`{field}`：为空，已省略（SDK 不会发送空群名；REST 接口不接受空群名）";
    DROPPED_NO_REST_VALUE = "convert.no-rest-value":
        "`{field}`: its value has no REST spelling, so it is left out",
        "`{field}`：该值没有对应的 REST 写法，已省略";
    DROPPED_SELF_MEMBER = "convert.self-member":
        "the member: the Web SDK changes the calling user's own; set Member_Account to that user's ID",
        "成员：Web SDK 修改的是调用者自己的资料；请把 `Member_Account` 设为该用户的 ID";
    DROPPED_REST_ONLY = "convert.rest-only":
        "{call} is a REST call only: a {dialect:dialect} payload has nothing to convert to it",
        "`{call}` 只有 REST 接口：{dialect:dialect} 写法的请求体无法转换为它";
}

/// The result of a conversion: the source's verdict, the REST body when the source is valid,
/// and what could not be carried over.
#[derive(Clone, Debug)]
pub struct Conversion {
    /// The source payload's verdict, in its own dialect.
    pub report: Report,
    /// The REST body, when the source is valid.
    pub body: Option<RestBody>,
    /// What the REST body cannot carry (a field REST has no place for), as messages.
    pub dropped: Vec<Message>,
}

/// The REST body of a call: create_group's typed request, or the body of another call as the
/// values its field table names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestBody {
    /// create_group's body.
    CreateGroup(CreateGroupRequest),
    /// The body of another call.
    Call {
        /// The call.
        api: Api,
        /// Its body (an object).
        body: RestValue,
    },
}

/// A JSON value of a REST body the converter wrote (integers only: no call takes a fraction).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestValue {
    /// A string.
    Str(String),
    /// An integer.
    Int(i128),
    /// An array.
    List(Vec<RestValue>),
    /// An object, its keys REST's field names.
    Object(Vec<(&'static str, RestValue)>),
}

impl RestBody {
    /// The create_group request, when this is one.
    pub fn create_group(&self) -> Option<&CreateGroupRequest> {
        match self {
            RestBody::CreateGroup(req) => Some(req),
            RestBody::Call { .. } => None,
        }
    }

    /// The JSON body to send.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The JSON body, compact: byte for byte what `serde_json::to_string` gives.
    pub fn to_json_compact(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    /// Appends the compact JSON body to `out`.
    pub fn write_json(&self, out: &mut String) {
        match self {
            RestBody::CreateGroup(req) => req.write_json(out),
            RestBody::Call { body, .. } => body.write_json(out),
        }
    }

    /// Validates the body as the REST payload of its call.
    pub fn validate(&self, opts: &Options) -> Report {
        match self {
            RestBody::CreateGroup(req) => req.validate(opts),
            RestBody::Call { api, .. } => {
                let opts = Options {
                    dialect: Dialect::Rest,
                    api: *api,
                    ..opts.clone()
                };
                crate::validate(&self.to_json(), &opts)
            }
        }
    }
}

impl Serialize for RestBody {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            RestBody::CreateGroup(req) => req.serialize(s),
            RestBody::Call { body, .. } => body.serialize(s),
        }
    }
}

impl RestValue {
    /// Appends the value as compact JSON.
    pub fn write_json(&self, out: &mut String) {
        match self {
            RestValue::Str(v) => write_str(out, v),
            RestValue::Int(n) => out.push_str(&n.to_string()),
            RestValue::List(items) => write_array(out, items, |out, v| v.write_json(out)),
            RestValue::Object(fields) => {
                let mut o = ObjectWriter::new(out);
                for (key, v) in fields {
                    v.write_json(o.key(key));
                }
                o.end();
            }
        }
    }
}

impl Serialize for RestValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            RestValue::Str(v) => s.serialize_str(v),
            RestValue::Int(n) => s.serialize_i128(*n),
            RestValue::List(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for v in items {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            RestValue::Object(fields) => {
                let mut map = s.serialize_map(Some(fields.len()))?;
                for (k, v) in fields {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

/// Validates `src` in `opts.dialect` (or the detected one) and, when it has no error,
/// converts it to the REST body of `opts.api`.
///
/// ```
/// use timlint::{Api, Dialect, Options};
/// let opts = Options { dialect: Dialect::Sdk, ..Options::default() };
/// let c = timlint::to_rest(r#"{"groupType": "Work", "groupName": "TestGroup"}"#, &opts);
/// assert!(c.report.valid());
/// let body = c.body.unwrap();
/// let req = body.create_group().unwrap();
/// assert_eq!((req.group_type, req.name.as_str()), (timlint::GroupType::Work, "TestGroup"));
/// assert_eq!(body.to_json_compact(), r#"{"Type":"Private","Name":"TestGroup"}"#);
///
/// // Another call: its own field table, the SDK's list of IDs as REST's list of objects.
/// let opts = Options { dialect: Dialect::Web, api: Api::AddMembers, ..Options::default() };
/// let c = timlint::to_rest(r#"{"groupID": "g1", "userIDList": ["bob"]}"#, &opts);
/// assert_eq!(
///     c.body.unwrap().to_json_compact(),
///     r#"{"GroupId":"g1","MemberList":[{"Member_Account":"bob"}]}"#
/// );
/// ```
pub fn to_rest(src: &str, opts: &Options) -> Conversion {
    let report = crate::validate(src, opts);
    // import_group has no SDK spelling: nothing to convert, whatever the verdict.
    if !opts.api.dialects().contains(&report.dialect) {
        let message = Message::new(&DROPPED_REST_ONLY)
            .with(
                "call",
                crate::rules::update::call_name(opts.api, Dialect::Rest),
            )
            .with("dialect", report.dialect);
        return Conversion {
            report,
            body: None,
            dropped: vec![message],
        };
    }
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
            let r = Reader {
                doc,
                d: report.dialect,
            };
            match opts.api {
                Api::CreateGroup => RestBody::CreateGroup(convert(&r, &mut dropped)),
                api => RestBody::Call {
                    api,
                    body: convert_call(&r, api, opts.group_type, &mut dropped),
                },
            }
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

/// The body of a call other than create_group, from its field table: each field the source
/// sets goes to the field of the same slot in REST, its value in REST's form.
fn convert_call(
    r: &Reader<'_>,
    api: Api,
    group_type: Option<GroupType>,
    dropped: &mut Vec<Message>,
) -> RestValue {
    let d = r.d;
    let table = call_fields(api);
    let mut fields = read_call(r, table, 0, dropped);
    // The SDK's createTopicInCommunity takes the topic's fields in `topicInfo`.
    if let Some(info) = fields[Slot::TopicInfo as usize].take() {
        let topic = read_call(r, &TOPIC_INFO_FIELDS, info, dropped);
        for (slot, v) in fields.iter_mut().zip(topic) {
            *slot = slot.or(v);
        }
    }
    // The type of the group changed, as the rules take it (group-apis §1).
    let ty = group_type
        .or_else(|| {
            let s = r.string(fields[Slot::Type as usize])?;
            GroupType::parse(&s, d)
        })
        .or_else(|| {
            let id = r.string(fields[Slot::GroupId as usize])?;
            id.starts_with("@TGS#_").then_some(GroupType::Community)
        });
    let face_url = fields[Slot::FaceUrl as usize].or(fields[Slot::FaceUrlIos as usize]);
    fields[Slot::FaceUrl as usize] = face_url;
    fields[Slot::FaceUrlIos as usize] = None;
    // What the client library does not send (the rules' `ignored-by-sdk` and
    // `ineffective-apply-join-option`) is left out, as at create_group.
    // A field's name as written (the SDK's topic fields are `topicInfo`'s).
    let name = |slot: Slot| {
        let spec = |t: &FieldTable<SLOTS>| t.specs[slot as usize].name(d);
        spec(table).or(spec(&TOPIC_INFO_FIELDS)).unwrap_or("?")
    };
    if d != Dialect::Rest && fields[Slot::MaxMemberCount as usize].take().is_some() {
        let message = Message::new(&DROPPED_IGNORED_BY_SDK)
            .with("field", name(Slot::MaxMemberCount))
            .with("dialect", d);
        dropped.push(message);
    }
    let web_drops_apply = matches!(
        ty,
        Some(GroupType::Work | GroupType::Meeting | GroupType::AvChatRoom)
    );
    if d == Dialect::Web && web_drops_apply && fields[Slot::ApplyJoinOption as usize].is_some() {
        fields[Slot::ApplyJoinOption as usize] = None;
        let message = Message::new(&DROPPED_BY_SDK)
            .with("field", name(Slot::ApplyJoinOption))
            .with("dialect", d)
            .with("type", ty.map_or("", |t| t.spelling(d)));
        dropped.push(message);
    }
    // An empty `groupName` is only a warning in the SDK, which drops it (group-apis §7F).
    let name_slot = Slot::Name as usize;
    let empty = |v: NodeId| matches!(r.doc.kind(v), Kind::String { .. }) && r.doc.str_len(v) == 0;
    if api == Api::ModifyGroup && d == Dialect::Sdk && fields[name_slot].is_some_and(empty) {
        fields[name_slot] = None;
        dropped.push(Message::new(&DROPPED_EMPTY_NAME).with("field", name(Slot::Name)));
    }
    if api == Api::ModifyMember && d == Dialect::Web && fields[Slot::Member as usize].is_none() {
        dropped.push(Message::new(&DROPPED_SELF_MEMBER));
    }
    let mut out = Vec::new();
    for (i, v) in fields.iter().enumerate() {
        let Some(v) = *v else { continue };
        let slot = SLOT_ORDER[i];
        let Some(rest) = table.specs[i].name(Dialect::Rest) else {
            let message = Message::new(&DROPPED_NO_REST_FIELD)
                .with("field", name(slot))
                .with("call", crate::rules::update::call_name(api, Dialect::Rest));
            dropped.push(message);
            continue;
        };
        match rest_value(r, slot, v) {
            Some(value) => out.push((rest, value)),
            None => dropped.push(Message::new(&DROPPED_NO_REST_VALUE).with("field", name(slot))),
        }
    }
    RestValue::Object(out)
}

/// Every slot, in the order of their numbers.
const SLOT_ORDER: [Slot; SLOTS] = {
    use Slot as S;
    [
        S::Type,
        S::GroupId,
        S::Name,
        S::Introduction,
        S::Notification,
        S::FaceUrl,
        S::MaxMemberCount,
        S::ApplyJoinOption,
        S::InviteJoinOption,
        S::Owner,
        S::MemberList,
        S::AppDefinedData,
        S::SupportTopic,
        S::AllMuted,
        S::EnablePermission,
        S::DefaultPermission,
        S::FaceUrlIos,
        S::AllMutedLegacy,
        S::HistoryBeforeJoin,
        S::FromAccount,
        S::CreateTime,
        S::Silence,
        S::TopicId,
        S::TopicInfo,
        S::CustomString,
        S::Member,
        S::Role,
        S::NameCard,
        S::MsgFlag,
        S::MuteTime,
        S::MuteTimeLegacy,
        S::MemberData,
    ]
};

/// The fields of the object `obj` read against a call's table, noting the unknown ones.
fn read_call(
    r: &Reader<'_>,
    table: &FieldTable<SLOTS>,
    obj: NodeId,
    dropped: &mut Vec<Message>,
) -> [Option<NodeId>; SLOTS] {
    let fields = table.read(&r.doc, obj, r.d, |key, stray| {
        if stray == crate::model::Stray::Unknown {
            let message = Message::new(&DROPPED_UNKNOWN_FIELD)
                .with("field", r.doc.str(key).into_owned())
                .with("dialect", r.d);
            dropped.push(message);
        }
    });
    std::array::from_fn(|slot| fields.get(&r.doc, table, slot, r.d).map(|v| v.node))
}

/// A field's value in REST's form: the SDKs' booleans as REST's "On"/"Off" or 0/1, their
/// enums as REST's strings, their lists of IDs as lists of objects, their custom-data maps
/// and lists as `[{"Key", "Value"}]`; anything else as it is.
fn rest_value(r: &Reader<'_>, slot: Slot, v: NodeId) -> Option<RestValue> {
    let (doc, d) = (&r.doc, r.d);
    let on_off = |on: bool| RestValue::Str(if on { "On" } else { "Off" }.to_string());
    let str_of = |s: &'static str| RestValue::Str(s.to_string());
    match (slot, doc.kind(v)) {
        (Slot::AllMuted | Slot::AllMutedLegacy, Kind::Bool(b)) => Some(on_off(b)),
        (Slot::EnablePermission, Kind::Bool(b)) => Some(RestValue::Int(i128::from(b))),
        (Slot::ApplyJoinOption | Slot::InviteJoinOption, _) => {
            let invite = slot == Slot::InviteJoinOption;
            let option = r.join_option(Some(v), invite)?;
            Some(str_of(option.rest(invite)))
        }
        (Slot::Role, Kind::Number | Kind::String { .. }) => {
            let role = match doc.kind(v) {
                Kind::Number => doc.integer(v).and_then(Role::from_sdk_number),
                _ => Role::parse(&doc.str(v), d),
            };
            // Not the Web SDK's `"Custom"` (a Community's), which REST's table does not list.
            let rest = role.and_then(|role| Role::REST_NAMES.iter().find(|(_, x)| *x == role));
            rest.map(|(name, _)| str_of(name))
        }
        (Slot::MemberList, Kind::Array) => {
            let entries = doc.items(v).filter_map(|(_, m)| {
                let account = match doc.kind(m) {
                    Kind::Object => r.fields(m, &ADD_MEMBER_FIELDS)[0],
                    _ => Some(m),
                };
                let account = r.string(account)?;
                Some(RestValue::Object(vec![(
                    "Member_Account",
                    RestValue::Str(account),
                )]))
            });
            Some(RestValue::List(entries.collect()))
        }
        (Slot::AppDefinedData | Slot::MemberData, Kind::Object) => {
            let entries = doc.members(v).map(|(k, value)| {
                custom_entry(
                    doc.str(k).into_owned(),
                    r.string(Some(value)).unwrap_or_default(),
                )
            });
            Some(RestValue::List(entries.collect()))
        }
        (Slot::AppDefinedData | Slot::MemberData, Kind::Array) => {
            let list = r.custom(Some(v))?;
            let entries = list.into_iter().map(|f| custom_entry(f.key, f.value));
            Some(RestValue::List(entries.collect()))
        }
        (_, Kind::String { .. }) => Some(RestValue::Str(doc.str(v).into_owned())),
        (_, Kind::Number) => doc
            .integer(v)
            .map(i128::from)
            .or_else(|| doc.raw(v).parse::<u64>().ok().map(i128::from))
            .map(RestValue::Int),
        _ => None,
    }
}

fn custom_entry(key: String, value: String) -> RestValue {
    RestValue::Object(vec![
        ("Key", RestValue::Str(key)),
        ("Value", RestValue::Str(value)),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The create_group request of a valid conversion.
    fn create_group(c: &Conversion) -> CreateGroupRequest {
        let body = c.body.as_ref().and_then(RestBody::create_group);
        body.cloned()
            .expect("a valid create_group payload converts")
    }

    #[test]
    fn sdk_payload_becomes_a_valid_rest_body() {
        let src = r#"{"groupType": "Work", "groupName": "团队", "addOpt": 2, "approveOpt": "V2TIM_GROUP_ADD_AUTH",
            "isAllMuted": true, "memberList": [{"userID": "bob", "role": 200}]}"#;
        let opts = Options {
            dialect: Dialect::Sdk,
            ..Options::default()
        };
        let c = to_rest(src, &opts);
        let body = create_group(&c);
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
        let body = create_group(&c);
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
            let body = create_group(&c);
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
            let body = create_group(&to_rest(&src, &Options::default()));
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
    /// Converts a valid `src` of `api` in dialect `d`: the compact REST body and the dropped
    /// notes. The body must itself be a REST payload of the call without errors.
    fn call(api: Api, d: Dialect, ty: Option<GroupType>, src: &str) -> (String, Vec<String>) {
        let opts = Options {
            api,
            dialect: d,
            group_type: ty,
            ..Options::default()
        };
        let c = to_rest(src, &opts);
        assert!(
            c.report.valid(),
            "{api:?} {d:?}: {:?}",
            c.report.diagnostics
        );
        let body = c.body.expect("a valid source converts");
        assert!(body.create_group().is_none());
        // The body knows its call: validated without `api`, it is still checked as one.
        let rest = Options {
            group_type: ty,
            ..Options::default()
        };
        let report = body.validate(&rest);
        assert!(
            report.valid(),
            "{}: {:?}",
            body.to_json(),
            report.diagnostics
        );
        assert_eq!(
            body.to_json_compact(),
            serde_json::to_string(&body).unwrap()
        );
        let dropped = c.dropped.iter().map(|m| m.text(crate::Lang::En)).collect();
        (body.to_json_compact(), dropped)
    }

    #[test]
    fn modify_group_from_each_sdk() {
        let sdk = r#"{"groupID": "g1", "groupType": "Public", "groupName": "n", "faceURL": "https://a/b.png",
            "groupAddOpt": "V2TIM_GROUP_ADD_AUTH", "approveOpt": 0, "isAllMuted": true,
            "customInfo": {"k1": "v1", "k2": ""}, "memberMaxCount": 50}"#;
        let (body, dropped) = call(Api::ModifyGroup, Dialect::Sdk, None, sdk);
        let (_, empty) = call(
            Api::ModifyGroup,
            Dialect::Sdk,
            None,
            r#"{"groupID": "g1", "groupName": "", "notification": "o"}"#,
        );
        assert!(
            empty[0].starts_with("`groupName`: empty, so left out"),
            "{empty:?}"
        );
        assert_eq!(
            body,
            r#"{"GroupId":"g1","Name":"n","FaceUrl":"https://a/b.png","ApplyJoinOption":"NeedPermission","InviteJoinOption":"DisableInvite","AppDefinedData":[{"Key":"k1","Value":"v1"},{"Key":"k2","Value":""}],"MuteAllMember":"On"}"#
        );
        assert_eq!(
            dropped,
            [
                "`memberMaxCount`: the native SDK does not send it",
                "`groupType`: modify_group_base_info has no such field"
            ]
        );
        let web = r#"{"groupID": "g1", "name": "n", "avatar": "https://a", "joinOption": "FreeAccess",
            "inviteOption": "NeedPermission", "muteAllMembers": false,
            "groupCustomField": [{"key": "k", "value": "v"}]}"#;
        let (body, dropped) = call(Api::ModifyGroup, Dialect::Web, None, web);
        assert_eq!(
            body,
            r#"{"GroupId":"g1","Name":"n","FaceUrl":"https://a","ApplyJoinOption":"FreeAccess","InviteJoinOption":"NeedPermission","AppDefinedData":[{"Key":"k","Value":"v"}],"MuteAllMember":"Off"}"#
        );
        assert!(dropped.is_empty(), "{dropped:?}");
        // The Web SDK drops the apply option of a Work group: so does the conversion.
        let (body, dropped) = call(
            Api::ModifyGroup,
            Dialect::Web,
            Some(GroupType::Work),
            r#"{"groupID": "g1", "joinOption": "NeedPermission", "name": "n"}"#,
        );
        assert_eq!(body, r#"{"GroupId":"g1","Name":"n"}"#);
        assert_eq!(dropped.len(), 1, "{dropped:?}");
    }

    /// A field the call does not have is left out and said; a repeated one is not.
    #[test]
    fn unknown_fields_of_a_call_are_noted() {
        let src = r#"{"groupID": "g", "name": "a", "name": "n", "nmae": "x"}"#;
        let (body, dropped) = call(Api::ModifyGroup, Dialect::Web, None, src);
        assert_eq!(body, r#"{"GroupId":"g","Name":"n"}"#);
        assert_eq!(dropped, ["`nmae`: not a Web SDK field"]);
    }

    #[test]
    fn add_members_lists_become_lists_of_objects() {
        let want =
            r#"{"GroupId":"g1","MemberList":[{"Member_Account":"a"},{"Member_Account":"b"}]}"#;
        for (d, src) in [
            (Dialect::Sdk, r#"{"groupID": "g1", "userList": ["a", "b"]}"#),
            (
                Dialect::Web,
                r#"{"groupID": "g1", "userIDList": ["a", "b"]}"#,
            ),
            (
                Dialect::Rest,
                r#"{"GroupId": "g1", "MemberList": [{"Member_Account": "a"}, {"Member_Account": "b"}]}"#,
            ),
        ] {
            let (body, dropped) = call(Api::AddMembers, d, None, src);
            assert_eq!((body.as_str(), dropped.len()), (want, 0), "{d:?}");
        }
        let (body, _) = call(
            Api::AddMembers,
            Dialect::Rest,
            None,
            r#"{"GroupId": "g1", "MemberList": [{"Member_Account": "a"}], "Silence": 1}"#,
        );
        assert!(body.ends_with(r#","Silence":1}"#), "{body}");
    }

    #[test]
    fn create_topic_flattens_the_sdk_topic_info() {
        let id = "@TGS#_g@TOPIC#_t";
        let sdk = format!(
            r#"{{"groupID": "@TGS#_g", "topicInfo": {{"topicID": "{id}", "topicName": "t",
                "introduction": "i", "notification": "n", "topicFaceUrl": "https://f", "customString": "c"}}}}"#
        );
        let want = format!(
            r#"{{"GroupId":"@TGS#_g","TopicName":"t","Introduction":"i","Notification":"n","FaceUrl":"https://f","TopicId":"{id}","CustomString":"c"}}"#
        );
        let (body, dropped) = call(Api::CreateTopic, Dialect::Sdk, None, &sdk);
        assert_eq!((body, dropped.len()), (want.clone(), 0));
        let web = format!(
            r#"{{"groupID": "@TGS#_g", "topicID": "{id}", "topicName": "t", "introduction": "i",
                "notification": "n", "avatar": "https://f", "customData": "c"}}"#
        );
        let (body, dropped) = call(Api::CreateTopic, Dialect::Web, None, &web);
        assert_eq!((body, dropped.len()), (want, 0));
    }

    #[test]
    fn modify_member_roles_and_custom_data() {
        let sdk = r#"{"groupID": "g1", "userID": "u", "role": 300, "nameCard": "n", "customInfo": {"k": "v"}}"#;
        let (body, dropped) = call(Api::ModifyMember, Dialect::Sdk, None, sdk);
        assert_eq!(
            (body.as_str(), dropped.len()),
            (
                r#"{"GroupId":"g1","Member_Account":"u","Role":"Admin","NameCard":"n","AppMemberDefinedData":[{"Key":"k","Value":"v"}]}"#,
                0
            )
        );
        let web = r#"{"groupID": "g1", "userID": "u", "role": "Member", "muteTime": 600}"#;
        let (body, _) = call(Api::ModifyMember, Dialect::Web, None, web);
        assert_eq!(
            body,
            r#"{"GroupId":"g1","Member_Account":"u","Role":"Member","MuteTime":600}"#
        );
        // A Community's custom role has no REST spelling: left out, and said.
        let web = r#"{"groupID": "@TGS#_g", "userID": "u", "role": "Custom", "nameCard": "n"}"#;
        let (body, dropped) = call(Api::ModifyMember, Dialect::Web, None, web);
        assert_eq!(
            (body.as_str(), dropped.as_slice()),
            (
                r#"{"GroupId":"@TGS#_g","Member_Account":"u","NameCard":"n"}"#,
                ["`role`: its value has no REST spelling, so it is left out".to_string()]
                    .as_slice()
            )
        );
        // The Web SDK's own name card: REST must be told whose.
        let web = r#"{"groupID": "g1", "memberCustomField": [{"key": "k", "value": "v"}]}"#;
        let opts = Options {
            api: Api::ModifyMember,
            dialect: Dialect::Web,
            ..Options::default()
        };
        let c = to_rest(web, &opts);
        assert_eq!(
            c.body.map(|b| b.to_json_compact()).as_deref(),
            Some(r#"{"GroupId":"g1","AppMemberDefinedData":[{"Key":"k","Value":"v"}]}"#)
        );
        assert!(
            c.dropped[0]
                .text(crate::Lang::En)
                .contains("set Member_Account")
        );
    }

    #[test]
    fn import_group_converts_only_from_rest() {
        let src = r#"{"Type": "Public", "Name": "n", "CreateTime": 1700000000}"#;
        let (body, dropped) = call(Api::ImportGroup, Dialect::Rest, None, src);
        assert_eq!(
            (body.as_str(), dropped.len()),
            (r#"{"Type":"Public","Name":"n","CreateTime":1700000000}"#, 0)
        );
        let opts = Options {
            api: Api::ImportGroup,
            dialect: Dialect::Sdk,
            ..Options::default()
        };
        let c = to_rest(r#"{}"#, &opts);
        assert!(c.body.is_none());
        assert!(
            c.dropped
                .iter()
                .any(|m| std::ptr::eq(m.template, &DROPPED_REST_ONLY)),
            "{:?}",
            c.dropped
        );
    }

    /// For each call and SDK dialect, a valid payload that sets every field the dialect has.
    fn full_payloads() -> [(Api, Dialect, &'static str); 8] {
        [
            (
                Api::ModifyGroup,
                Dialect::Sdk,
                r#"{"groupID": "@TGS#_g", "groupType": "Community", "groupName": "n", "introduction": "i",
                "notification": "o", "faceUrl": "https://f", "faceURL": "https://f", "memberMaxCount": 9,
                "groupAddOpt": 1, "approveOpt": 1, "isAllMuted": false, "customInfo": {"k": "v"},
                "isEnablePermissionGroup": true, "defaultPermissions": 1}"#,
            ),
            (
                Api::ModifyGroup,
                Dialect::Web,
                r#"{"groupID": "g", "name": "n", "introduction": "i", "notification": "o", "avatar": "https://f",
                "maxMemberNum": 9, "joinOption": "FreeAccess", "inviteOption": "FreeAccess", "muteAllMembers": true,
                "groupCustomField": [{"key": "k", "value": "v"}]}"#,
            ),
            (
                Api::AddMembers,
                Dialect::Sdk,
                r#"{"groupID": "g", "userList": ["a"]}"#,
            ),
            (
                Api::AddMembers,
                Dialect::Web,
                r#"{"groupID": "g", "userIDList": ["a"]}"#,
            ),
            (
                Api::CreateTopic,
                Dialect::Sdk,
                r#"{"groupID": "@TGS#_g", "topicInfo": {"topicID": "@TGS#_g@TOPIC#_t", "topicName": "t",
                "notification": "o", "introduction": "i", "topicFaceUrl": "https://f", "customString": "c"}}"#,
            ),
            (
                Api::CreateTopic,
                Dialect::Web,
                r#"{"groupID": "@TGS#_g", "topicID": "@TGS#_g@TOPIC#_t", "topicName": "t", "notification": "o",
                "introduction": "i", "avatar": "https://f", "customData": "c"}"#,
            ),
            (
                Api::ModifyMember,
                Dialect::Sdk,
                r#"{"groupID": "g", "userID": "u", "role": 200, "nameCard": "n", "customInfo": {"k": "v"}}"#,
            ),
            (
                Api::ModifyMember,
                Dialect::Web,
                r#"{"groupID": "g", "userID": "u", "role": "Member", "nameCard": "n", "muteTime": 0,
                "memberCustomField": [{"key": "k", "value": "v"}]}"#,
            ),
        ]
    }

    /// A valid source gives a REST body without errors, whatever one field of it holds.
    #[test]
    fn a_valid_source_of_any_call_gives_a_valid_rest_body() {
        let pool = [
            r#""""#,
            r#""x""#,
            r#""名名名名名名名名名名名名名名名名名名名名名名""#,
            "0",
            "1",
            "300",
            "-1",
            "true",
            "false",
            "null",
            "[]",
            "{}",
            r#"["a", "a"]"#,
            r#"{"k": "", "k2": "v"}"#,
            r#"[{"key": "k", "value": ""}]"#,
            r#""On""#,
            r#""Admin""#,
            r#""Custom""#,
            r#""FreeAccess""#,
            r#""V2TIM_GROUP_ADD_ANY""#,
            r#""GroupMemberRoleTypeEnum.V2TIM_GROUP_MEMBER_ROLE_ADMIN""#,
            r#""@TGS#_g@TOPIC#_u""#,
            r#"{"topicName": "t", "topicFaceUrl": "https://f"}"#,
        ];
        let types = [
            None,
            Some(GroupType::Work),
            Some(GroupType::AvChatRoom),
            Some(GroupType::Community),
        ];
        let mut converted = 0;
        for (api, d, src) in full_payloads() {
            let base: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(src).unwrap();
            for key in base.keys() {
                for value in pool {
                    let mut obj = base.clone();
                    obj.insert(key.clone(), serde_json::from_str(value).unwrap());
                    let src = serde_json::Value::Object(obj).to_string();
                    for group_type in types {
                        let opts = Options {
                            api,
                            dialect: d,
                            group_type,
                            ..Options::default()
                        };
                        let Some(body) = to_rest(&src, &opts).body else {
                            continue;
                        };
                        let r = body.validate(&opts);
                        assert!(
                            r.valid(),
                            "{api:?} {d:?} {src} -> {}: {:?}",
                            body.to_json(),
                            r.diagnostics
                        );
                        converted += 1;
                    }
                }
            }
        }
        assert!(converted > 500, "only {converted} valid sources");
    }

    /// Each call's payload setting every field its dialect has converts to a body with every
    /// REST field those fields stand for (from the tables), but what the SDK does not send.
    #[test]
    fn every_field_of_every_call_converts() {
        let community = "@TGS#_g";
        let cases = full_payloads();
        for (api, d, src) in cases {
            let ty = src.contains(community).then_some(GroupType::Community);
            let (body, _) = call(api, d, ty, src);
            let body: serde_json::Value = serde_json::from_str(&body).unwrap();
            let got: Vec<&str> = body
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            // The REST names of the slots this dialect names, in the call's table or the
            // SDK's topicInfo; not the member cap (the SDKs do not send it), and `faceURL`
            // is `FaceUrl`.
            let table = call_fields(api);
            let mut want: Vec<&str> = (0..SLOTS)
                .filter(|&i| {
                    let named = |t: &FieldTable<SLOTS>| t.specs[i].name(d).is_some();
                    named(table) || (d == Dialect::Sdk && named(&TOPIC_INFO_FIELDS))
                })
                .filter(|&i| i != Slot::MaxMemberCount as usize)
                .filter_map(|i| table.specs[i].name(Dialect::Rest))
                .collect();
            want.sort_unstable();
            let mut got = got;
            got.sort_unstable();
            assert_eq!(got, want, "{api:?} {d:?}");
        }
    }

    /// `SLOT_ORDER[i]` is the slot numbered `i`.
    #[test]
    fn slot_order_is_the_slots_numbers() {
        for (i, slot) in SLOT_ORDER.into_iter().enumerate() {
            assert_eq!(slot as usize, i);
        }
    }
}
