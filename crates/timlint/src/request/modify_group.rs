//! `v4/group_open_http_svc/modify_group_base_info`: [`ModifyGroupRequest`] and its builder.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    ApplyJoinOption, CustomField, InviteJoinOption, OnOff, on_off_word, validate_as, write_custom,
};
use crate::write::ObjectWriter;
use crate::{Api, Options, Report};

/// The body of `v4/group_open_http_svc/modify_group_base_info`, with Tencent's field names:
/// the group to change and the fields to change (each left out stays as it is).
///
/// Its member cap is `MaxMemberNum` (create_group's `MaxMemberCount` is a field this call
/// ignores), and mute-all is a `bool` written `"On"` / `"Off"`. The limits are those of
/// create_group ([`crate::Limits`]); [`ModifyGroupRequest::validate`] checks them, and the
/// rules that depend on the group's type when the `group_type` option names it.
///
/// ```
/// use timlint::{ModifyGroupRequest, Options};
/// let req = ModifyGroupRequest::builder("@TGS#1NVTZEAE4")
///     .name("NewName")
///     .max_member_num(500)
///     .mute_all_member(true)
///     .build();
/// assert!(req.validate(&Options::default()).valid());
/// assert_eq!(
///     serde_json::to_string(&req).unwrap(),
///     r#"{"GroupId":"@TGS#1NVTZEAE4","Name":"NewName","MaxMemberNum":500,"MuteAllMember":"On"}"#
/// );
/// // The switch reads "On" / "Off" only.
/// let e = serde_json::from_str::<ModifyGroupRequest>(r#"{"GroupId": "g", "MuteAllMember": "on"}"#).unwrap_err();
/// assert!(e.to_string().starts_with("unknown variant `on`, expected `On` or `Off`"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "The body of `v4/group_open_http_svc/modify_group_base_info`, with Tencent's field names."
)]
#[non_exhaustive]
pub struct ModifyGroupRequest {
    /// The group to change: required.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// The new name (`limits.name`).
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The new introduction (`limits.introduction`).
    #[serde(
        rename = "Introduction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub introduction: Option<String>,
    /// The new notification (`limits.notification`).
    #[serde(
        rename = "Notification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification: Option<String>,
    /// The new avatar URL (`limits.faceUrl`).
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// The new member cap, as create_group's `MaxMemberCount` is bounded (no effect on an
    /// AVChatRoom).
    #[serde(
        rename = "MaxMemberNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_member_num: Option<u64>,
    /// How users may apply to join (Communities do not support it yet).
    #[serde(
        rename = "ApplyJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub apply_join_option: Option<ApplyJoinOption>,
    /// How members may invite others; not on AVChatRoom.
    #[serde(
        rename = "InviteJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invite_join_option: Option<InviteJoinOption>,
    /// Mute every member but the owner and admins: written `"On"` (true) or `"Off"`.
    #[serde(
        rename = "MuteAllMember",
        with = "super::on_off",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<OnOff>")]
    pub mute_all_member: Option<bool>,
    /// Group custom data to set (a `Value` of `""` deletes the key).
    #[serde(
        rename = "AppDefinedData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_defined_data: Option<Vec<CustomField>>,
    /// Permission groups (Communities): 1 on, 0 off.
    #[serde(
        rename = "EnablePermission",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_permission: Option<u8>,
    /// The default permissions of every member (Communities): a 64-bit mask.
    #[serde(
        rename = "DefaultPermission",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_permission: Option<u64>,
    /// New members see the messages sent before they joined (Work, Public and Meeting
    /// groups): written `"On"` (true) or `"Off"`.
    #[serde(
        rename = "HistoryMsgBeforeJoin",
        with = "super::on_off",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<OnOff>")]
    pub history_msg_before_join: Option<bool>,
    /// The account the change is made as (left out: the app administrator).
    #[serde(
        rename = "From_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub from_account: Option<String>,
}

/// Builds a [`ModifyGroupRequest`]: [`ModifyGroupRequest::builder`] takes the group ID, a
/// setter each field to change, [`ModifyGroupRequestBuilder::build`] the request. It checks
/// nothing; [`ModifyGroupRequest::validate`] does.
#[derive(Clone, Debug)]
#[must_use]
pub struct ModifyGroupRequestBuilder {
    req: ModifyGroupRequest,
}

impl ModifyGroupRequestBuilder {
    /// `Name`.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.req.name = Some(name.into());
        self
    }

    /// `Introduction`.
    pub fn introduction(mut self, text: impl Into<String>) -> Self {
        self.req.introduction = Some(text.into());
        self
    }

    /// `Notification`.
    pub fn notification(mut self, text: impl Into<String>) -> Self {
        self.req.notification = Some(text.into());
        self
    }

    /// `FaceUrl`: the avatar URL.
    pub fn face_url(mut self, url: impl Into<String>) -> Self {
        self.req.face_url = Some(url.into());
        self
    }

    /// `MaxMemberNum`.
    pub fn max_member_num(mut self, n: u64) -> Self {
        self.req.max_member_num = Some(n);
        self
    }

    /// `ApplyJoinOption`.
    pub fn apply_join_option(mut self, option: ApplyJoinOption) -> Self {
        self.req.apply_join_option = Some(option);
        self
    }

    /// `InviteJoinOption`.
    pub fn invite_join_option(mut self, option: InviteJoinOption) -> Self {
        self.req.invite_join_option = Some(option);
        self
    }

    /// `MuteAllMember`: `"On"` or `"Off"`.
    pub fn mute_all_member(mut self, on: bool) -> Self {
        self.req.mute_all_member = Some(on);
        self
    }

    /// One more `AppDefinedData` entry (group custom data; an empty value deletes the key).
    pub fn custom_field(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        let data = self.req.app_defined_data.get_or_insert_with(Vec::new);
        data.push(CustomField::new(key, value));
        self
    }

    /// `EnablePermission`: permission groups on (1) or off (0); Communities.
    pub fn enable_permission(mut self, on: bool) -> Self {
        self.req.enable_permission = Some(u8::from(on));
        self
    }

    /// `DefaultPermission`: the default permissions of every member, a 64-bit mask.
    pub fn default_permission(mut self, mask: u64) -> Self {
        self.req.default_permission = Some(mask);
        self
    }

    /// `HistoryMsgBeforeJoin`: `"On"` or `"Off"`.
    pub fn history_msg_before_join(mut self, on: bool) -> Self {
        self.req.history_msg_before_join = Some(on);
        self
    }

    /// `From_Account`: the account the change is made as.
    pub fn from_account(mut self, account: impl Into<String>) -> Self {
        self.req.from_account = Some(account.into());
        self
    }

    /// The request.
    pub fn build(self) -> ModifyGroupRequest {
        self.req
    }
}

impl ModifyGroupRequest {
    /// A builder of a request that changes the group `group_id`; with no field set, the
    /// request changes nothing (`empty-update`, a warning).
    ///
    /// ```
    /// use timlint::{ApplyJoinOption, ModifyGroupRequest, Options};
    /// let req = ModifyGroupRequest::builder("@TGS#_builders")
    ///     .introduction("How we build")
    ///     .apply_join_option(ApplyJoinOption::NeedPermission)
    ///     .custom_field("Level", "")
    ///     .build();
    /// assert_eq!(req.to_json_compact(), r#"{"GroupId":"@TGS#_builders","Introduction":"How we build","ApplyJoinOption":"NeedPermission","AppDefinedData":[{"Key":"Level","Value":""}]}"#);
    /// // A Community (its ID says so) does not support ApplyJoinOption yet.
    /// let report = req.validate(&Options::default());
    /// assert_eq!(report.diagnostics[0].rule.id, "ineffective-apply-join-option");
    /// ```
    pub fn builder(group_id: impl Into<String>) -> ModifyGroupRequestBuilder {
        ModifyGroupRequestBuilder {
            req: ModifyGroupRequest {
                group_id: group_id.into(),
                name: None,
                introduction: None,
                notification: None,
                face_url: None,
                max_member_num: None,
                apply_join_option: None,
                invite_join_option: None,
                mute_all_member: None,
                app_defined_data: None,
                enable_permission: None,
                default_permission: None,
                history_msg_before_join: None,
                from_account: None,
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

    /// Appends the compact JSON body to `out` (see [`ModifyGroupRequest::to_json_compact`]).
    pub fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::new(out);
        o.str("GroupId", &self.group_id);
        for (key, v) in [
            ("Name", &self.name),
            ("Introduction", &self.introduction),
            ("Notification", &self.notification),
            ("FaceUrl", &self.face_url),
        ] {
            if let Some(v) = v {
                o.str(key, v);
            }
        }
        if let Some(n) = self.max_member_num {
            o.u64("MaxMemberNum", n);
        }
        if let Some(v) = self.apply_join_option {
            o.str("ApplyJoinOption", v.as_str());
        }
        if let Some(v) = self.invite_join_option {
            o.str("InviteJoinOption", v.as_str());
        }
        if let Some(on) = self.mute_all_member {
            o.str("MuteAllMember", on_off_word(on));
        }
        if let Some(data) = &self.app_defined_data {
            write_custom(o.key("AppDefinedData"), data);
        }
        if let Some(e) = self.enable_permission {
            o.u64("EnablePermission", u64::from(e));
        }
        if let Some(p) = self.default_permission {
            o.u64("DefaultPermission", p);
        }
        if let Some(on) = self.history_msg_before_join {
            o.str("HistoryMsgBeforeJoin", on_off_word(on));
        }
        if let Some(a) = &self.from_account {
            o.str("From_Account", a);
        }
        o.end();
    }

    /// Validates the request as a modify_group_base_info body (the `api` and `dialect` of
    /// `opts` are set to it): byte limits, the member cap, the switches, custom data, and
    /// the rules of the group's type when `opts.group_type` names it (or the ID is a
    /// Community's). Diagnostics carry pointers but no line or column.
    ///
    /// ```
    /// use timlint::{GroupType, InviteJoinOption, ModifyGroupRequest, Options};
    /// let req = ModifyGroupRequest::builder("@TGS#aLive").invite_join_option(InviteJoinOption::FreeAccess).build();
    /// assert!(req.validate(&Options::default()).valid());
    /// let live = Options { group_type: Some(GroupType::AvChatRoom), ..Options::default() };
    /// assert_eq!(req.validate(&live).diagnostics[0].rule.id, "invite-option-not-supported");
    /// ```
    pub fn validate(&self, opts: &Options) -> Report {
        validate_as(Api::ModifyGroup, &self.to_json_compact(), opts)
    }
}
