//! Text fields and their UTF-8 byte limits: Name, Introduction, Notification, FaceUrl.

use super::shape::{Want, expect, missing_required};
use super::{Ctx, Loc, rule};
use crate::json::NodeId;
use crate::model::{Group, Slot, Value};
use crate::suggest::{graphemes, quoted, truncate_to_bytes};
use crate::text;

rule! {
    /// A text is longer than its limit in UTF-8 bytes.
    ///
    /// ## What it does
    /// Counts UTF-8 bytes, as the server does: a CJK character is 3 bytes, an emoji 4 or more.
    /// Limits (preset `default`, from the REST page): Name 30, Introduction 240,
    /// Notification 300, FaceUrl 100; preset `extended` (newer native SDK pages): 100, 400,
    /// 400, 500. Each limit can be set on its own. Custom data and IDs have their own rules.
    ///
    /// The message gives the bytes and the characters (graphemes) found; the help offers the
    /// longest prefix that fits, cut between graphemes (never inside an emoji or a letter
    /// with its accents).
    ///
    /// ## Example
    /// `"Name": "腾讯云即时通信群组名称测试"` is 13 characters but 39 bytes: over 30.
    pub TOO_MANY_BYTES = "too-many-bytes", Error, Some(10004);

    /// The group name is empty.
    ///
    /// ## Why is this bad?
    /// Name is required and must be 1 to 30 bytes; `""` is refused.
    pub EMPTY_NAME = "empty-name", Error, Some(10004);

    /// FaceUrl is not an `http://` or `https://` URL. *(judgement)*
    ///
    /// ## Why is this bad?
    /// No Tencent document states this, so it is a warning: the server stores any string,
    /// but clients load the avatar from it and a relative path or another scheme shows no
    /// picture. An empty string (no avatar) is fine.
    pub FACE_URL_SCHEME = "face-url-scheme", Warning, None;
}

pub fn check(ctx: &mut Ctx<'_, '_>, g: &Group) {
    let limits = ctx.limits;
    match ctx.group(g, Slot::Name) {
        None => {
            let name = ctx.group_name(Slot::Name);
            missing_required(ctx, 0, &Loc::Root, name);
        }
        Some(v) => {
            if let Some(node) = string(ctx, v) {
                if ctx.doc.str_len(node) == 0 {
                    let (name, max) = (v.name, limits.name);
                    ctx.report(
                        &EMPTY_NAME,
                        Some(node),
                        &Loc::Root.key(v.name),
                        text!("`{name}` must not be empty", "`{name}` 不能为空"),
                    )
                    .help = Some(text!(
                        "give the group a name of 1 to {max} bytes",
                        "群名称长度应为 1 到 {max} 字节"
                    ));
                }
                byte_limit(ctx, v, node, limits.name);
            }
        }
    }
    for (slot, max) in [
        (Slot::Introduction, limits.introduction),
        (Slot::Notification, limits.notification),
        (Slot::FaceUrl, limits.face_url),
    ] {
        if let Some(v) = ctx.group(g, slot) {
            if let Some(node) = string(ctx, v) {
                byte_limit(ctx, v, node, max);
                if slot == Slot::FaceUrl {
                    face_url_scheme(ctx, v, node);
                }
            }
        }
    }
}

fn string(ctx: &mut Ctx<'_, '_>, v: Value) -> Option<NodeId> {
    let loc = Loc::Root;
    expect(ctx, v, &loc.key(v.name), &[Want::String]).then_some(v.node)
}

/// Reports `too-many-bytes` when the string at `node` is over `max` bytes.
pub fn byte_limit(ctx: &mut Ctx<'_, '_>, v: Value, node: NodeId, max: usize) {
    byte_limit_at(ctx, &Loc::Root.key(v.name), v.name, node, max);
}

/// The same, for a string anywhere (custom data values use it with their own rule).
pub fn byte_limit_at(ctx: &mut Ctx<'_, '_>, loc: &Loc<'_>, name: &str, node: NodeId, max: usize) {
    over_bytes(ctx, &TOO_MANY_BYTES, loc, name, node, max);
}

/// The shared body of every byte-limit rule: message with bytes and characters, and the
/// longest prefix that fits as help.
#[inline]
pub fn over_bytes(
    ctx: &mut Ctx<'_, '_>,
    rule: &'static super::Rule,
    loc: &Loc<'_>,
    name: &str,
    node: NodeId,
    max: usize,
) {
    if ctx.doc.str_len(node) > max {
        report_over_bytes(ctx, rule, loc, name, node, max);
    }
}

/// The diagnostic for a value over its limit.
#[cold]
fn report_over_bytes(
    ctx: &mut Ctx<'_, '_>,
    rule: &'static super::Rule,
    loc: &Loc<'_>,
    name: &str,
    node: NodeId,
    max: usize,
) {
    let bytes = ctx.doc.str_len(node);
    let value = ctx.doc.str(node);
    let chars = graphemes(&value);
    let prefix = truncate_to_bytes(&value, max).to_string();
    let (fits, fits_chars, shown) = (prefix.len(), graphemes(&prefix), quoted(&prefix));
    let d = ctx.report(
        rule,
        Some(node),
        loc,
        text!(
            "`{name}` is {bytes} bytes ({chars} characters); the limit is {max} bytes (UTF-8)",
            "`{name}` 为 {bytes} 字节（{chars} 个字符），上限为 {max} 字节（UTF-8）"
        ),
    );
    d.help = Some(text!(
        "the longest prefix that fits is {fits} bytes ({fits_chars} characters): {shown}",
        "能放下的最长前缀为 {fits} 字节（{fits_chars} 个字符）：{shown}"
    ));
    d.suggestion = Some(prefix);
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
    let (name, url) = (v.name, quoted(&url));
    ctx.report(
        &FACE_URL_SCHEME,
        Some(node),
        &Loc::Root.key(v.name),
        text!(
            "`{name}` is not an http(s) URL: {url}",
            "`{name}` 不是 http(s) 地址：{url}"
        ),
    )
    .help = Some(text!(
        "use an absolute URL starting with https://",
        "请使用以 https:// 开头的完整地址"
    ));
}
