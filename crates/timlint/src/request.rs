//! The REST body as Rust types, for services that build a request and check it before sending.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::write::{ObjectWriter, write_array};
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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
    pub group_type: String,
    /// A custom group ID: 1 to 48 bytes of printable ASCII, not starting with `@TGS#` (a
    /// Community's must start with `@TGS#_`) and not containing `@TOPIC#`. Left out, the
    /// server assigns one.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// The group name: required, 1 to 30 bytes of UTF-8 (100 with the `extended` preset).
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
    pub apply_join_option: Option<String>,
    /// How members may invite others: `FreeAccess`, `NeedPermission` or `DisableInvite`; not
    /// on AVChatRoom or BChatRoom.
    #[serde(
        rename = "InviteJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invite_join_option: Option<String>,
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Member {
    /// The member's UserID: 1 to 32 bytes.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// The member's role at creation: `Admin`, or `Member` (the same as leaving it out).
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Member custom data: at most 5 Key/Value entries; not on AVChatRoom or BChatRoom.
    #[serde(
        rename = "AppMemberDefinedData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_member_defined_data: Option<Vec<CustomField>>,
}

/// One custom-data entry (`AppDefinedData`, `AppMemberDefinedData`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CustomField {
    /// The key: 1 to 16 letters, digits or `_`, enabled in the IM console first.
    #[serde(rename = "Key")]
    pub key: String,
    /// The value: any string, at most 512 bytes (group) or 64 bytes (member) of UTF-8.
    #[serde(rename = "Value")]
    pub value: String,
}

impl CreateGroupRequest {
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
        o.str("Type", &self.group_type);
        opt_str(&mut o, "GroupId", &self.group_id);
        o.str("Name", &self.name);
        opt_str(&mut o, "Introduction", &self.introduction);
        opt_str(&mut o, "Notification", &self.notification);
        opt_str(&mut o, "FaceUrl", &self.face_url);
        if let Some(n) = self.max_member_count {
            o.u64("MaxMemberCount", n);
        }
        opt_str(&mut o, "ApplyJoinOption", &self.apply_join_option);
        opt_str(&mut o, "InviteJoinOption", &self.invite_join_option);
        if let Some(data) = &self.app_defined_data {
            write_custom(o.key("AppDefinedData"), data);
        }
        if let Some(members) = &self.member_list {
            write_array(o.key("MemberList"), members, |out, m| {
                let mut o = ObjectWriter::new(out);
                o.str("Member_Account", &m.member_account);
                opt_str(&mut o, "Role", &m.role);
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

    /// Validates the request as the REST body it serializes to. Diagnostics carry pointers
    /// (`/MemberList/0/Role`) but no line or column.
    pub fn validate(&self, opts: &Options) -> Report {
        let opts = Options {
            dialect: Dialect::Rest,
            ..opts.clone()
        };
        let mut report = crate::validate(&self.to_json(), &opts);
        for d in &mut report.diagnostics {
            (d.span, d.line, d.column) = (None, None, None);
        }
        report
    }
}

/// `[{"Key":…,"Value":…},…]`
fn write_custom(out: &mut String, fields: &[CustomField]) {
    write_array(out, fields, |out, f| {
        let mut o = ObjectWriter::new(out);
        o.str("Key", &f.key).str("Value", &f.value);
        o.end();
    });
}
