//! Topics (create_topic): the Community they live in, and the shape of a custom TopicId.
//! Reference sheet `group-apis.md` §4; Group System page (1047/33529).

use super::{Ctx, Loc, rule};
use crate::diagnostic::{Diagnostic, sdk};
use crate::model::Value;
use crate::options::Dialect;

rule! {
    /// A topic's group is not a Community with topics: its ID lacks the `@TGS#_` prefix.
    ///
    /// ## Why is this bad?
    /// Only Communities that support topics have them ("只有支持话题的社群才适用"), and every
    /// Community ID starts with `@TGS#_` (the Group System page: "must be @TGS#_").
    ///
    /// Source: REST create_topic page; Group System page (sheet group-apis §4).
    pub TOPIC_GROUP_NOT_COMMUNITY = "topic-group-not-community", Error, None, dialects [Rest, Sdk, Web], messages {
        TOPIC_GROUP_NOT_COMMUNITY_MSG = "topic-group-not-community":
            "`{field}` {value:quoted} is not a Community's ID: Community IDs start with `@TGS#_`, and only Communities have topics",
            "`{field}` {value:quoted} 不是社群 ID：社群 ID 以 `@TGS#_` 开头，只有社群才有话题";
    }

    /// A custom TopicId that does not start with its Community's ID and `@TOPIC#_`.
    ///
    /// ## Why is this bad?
    /// A custom topic ID is `GroupId + "@TOPIC#_" + your part`; the Web SDK refuses any other
    /// before sending (client code 3021).
    ///
    /// ## Example
    /// `GroupId` `@TGS#_abc`, `TopicId` `@TGS#_abc@TOPIC#_news`.
    ///
    /// Source: REST create_topic page; Group System page; `@tencentcloud/chat` 3.6.6 (sheet
    /// group-apis §4).
    pub TOPIC_ID_PREFIX = "topic-id-prefix", Error, None, dialects [Rest, Sdk, Web], messages {
        TOPIC_ID_PREFIX_MSG = "topic-id-prefix":
            "`{field}` must start with the Community's ID and `@TOPIC#_`: `{prefix}`",
            "`{field}` 必须以社群 ID 加 `@TOPIC#_` 开头：`{prefix}`";
        TOPIC_ID_PREFIX_HELP = "topic-id-prefix.help":
            "write `{suggestion}`",
            "改为 `{suggestion}`";
    }

    /// The custom part of a TopicId is empty, or has a byte outside printable ASCII.
    ///
    /// Source: Group System page (sheet group-apis §4).
    pub TOPIC_ID_CHARSET = "topic-id-charset", Error, None, dialects [Rest, Sdk, Web], messages {
        TOPIC_ID_CHARSET_MSG = "topic-id-charset":
            "the part of `{field}` after `@TOPIC#_` may only contain printable ASCII; found {found:quoted}",
            "`{field}` 中 `@TOPIC#_` 之后的部分只能包含可打印 ASCII 字符；发现 {found:quoted}";
        TOPIC_ID_CHARSET_EMPTY = "topic-id-charset.empty":
            "the part of `{field}` after `@TOPIC#_` is empty",
            "`{field}` 中 `@TOPIC#_` 之后的部分为空";
    }

    /// A custom TopicId that holds a reserved marker.
    ///
    /// ## Why is this bad?
    /// Its custom part may not contain `@TGS#_`, and `@TOPIC#_@TOPIC#` is the form of the IDs
    /// the server assigns.
    ///
    /// Source: Group System page (sheet group-apis §4).
    pub TOPIC_ID_RESERVED = "topic-id-reserved", Error, None, dialects [Rest, Sdk, Web], messages {
        TOPIC_ID_RESERVED_MSG = "topic-id-reserved":
            "`{field}` contains `{marker}`, which is reserved",
            "`{field}` 含有保留的 `{marker}`";
    }

    /// A TopicId longer than the `topicId` limit ({limit.topicId} bytes).
    ///
    /// Source: Group System page (sheet group-apis §4).
    pub TOPIC_ID_TOO_LONG = "topic-id-too-long", Error, None, dialects [Rest, Sdk, Web], messages {
        TOPIC_ID_TOO_LONG_MSG = "topic-id-too-long":
            "`{field}` must be at most {max} bytes; it is {bytes} bytes",
            "`{field}` 最长 {max} 字节；当前为 {bytes} 字节";
    }
}

const TOPIC: &str = "@TOPIC#_";

/// The group of a topic call must be a Community.
pub fn community(ctx: &mut Ctx<'_, '_>, v: Value, id: &str) {
    if id.starts_with("@TGS#_") {
        return;
    }
    let d = Diagnostic::new(
        &TOPIC_GROUP_NOT_COMMUNITY,
        &TOPIC_GROUP_NOT_COMMUNITY_MSG,
        ctx.span(v.node),
    )
    .with("field", v.name)
    .with("value", id.to_string());
    ctx.report(d, &Loc::Root.key(v.name));
}

/// A custom TopicId `v` (at `loc`) of the Community `group` (when known).
pub fn topic_id(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, id: &str, group: Option<&str>) {
    let span = ctx.span(v.node);
    let max = ctx.limits.topic_id;
    if id.len() > max {
        let d = Diagnostic::new(&TOPIC_ID_TOO_LONG, &TOPIC_ID_TOO_LONG_MSG, span)
            .with("field", v.name)
            .with("max", max)
            .with("bytes", id.len());
        ctx.report(d, loc);
    }
    let custom = match group {
        Some(g) => {
            let prefix = [g, TOPIC].concat();
            match id.strip_prefix(prefix.as_str()) {
                Some(rest) => Some(rest),
                None => {
                    let part = id.rsplit_once(TOPIC).map_or(id, |(_, p)| p);
                    let suggestion = [prefix.as_str(), part].concat();
                    let d = Diagnostic::new(&TOPIC_ID_PREFIX, &TOPIC_ID_PREFIX_MSG, span)
                        .with("field", v.name)
                        .with("prefix", prefix)
                        .help(&TOPIC_ID_PREFIX_HELP)
                        .suggest(suggestion);
                    let d = match ctx.dialect {
                        Dialect::Web => d.code(sdk(3021)),
                        _ => d,
                    };
                    ctx.report(d, loc);
                    None
                }
            }
        }
        None => id.split_once(TOPIC).map(|(_, p)| p),
    };
    let Some(custom) = custom else {
        return;
    };
    if custom.is_empty() {
        let d =
            Diagnostic::new(&TOPIC_ID_CHARSET, &TOPIC_ID_CHARSET_EMPTY, span).with("field", v.name);
        ctx.report(d, loc);
    } else if custom.bytes().any(|b| !(0x20..=0x7e).contains(&b)) {
        let found: String = custom
            .chars()
            .filter(|c| !(' '..='~').contains(c))
            .collect();
        let d = Diagnostic::new(&TOPIC_ID_CHARSET, &TOPIC_ID_CHARSET_MSG, span)
            .with("field", v.name)
            .with("found", found);
        ctx.report(d, loc);
    }
    let marker = if custom.contains("@TGS#_") {
        Some("@TGS#_")
    } else if id.contains("@TOPIC#_@TOPIC#") {
        Some("@TOPIC#_@TOPIC#")
    } else {
        None
    };
    if let Some(marker) = marker {
        let d = Diagnostic::new(&TOPIC_ID_RESERVED, &TOPIC_ID_RESERVED_MSG, span)
            .with("field", v.name)
            .with("marker", marker);
        ctx.report(d, loc);
    }
}
