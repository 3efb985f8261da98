//! `v4/group_open_http_svc/import_group`: [`ImportGroupRequest`] and its builder.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ApplyJoinOption, CustomField, validate_as, write_custom};
use crate::domain::GroupType;
use crate::write::ObjectWriter;
use crate::{Api, Options, Report};

/// The body of `v4/group_open_http_svc/import_group`, with Tencent's field names: a group
/// brought over from another system, with create_group's fields but `MemberList` (members are
/// imported by import_group_member) and `InviteJoinOption`, and with its `CreateTime`.
///
/// [`ImportGroupRequest::validate`] checks create_group's limits, that the type can be
/// imported (not AVChatRoom) and that `CreateTime` looks like seconds.
///
/// ```
/// use timlint::{GroupType, ImportGroupRequest, Options};
/// let req = ImportGroupRequest::builder(GroupType::Public, "TestGroup")
///     .owner_account("leckie")
///     .create_time(1448357837)
///     .build();
/// assert!(req.validate(&Options::default()).valid());
/// assert_eq!(
///     serde_json::to_string(&req).unwrap(),
///     r#"{"Owner_Account":"leckie","Type":"Public","Name":"TestGroup","CreateTime":1448357837}"#
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "The body of `v4/group_open_http_svc/import_group`, with Tencent's field names."
)]
#[non_exhaustive]
pub struct ImportGroupRequest {
    /// The owner's UserID (`limits.account`).
    #[serde(
        rename = "Owner_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub owner_account: Option<String>,
    /// The group type: required; any but AVChatRoom.
    #[serde(rename = "Type")]
    pub group_type: GroupType,
    /// A custom group ID, as create_group's. Left out, the server assigns one.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// The group name: required (`limits.name`).
    #[serde(rename = "Name")]
    pub name: String,
    /// The introduction (`limits.introduction`).
    #[serde(
        rename = "Introduction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub introduction: Option<String>,
    /// The notification (`limits.notification`).
    #[serde(
        rename = "Notification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification: Option<String>,
    /// The avatar URL (`limits.faceUrl`).
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// The most members the group may hold, as create_group's.
    #[serde(
        rename = "MaxMemberCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_member_count: Option<u64>,
    /// How users may apply to join (Communities do not support it yet).
    #[serde(
        rename = "ApplyJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub apply_join_option: Option<ApplyJoinOption>,
    /// Group custom data, as create_group's.
    #[serde(
        rename = "AppDefinedData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_defined_data: Option<Vec<CustomField>>,
    /// When the group was created, in Unix seconds (left out: now).
    #[serde(
        rename = "CreateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<u64>,
    /// Topics: 1 turns them on (Community only), 0 off.
    #[serde(
        rename = "SupportTopic",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub support_topic: Option<u8>,
}

/// Builds an [`ImportGroupRequest`]: [`ImportGroupRequest::builder`] takes the type and the
/// name, a setter each optional field, [`ImportGroupRequestBuilder::build`] the request. It
/// checks nothing; [`ImportGroupRequest::validate`] does.
#[derive(Clone, Debug)]
#[must_use]
pub struct ImportGroupRequestBuilder {
    req: ImportGroupRequest,
}

impl ImportGroupRequestBuilder {
    /// `Owner_Account`: the owner's UserID.
    pub fn owner_account(mut self, owner: impl Into<String>) -> Self {
        self.req.owner_account = Some(owner.into());
        self
    }

    /// `GroupId`: a custom group ID.
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

    /// One more `AppDefinedData` entry (group custom data).
    pub fn custom_field(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        let data = self.req.app_defined_data.get_or_insert_with(Vec::new);
        data.push(CustomField::new(key, value));
        self
    }

    /// `CreateTime`: when the group was created, in Unix seconds.
    pub fn create_time(mut self, seconds: u64) -> Self {
        self.req.create_time = Some(seconds);
        self
    }

    /// `SupportTopic`: topics on (1) or off (0); Community only.
    pub fn support_topic(mut self, on: bool) -> Self {
        self.req.support_topic = Some(u8::from(on));
        self
    }

    /// The request.
    pub fn build(self) -> ImportGroupRequest {
        self.req
    }
}

impl ImportGroupRequest {
    /// A builder of a request with the two required fields, `Type` and `Name`.
    ///
    /// ```
    /// use timlint::{GroupType, ImportGroupRequest, Options};
    /// let req = ImportGroupRequest::builder(GroupType::Work, "Imported").create_time(1448357837000).build();
    /// assert_eq!(req.to_json_compact(), r#"{"Type":"Private","Name":"Imported","CreateTime":1448357837000}"#);
    /// // Milliseconds where the field takes seconds.
    /// let d = &req.validate(&Options::default()).diagnostics[0];
    /// assert_eq!((d.rule.id, d.pointer.as_str()), ("timestamp-in-milliseconds", "/CreateTime"));
    /// ```
    pub fn builder(group_type: GroupType, name: impl Into<String>) -> ImportGroupRequestBuilder {
        ImportGroupRequestBuilder {
            req: ImportGroupRequest {
                owner_account: None,
                group_type,
                group_id: None,
                name: name.into(),
                introduction: None,
                notification: None,
                face_url: None,
                max_member_count: None,
                apply_join_option: None,
                app_defined_data: None,
                create_time: None,
                support_topic: None,
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

    /// Appends the compact JSON body to `out` (see [`ImportGroupRequest::to_json_compact`]).
    pub fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::new(out);
        if let Some(owner) = &self.owner_account {
            o.str("Owner_Account", owner);
        }
        o.str("Type", self.group_type.rest());
        if let Some(id) = &self.group_id {
            o.str("GroupId", id);
        }
        o.str("Name", &self.name);
        for (key, v) in [
            ("Introduction", &self.introduction),
            ("Notification", &self.notification),
            ("FaceUrl", &self.face_url),
        ] {
            if let Some(v) = v {
                o.str(key, v);
            }
        }
        if let Some(n) = self.max_member_count {
            o.u64("MaxMemberCount", n);
        }
        if let Some(v) = self.apply_join_option {
            o.str("ApplyJoinOption", v.as_str());
        }
        if let Some(data) = &self.app_defined_data {
            write_custom(o.key("AppDefinedData"), data);
        }
        if let Some(t) = self.create_time {
            o.u64("CreateTime", t);
        }
        if let Some(t) = self.support_topic {
            o.u64("SupportTopic", u64::from(t));
        }
        o.end();
    }

    /// Validates the request as an import_group body (the `api` and `dialect` of `opts` are
    /// set to it). Diagnostics carry pointers but no line or column.
    ///
    /// ```
    /// use timlint::{GroupType, ImportGroupRequest, Options};
    /// let req = ImportGroupRequest::builder(GroupType::AvChatRoom, "Live").build();
    /// let d = &req.validate(&Options::default()).diagnostics[0];
    /// assert_eq!((d.rule.id, d.tencent_code.map(|c| c.code)), ("operation-not-supported", Some(10007)));
    /// ```
    pub fn validate(&self, opts: &Options) -> Report {
        validate_as(Api::ImportGroup, &self.to_json_compact(), opts)
    }
}
