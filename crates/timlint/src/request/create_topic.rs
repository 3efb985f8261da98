//! `v4/million_group_open_http_svc/create_topic`: [`CreateTopicRequest`] and its builder.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::validate_as;
use crate::write::ObjectWriter;
use crate::{Api, Options, Report};

/// The body of `v4/million_group_open_http_svc/create_topic`, with Tencent's field names: a
/// topic in a Community that supports topics.
///
/// [`CreateTopicRequest::validate`] checks that the group is a Community's (`@TGS#_`), the
/// shape of a custom `TopicId` (the group's ID, `@TOPIC#_`, then printable ASCII), and the
/// byte limits (`limits.topicName`, `limits.topicCustomString`, and the group's for the
/// other texts).
///
/// ```
/// use timlint::{CreateTopicRequest, Options};
/// let req = CreateTopicRequest::builder("@TGS#_@TGS#cQVLVHIM62CJ", "news")
///     .topic_id("@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_news")
///     .notification("Read the pinned message first")
///     .build();
/// assert!(req.validate(&Options::default()).valid());
/// assert_eq!(
///     serde_json::to_string(&req).unwrap(),
///     r#"{"GroupId":"@TGS#_@TGS#cQVLVHIM62CJ","TopicId":"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_news","TopicName":"news","Notification":"Read the pinned message first"}"#
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(
    description = "The body of `v4/million_group_open_http_svc/create_topic`, with Tencent's field names."
)]
#[non_exhaustive]
pub struct CreateTopicRequest {
    /// The Community's group ID (`@TGS#_…`): required.
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// A custom topic ID: the group ID, `@TOPIC#_`, then printable ASCII (`limits.topicId`).
    /// Left out, the server assigns one.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
    /// The topic's name: required (`limits.topicName`).
    #[serde(rename = "TopicName")]
    pub topic_name: String,
    /// The account that creates the topic.
    #[serde(
        rename = "From_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub from_account: Option<String>,
    /// Any string (`limits.topicCustomString`).
    #[serde(
        rename = "CustomString",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_string: Option<String>,
    /// The topic's avatar URL (`limits.faceUrl`).
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// The topic's notification (`limits.notification`).
    #[serde(
        rename = "Notification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification: Option<String>,
    /// The topic's introduction (`limits.introduction`).
    #[serde(
        rename = "Introduction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub introduction: Option<String>,
}

/// Builds a [`CreateTopicRequest`]: [`CreateTopicRequest::builder`] takes the group ID and the
/// topic's name, a setter each optional field, [`CreateTopicRequestBuilder::build`] the
/// request. It checks nothing; [`CreateTopicRequest::validate`] does.
#[derive(Clone, Debug)]
#[must_use]
pub struct CreateTopicRequestBuilder {
    req: CreateTopicRequest,
}

impl CreateTopicRequestBuilder {
    /// `TopicId`: a custom topic ID.
    pub fn topic_id(mut self, id: impl Into<String>) -> Self {
        self.req.topic_id = Some(id.into());
        self
    }

    /// `From_Account`: the account that creates the topic.
    pub fn from_account(mut self, account: impl Into<String>) -> Self {
        self.req.from_account = Some(account.into());
        self
    }

    /// `CustomString`.
    pub fn custom_string(mut self, text: impl Into<String>) -> Self {
        self.req.custom_string = Some(text.into());
        self
    }

    /// `FaceUrl`: the topic's avatar URL.
    pub fn face_url(mut self, url: impl Into<String>) -> Self {
        self.req.face_url = Some(url.into());
        self
    }

    /// `Notification`.
    pub fn notification(mut self, text: impl Into<String>) -> Self {
        self.req.notification = Some(text.into());
        self
    }

    /// `Introduction`.
    pub fn introduction(mut self, text: impl Into<String>) -> Self {
        self.req.introduction = Some(text.into());
        self
    }

    /// The request.
    pub fn build(self) -> CreateTopicRequest {
        self.req
    }
}

impl CreateTopicRequest {
    /// A builder of a request that creates the topic `topic_name` in the Community `group_id`.
    ///
    /// ```
    /// use timlint::{CreateTopicRequest, Options};
    /// let req = CreateTopicRequest::builder("@TGS#_builders", "news").topic_id("@TGS#_builders@TOPIC#news").build();
    /// assert_eq!(req.to_json_compact(), r#"{"GroupId":"@TGS#_builders","TopicId":"@TGS#_builders@TOPIC#news","TopicName":"news"}"#);
    /// // A custom topic ID continues the group's ID with `@TOPIC#_`.
    /// let d = &req.validate(&Options::default()).diagnostics[0];
    /// assert_eq!((d.rule.id, d.pointer.as_str()), ("topic-id-prefix", "/TopicId"));
    /// ```
    pub fn builder(
        group_id: impl Into<String>,
        topic_name: impl Into<String>,
    ) -> CreateTopicRequestBuilder {
        CreateTopicRequestBuilder {
            req: CreateTopicRequest {
                group_id: group_id.into(),
                topic_id: None,
                topic_name: topic_name.into(),
                from_account: None,
                custom_string: None,
                face_url: None,
                notification: None,
                introduction: None,
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

    /// Appends the compact JSON body to `out` (see [`CreateTopicRequest::to_json_compact`]).
    pub fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::new(out);
        o.str("GroupId", &self.group_id);
        if let Some(id) = &self.topic_id {
            o.str("TopicId", id);
        }
        o.str("TopicName", &self.topic_name);
        for (key, v) in [
            ("From_Account", &self.from_account),
            ("CustomString", &self.custom_string),
            ("FaceUrl", &self.face_url),
            ("Notification", &self.notification),
            ("Introduction", &self.introduction),
        ] {
            if let Some(v) = v {
                o.str(key, v);
            }
        }
        o.end();
    }

    /// Validates the request as a create_topic body (the `api` and `dialect` of `opts` are set
    /// to it). Diagnostics carry pointers but no line or column.
    ///
    /// ```
    /// use timlint::{CreateTopicRequest, Options};
    /// // Topics live in Communities, whose IDs start with `@TGS#_`.
    /// let req = CreateTopicRequest::builder("@TGS#2J4SZEAEL", "news").build();
    /// let d = &req.validate(&Options::default()).diagnostics[0];
    /// assert_eq!((d.rule.id, d.pointer.as_str()), ("topic-group-not-community", "/GroupId"));
    /// ```
    pub fn validate(&self, opts: &Options) -> Report {
        validate_as(Api::CreateTopic, &self.to_json_compact(), opts)
    }
}
