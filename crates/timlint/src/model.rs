//! The three dialects read into one model. Each object the payload holds (the group, a member,
//! a custom-data entry) is read against a table of fields that names every field in each
//! dialect; the rules then work on slots, never on spellings, and every diagnostic points at
//! the field as the user wrote it.

use crate::json::{Kind, NodeId};
use crate::options::Dialect;
use crate::rules::{Ctx, Loc, shape};
use crate::suggest::did_you_mean;
use crate::text;

/// One field's name in each dialect (`None`: the dialect has no such field).
#[derive(Clone, Copy, Debug)]
pub struct FieldSpec {
    pub rest: Option<&'static str>,
    pub sdk: Option<&'static str>,
    pub web: Option<&'static str>,
}

impl FieldSpec {
    pub fn name(&self, dialect: Dialect) -> Option<&'static str> {
        match dialect {
            Dialect::Rest | Dialect::Auto => self.rest,
            Dialect::Sdk => self.sdk,
            Dialect::Web => self.web,
        }
    }
}

const fn f(rest: &'static str, sdk: &'static str, web: &'static str) -> FieldSpec {
    const fn opt(s: &'static str) -> Option<&'static str> {
        if s.is_empty() { None } else { Some(s) }
    }
    FieldSpec {
        rest: opt(rest),
        sdk: opt(sdk),
        web: opt(web),
    }
}

/// Fields of the group object, indexed by [`Slot`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Type,
    GroupId,
    Name,
    Introduction,
    Notification,
    FaceUrl,
    MaxMemberCount,
    ApplyJoinOption,
    InviteJoinOption,
    Owner,
    MemberList,
    AppDefinedData,
    SupportTopic,
    AllMuted,
}

pub const GROUP_FIELDS: [FieldSpec; 14] = [
    f("Type", "groupType", "type"),
    f("GroupId", "groupID", "groupID"),
    f("Name", "groupName", "name"),
    f("Introduction", "introduction", "introduction"),
    f("Notification", "notification", "notification"),
    f("FaceUrl", "faceUrl", "avatar"),
    f("MaxMemberCount", "", "maxMemberNum"),
    f("ApplyJoinOption", "addOpt", "joinOption"),
    f("InviteJoinOption", "approveOpt", "inviteOption"),
    f("Owner_Account", "", ""),
    f("MemberList", "memberList", "memberList"),
    f("AppDefinedData", "", "groupCustomField"),
    f("SupportTopic", "isSupportTopic", "isSupportTopic"),
    f("", "isAllMuted", ""),
];

/// Fields of one MemberList entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberSlot {
    Account,
    Role,
    CustomData,
}

pub const MEMBER_FIELDS: [FieldSpec; 3] = [
    f("Member_Account", "userID", "userID"),
    f("Role", "role", "role"),
    f("AppMemberDefinedData", "", "memberCustomField"),
];

/// Fields of one custom-data entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KvSlot {
    Key,
    Value,
}

pub const KV_FIELDS: [FieldSpec; 2] = [f("Key", "", "key"), f("Value", "", "value")];

/// A field present in the payload: its key node and its value node.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub key: NodeId,
    pub value: NodeId,
}

/// The fields of one object, by slot; `null` values are kept here and read as absent by `get`.
pub struct Fields<const N: usize> {
    pub slots: [Option<Field>; N],
}

/// What `get` hands the rules: the value node, and the field's name as written.
#[derive(Clone, Copy, Debug)]
pub struct Value {
    pub node: NodeId,
    pub name: &'static str,
}

impl<const N: usize> Fields<N> {
    fn at(&self, i: usize) -> Option<Field> {
        self.slots[i]
    }
}

pub type Group = Fields<14>;
pub type Member = Fields<3>;
pub type Kv = Fields<2>;

impl Ctx<'_, '_> {
    /// A group field's value, or `None` when absent or `null`.
    pub fn group(&self, g: &Group, slot: Slot) -> Option<Value> {
        self.value(g.at(slot as usize), &GROUP_FIELDS[slot as usize])
    }

    pub fn member(&self, m: &Member, slot: MemberSlot) -> Option<Value> {
        self.value(m.at(slot as usize), &MEMBER_FIELDS[slot as usize])
    }

    pub fn kv(&self, e: &Kv, slot: KvSlot) -> Option<Value> {
        self.value(e.at(slot as usize), &KV_FIELDS[slot as usize])
    }

    fn value(&self, field: Option<Field>, spec: &FieldSpec) -> Option<Value> {
        let field = field?;
        if self.doc.kind(field.value) == Kind::Null {
            return None;
        }
        Some(Value {
            node: field.value,
            name: spec.name(self.dialect).unwrap_or("?"),
        })
    }

    /// The name of a field in the payload's dialect (for messages about missing fields).
    pub fn group_name(&self, slot: Slot) -> &'static str {
        GROUP_FIELDS[slot as usize]
            .name(self.dialect)
            .unwrap_or("?")
    }

    pub fn member_name(&self, slot: MemberSlot) -> &'static str {
        MEMBER_FIELDS[slot as usize]
            .name(self.dialect)
            .unwrap_or("?")
    }

    pub fn kv_name(&self, slot: KvSlot) -> &'static str {
        KV_FIELDS[slot as usize].name(self.dialect).unwrap_or("?")
    }

    /// Reads an object against a field table: known fields land in their slots; unknown ones,
    /// spellings of another dialect and repeated keys are reported.
    pub fn read_object<const N: usize>(
        &mut self,
        obj: NodeId,
        loc: &Loc<'_>,
        specs: &[FieldSpec; N],
    ) -> Fields<N> {
        let mut slots = [None; N];
        let names = specs.map(|s| s.name(self.dialect).unwrap_or_default());
        let doc = self.doc;
        for (key, value) in doc.members(obj) {
            let name = doc.str(key);
            match names.iter().position(|n| !n.is_empty() && *n == name) {
                Some(i) if slots[i].is_none() => slots[i] = Some(Field { key, value }),
                Some(i) => {
                    shape::duplicate_key(self, key, &loc.key(&name), &name);
                    slots[i] = Some(Field { key, value });
                }
                None => self.stray_field(key, &loc.key(&name), &name, specs),
            }
        }
        Fields { slots }
    }

    #[cold]
    fn stray_field(&mut self, key: NodeId, here: &Loc<'_>, name: &str, specs: &[FieldSpec]) {
        let dialect = self.dialect;
        // Is it another dialect's spelling of a field this object has?
        let other = specs.iter().find_map(|s| {
            [
                (Dialect::Rest, s.rest),
                (Dialect::Sdk, s.sdk),
                (Dialect::Web, s.web),
            ]
            .into_iter()
            .find(|(d, n)| *d != dialect && *n == Some(name))
            .map(|(d, _)| (d, s.name(dialect)))
        });
        let ours = specs.iter().filter_map(|s| s.name(dialect));
        let near = did_you_mean(name, ours);
        match other {
            Some((from, ours)) if self.auto_detected && near.is_none() => {
                shape::mixed_dialect(self, key, here, name, from, ours)
            }
            _ => {
                let d = shape::unknown_field(self, key, here, name);
                let spelled = dialect.as_str();
                match (near, other) {
                    (Some(s), _) => {
                        d.help = Some(text!("did you mean `{s}`?", "是否想写 `{s}`？"));
                        d.suggestion = Some(s.to_string());
                    }
                    (None, Some((from, Some(ours)))) => {
                        let from = from.as_str();
                        d.help = Some(text!(
                            "`{name}` is the {from} spelling; in the {spelled} dialect this field is `{ours}`",
                            "`{name}` 是 {from} 写法；{spelled} 写法中此字段为 `{ours}`"
                        ));
                        d.suggestion = Some(ours.to_string());
                    }
                    (None, Some((from, None))) => {
                        let from = from.as_str();
                        d.help = Some(text!(
                            "`{name}` belongs to the {from} dialect; the {spelled} dialect has no such field",
                            "`{name}` 属于 {from} 写法；{spelled} 写法没有此字段"
                        ));
                    }
                    (None, None) => {}
                }
            }
        }
    }
}

/// Picks the dialect whose field names match most of the top-level keys (ties: rest, sdk, web).
pub fn detect(doc: &crate::json::Document<'_>, root: NodeId) -> Dialect {
    let mut best = (0, Dialect::Rest);
    for d in [Dialect::Rest, Dialect::Sdk, Dialect::Web] {
        let score = doc
            .members(root)
            .filter(|&(k, _)| GROUP_FIELDS.iter().any(|s| s.name(d) == Some(&*doc.str(k))))
            .count();
        if score > best.0 {
            best = (score, d);
        }
    }
    best.1
}
