//! Identifiers: the custom GroupId, and the accounts (Owner_Account, Member_Account).

use std::borrow::Cow;

use super::group_type::GroupType;
use super::shape::{Want, expect, wrong_type};
use super::{Ctx, Loc, rule};
use crate::json::Kind;
use crate::model::{Group, Slot, Value};
use crate::text;

rule! {
    /// GroupId has a character outside printable ASCII (0x20–0x7E).
    ///
    /// ## Why is this bad?
    /// Custom group IDs may only use printable ASCII; the server answers 10015. CJK, emoji,
    /// tabs and newlines are all refused.
    pub GROUP_ID_CHARSET = "group-id-charset", Error, Some(10015);

    /// GroupId is empty or longer than 48 bytes.
    ///
    /// ## What it does
    /// A custom group ID is 1 to 48 bytes (the limit is the `groupId` option). To let the
    /// server assign an ID, leave the field out rather than sending `""`.
    pub GROUP_ID_TOO_LONG = "group-id-too-long", Error, Some(10015);

    /// GroupId uses a prefix the server reserves.
    ///
    /// ## What it does
    /// `@TGS#` starts the IDs the server assigns, so a custom ID must not start with it
    /// (a Community's `@TGS#_` is the exception, see `community-group-id-prefix`); `@TOPIC#`
    /// marks topic IDs, so a group ID must not contain it.
    pub GROUP_ID_RESERVED_PREFIX = "group-id-reserved-prefix", Error, Some(10015);

    /// A Community's custom GroupId does not start with `@TGS#_`.
    ///
    /// ## Why is this bad?
    /// Community group IDs must carry the `@TGS#_` prefix (for example `@TGS#_my-community`);
    /// the server answers 10015 otherwise. Leave GroupId out to have one assigned.
    pub COMMUNITY_GROUP_ID_PREFIX = "community-group-id-prefix", Error, Some(10015);

    /// An account (owner or member) is empty or longer than 32 bytes.
    ///
    /// ## What it does
    /// UserIDs are 1 to 32 bytes (the `account` option).
    pub ACCOUNT_TOO_LONG = "account-too-long", Error, Some(10004);

    /// An account has characters other than letters, digits, `_`, `-`, `.` and `@`. *(judgement)*
    ///
    /// ## Why is this bad?
    /// No document forbids them, so this is a warning; Tencent's account docs advise letters
    /// and digits, and spaces or CJK in a UserID usually mean a display name was sent instead.
    pub ACCOUNT_CHARSET = "account-charset", Warning, None;
}

pub fn check(ctx: &mut Ctx<'_, '_>, g: &Group, ty: Option<GroupType>) {
    if let Some(v) = ctx.group(g, Slot::GroupId) {
        group_id(ctx, v, ty);
    }
    if let Some(v) = ctx.group(g, Slot::Owner) {
        account(ctx, v, &Loc::Root.key(v.name));
    }
}

fn group_id(ctx: &mut Ctx<'_, '_>, v: Value, ty: Option<GroupType>) {
    let root = Loc::Root;
    let loc = root.key(v.name);
    if !expect(ctx, v, &loc, &[Want::String]) {
        return;
    }
    let id = ctx.doc.str(v.node);
    let (name, max, len) = (v.name, ctx.limits.group_id, id.len());
    // Every byte of a non-ASCII character maps to a char past `~`, so the bytes tell.
    let bad = |c: char| !(' '..='~').contains(&c);
    if id.bytes().any(|b| bad(char::from(b))) {
        let bad: String = id.chars().filter(|&c| bad(c)).collect();
        let bad = crate::suggest::quoted(&bad);
        ctx.report(
            &GROUP_ID_CHARSET,
            Some(v.node),
            &loc,
            text!(
                "`{name}` may only contain printable ASCII; found {bad}",
                "`{name}` 只能包含可打印 ASCII 字符；发现 {bad}"
            ),
        )
        .help = Some(text!(
            "use letters, digits and ASCII punctuation",
            "请使用字母、数字和 ASCII 标点"
        ));
    }
    if len == 0 || len > max {
        let found = if len == 0 {
            text!("it is empty", "当前为空")
        } else {
            text!("it is {len} bytes", "当前为 {len} 字节")
        };
        let (found_en, found_zh) = (found.en, found.zh);
        let d = ctx.report(
            &GROUP_ID_TOO_LONG,
            Some(v.node),
            &loc,
            text!(
                "`{name}` must be 1 to {max} bytes; {found_en}",
                "`{name}` 长度应为 1 到 {max} 字节；{found_zh}"
            ),
        );
        d.help = Some(if len == 0 {
            text!(
                "leave `{name}` out to have the server assign one",
                "不填 `{name}` 则由后台分配"
            )
        } else {
            text!("shorten it to {max} bytes", "请缩短到 {max} 字节以内")
        });
    }
    let community = ty == Some(GroupType::Community);
    if community && !id.starts_with("@TGS#_") {
        ctx.report(
            &COMMUNITY_GROUP_ID_PREFIX,
            Some(v.node),
            &loc,
            text!(
                "a Community's custom `{name}` must start with `@TGS#_`",
                "社群的自定义 `{name}` 必须以 `@TGS#_` 开头"
            ),
        )
        .help = Some(text!(
            "write `@TGS#_{id}`, or leave `{name}` out",
            "改为 `@TGS#_{id}`，或不填 `{name}`"
        ));
    } else if !community && id.starts_with("@TGS#") {
        ctx.report(
            &GROUP_ID_RESERVED_PREFIX,
            Some(v.node),
            &loc,
            text!(
                "`{name}` must not start with `@TGS#`: the server reserves it for the IDs it assigns",
                "`{name}` 不能以 `@TGS#` 开头：该前缀保留给后台分配的群 ID"
            ),
        )
        .help = Some(text!(
            "choose another ID, or leave `{name}` out",
            "请换一个 ID，或不填 `{name}`"
        ));
    }
    if id.as_bytes().windows(7).any(|w| w == b"@TOPIC#") {
        ctx.report(
            &GROUP_ID_RESERVED_PREFIX,
            Some(v.node),
            &loc,
            text!(
                "`{name}` must not contain `@TOPIC#`: it marks topic IDs",
                "`{name}` 不能包含 `@TOPIC#`：它用于话题 ID"
            ),
        );
    }
}

/// The bytes an account may hold without a warning: letters, digits, `_`, `-`, `.` and `@`.
const ACCOUNT_BYTES: super::ByteClass = super::ByteClass::new(b"_-.@");

/// Checks an account value; returns it (decoded) when it is a string, for duplicate checks.
#[inline]
pub fn account<'a>(ctx: &mut Ctx<'_, 'a>, v: Value, loc: &Loc<'_>) -> Option<Cow<'a, str>> {
    if !matches!(ctx.doc.kind(v.node), Kind::String { .. }) {
        // Not a string (a number, say) where an account belongs: the server answers 60015.
        wrong_type(ctx, v, loc, &[Want::String]).tencent_code = Some(60015);
        return None;
    }
    let id = ctx.doc.str(v.node);
    let len = id.len();
    if len == 0 || len > ctx.limits.account {
        account_length(ctx, v, loc, len);
    }
    if !ACCOUNT_BYTES.all(&id) {
        account_charset(ctx, v, loc, &id);
    }
    Some(id)
}

/// An account that neither account rule reports: 1 to `max` bytes of the plain characters.
#[inline]
pub fn account_is_fine(id: &str, max: usize) -> bool {
    (1..=max).contains(&id.len()) && ACCOUNT_BYTES.all(id)
}

#[cold]
fn account_length(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, len: usize) {
    let (name, max) = (v.name, ctx.limits.account);
    let found = if len == 0 {
        text!("it is empty", "当前为空")
    } else {
        text!("it is {len} bytes", "当前为 {len} 字节")
    };
    let (found_en, found_zh) = (found.en, found.zh);
    ctx.report(
        &ACCOUNT_TOO_LONG,
        Some(v.node),
        loc,
        text!(
            "`{name}` must be 1 to {max} bytes; {found_en}",
            "`{name}` 长度应为 1 到 {max} 字节；{found_zh}"
        ),
    );
}

#[cold]
fn account_charset(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, id: &str) {
    let name = v.name;
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '@');
    let bad: String = id.chars().filter(|&c| !plain(c)).collect();
    let bad = crate::suggest::quoted(&bad);
    ctx.report(
        &ACCOUNT_CHARSET,
        Some(v.node),
        loc,
        text!(
            "`{name}` has characters other than letters, digits, `_`, `-`, `.`, `@`: {bad}",
            "`{name}` 含有字母、数字、`_`、`-`、`.`、`@` 以外的字符：{bad}"
        ),
    )
    .help = Some(text!(
        "UserIDs are best kept to letters and digits; is this a display name?",
        "UserID 建议只用字母和数字；这是否是昵称？"
    ));
}
