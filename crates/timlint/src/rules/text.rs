//! Text fields and their UTF-8 byte limits: Name, Introduction, Notification, FaceUrl.

use super::shape::{expect, missing_required};
use super::{Ctx, Loc, rule};
use crate::diagnostic::{Applicability, Diagnostic, JsonType, Rule, Severity, Template, server};
use crate::json::NodeId;
use crate::model::{Group, Slot, Value};
use crate::options::{Api, Dialect, Limits, Preset};
use crate::suggest::{characters, graphemes, truncate_to_bytes};

rule! {
    /// A text is longer than its limit in UTF-8 bytes.
    ///
    /// ## What it does
    /// Counts UTF-8 bytes, as the server does: a CJK character is 3 bytes, an emoji 4 or more.
    /// Limits (preset `default`, from the REST page): Name {limit.name}, Introduction
    /// {limit.introduction}, Notification {limit.notification}, FaceUrl {limit.faceUrl};
    /// preset `extended` (newer native SDK pages): {extended.name}, {extended.introduction},
    /// {extended.notification}, {extended.faceUrl}. Each limit can be set on its own. Custom data and IDs have their own rules.
    ///
    /// The message gives the bytes and the characters (graphemes) found; the help offers the
    /// longest prefix that fits, cut between graphemes (never inside an emoji or a letter
    /// with its accents).
    ///
    /// The seed's limits stay the default in every dialect (the project's specification). In
    /// the `sdk` and `web` dialects, with the default preset, the help adds that the SDK 8.x
    /// and Web SDK v3 pages document the field's larger limit and that `--preset extended` applies
    /// them.
    ///
    /// ## Example
    /// `"Name": "腾讯云即时通信群组名称测试"` is 13 characters but 39 bytes: over {limit.name}.
    ///
    /// Source: REST create_group page (seed); SDK 8.x and Web SDK v3 pages (sheet 9G).
    // Text: name, introduction, notification and avatar exist in every dialect.
    pub TOO_MANY_BYTES = "too-many-bytes", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        TOO_MANY_BYTES_MSG = "too-many-bytes":
            "`{field}` is {bytes} bytes ({chars} characters); the limit is {max} bytes (UTF-8)",
            "`{field}` 为 {bytes} 字节（{chars} 个字符），上限为 {max} 字节（UTF-8）";
        TOO_MANY_BYTES_HELP = "too-many-bytes.help":
            "the longest prefix that fits is {fits} bytes ({fitsChars} characters): {suggestion:quoted}",
            "能放下的最长前缀为 {fits} 字节（{fitsChars} 个字符）：{suggestion:quoted}";
        TOO_MANY_BYTES_HELP_SDK = "too-many-bytes.help-sdk":
            "the longest prefix that fits is {fits} bytes ({fitsChars} characters): {suggestion:quoted}; SDK 8.x and Web SDK v3 pages document a larger limit for `{field}`, {extendedMax} bytes, which `--preset extended` applies",
            "能放下的最长前缀为 {fits} 字节（{fitsChars} 个字符）：{suggestion:quoted}；SDK 8.x 与 Web SDK v3 文档给出的 `{field}` 上限更大，为 {extendedMax} 字节，`--preset extended` 即采用此上限";
    }

    /// The group name is empty.
    ///
    /// ## Why is this bad?
    /// Name is required and must be 1 to {limit.name} bytes; `""` is refused.
    ///
    /// Source: REST create_group page (seed): Name is required.
    pub EMPTY_NAME = "empty-name", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        EMPTY_NAME_MSG = "empty-name":
            "`{field}` must not be empty",
            "`{field}` 不能为空";
        EMPTY_NAME_HELP = "empty-name.help":
            "give the group a name of 1 to {max} bytes",
            "群名称长度应为 1 到 {max} 字节";
    }

    /// FaceUrl is not an `http://` or `https://` URL. *(judgement)*
    ///
    /// ## Why is this bad?
    /// No Tencent document states this, so it is a warning: the server stores any string,
    /// but clients load the avatar from it and a relative path or another scheme shows no
    /// picture. An empty string (no avatar) is fine.
    pub FACE_URL_SCHEME = "face-url-scheme", Warning, None, dialects [Rest, Sdk, Web], messages {
        FACE_URL_SCHEME_MSG = "face-url-scheme":
            "`{field}` is not an http(s) URL: {value:quoted}",
            "`{field}` 不是 `http(s)` 地址：{value:quoted}";
        FACE_URL_SCHEME_HELP = "face-url-scheme.help":
            "use an absolute URL starting with https://",
            "请使用以 `https://` 开头的完整地址";
    }
}

/// create_group's texts: Name is required.
pub fn check(ctx: &mut Ctx<'_, '_>, g: &Group) {
    let limits = ctx.limits;
    texts(ctx, g, Some(0), limits.name, EXTENDED.name);
}

/// modify_group_base_info's texts: each optional.
pub fn modify(ctx: &mut Ctx<'_, '_>, g: &Group) {
    let limits = ctx.limits;
    texts(ctx, g, None, limits.name, EXTENDED.name);
}

/// A topic's texts (at `ctx.base`, in object `obj`): TopicName is required, with its own
/// limit; CustomString too.
pub fn topic(ctx: &mut Ctx<'_, '_>, g: &Group, obj: NodeId) {
    let limits = ctx.limits;
    texts(ctx, g, Some(obj), limits.topic_name, EXTENDED.topic_name);
    if let Some(v) = ctx.group(g, Slot::CustomString)
        && let Some(node) = string(ctx, v)
    {
        let base = ctx.base;
        let rule = (&TOO_MANY_BYTES, &TOO_MANY_BYTES_MSG, &TOO_MANY_BYTES_HELP);
        over_bytes(
            ctx,
            rule,
            &base.key(v.name),
            v.name,
            node,
            limits.topic_custom_string,
        );
    }
}

/// The name (required in object `required`, when given), introduction, notification and
/// avatar, with the name's limits.
fn texts(
    ctx: &mut Ctx<'_, '_>,
    g: &Group,
    required: Option<NodeId>,
    name_max: usize,
    name_extended: usize,
) {
    let limits = ctx.limits;
    let base = ctx.base;
    match ctx.group(g, Slot::Name) {
        None => {
            if let Some(obj) = required {
                let name = ctx.group_name(Slot::Name);
                missing_required(ctx, obj, &base, name);
            }
        }
        Some(v) => {
            if let Some(node) = string(ctx, v) {
                if ctx.doc.str_len(node) == 0 {
                    let d = Diagnostic::new(&EMPTY_NAME, &EMPTY_NAME_MSG, ctx.span(node))
                        .with("field", v.name)
                        .with("max", name_max)
                        .help(&EMPTY_NAME_HELP);
                    // The Flutter plugin's Web adapter drops an empty `groupName` from
                    // setGroupInfo (group-apis §7F).
                    let dropped = ctx.opts.api == Api::ModifyGroup && ctx.dialect == Dialect::Sdk;
                    let d = if dropped {
                        d.severity(Severity::Warning).code(None)
                    } else {
                        d
                    };
                    ctx.report(d, &base.key(v.name));
                }
                byte_limit(ctx, v, node, name_max, name_extended);
            }
        }
    }
    for (slot, max, extended) in [
        (
            Slot::Introduction,
            limits.introduction,
            EXTENDED.introduction,
        ),
        (
            Slot::Notification,
            limits.notification,
            EXTENDED.notification,
        ),
        (Slot::FaceUrl, limits.face_url, EXTENDED.face_url),
        (Slot::FaceUrlIos, limits.face_url, EXTENDED.face_url),
    ] {
        if let Some(v) = ctx.group(g, slot)
            && let Some(node) = string(ctx, v)
        {
            byte_limit(ctx, v, node, max, extended);
            if matches!(slot, Slot::FaceUrl | Slot::FaceUrlIos) {
                face_url_scheme(ctx, v, node);
            }
        }
    }
}

fn string(ctx: &mut Ctx<'_, '_>, v: Value) -> Option<NodeId> {
    let loc = ctx.base;
    expect(ctx, v, &loc.key(v.name), &[JsonType::String]).then_some(v.node)
}

/// The newer SDK pages' limits, which the `sdk` and `web` help names.
const EXTENDED: Limits = Limits::preset(Preset::Extended);

/// Reports `too-many-bytes` when the string at `node` is over `max` bytes; `extended` is the
/// newer SDK pages' limit for the field.
pub fn byte_limit(ctx: &mut Ctx<'_, '_>, v: Value, node: NodeId, max: usize, extended: usize) {
    if ctx.doc.str_len(node) <= max {
        return;
    }
    let sdk = ctx.dialect != Dialect::Rest && ctx.opts.preset == Preset::Default;
    let rule = (&TOO_MANY_BYTES, &TOO_MANY_BYTES_MSG, &TOO_MANY_BYTES_HELP);
    let d = over_bytes_diagnostic(ctx, rule, v.name, node, max);
    let d = match sdk {
        true => d
            .with("extendedMax", extended)
            .help(&TOO_MANY_BYTES_HELP_SDK),
        false => d,
    };
    let base = ctx.base;
    ctx.report(d, &base.key(v.name));
}

/// The shared body of every byte-limit rule (`rule`, its message and help): message with
/// bytes and characters, and the longest prefix that fits as help and suggestion.
#[inline]
pub fn over_bytes(
    ctx: &mut Ctx<'_, '_>,
    rule: (&'static Rule, &'static Template, &'static Template),
    loc: &Loc<'_>,
    name: &'static str,
    node: NodeId,
    max: usize,
) {
    if ctx.doc.str_len(node) > max {
        let d = over_bytes_diagnostic(ctx, rule, name, node, max);
        ctx.report(d, loc);
    }
}

/// The diagnostic for a value over its limit.
#[cold]
fn over_bytes_diagnostic(
    ctx: &Ctx<'_, '_>,
    (rule, message, help): (&'static Rule, &'static Template, &'static Template),
    name: &'static str,
    node: NodeId,
    max: usize,
) -> Diagnostic {
    let bytes = ctx.doc.str_len(node);
    let value = ctx.doc.str(node);
    let prefix = truncate_to_bytes(&value, max);
    Diagnostic::new(rule, message, ctx.span(node))
        .with("field", name)
        .with("bytes", bytes)
        .with("chars", characters(&value))
        .with("max", max)
        .with("fits", prefix.len())
        .with("fitsChars", graphemes(prefix))
        .help(help)
        .suggest(prefix)
        .fix(ctx.string_fix(node, prefix, Applicability::Unsafe))
}

fn face_url_scheme(ctx: &mut Ctx<'_, '_>, v: Value, node: NodeId) {
    let url = ctx.doc.str(node);
    let has_prefix = |p: &str| {
        url.get(..p.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(p))
    };
    if url.is_empty() || has_prefix("http://") || has_prefix("https://") {
        return;
    }
    let d = Diagnostic::new(&FACE_URL_SCHEME, &FACE_URL_SCHEME_MSG, ctx.span(node))
        .with("field", v.name)
        .with("value", url.into_owned())
        .help(&FACE_URL_SCHEME_HELP);
    let base = ctx.base;
    ctx.report(d, &base.key(v.name));
}
