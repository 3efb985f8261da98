//! The JSON Schema of the calls other than create_group (modify-group, add-members,
//! create-topic, import-group, modify-member), built from each call's field table
//! ([`call_fields`]) and the limits in force: a field's schema follows its slot (what the
//! field means), its name the table. The same promises as create_group's (see the parent
//! module): nothing timlint accepts is refused, and what is refused has a timlint error.
//!
//! The rules that depend on the group type use the type timlint uses: for import_group the
//! `Type` field, as at creation; for a call on an existing group the `groupType` option, else
//! the SDK's `groupType` field, else a Community's `@TGS#_` ID (group-apis §1).

use serde_json::{Map, Value, json};

use super::{
    MAX_INTEGER, bytes, custom_key, custom_limits, group_id, join_options, kv_names, roles,
    type_is, type_names,
};
use crate::domain::GroupType;
use crate::model::{FieldTable, SLOTS, Slot, TOPIC_INFO_FIELDS, call_fields};
use crate::options::{Api, Dialect, Limits, Options, Plan};

/// The schema of `api`'s payload in `dialect` (`auto`: any dialect the call has).
pub(super) fn json_schema(api: Api, dialect: Dialect, opts: &Options) -> Value {
    let call = api.as_str();
    if dialect == Dialect::Auto {
        let branches: Vec<Value> = (api.dialects().iter())
            .map(|&d| {
                let mut s = json_schema(api, d, opts);
                if let Some(m) = s.as_object_mut() {
                    m.remove("$schema");
                }
                s
            })
            .collect();
        return json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": format!("Tencent Cloud IM {call} payload (any dialect)"),
            "description": "Accepted when it is a valid payload in one of the call's dialects.",
            "anyOf": branches,
        });
    }
    let title = format!(
        "Tencent Cloud IM {call} payload ({} dialect)",
        dialect.as_str()
    );
    if !api.dialects().contains(&dialect) {
        // timlint refuses these options; a schema that refuses everything says the same.
        return json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": title,
            "description": format!("{call} is a REST call only: it has no {} spelling", dialect.as_str()),
            "not": {},
        });
    }
    let call = Call {
        api,
        dialect,
        opts,
        limits: opts.resolved_limits(),
        table: call_fields(api),
    };
    let mut root = call.object(call.table, &call.required());
    let m = root.as_object_mut().expect("an object schema");
    let mut head = Map::new();
    head.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    head.insert("title".into(), json!(title));
    head.append(m);
    let all_of = call.type_rules();
    if !all_of.is_empty() {
        head.insert("allOf".into(), Value::Array(all_of));
    }
    Value::Object(head)
}

/// What a call's schema is made from.
struct Call<'a> {
    api: Api,
    dialect: Dialect,
    opts: &'a Options,
    limits: Limits,
    table: &'static FieldTable<SLOTS>,
}

impl Call<'_> {
    fn name(&self, slot: Slot) -> Option<&'static str> {
        self.table.specs[slot as usize].name(self.dialect)
    }

    /// The top-level slots without which timlint reports `missing-required`.
    fn required(&self) -> Vec<Slot> {
        let sdk = self.dialect == Dialect::Sdk;
        match self.api {
            Api::CreateGroup | Api::ImportGroup => vec![Slot::Type, Slot::Name],
            Api::ModifyGroup => vec![Slot::GroupId],
            Api::AddMembers => vec![Slot::GroupId, Slot::MemberList],
            Api::CreateTopic if sdk => vec![Slot::GroupId, Slot::TopicInfo],
            Api::CreateTopic => vec![Slot::GroupId, Slot::Name],
            // The Web SDK's name card and custom field calls default to the caller (see
            // `type_rules` for its role and mute time).
            Api::ModifyMember if self.dialect == Dialect::Web => vec![Slot::GroupId],
            Api::ModifyMember => vec![Slot::GroupId, Slot::Member],
        }
    }

    /// An object of the fields `table` names in the dialect; `null` is absent, as timlint
    /// reads it, so only a required field refuses it.
    fn object(&self, table: &FieldTable<SLOTS>, required: &[Slot]) -> Value {
        let mut properties = Map::new();
        let mut names = Vec::new();
        for slot in Slot::ALL {
            let Some(name) = table.specs[slot as usize].name(self.dialect) else {
                continue;
            };
            let mut field = self.field(slot);
            if required.contains(&slot) {
                names.push(name);
            } else {
                or_null(&mut field);
            }
            properties.insert(name.into(), field);
        }
        json!({"type": "object", "properties": properties, "required": names})
    }

    /// A field's schema, by what it means.
    fn field(&self, slot: Slot) -> Value {
        let (l, d) = (&self.limits, self.dialect);
        let rest = d == Dialect::Rest;
        let text = |min, max| {
            let mut m = Map::new();
            m.insert("type".into(), json!("string"));
            bytes(&mut m, min, max);
            Value::Object(m)
        };
        let import = self.api == Api::ImportGroup;
        match slot {
            Slot::Type => {
                // import_group checks the type as create_group does, plan included.
                let no_community =
                    import && matches!(self.opts.plan, Some(Plan::Trial | Plan::Standard));
                let types: Vec<GroupType> = (GroupType::ALL.into_iter())
                    .filter(|&t| t.in_dialect(d) && !(no_community && t == GroupType::Community))
                    .collect();
                let names = type_names(d, &types);
                json!({"type": "string", "enum": names})
            }
            Slot::GroupId if import => {
                let mut m = Map::new();
                m.insert("type".into(), json!("string"));
                group_id(&mut m, l);
                Value::Object(m)
            }
            Slot::GroupId => {
                // An existing group's ID: not empty; a topic's group is a Community.
                let mut id = text(1, l.group_id);
                let pattern = match self.api {
                    Api::CreateTopic => "^@TGS#_[ -~]*$",
                    _ => "^[ -~]*$",
                };
                id["pattern"] = json!(pattern);
                id
            }
            Slot::Name => {
                let max = match self.api {
                    Api::CreateTopic => l.topic_name,
                    _ => l.name,
                };
                // An empty groupName is a warning in setGroupInfo (the Flutter plugin's web
                // adapter drops it, group-apis §7F); an error everywhere else.
                let min = usize::from(!(self.api == Api::ModifyGroup && d == Dialect::Sdk));
                text(min, max)
            }
            Slot::Introduction => text(0, l.introduction),
            Slot::Notification => text(0, l.notification),
            Slot::FaceUrl | Slot::FaceUrlIos => text(0, l.face_url),
            Slot::CustomString => text(0, l.topic_custom_string),
            Slot::NameCard => text(0, l.name_card),
            // create_topic's table types it as uint64, its example writes a string (group-apis
            // §7E): both are read.
            Slot::FromAccount if self.api == Api::CreateTopic => {
                json!({"anyOf": [text(1, l.account), {"type": "integer", "minimum": 0}]})
            }
            Slot::Owner | Slot::FromAccount | Slot::Member => text(1, l.account),
            Slot::MaxMemberCount => {
                json!({"type": "integer", "minimum": 1, "maximum": MAX_INTEGER})
            }
            Slot::ApplyJoinOption | Slot::InviteJoinOption => {
                let invite = slot == Slot::InviteJoinOption;
                json!({"enum": join_options(d, invite)})
            }
            Slot::SupportTopic | Slot::Silence => json!({"enum": [0, 1]}),
            Slot::EnablePermission if rest => json!({"enum": [0, 1]}),
            Slot::AllMuted | Slot::AllMutedLegacy if rest => json!({"enum": ["On", "Off"]}),
            Slot::HistoryBeforeJoin => json!({"enum": ["On", "Off"]}),
            Slot::EnablePermission | Slot::AllMuted | Slot::AllMutedLegacy => {
                json!({"type": "boolean"})
            }
            Slot::DefaultPermission => {
                json!({"type": "integer", "minimum": 0, "maximum": u64::MAX})
            }
            Slot::CreateTime => json!({"type": "integer"}),
            Slot::MuteTime | Slot::MuteTimeLegacy => {
                json!({"type": "integer", "minimum": 0, "maximum": u32::MAX})
            }
            Slot::MsgFlag => json!({"type": "string"}),
            Slot::TopicId => {
                // The Community's ID, `@TOPIC#_` and a custom part of printable ASCII.
                let mut id = text(0, l.topic_id);
                id["pattern"] = json!("^@TGS#_[ -~]*@TOPIC#_[ -~]+$");
                id
            }
            Slot::TopicInfo => self.object(&TOPIC_INFO_FIELDS, &[Slot::Name]),
            Slot::MemberList => {
                let account = text(1, l.account);
                let entry = if rest {
                    json!({"type": "object", "properties": {"Member_Account": account}, "required": ["Member_Account"]})
                } else {
                    account
                };
                json!({"type": "array", "maxItems": l.add_members, "items": entry})
            }
            Slot::AppDefinedData => self.custom_data(false),
            Slot::MemberData => self.custom_data(true),
            Slot::Role => {
                let mut values = roles(d);
                // A role given to an existing member: the SDK's 0 (undefined) is none; the
                // Web SDK takes `Custom` on a Community (`type_rules`).
                values.retain(|v| *v != json!(0));
                if d == Dialect::Web {
                    values.push(json!("Custom"));
                }
                json!({"enum": values})
            }
        }
    }

    /// Custom data: a Key/Value list (REST, Web) or the SDK's `customInfo` map.
    fn custom_data(&self, member: bool) -> Value {
        let l = &self.limits;
        let (entries, value_max, enabled) = custom_limits(l, member, self.opts);
        let mut key = Map::new();
        key.insert("type".into(), json!("string"));
        custom_key(&mut key, l, enabled);
        let mut value = Map::new();
        value.insert("type".into(), json!("string"));
        bytes(&mut value, 0, value_max);
        if self.dialect == Dialect::Sdk {
            return json!({
                "type": "object",
                "maxProperties": entries,
                "propertyNames": key,
                "additionalProperties": value,
            });
        }
        let (k, v) = kv_names(self.dialect);
        json!({
            "type": "array",
            "maxItems": entries,
            "items": {"type": "object", "properties": {k: key, v: value}, "required": [k, v]},
        })
    }

    /// The rules that depend on the group type, as `if`/`then`.
    fn type_rules(&self) -> Vec<Value> {
        let mut all_of = Vec::new();
        let d = self.dialect;
        let mut when = |cond: Option<Value>, description: String, then: Value| {
            if let Some(cond) = cond {
                all_of.push(json!({"description": description, "if": cond, "then": then}));
            }
        };
        // The member cap of each type on the plan (import_group's 6000 is no lower than any
        // plan's cap of a type that is not a Community).
        if let Some(f) = self.name(Slot::MaxMemberCount) {
            let plan = (self.opts.plan).map_or("any plan".to_string(), |p| {
                format!("the {} plan", p.as_str())
            });
            let mut capped: Vec<(u64, Vec<GroupType>)> = Vec::new();
            for t in GroupType::ALL.into_iter().filter(|t| t.in_dialect(d)) {
                if let Some(cap) = t.plan_cap(self.opts.plan) {
                    match capped.iter_mut().find(|(c, _)| *c == cap) {
                        Some((_, ts)) => ts.push(t),
                        None => capped.push((cap, vec![t])),
                    }
                }
            }
            for (cap, ts) in capped {
                let names = type_names(d, &ts).join(", ");
                when(
                    self.type_is(&ts),
                    format!("{names} groups hold at most {cap} members on {plan}"),
                    json!({"properties": {f: {"type": ["integer", "null"], "maximum": cap}}}),
                );
            }
        }
        // Nobody can be invited into a group without members.
        if let Some(f) = self.name(Slot::InviteJoinOption) {
            let no_members = [GroupType::AvChatRoom, GroupType::BChatRoom];
            when(
                self.type_is(&no_members),
                "Nobody can be invited into these groups: no invite option".into(),
                json!({"properties": {f: {"type": "null"}}}),
            );
        }
        // import_group: a Community's custom ID starts with `@TGS#_`, no other's with `@TGS#`.
        if let (Api::ImportGroup, Some(gid)) = (self.api, self.name(Slot::GroupId)) {
            let cond = self.type_is(&[GroupType::Community]);
            if let Some(cond) = cond {
                all_of.push(json!({
                    "description": "A Community's custom group ID starts with `@TGS#_`; any other group's must not start with `@TGS#` (an empty ID is no custom ID)",
                    "if": cond,
                    "then": {"properties": {gid: {"type": ["string", "null"], "pattern": "^(@TGS#_|$)"}}},
                    "else": {"properties": {gid: {"not": {"type": "string", "pattern": "^@TGS#"}}}},
                }));
            }
        }
        // modify_group_member_info in the Web SDK: a role or a mute time names its member;
        // a Community's members may be given its `Custom` role.
        if let (Api::ModifyMember, Dialect::Web) = (self.api, d) {
            let user = self
                .name(Slot::Member)
                .expect("a member call names its member");
            for slot in [Slot::Role, Slot::MuteTime] {
                let f = self.name(slot).expect("the Web SDK has role and muteTime");
                all_of.push(json!({
                    "description": format!("`{f}` is set on a member: `{user}` is required"),
                    "if": {"properties": {f: {"not": {"type": "null"}}}, "required": [f]},
                    "then": {"properties": {user: {"type": "string"}}, "required": [user]},
                }));
            }
        }
        // A Community's members may be given its `Custom` role in the Web SDK (see `field`).
        if let (Api::ModifyMember, Dialect::Web, Some(role)) = (self.api, d, self.name(Slot::Role))
        {
            let plain: Vec<Value> = roles(d).into_iter().chain([Value::Null]).collect();
            all_of.push(json!({
                "description": "`Custom` is a Community's role",
                "if": self.not_community(),
                "then": {"properties": {role: {"enum": plain}}},
            }));
        }
        all_of
    }

    /// The condition "the group is a `types` group", as timlint reads the type; `None` when
    /// it never holds.
    fn type_is(&self, types: &[GroupType]) -> Option<Value> {
        if self.api == Api::ImportGroup {
            let f = self.name(Slot::Type).expect("import_group has a type");
            return Some(type_is(self.dialect, f, types));
        }
        if let Some(t) = self.opts.group_type {
            return types.contains(&t).then_some(Value::Bool(true));
        }
        let mut any = Vec::new();
        let said = self.name(Slot::Type);
        if let Some(f) = said {
            any.push(type_is(self.dialect, f, types));
        }
        if let (true, Some(gid)) = (
            types.contains(&GroupType::Community),
            self.name(Slot::GroupId),
        ) {
            // A Community's ID, when the payload does not say the type.
            let mut c = json!({"properties": {gid: {"type": "string", "pattern": "^@TGS#_"}}, "required": [gid]});
            if let Some(f) = said {
                c["properties"][f] = json!({"type": "null"});
            }
            any.push(c);
        }
        match any.len() {
            0 => None,
            1 => any.pop(),
            _ => Some(json!({"anyOf": any})),
        }
    }

    /// The condition "the group is not known to be a Community".
    fn not_community(&self) -> Value {
        match self.type_is(&[GroupType::Community]) {
            Some(c) => json!({"not": c}),
            None => json!(true),
        }
    }
}

/// Lets a field's schema (an `enum`, one `type` or an `anyOf`, as `Call::field` writes them)
/// take `null` too.
fn or_null(field: &mut Value) {
    if let Some(Value::Array(values)) = field.get_mut("enum") {
        values.push(Value::Null);
    }
    if let Some(Value::Array(branches)) = field.get_mut("anyOf") {
        branches.push(json!({"type": "null"}));
    }
    if let Some(Value::String(t)) = field.get("type") {
        field["type"] = json!([t, "null"]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each call's schema names exactly the fields of its table, in each of its dialects, and
    /// requires what timlint requires.
    #[test]
    fn each_call_names_its_tables_fields() {
        for api in Api::ALL.into_iter().filter(|&a| a != Api::CreateGroup) {
            for &d in api.dialects() {
                let opts = Options {
                    api,
                    ..Options::default()
                };
                let s = super::super::json_schema(d, &opts);
                let mut got: Vec<&str> = s["properties"]
                    .as_object()
                    .unwrap()
                    .keys()
                    .map(String::as_str)
                    .collect();
                got.sort_unstable();
                let mut want: Vec<&str> = call_fields(api)
                    .specs
                    .iter()
                    .filter_map(|f| f.name(d))
                    .collect();
                want.sort_unstable();
                assert_eq!(got, want, "{api:?} {d:?}");
                let required = s["required"].as_array().unwrap();
                let gid = call_fields(api).specs[Slot::GroupId as usize]
                    .name(d)
                    .unwrap();
                assert_eq!(
                    required.contains(&json!(gid)),
                    api != Api::ImportGroup,
                    "{api:?} {d:?}"
                );
            }
        }
    }

    #[test]
    fn a_rest_only_call_has_no_other_dialect() {
        let opts = Options {
            api: Api::ImportGroup,
            ..Options::default()
        };
        let s = super::super::json_schema(Dialect::Web, &opts);
        assert_eq!(s["not"], json!({}));
        let any = super::super::json_schema(Dialect::Auto, &opts);
        assert_eq!(any["anyOf"].as_array().unwrap().len(), 1);
    }

    /// import_group's cap of 6000 members needs no rule of its own: no plan gives a type that
    /// is not a Community more.
    #[test]
    fn no_plan_caps_a_group_above_the_import_cap() {
        use crate::rules::members::IMPORT_MAX_MEMBERS;
        for plan in [None].into_iter().chain(Plan::ALL.map(Some)) {
            for t in GroupType::ALL
                .into_iter()
                .filter(|&t| t != GroupType::Community)
            {
                assert!(
                    t.plan_cap(plan).is_none_or(|c| c <= IMPORT_MAX_MEMBERS),
                    "{t:?} {plan:?}"
                );
            }
        }
    }

    #[test]
    fn all_slots_are_in_order() {
        for (i, s) in Slot::ALL.iter().enumerate() {
            assert_eq!(*s as usize, i);
        }
    }
}
