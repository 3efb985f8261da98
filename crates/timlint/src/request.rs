//! The REST body as Rust types, for services that build a request and check it before sending.

use serde::{Deserialize, Serialize};

use crate::{Dialect, Options, Report};

/// The body of `v4/group_open_http_svc/create_group`, with Tencent's field names.
///
/// ```
/// use timlint::{CreateGroupRequest, Member, Options};
/// let req = CreateGroupRequest {
///     group_type: "Public".into(),
///     name: "TestGroup".into(),
///     member_list: Some(vec![Member { member_account: "bob".into(), role: Some("Admin".into()), ..Default::default() }]),
///     ..Default::default()
/// };
/// assert!(req.validate(&Options::default()).valid());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateGroupRequest {
    #[serde(rename = "Owner_Account", default, skip_serializing_if = "Option::is_none")]
    pub owner_account: Option<String>,
    #[serde(rename = "Type")]
    pub group_type: String,
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Introduction", default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    #[serde(rename = "Notification", default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    #[serde(rename = "MaxMemberCount", default, skip_serializing_if = "Option::is_none")]
    pub max_member_count: Option<u64>,
    #[serde(rename = "ApplyJoinOption", default, skip_serializing_if = "Option::is_none")]
    pub apply_join_option: Option<String>,
    #[serde(rename = "InviteJoinOption", default, skip_serializing_if = "Option::is_none")]
    pub invite_join_option: Option<String>,
    #[serde(rename = "AppDefinedData", default, skip_serializing_if = "Option::is_none")]
    pub app_defined_data: Option<Vec<CustomField>>,
    #[serde(rename = "MemberList", default, skip_serializing_if = "Option::is_none")]
    pub member_list: Option<Vec<Member>>,
    #[serde(rename = "SupportTopic", default, skip_serializing_if = "Option::is_none")]
    pub support_topic: Option<u8>,
}

/// One entry of `MemberList`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(rename = "AppMemberDefinedData", default, skip_serializing_if = "Option::is_none")]
    pub app_member_defined_data: Option<Vec<CustomField>>,
}

/// One custom-data entry (`AppDefinedData`, `AppMemberDefinedData`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomField {
    #[serde(rename = "Key")]
    pub key: String,
    #[serde(rename = "Value")]
    pub value: String,
}

impl CreateGroupRequest {
    /// The JSON body to send.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Validates the request as the REST body it serializes to. Diagnostics carry pointers
    /// (`/MemberList/0/Role`) but no line or column.
    pub fn validate(&self, opts: &Options) -> Report {
        let opts = Options { dialect: Dialect::Rest, ..opts.clone() };
        let mut report = crate::validate(&self.to_json(), &opts);
        for d in &mut report.diagnostics {
            (d.span, d.line, d.column) = (None, None, None);
        }
        report
    }
}
