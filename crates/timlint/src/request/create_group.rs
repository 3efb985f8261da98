//! `v4/group_open_http_svc/create_group`: [`CreateGroupRequest`], its builder and its
//! `MemberList` entry, [`Member`].

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    ApplyJoinOption, CustomField, InviteJoinOption, MemberRole, validate_as, write_custom,
};
use crate::domain::GroupType;
use crate::write::{ObjectWriter, write_array};
use crate::{Api, Options, Report};

/// The body of `v4/group_open_http_svc/create_group`, with Tencent's field names.
///
/// Built with [`CreateGroupRequest::builder`], which takes the two required fields; serializes
/// (serde, or [`CreateGroupRequest::to_json`]) to exactly the REST body, and deserializes from
/// it. `#[non_exhaustive]`: Tencent adds fields (`EnablePermission` came after the first
/// version of the page), and adding one here is then not a breaking change.
///
/// ```
/// use timlint::{CreateGroupRequest, GroupType, Member, MemberRole, Options};
/// let req = CreateGroupRequest::builder(GroupType::Public, "TestGroup")
///     .owner_account("alice")
///     .member(Member::new("bob").with_role(MemberRole::Admin))
///     .build();
/// assert!(req.validate(&Options::default()).valid());
/// assert_eq!(
///     serde_json::to_string(&req).unwrap(),
///     r#"{"Owner_Account":"alice","Type":"Public","Name":"TestGroup","MemberList":[{"Member_Account":"bob","Role":"Admin"}]}"#
/// );
///
/// // What the types cannot rule out, validate() reports: AVChatRoom takes no members (10007).
/// let req = CreateGroupRequest::builder(GroupType::AvChatRoom, "Live")
///     .member(Member::new("bob"))
///     .build();
/// let report = req.validate(&Options::default());
/// assert_eq!(report.diagnostics[0].rule.id, "members-not-allowed");
/// assert_eq!(report.diagnostics[0].tencent_code.map(|c| c.code), Some(10007));
///
/// // A misspelt type does not deserialize.
/// let e = serde_json::from_str::<CreateGroupRequest>(r#"{"Type": "Publich", "Name": "x"}"#).unwrap_err();
/// assert!(e.to_string().starts_with("unknown variant `Publich`, expected one of `Private`, `Public`"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "The body of `v4/group_open_http_svc/create_group`, with Tencent's field names."
)]
#[non_exhaustive]
pub struct CreateGroupRequest {
    /// The owner's UserID: 1 to 32 bytes; optional.
    #[serde(
        rename = "Owner_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub owner_account: Option<String>,
    /// The group type: `Private` (Work), `Public`, `ChatRoom` (Meeting), `AVChatRoom`,
    /// `Community`, or the deprecated `BChatRoom`. Case-sensitive.
    #[serde(rename = "Type")]
    pub group_type: GroupType,
    /// A custom group ID: 1 to 48 bytes of printable ASCII, not starting with `@TGS#` (a
    /// Community's must start with `@TGS#_`) and not containing `@TOPIC#`. Left out, the
    /// server assigns one.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// The group name: required, from 1 byte of UTF-8 up to the Name limit (`limits.name`).
    #[serde(rename = "Name")]
    pub name: String,
    /// The introduction: at most 240 bytes of UTF-8 (400 with the `extended` preset).
    #[serde(
        rename = "Introduction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub introduction: Option<String>,
    /// The notification: at most 300 bytes of UTF-8 (400 with the `extended` preset).
    #[serde(
        rename = "Notification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification: Option<String>,
    /// The avatar URL: at most 100 bytes of UTF-8 (500 with the `extended` preset); an
    /// `http(s)` URL is advised.
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// The most members the group may hold: an integer of at least 1, at most 6000
    /// (Community 1 000 000, AVChatRoom unlimited) or the plan's cap.
    #[serde(
        rename = "MaxMemberCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_member_count: Option<u64>,
    /// How users may apply to join: `FreeAccess`, `NeedPermission` or `DisableApply`.
    #[serde(
        rename = "ApplyJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub apply_join_option: Option<ApplyJoinOption>,
    /// How members may invite others: `FreeAccess`, `NeedPermission` or `DisableInvite`; not
    /// on AVChatRoom or BChatRoom.
    #[serde(
        rename = "InviteJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invite_join_option: Option<InviteJoinOption>,
    /// Group custom data: at most 10 Key/Value entries, keys enabled in the console.
    #[serde(
        rename = "AppDefinedData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_defined_data: Option<Vec<CustomField>>,
    /// Initial members: at most 500 per request; none on AVChatRoom or BChatRoom. The owner is
    /// added automatically.
    #[serde(
        rename = "MemberList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub member_list: Option<Vec<Member>>,
    /// Topics: 1 turns them on (Community only), 0 off.
    #[serde(
        rename = "SupportTopic",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub support_topic: Option<u8>,
    /// Permission groups (Communities, current create_group page): 1 on, 0 off.
    #[serde(rename = "EnablePermission")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_permission: Option<u8>,
    /// The default permissions of every member (Communities): a 64-bit mask.
    #[serde(rename = "DefaultPermission")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_permission: Option<u64>,
}

/// One entry of `MemberList`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Member {
    /// The member's UserID: 1 to 32 bytes.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// The member's role at creation: `Admin`, or `Member` (the same as leaving it out).
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<MemberRole>,
    /// Member custom data: at most 5 Key/Value entries; not on AVChatRoom or BChatRoom.
    #[serde(
        rename = "AppMemberDefinedData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_member_defined_data: Option<Vec<CustomField>>,
}

impl Member {
    /// A member with this UserID, no role (an ordinary member) and no custom data; then
    /// [`Member::with_role`] and [`Member::with_custom_field`] (`Member` is
    /// `#[non_exhaustive]`, as [`CreateGroupRequest`]).
    ///
    /// ```
    /// use timlint::{Member, MemberRole};
    /// let m = Member::new("bob").with_role(MemberRole::Admin).with_custom_field("Level", "3");
    /// assert_eq!(
    ///     serde_json::to_string(&m).unwrap(),
    ///     r#"{"Member_Account":"bob","Role":"Admin","AppMemberDefinedData":[{"Key":"Level","Value":"3"}]}"#
    /// );
    /// ```
    pub fn new(member_account: impl Into<String>) -> Member {
        Member {
            member_account: member_account.into(),
            role: None,
            app_member_defined_data: None,
        }
    }

    /// The member with this role.
    #[must_use]
    pub fn with_role(mut self, role: MemberRole) -> Member {
        self.role = Some(role);
        self
    }

    /// The member with one more `AppMemberDefinedData` entry.
    #[must_use]
    pub fn with_custom_field(mut self, key: impl Into<String>, value: impl Into<String>) -> Member {
        let data = self.app_member_defined_data.get_or_insert_with(Vec::new);
        data.push(CustomField::new(key, value));
        self
    }
}

/// Builds a [`CreateGroupRequest`]: [`CreateGroupRequest::builder`] takes the required fields,
/// a setter each optional one, [`CreateGroupRequestBuilder::build`] the request. It checks
/// nothing; [`CreateGroupRequest::validate`] does.
#[derive(Clone, Debug)]
#[must_use]
pub struct CreateGroupRequestBuilder {
    req: CreateGroupRequest,
}

impl CreateGroupRequestBuilder {
    /// `Owner_Account`: the owner's UserID (left out, the group has no owner).
    pub fn owner_account(mut self, owner: impl Into<String>) -> Self {
        self.req.owner_account = Some(owner.into());
        self
    }

    /// `GroupId`: a custom group ID (a Community's starts with `@TGS#_`).
    pub fn group_id(mut self, id: impl Into<String>) -> Self {
        self.req.group_id = Some(id.into());
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

    /// `MaxMemberCount`.
    pub fn max_member_count(mut self, n: u64) -> Self {
        self.req.max_member_count = Some(n);
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

    /// One more `AppDefinedData` entry (group custom data).
    pub fn custom_field(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        let data = self.req.app_defined_data.get_or_insert_with(Vec::new);
        data.push(CustomField::new(key, value));
        self
    }

    /// One more `MemberList` entry.
    pub fn member(mut self, member: Member) -> Self {
        self.req
            .member_list
            .get_or_insert_with(Vec::new)
            .push(member);
        self
    }

    /// More `MemberList` entries. An empty iterator still writes `"MemberList": []`.
    pub fn members(mut self, members: impl IntoIterator<Item = Member>) -> Self {
        self.req
            .member_list
            .get_or_insert_with(Vec::new)
            .extend(members);
        self
    }

    /// `SupportTopic`: topics on (1) or off (0); Community only.
    pub fn support_topic(mut self, on: bool) -> Self {
        self.req.support_topic = Some(u8::from(on));
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

    /// The request.
    pub fn build(self) -> CreateGroupRequest {
        self.req
    }
}

impl CreateGroupRequest {
    /// A builder of a request with the two required fields, `Type` and `Name`.
    ///
    /// ```
    /// use timlint::{ApplyJoinOption, CreateGroupRequest, GroupType};
    /// let req = CreateGroupRequest::builder(GroupType::Community, "Builders")
    ///     .group_id("@TGS#_builders")
    ///     .apply_join_option(ApplyJoinOption::NeedPermission)
    ///     .support_topic(true)
    ///     .build();
    /// assert_eq!(req.to_json_compact(), r#"{"Type":"Community","GroupId":"@TGS#_builders","Name":"Builders","ApplyJoinOption":"NeedPermission","SupportTopic":1}"#);
    /// ```
    pub fn builder(group_type: GroupType, name: impl Into<String>) -> CreateGroupRequestBuilder {
        CreateGroupRequestBuilder {
            req: CreateGroupRequest {
                owner_account: None,
                group_type,
                group_id: None,
                name: name.into(),
                introduction: None,
                notification: None,
                face_url: None,
                max_member_count: None,
                apply_join_option: None,
                invite_join_option: None,
                app_defined_data: None,
                member_list: None,
                support_topic: None,
                enable_permission: None,
                default_permission: None,
            },
        }
    }

    /// The JSON body to send.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The JSON body, compact: byte for byte what `serde_json::to_string` gives, written
    /// without serde (the npm package's `toRest` uses it, so the wasm carries no serializer).
    pub fn to_json_compact(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    /// Appends the compact JSON body to `out` (see [`CreateGroupRequest::to_json_compact`]).
    pub fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::new(out);
        let opt_str = |o: &mut ObjectWriter<'_>, key: &str, v: &Option<String>| {
            if let Some(v) = v {
                o.str(key, v);
            }
        };
        opt_str(&mut o, "Owner_Account", &self.owner_account);
        o.str("Type", self.group_type.rest());
        opt_str(&mut o, "GroupId", &self.group_id);
        o.str("Name", &self.name);
        opt_str(&mut o, "Introduction", &self.introduction);
        opt_str(&mut o, "Notification", &self.notification);
        opt_str(&mut o, "FaceUrl", &self.face_url);
        if let Some(n) = self.max_member_count {
            o.u64("MaxMemberCount", n);
        }
        if let Some(v) = self.apply_join_option {
            o.str("ApplyJoinOption", v.as_str());
        }
        if let Some(v) = self.invite_join_option {
            o.str("InviteJoinOption", v.as_str());
        }
        if let Some(data) = &self.app_defined_data {
            write_custom(o.key("AppDefinedData"), data);
        }
        if let Some(members) = &self.member_list {
            write_array(o.key("MemberList"), members, |out, m| {
                let mut o = ObjectWriter::new(out);
                o.str("Member_Account", &m.member_account);
                if let Some(r) = m.role {
                    o.str("Role", r.as_str());
                }
                if let Some(data) = &m.app_member_defined_data {
                    write_custom(o.key("AppMemberDefinedData"), data);
                }
                o.end();
            });
        }
        if let Some(t) = self.support_topic {
            o.u64("SupportTopic", u64::from(t));
        }
        if let Some(e) = self.enable_permission {
            o.u64("EnablePermission", u64::from(e));
        }
        if let Some(p) = self.default_permission {
            o.u64("DefaultPermission", p);
        }
        o.end();
    }

    /// Validates the request as the REST body it serializes to: what its types cannot rule
    /// out (byte limits, caps, the rules of each group type, the plan, the enabled keys).
    /// Diagnostics carry pointers (`/MemberList/0/Role`) but no line or column.
    ///
    /// ```
    /// use timlint::{CreateGroupRequest, GroupType, Options};
    /// let req = CreateGroupRequest::builder(GroupType::Public, "腾讯云即时通信 IM 产品研发部周会群").build();
    /// // The Name limit pinned at 30 bytes, as the help below states.
    /// let report = req.validate(&Options::from_json(r#"{"limits": {"name": 30}}"#).unwrap());
    /// let d = &report.diagnostics[0];
    /// assert_eq!((d.rule.id, d.pointer.as_str(), d.line), ("too-many-bytes", "/Name", None));
    /// assert_eq!(d.help_text(timlint::Lang::En).as_deref(), Some("the longest prefix that fits is 28 bytes (12 characters): \"腾讯云即时通信 IM 产\""));
    /// ```
    pub fn validate(&self, opts: &Options) -> Report {
        validate_as(Api::CreateGroup, &self.to_json_compact(), opts)
    }
}
