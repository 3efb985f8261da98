//! The REST bodies as Rust types, for services that build a request and check it before
//! sending: one per call ([`crate::Api`]), each with a builder that takes the call's required
//! fields and a `validate` that checks the body as that call.
//!
//! The vocabularies are enums spelled as the REST pages spell them ([`GroupType`],
//! [`ApplyJoinOption`], [`InviteJoinOption`], [`MemberRole`], [`MsgFlag`]), so `"Publich"`
//! cannot be built and deserializing it is a serde error naming the choices. What types cannot
//! say (byte limits, caps, the rules of each group type) is each request's `validate`'s job.
//!
//! | call | request |
//! |---|---|
//! | `create_group` | [`CreateGroupRequest`] |
//! | `modify_group_base_info` | [`ModifyGroupRequest`] |
//! | `add_group_member` | [`AddMembersRequest`] |
//! | `create_topic` | [`CreateTopicRequest`] |
//! | `import_group` | [`ImportGroupRequest`] |
//! | `modify_group_member_info` | [`ModifyMemberRequest`] |

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

use crate::domain::{GroupType, JoinOption, Role};
use crate::write::{ObjectWriter, write_array};
use crate::{Api, Dialect, Options, Report};

pub mod add_members;
pub mod create_group;
pub mod create_topic;
pub mod import_group;
pub mod modify_group;
pub mod modify_member;

pub use add_members::{AddMembersRequest, AddMembersRequestBuilder, MemberAccount};
pub use create_group::{CreateGroupRequest, CreateGroupRequestBuilder, Member};
pub use create_topic::{CreateTopicRequest, CreateTopicRequestBuilder};
pub use import_group::{ImportGroupRequest, ImportGroupRequestBuilder};
pub use modify_group::{ModifyGroupRequest, ModifyGroupRequestBuilder};
pub use modify_member::{ModifyMemberRequest, ModifyMemberRequestBuilder};

/// One custom-data entry (`AppDefinedData`, `AppMemberDefinedData`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CustomField {
    /// The key: 1 to 16 letters, digits or `_`, enabled in the IM console first.
    #[serde(rename = "Key")]
    pub key: String,
    /// The value: any string, at most 512 bytes (group) or 64 bytes (member) of UTF-8.
    #[serde(rename = "Value")]
    pub value: String,
}

/// How users may apply to join (`ApplyJoinOption`), as the REST page spells it.
///
/// [`CreateGroupRequest::validate`] warns where it may have no effect: on Private (Work)
/// groups, which are invitation only by default; on AVChatRoom and BChatRoom; on Communities,
/// which the current create_group page says do not support it yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ApplyJoinOption {
    /// Nobody may apply.
    DisableApply,
    /// An administrator approves each application.
    NeedPermission,
    /// Anyone may join without approval.
    FreeAccess,
}

/// How members may invite others (`InviteJoinOption`), as the REST page spells it; not on
/// AVChatRoom or BChatRoom (an error of [`CreateGroupRequest::validate`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InviteJoinOption {
    /// Nobody may invite.
    DisableInvite,
    /// An administrator approves each invitation.
    NeedPermission,
    /// Invitees join without approval.
    FreeAccess,
}

/// The role a member can be given (`Role`), at creation or by modify_group_member_info. Not
/// the owner: that is `Owner_Account`, changed by change_group_owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MemberRole {
    /// An administrator (a warning on Private (Work) groups, which the SDK docs say cannot
    /// have one).
    Admin,
    /// An ordinary member: the same as leaving `Role` out.
    Member,
}

impl ApplyJoinOption {
    /// Every option, in the order of the REST page (and of [`JoinOption::ALL`]).
    pub const ALL: [ApplyJoinOption; 3] = [
        ApplyJoinOption::DisableApply,
        ApplyJoinOption::NeedPermission,
        ApplyJoinOption::FreeAccess,
    ];

    /// The REST spelling (`"FreeAccess"`), as serde writes it.
    pub fn as_str(self) -> &'static str {
        JoinOption::from(self).rest(false)
    }
}

impl InviteJoinOption {
    /// Every option, in the order of the REST page (and of [`JoinOption::ALL`]).
    pub const ALL: [InviteJoinOption; 3] = [
        InviteJoinOption::DisableInvite,
        InviteJoinOption::NeedPermission,
        InviteJoinOption::FreeAccess,
    ];

    /// The REST spelling (`"DisableInvite"`), as serde writes it.
    pub fn as_str(self) -> &'static str {
        JoinOption::from(self).rest(true)
    }
}

impl MemberRole {
    /// Every role that can be given at creation.
    pub const ALL: [MemberRole; 2] = [MemberRole::Admin, MemberRole::Member];

    /// The REST spelling (`"Admin"`), as serde writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            MemberRole::Admin => "Admin",
            MemberRole::Member => "Member",
        }
    }
}

/// How a member receives the group's messages (`MsgFlag` of modify_group_member_info), as the
/// REST page spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MsgFlag {
    /// Receive and notify.
    AcceptAndNotify,
    /// Do not receive.
    Discard,
    /// Receive without notifying.
    AcceptNotNotify,
    /// Receive without notifying, but for messages that @ the member (the current page).
    AcceptNotNotifyExceptAt,
}

impl MsgFlag {
    /// Every flag, in the order of the REST page.
    pub const ALL: [MsgFlag; 4] = [
        MsgFlag::AcceptAndNotify,
        MsgFlag::Discard,
        MsgFlag::AcceptNotNotify,
        MsgFlag::AcceptNotNotifyExceptAt,
    ];

    /// The REST spelling (`"Discard"`), as serde writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            MsgFlag::AcceptAndNotify => "AcceptAndNotify",
            MsgFlag::Discard => "Discard",
            MsgFlag::AcceptNotNotify => "AcceptNotNotify",
            MsgFlag::AcceptNotNotifyExceptAt => "AcceptNotNotifyExceptAt",
        }
    }
}

/// A switch the REST pages write `"On"` / `"Off"` (`MuteAllMember`, `HistoryMsgBeforeJoin`),
/// held as an `Option<bool>` by the requests (`#[serde(with = "on_off")]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
enum OnOff {
    On,
    Off,
}

impl OnOff {
    const ALL: [OnOff; 2] = [OnOff::On, OnOff::Off];

    fn as_str(self) -> &'static str {
        match self {
            OnOff::On => "On",
            OnOff::Off => "Off",
        }
    }
}

/// Serde of an `Option<bool>` written `"On"` / `"Off"`.
mod on_off {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::OnOff;

    pub fn serialize<S: Serializer>(v: &Option<bool>, s: S) -> Result<S::Ok, S::Error> {
        v.map(super::on_off_word).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
        Ok(Option::<OnOff>::deserialize(d)?.map(|w| w == OnOff::On))
    }
}

/// `"On"` for true, `"Off"` for false.
fn on_off_word(on: bool) -> &'static str {
    if on { OnOff::On } else { OnOff::Off }.as_str()
}

/// The schema of the vocabularies: `{"type": "string", "enum": [the REST spellings]}`, written
/// by hand because schemars derives a `oneOf` of documented constants, which `schema.rs`
/// would have to take apart again to widen the REST `Type` to the SDK names it reads.
macro_rules! string_enum_schema {
    ($($ty:ident => $spelling:path;)*) => {$(
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                stringify!($ty).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                let values: Vec<&str> = $ty::ALL.into_iter().map($spelling).collect();
                json_schema!({"type": "string", "enum": values})
            }
        }
    )*};
}

string_enum_schema! {
    GroupType => GroupType::rest;
    ApplyJoinOption => ApplyJoinOption::as_str;
    InviteJoinOption => InviteJoinOption::as_str;
    MemberRole => MemberRole::as_str;
    MsgFlag => MsgFlag::as_str;
    OnOff => OnOff::as_str;
}

impl From<ApplyJoinOption> for JoinOption {
    fn from(o: ApplyJoinOption) -> JoinOption {
        match o {
            ApplyJoinOption::DisableApply => JoinOption::Forbid,
            ApplyJoinOption::NeedPermission => JoinOption::Auth,
            ApplyJoinOption::FreeAccess => JoinOption::Any,
        }
    }
}

impl From<JoinOption> for ApplyJoinOption {
    fn from(o: JoinOption) -> ApplyJoinOption {
        match o {
            JoinOption::Forbid => ApplyJoinOption::DisableApply,
            JoinOption::Auth => ApplyJoinOption::NeedPermission,
            JoinOption::Any => ApplyJoinOption::FreeAccess,
        }
    }
}

impl From<InviteJoinOption> for JoinOption {
    fn from(o: InviteJoinOption) -> JoinOption {
        match o {
            InviteJoinOption::DisableInvite => JoinOption::Forbid,
            InviteJoinOption::NeedPermission => JoinOption::Auth,
            InviteJoinOption::FreeAccess => JoinOption::Any,
        }
    }
}

impl From<JoinOption> for InviteJoinOption {
    fn from(o: JoinOption) -> InviteJoinOption {
        match o {
            JoinOption::Forbid => InviteJoinOption::DisableInvite,
            JoinOption::Auth => InviteJoinOption::NeedPermission,
            JoinOption::Any => InviteJoinOption::FreeAccess,
        }
    }
}

impl From<MemberRole> for Role {
    fn from(r: MemberRole) -> Role {
        match r {
            MemberRole::Admin => Role::Admin,
            MemberRole::Member => Role::Member,
        }
    }
}

impl CustomField {
    /// An entry with this key and value.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> CustomField {
        CustomField {
            key: key.into(),
            value: value.into(),
        }
    }
}

/// Validates a REST body as `api`'s, whatever `opts` says of the call and the dialect; the
/// diagnostics keep their pointers but not the spans of a text the caller never saw.
fn validate_as(api: Api, body: &str, opts: &Options) -> Report {
    let opts = Options {
        api,
        dialect: Dialect::Rest,
        ..opts.clone()
    };
    let mut report = crate::validate(body, &opts);
    for d in &mut report.diagnostics {
        (d.span, d.line, d.column) = (None, None, None);
    }
    report
}

/// `[{"Key":…,"Value":…},…]`
fn write_custom(out: &mut String, fields: &[CustomField]) {
    write_array(out, fields, |out, f| {
        let mut o = ObjectWriter::new(out);
        o.str("Key", &f.key).str("Value", &f.value);
        o.end();
    });
}
