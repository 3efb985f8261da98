//! `v4/group_open_http_svc/modify_group_member_info`: [`ModifyMemberRequest`] and its builder.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{CustomField, MemberRole, MsgFlag, validate_as, write_custom};
use crate::write::ObjectWriter;
use crate::{Api, Options, Report};

/// The body of `v4/group_open_http_svc/modify_group_member_info`, with Tencent's field names:
/// the group, the member, and what to change about them (each field left out stays as it is).
///
/// The role is a [`MemberRole`] (the owner cannot be given: that is change_group_owner), the
/// message flag a [`MsgFlag`], the mute time a `u32` of seconds (0 unmutes). The name card's
/// bytes (`limits.nameCard`), member custom data and the rules of the group's type (no admins
/// in Work groups, no muting there, nothing on AVChatRoom) are
/// [`ModifyMemberRequest::validate`]'s.
///
/// ```
/// use timlint::{MemberRole, ModifyMemberRequest, Options};
/// let req = ModifyMemberRequest::builder("@TGS#2J4SZEAEL", "tommy")
///     .role(MemberRole::Admin)
///     .name_card("Tommy (ops)")
///     .build();
/// assert!(req.validate(&Options::default()).valid());
/// assert_eq!(
///     serde_json::to_string(&req).unwrap(),
///     r#"{"GroupId":"@TGS#2J4SZEAEL","Member_Account":"tommy","Role":"Admin","NameCard":"Tommy (ops)"}"#
/// );
/// // The owner is not a role this call gives.
/// let e = serde_json::from_str::<ModifyMemberRequest>(r#"{"GroupId": "g", "Member_Account": "a", "Role": "Owner"}"#).unwrap_err();
/// assert!(e.to_string().starts_with("unknown variant `Owner`, expected `Admin` or `Member`"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "The body of `v4/group_open_http_svc/modify_group_member_info`, with Tencent's field names."
)]
#[non_exhaustive]
pub struct ModifyMemberRequest {
    /// The group: required.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// The member to change: required (`limits.account`).
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// The member's new role.
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<MemberRole>,
    /// How the member receives the group's messages.
    #[serde(rename = "MsgFlag", default, skip_serializing_if = "Option::is_none")]
    pub msg_flag: Option<MsgFlag>,
    /// The member's name card in the group (`limits.nameCard`).
    #[serde(rename = "NameCard", default, skip_serializing_if = "Option::is_none")]
    pub name_card: Option<String>,
    /// Member custom data to set (a `Value` of `""` deletes the key).
    #[serde(
        rename = "AppMemberDefinedData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_member_defined_data: Option<Vec<CustomField>>,
    /// Mute the member for this many seconds (0 unmutes; not in Work groups).
    #[serde(rename = "MuteTime", default, skip_serializing_if = "Option::is_none")]
    pub mute_time: Option<u32>,
}

/// Builds a [`ModifyMemberRequest`]: [`ModifyMemberRequest::builder`] takes the group ID and
/// the member's account, a setter each field to change, [`ModifyMemberRequestBuilder::build`]
/// the request. It checks nothing; [`ModifyMemberRequest::validate`] does.
#[derive(Clone, Debug)]
#[must_use]
pub struct ModifyMemberRequestBuilder {
    req: ModifyMemberRequest,
}

impl ModifyMemberRequestBuilder {
    /// `Role`.
    pub fn role(mut self, role: MemberRole) -> Self {
        self.req.role = Some(role);
        self
    }

    /// `MsgFlag`.
    pub fn msg_flag(mut self, flag: MsgFlag) -> Self {
        self.req.msg_flag = Some(flag);
        self
    }

    /// `NameCard`.
    pub fn name_card(mut self, card: impl Into<String>) -> Self {
        self.req.name_card = Some(card.into());
        self
    }

    /// One more `AppMemberDefinedData` entry (an empty value deletes the key).
    pub fn custom_field(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        let data = self
            .req
            .app_member_defined_data
            .get_or_insert_with(Vec::new);
        data.push(CustomField::new(key, value));
        self
    }

    /// `MuteTime`: seconds to mute the member for (0 unmutes).
    pub fn mute_time(mut self, seconds: u32) -> Self {
        self.req.mute_time = Some(seconds);
        self
    }

    /// The request.
    pub fn build(self) -> ModifyMemberRequest {
        self.req
    }
}

impl ModifyMemberRequest {
    /// A builder of a request that changes the member `member_account` of the group
    /// `group_id`.
    ///
    /// ```
    /// use timlint::{GroupType, ModifyMemberRequest, MsgFlag, Options};
    /// let req = ModifyMemberRequest::builder("@TGS#2J4SZEAEL", "tommy")
    ///     .msg_flag(MsgFlag::AcceptNotNotify)
    ///     .mute_time(3600)
    ///     .build();
    /// assert_eq!(req.to_json_compact(), r#"{"GroupId":"@TGS#2J4SZEAEL","Member_Account":"tommy","MsgFlag":"AcceptNotNotify","MuteTime":3600}"#);
    /// // Work groups cannot mute a member.
    /// let work = Options { group_type: Some(GroupType::Work), ..Options::default() };
    /// let d = &req.validate(&work).diagnostics[0];
    /// assert_eq!((d.rule.id, d.pointer.as_str()), ("mute-not-supported", "/MuteTime"));
    /// ```
    pub fn builder(
        group_id: impl Into<String>,
        member_account: impl Into<String>,
    ) -> ModifyMemberRequestBuilder {
        ModifyMemberRequestBuilder {
            req: ModifyMemberRequest {
                group_id: group_id.into(),
                member_account: member_account.into(),
                role: None,
                msg_flag: None,
                name_card: None,
                app_member_defined_data: None,
                mute_time: None,
            },
        }
    }

    /// The JSON body to send.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The JSON body, compact: byte for byte what `serde_json::to_string` gives, written
    /// without serde.
    pub fn to_json_compact(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    /// Appends the compact JSON body to `out` (see [`ModifyMemberRequest::to_json_compact`]).
    pub fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::new(out);
        o.str("GroupId", &self.group_id);
        o.str("Member_Account", &self.member_account);
        if let Some(r) = self.role {
            o.str("Role", r.as_str());
        }
        if let Some(f) = self.msg_flag {
            o.str("MsgFlag", f.as_str());
        }
        if let Some(card) = &self.name_card {
            o.str("NameCard", card);
        }
        if let Some(data) = &self.app_member_defined_data {
            write_custom(o.key("AppMemberDefinedData"), data);
        }
        if let Some(t) = self.mute_time {
            o.u64("MuteTime", u64::from(t));
        }
        o.end();
    }

    /// Validates the request as a modify_group_member_info body (the `api` and `dialect` of
    /// `opts` are set to it). Diagnostics carry pointers but no line or column.
    ///
    /// ```
    /// use timlint::{ModifyMemberRequest, Options};
    /// let req = ModifyMemberRequest::builder("@TGS#2J4SZEAEL", "tommy").name_card("运维值班负责人（周一至周五早九点到晚六点）").build();
    /// let d = &req.validate(&Options::default()).diagnostics[0];
    /// assert_eq!((d.rule.id, d.pointer.as_str()), ("too-many-bytes", "/NameCard"));
    /// ```
    pub fn validate(&self, opts: &Options) -> Report {
        validate_as(Api::ModifyMember, &self.to_json_compact(), opts)
    }
}
