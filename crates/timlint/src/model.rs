//! The three dialects read into one model. Each object the payload holds (the group, a member,
//! a custom-data entry) is read against a table of fields that names every field in each
//! dialect; the rules then work on slots, never on spellings, and every diagnostic points at
//! the field as the user wrote it.

use crate::json::{Document, Kind, NodeId};
use crate::options::{Api, Dialect};

/// One field's name in each dialect, in the order of [`DIALECTS`] (`None`: the dialect has
/// no such field).
#[derive(Clone, Copy, Debug)]
pub struct FieldSpec([Option<&'static str>; 3]);

/// The dialects a field table names, in its column order.
pub const DIALECTS: [Dialect; 3] = [Dialect::Rest, Dialect::Sdk, Dialect::Web];

impl FieldSpec {
    pub fn name(&self, dialect: Dialect) -> Option<&'static str> {
        self.0[column(dialect)]
    }
}

/// A dialect's column in a [`FieldTable`] (`auto` reads as REST until detected).
fn column(dialect: Dialect) -> usize {
    match dialect {
        Dialect::Rest | Dialect::Auto => 0,
        Dialect::Sdk => 1,
        Dialect::Web => 2,
    }
}

const fn f(rest: &'static str, sdk: &'static str, web: &'static str) -> FieldSpec {
    const fn opt(s: &'static str) -> Option<&'static str> {
        if s.is_empty() { None } else { Some(s) }
    }
    FieldSpec([opt(rest), opt(sdk), opt(web)])
}

/// The fields of one kind of object: each field's spellings, and the first eight bytes of each
/// name per dialect (zero-padded; 0 where a dialect has no such field) for reading keys.
pub struct FieldTable<const N: usize> {
    pub specs: [FieldSpec; N],
    heads: [[u64; N]; 3],
}

/// The first eight bytes of a name, zero-padded, as one word.
const fn head(name: &str) -> u64 {
    let (b, mut word) = (name.as_bytes(), [0u8; 8]);
    let mut i = 0;
    while i < 8 && i < b.len() {
        word[i] = b[i];
        i += 1;
    }
    u64::from_le_bytes(word)
}

/// The head of the `len` bytes at `at` in `src`, read as one word: the text after a key (its
/// closing quote at least) pads it. `None` when fewer than eight bytes follow `at`.
#[inline]
fn read_head(src: &[u8], at: usize, len: usize) -> Option<u64> {
    let word = u64::from_le_bytes(*src.get(at..)?.first_chunk::<8>()?);
    Some(if len >= 8 {
        word
    } else {
        word & ((1 << (8 * len)) - 1)
    })
}

impl<const N: usize> FieldTable<N> {
    const fn new(specs: [FieldSpec; N]) -> Self {
        const fn head_of(name: Option<&'static str>) -> u64 {
            match name {
                Some(n) => head(n),
                None => 0,
            }
        }
        let mut heads = [[0; N]; 3];
        let mut d = 0;
        while d < 3 {
            let mut i = 0;
            while i < N {
                heads[d][i] = head_of(specs[i].0[d]);
                i += 1;
            }
            d += 1;
        }
        FieldTable { specs, heads }
    }
}

/// Declares [`Slot`] and [`Slot::ALL`], every slot in order, from one list.
macro_rules! slots {
    ($(#[$meta:meta])* pub enum Slot { $($(#[$vmeta:meta])* $variant:ident,)+ }) => {
        $(#[$meta])*
        pub enum Slot { $($(#[$vmeta])* $variant,)+ }

        impl Slot {
            /// Every slot, in order (`Slot::ALL[s as usize] == s`).
            pub const ALL: [Slot; [$(Slot::$variant),+].len()] = [$(Slot::$variant),+];
        }
    };
}

slots! {
    /// Fields of a call's top-level object (the group, or the member or topic it is about),
    /// indexed by [`Slot`]: one slot per meaning, whatever the call; each call's table names
    /// the slots it has, in each dialect.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Slot {
    Type,
    GroupId,
    /// The group's name (a topic's TopicName in create_topic).
    Name,
    Introduction,
    Notification,
    FaceUrl,
    /// The member cap (create's `MaxMemberCount`, modify's `MaxMemberNum`).
    MaxMemberCount,
    ApplyJoinOption,
    InviteJoinOption,
    Owner,
    MemberList,
    AppDefinedData,
    SupportTopic,
    /// Mute all members (SDK `isAllMuted`, modify's `MuteAllMember`).
    AllMuted,
    /// Permission groups on (Communities; REST 0/1, SDK boolean).
    EnablePermission,
    /// The default permissions of every member, a 64-bit mask.
    DefaultPermission,
    /// `faceURL`, the iOS / HarmonyOS spelling of the SDK's `faceUrl`.
    FaceUrlIos,
    /// `ShutUpAllMember`, the older spelling of `MuteAllMember`.
    AllMutedLegacy,
    /// `HistoryMsgBeforeJoin`: new members see the messages sent before they joined.
    HistoryBeforeJoin,
    /// The account a change is made as.
    FromAccount,
    /// import_group's `CreateTime`, Unix seconds.
    CreateTime,
    /// add_group_member's `Silence` 0/1.
    Silence,
    TopicId,
    /// The SDK's `topicInfo` object of createTopicInCommunity.
    TopicInfo,
    /// A topic's `CustomString`.
    CustomString,
    /// The member a modify_group_member_info call changes.
    Member,
    Role,
    NameCard,
    MsgFlag,
    MuteTime,
    /// `ShutUpTime`, the older spelling of `MuteTime`.
    MuteTimeLegacy,
    /// The member's own custom data (`AppMemberDefinedData` of modify_group_member_info).
    MemberData,
}
}

/// How many slots there are.
pub const SLOTS: usize = Slot::ALL.len();

/// A call's table from its fields, each given with its slot (the slots it does not name have
/// no field in any dialect).
const fn call(fields: &[(Slot, FieldSpec)]) -> FieldTable<SLOTS> {
    let mut specs = [FieldSpec([None; 3]); SLOTS];
    let mut i = 0;
    while i < fields.len() {
        specs[fields[i].0 as usize] = fields[i].1;
        i += 1;
    }
    FieldTable::new(specs)
}

use Slot as S;

/// create_group (REST), `createGroup` (SDK, Web).
#[rustfmt::skip]
pub static GROUP_FIELDS: FieldTable<SLOTS> = call(&[
    (S::Type, f("Type", "groupType", "type")),
    (S::GroupId, f("GroupId", "groupID", "groupID")),
    (S::Name, f("Name", "groupName", "name")),
    (S::Introduction, f("Introduction", "introduction", "introduction")),
    (S::Notification, f("Notification", "notification", "notification")),
    (S::FaceUrl, f("FaceUrl", "faceUrl", "avatar")),
    (S::MaxMemberCount, f("MaxMemberCount", "maxMemberCount", "maxMemberNum")),
    (S::ApplyJoinOption, f("ApplyJoinOption", "addOpt", "joinOption")),
    (S::InviteJoinOption, f("InviteJoinOption", "approveOpt", "inviteOption")),
    (S::Owner, f("Owner_Account", "", "")),
    (S::MemberList, f("MemberList", "memberList", "memberList")),
    (S::AppDefinedData, f("AppDefinedData", "", "groupCustomField")),
    (S::SupportTopic, f("SupportTopic", "isSupportTopic", "isSupportTopic")),
    (S::AllMuted, f("", "isAllMuted", "")),
    (S::EnablePermission, f("EnablePermission", "isEnablePermissionGroup", "")),
    (S::DefaultPermission, f("DefaultPermission", "defaultPermissions", "")),
    (S::FaceUrlIos, f("", "faceURL", "")),
]);

/// modify_group_base_info (REST), `setGroupInfo` (SDK, a V2TimGroupInfo), `updateGroupProfile`
/// (Web). Reference sheet (group-apis) §2.
#[rustfmt::skip]
pub static MODIFY_GROUP_FIELDS: FieldTable<SLOTS> = call(&[
    (S::Type, f("", "groupType", "")),
    (S::GroupId, f("GroupId", "groupID", "groupID")),
    (S::Name, f("Name", "groupName", "name")),
    (S::Introduction, f("Introduction", "introduction", "introduction")),
    (S::Notification, f("Notification", "notification", "notification")),
    (S::FaceUrl, f("FaceUrl", "faceUrl", "avatar")),
    (S::FaceUrlIos, f("", "faceURL", "")),
    (S::MaxMemberCount, f("MaxMemberNum", "memberMaxCount", "maxMemberNum")),
    (S::ApplyJoinOption, f("ApplyJoinOption", "groupAddOpt", "joinOption")),
    (S::InviteJoinOption, f("InviteJoinOption", "approveOpt", "inviteOption")),
    (S::AllMuted, f("MuteAllMember", "isAllMuted", "muteAllMembers")),
    (S::AllMutedLegacy, f("ShutUpAllMember", "", "")),
    (S::AppDefinedData, f("AppDefinedData", "customInfo", "groupCustomField")),
    (S::FromAccount, f("From_Account", "", "")),
    (S::EnablePermission, f("EnablePermission", "isEnablePermissionGroup", "")),
    (S::DefaultPermission, f("DefaultPermission", "defaultPermissions", "")),
    (S::HistoryBeforeJoin, f("HistoryMsgBeforeJoin", "", "")),
]);

/// add_group_member (REST), `inviteUserToGroup` (SDK), `addGroupMember` (Web). Sheet §3.
#[rustfmt::skip]
pub static ADD_MEMBERS_FIELDS: FieldTable<SLOTS> = call(&[
    (S::GroupId, f("GroupId", "groupID", "groupID")),
    (S::MemberList, f("MemberList", "userList", "userIDList")),
    (S::Silence, f("Silence", "", "")),
]);

/// create_topic (REST), `createTopicInCommunity` (Web; the SDK's takes `groupID` and a
/// `topicInfo` object, [`TOPIC_INFO_FIELDS`]). Sheet §4.
#[rustfmt::skip]
pub static CREATE_TOPIC_FIELDS: FieldTable<SLOTS> = call(&[
    (S::GroupId, f("GroupId", "groupID", "groupID")),
    (S::TopicId, f("TopicId", "", "topicID")),
    (S::Name, f("TopicName", "", "topicName")),
    (S::Notification, f("Notification", "", "notification")),
    (S::Introduction, f("Introduction", "", "introduction")),
    (S::FaceUrl, f("FaceUrl", "", "avatar")),
    (S::CustomString, f("CustomString", "", "customData")),
    (S::FromAccount, f("From_Account", "", "")),
    (S::TopicInfo, f("", "topicInfo", "")),
]);

/// The SDK's `topicInfo` (V2TimTopicInfo) of `createTopicInCommunity`.
#[rustfmt::skip]
pub static TOPIC_INFO_FIELDS: FieldTable<SLOTS> = call(&[
    (S::TopicId, f("", "topicID", "")),
    (S::Name, f("", "topicName", "")),
    (S::Notification, f("", "notification", "")),
    (S::Introduction, f("", "introduction", "")),
    (S::FaceUrl, f("", "topicFaceUrl", "")),
    (S::CustomString, f("", "customString", "")),
]);

/// import_group (REST only): create_group's fields without MemberList and InviteJoinOption,
/// with CreateTime. Sheet §5.
#[rustfmt::skip]
pub static IMPORT_GROUP_FIELDS: FieldTable<SLOTS> = call(&[
    (S::Type, f("Type", "", "")),
    (S::GroupId, f("GroupId", "", "")),
    (S::Name, f("Name", "", "")),
    (S::Introduction, f("Introduction", "", "")),
    (S::Notification, f("Notification", "", "")),
    (S::FaceUrl, f("FaceUrl", "", "")),
    (S::MaxMemberCount, f("MaxMemberCount", "", "")),
    (S::ApplyJoinOption, f("ApplyJoinOption", "", "")),
    (S::Owner, f("Owner_Account", "", "")),
    (S::AppDefinedData, f("AppDefinedData", "", "")),
    (S::SupportTopic, f("SupportTopic", "", "")),
    (S::CreateTime, f("CreateTime", "", "")),
]);

/// modify_group_member_info (REST), `setGroupMemberInfo` / `setGroupMemberRole` (SDK), the
/// Web `setGroupMember*` calls. Sheet §6.
#[rustfmt::skip]
pub static MODIFY_MEMBER_FIELDS: FieldTable<SLOTS> = call(&[
    (S::GroupId, f("GroupId", "groupID", "groupID")),
    (S::Member, f("Member_Account", "userID", "userID")),
    (S::Role, f("Role", "role", "role")),
    (S::NameCard, f("NameCard", "nameCard", "nameCard")),
    (S::MsgFlag, f("MsgFlag", "", "")),
    (S::MuteTime, f("MuteTime", "", "muteTime")),
    (S::MuteTimeLegacy, f("ShutUpTime", "", "")),
    (S::MemberData, f("AppMemberDefinedData", "customInfo", "memberCustomField")),
]);

/// The top-level fields of each call, in the order of [`Api::ALL`].
pub static CALL_FIELDS: [&FieldTable<SLOTS>; 6] = [
    &GROUP_FIELDS,
    &MODIFY_GROUP_FIELDS,
    &ADD_MEMBERS_FIELDS,
    &CREATE_TOPIC_FIELDS,
    &IMPORT_GROUP_FIELDS,
    &MODIFY_MEMBER_FIELDS,
];

/// A call's top-level fields.
pub fn call_fields(api: Api) -> &'static FieldTable<SLOTS> {
    CALL_FIELDS[api as usize]
}

/// Fields of one MemberList entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberSlot {
    Account,
    Role,
    CustomData,
}

pub static MEMBER_FIELDS: FieldTable<3> = FieldTable::new([
    f("Member_Account", "userID", "userID"),
    f("Role", "role", "role"),
    f("AppMemberDefinedData", "", "memberCustomField"),
]);

/// An add_group_member entry: only the account (the SDK and Web lists are of strings).
pub static ADD_MEMBER_FIELDS: FieldTable<3> = FieldTable::new([
    f("Member_Account", "", ""),
    FieldSpec([None; 3]),
    FieldSpec([None; 3]),
]);

/// Fields of one custom-data entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KvSlot {
    Key,
    Value,
}

pub static KV_FIELDS: FieldTable<2> =
    FieldTable::new([f("Key", "", "key"), f("Value", "", "value")]);

/// The fields of one object, by slot: each present field's value node (0, the root, for none:
/// it is never a field's value). `null` values are kept here and read as absent by `group`.
pub struct Fields<const N: usize> {
    values: [u32; N],
}

/// What `group`, `member` and `kv` hand the rules: the value node, and the field's name as
/// written.
#[derive(Clone, Copy, Debug)]
pub struct Value {
    pub node: NodeId,
    pub name: &'static str,
}

impl<const N: usize> Fields<N> {
    fn at(&self, i: usize) -> Option<NodeId> {
        Some(self.values[i] as NodeId).filter(|&v| v != 0)
    }

    /// A field's value, or `None` when absent or `null`, with its name in `dialect`.
    pub fn get(
        &self,
        doc: &Document<'_>,
        table: &FieldTable<N>,
        slot: usize,
        dialect: Dialect,
    ) -> Option<Value> {
        let node = self.at(slot)?;
        if doc.kind(node) == Kind::Null {
            return None;
        }
        Some(Value {
            node,
            name: table.name(slot, dialect),
        })
    }
}

pub type Group = Fields<SLOTS>;
pub type Member = Fields<3>;
pub type Kv = Fields<2>;

/// A key [`FieldTable::read`] could not put in a slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stray {
    /// A second key for a slot already filled (the later value is kept).
    Repeated,
    /// A key that names no field of the table in this dialect.
    Unknown,
}

impl<const N: usize> FieldTable<N> {
    /// A field's name in `dialect` (`"?"` when the dialect has no such field).
    pub fn name(&self, slot: usize, dialect: Dialect) -> &'static str {
        self.specs[slot].name(dialect).unwrap_or("?")
    }

    /// Reads an object against the table: each known field lands in its slot; `stray` hears
    /// of each key that does not (with its kind of trouble).
    pub fn read(
        &self,
        doc: &Document<'_>,
        obj: NodeId,
        dialect: Dialect,
        mut stray: impl FnMut(NodeId, Stray),
    ) -> Fields<N> {
        let mut values = [0; N];
        let heads = &self.heads[column(dialect)];
        read_fields(
            doc,
            obj,
            dialect,
            heads,
            &self.specs,
            &mut values,
            &mut stray,
        );
        Fields { values }
    }
}

/// `FieldTable::read` without the table's size, so that one copy serves every kind of object.
fn read_fields(
    doc: &Document<'_>,
    obj: NodeId,
    dialect: Dialect,
    heads: &[u64],
    specs: &[FieldSpec],
    values: &mut [u32],
    stray: &mut dyn FnMut(NodeId, Stray),
) {
    let src = doc.src.as_bytes();
    for (key, value) in doc.members(obj) {
        let (start, end) = doc.span(key);
        let len = end.saturating_sub(start + 2);
        let plain = doc.kind(key) == (Kind::String { escaped: false });
        let at = match read_head(src, start + 1, len).filter(|_| plain && len > 0) {
            // No two names of a table share their first eight bytes (a test checks), so
            // the first name with the key's head is the only candidate; up to eight bytes
            // long, a name with the key's head and length is the key.
            Some(k) => heads.iter().position(|&h| h == k).filter(|&i| {
                let name = specs[i].name(dialect).unwrap_or_default();
                name.len() == len && (len <= 8 || name.as_bytes() == &src[start + 1..end - 1])
            }),
            None => {
                let k = doc.str(key);
                specs.iter().position(|s| s.name(dialect) == Some(&*k))
            }
        };
        match at {
            Some(i) if values[i] == 0 => values[i] = value as u32,
            Some(i) => {
                stray(key, Stray::Repeated);
                values[i] = value as u32;
            }
            None => stray(key, Stray::Unknown),
        }
    }
}

/// Another dialect's spelling of a field of `specs`: that dialect, and the field's name in
/// `dialect` (`None` when `dialect` has no such field).
pub fn other_spelling(
    specs: &[FieldSpec],
    name: &str,
    dialect: Dialect,
) -> Option<(Dialect, Option<&'static str>)> {
    specs.iter().find_map(|s| {
        DIALECTS
            .into_iter()
            .zip(s.0)
            .find(|(d, n)| *d != dialect && *n == Some(name))
            .map(|(d, _)| (d, s.name(dialect)))
    })
}

/// Picks the dialect whose field names in `table` match most of the top-level keys (ties:
/// rest, sdk, web).
pub fn detect(doc: &crate::json::Document<'_>, root: NodeId, table: &FieldTable<SLOTS>) -> Dialect {
    let mut best = (0, Dialect::Rest);
    for d in DIALECTS {
        let score = doc
            .members(root)
            .filter(|&(k, _)| table.specs.iter().any(|s| s.name(d) == Some(&*doc.str(k))))
            .count();
        if score > best.0 {
            best = (score, d);
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heads_are_unique<const N: usize>(table: &FieldTable<N>) {
        for heads in &table.heads {
            let mut heads: Vec<u64> = heads.iter().copied().filter(|&h| h != 0).collect();
            let n = heads.len();
            heads.sort_unstable();
            heads.dedup();
            assert_eq!(heads.len(), n, "two names share their first eight bytes");
        }
    }

    /// `read_fields` takes the first name whose head matches a key's as the only candidate.
    #[test]
    fn no_two_names_of_a_dialect_share_a_head() {
        for table in CALL_FIELDS {
            heads_are_unique(table);
        }
        heads_are_unique(&TOPIC_INFO_FIELDS);
        heads_are_unique(&ADD_MEMBER_FIELDS);
        heads_are_unique(&MEMBER_FIELDS);
        heads_are_unique(&KV_FIELDS);
    }

    #[test]
    fn keys_are_read_as_their_heads() {
        let src = r#"{"Type": 1, "AppMemberDefinedData": 2, "A": 3, "": 4, "Z": 5}"#;
        let at = |key: &str| src.find(&format!("\"{key}\"")).unwrap() + 1;
        let read = |key: &str| read_head(src.as_bytes(), at(key), key.len()).unwrap();
        for key in ["Type", "AppMemberDefinedData", "A", ""] {
            assert_eq!(read(key), head(key), "{key}");
        }
        let typ = read_head(src.as_bytes(), at("Type"), 3).unwrap();
        assert_eq!(typ, head("Typ"));
        assert_ne!(typ, head("Type"));
        // Fewer than eight bytes after the key's start: not read this way.
        assert_eq!(read_head(src.as_bytes(), at("Z"), 1), None);
    }

    #[test]
    fn keys_match_their_slots_in_every_dialect() {
        use crate::{Options, validate};
        for (d, body) in [
            (
                Dialect::Rest,
                r#"{"Type": "Public", "Name": "x", "AppDefinedData": [{"Key": "k", "Value": "v"}], "MemberList": [{"Member_Account": "a", "Role": "Admin", "AppMemberDefinedData": []}]}"#,
            ),
            (
                Dialect::Sdk,
                r#"{"groupType": "Public", "groupName": "x", "memberList": [{"userID": "a", "role": 300}]}"#,
            ),
            (
                Dialect::Web,
                r#"{"type": "Public", "name": "x", "groupCustomField": [{"key": "k", "value": "v"}], "memberList": [{"userID": "a", "role": "Admin", "memberCustomField": []}]}"#,
            ),
        ] {
            let opts = Options {
                dialect: d,
                ..Options::default()
            };
            let r = validate(body, &opts);
            assert!(r.diagnostics.is_empty(), "{d:?}: {:?}", r.diagnostics);
            // One byte changed in a long name makes it unknown.
            let bent = body
                .replacen("Data\"", "Dat4\"", 1)
                .replacen("Field\"", "Fie1d\"", 1);
            if bent != body {
                let r = validate(&bent, &opts);
                assert!(
                    r.diagnostics.iter().any(|x| x.rule.id == "unknown-field"),
                    "{d:?}"
                );
            }
        }
    }
}
