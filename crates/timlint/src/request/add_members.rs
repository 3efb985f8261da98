//! `v4/group_open_http_svc/add_group_member`: [`AddMembersRequest`], its builder and its
//! `MemberList` entry, [`MemberAccount`].

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::validate_as;
use crate::write::{ObjectWriter, write_array};
use crate::{Api, Options, Report};

/// The body of `v4/group_open_http_svc/add_group_member`, with Tencent's field names: the
/// group and the accounts to add.
///
/// The per-request cap (`limits.addMembers`, and the current page's lower figure, a warning),
/// duplicates and the group types that take no members are [`AddMembersRequest::validate`]'s.
///
/// ```
/// use timlint::{AddMembersRequest, Options};
/// let req = AddMembersRequest::builder("@TGS#2J4SZEAEL", ["tommy", "jared"]).silence(true).build();
/// assert!(req.validate(&Options::default()).valid());
/// assert_eq!(
///     serde_json::to_string(&req).unwrap(),
///     r#"{"GroupId":"@TGS#2J4SZEAEL","Silence":1,"MemberList":[{"Member_Account":"tommy"},{"Member_Account":"jared"}]}"#
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "The body of `v4/group_open_http_svc/add_group_member`, with Tencent's field names."
)]
#[non_exhaustive]
pub struct AddMembersRequest {
    /// The group to add to: required.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// Add silently (1: no notice to the group), or not (0, the default).
    #[serde(rename = "Silence", default, skip_serializing_if = "Option::is_none")]
    pub silence: Option<u8>,
    /// The accounts to add: required.
    #[serde(rename = "MemberList")]
    pub member_list: Vec<MemberAccount>,
}

/// One entry of add_group_member's `MemberList`: an account, and nothing else (a role or
/// custom data is create_group's, or modify_group_member_info's afterwards).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MemberAccount {
    /// The member's UserID (`limits.account`).
    #[serde(rename = "Member_Account")]
    pub member_account: String,
}

impl MemberAccount {
    /// The entry of this UserID.
    pub fn new(member_account: impl Into<String>) -> MemberAccount {
        MemberAccount {
            member_account: member_account.into(),
        }
    }
}

/// Builds an [`AddMembersRequest`]: [`AddMembersRequest::builder`] takes the group ID and the
/// accounts, [`AddMembersRequestBuilder::build`] the request. It checks nothing;
/// [`AddMembersRequest::validate`] does.
#[derive(Clone, Debug)]
#[must_use]
pub struct AddMembersRequestBuilder {
    req: AddMembersRequest,
}

impl AddMembersRequestBuilder {
    /// One more account.
    pub fn member(mut self, account: impl Into<String>) -> Self {
        self.req.member_list.push(MemberAccount::new(account));
        self
    }

    /// `Silence`: add without a notice to the group (1) or with one (0).
    pub fn silence(mut self, on: bool) -> Self {
        self.req.silence = Some(u8::from(on));
        self
    }

    /// The request.
    pub fn build(self) -> AddMembersRequest {
        self.req
    }
}

impl AddMembersRequest {
    /// A builder of a request that adds `accounts` to the group `group_id`.
    ///
    /// ```
    /// use timlint::{AddMembersRequest, GroupType, Options};
    /// let req = AddMembersRequest::builder("@TGS#aLive", ["tommy"]).member("jared").build();
    /// assert_eq!(req.to_json_compact(), r#"{"GroupId":"@TGS#aLive","MemberList":[{"Member_Account":"tommy"},{"Member_Account":"jared"}]}"#);
    /// // An AVChatRoom takes no added members (10007).
    /// let live = Options { group_type: Some(GroupType::AvChatRoom), ..Options::default() };
    /// let d = &req.validate(&live).diagnostics[0];
    /// assert_eq!((d.rule.id, d.tencent_code.map(|c| c.code)), ("operation-not-supported", Some(10007)));
    /// ```
    pub fn builder(
        group_id: impl Into<String>,
        accounts: impl IntoIterator<Item = impl Into<String>>,
    ) -> AddMembersRequestBuilder {
        AddMembersRequestBuilder {
            req: AddMembersRequest {
                group_id: group_id.into(),
                silence: None,
                member_list: accounts.into_iter().map(MemberAccount::new).collect(),
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

    /// Appends the compact JSON body to `out` (see [`AddMembersRequest::to_json_compact`]).
    pub fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::new(out);
        o.str("GroupId", &self.group_id);
        if let Some(s) = self.silence {
            o.u64("Silence", u64::from(s));
        }
        write_array(o.key("MemberList"), &self.member_list, |out, m| {
            let mut o = ObjectWriter::new(out);
            o.str("Member_Account", &m.member_account);
            o.end();
        });
        o.end();
    }

    /// Validates the request as an add_group_member body (the `api` and `dialect` of `opts`
    /// are set to it): the cap per request, the accounts, repeats, and the group's type when
    /// `opts.group_type` names it. Diagnostics carry pointers but no line or column.
    ///
    /// ```
    /// use timlint::{AddMembersRequest, Options};
    /// let req = AddMembersRequest::builder("@TGS#2J4SZEAEL", (0..301).map(|i| format!("user{i}"))).build();
    /// let d = &req.validate(&Options::default()).diagnostics[0];
    /// assert_eq!((d.rule.id, d.pointer.as_str()), ("too-many-members", "/MemberList"));
    /// ```
    pub fn validate(&self, opts: &Options) -> Report {
        validate_as(Api::AddMembers, &self.to_json_compact(), opts)
    }
}
