//! Identifiers: the custom GroupId, and the accounts (Owner_Account, Member_Account).

use std::borrow::Cow;

use super::shape::{expect, missing_required, wrong_type};
use super::{Ctx, Loc, rule};
use crate::diagnostic::{Applicability, Diagnostic, JsonType, Severity, sdk, server};
use crate::domain::GroupType;
use crate::json::Kind;
use crate::model::{Group, Slot, Value};

rule! {
    /// GroupId has a character outside printable ASCII (0x20–0x7E).
    ///
    /// ## Why is this bad?
    /// Custom group IDs may only use printable ASCII; the server answers 10015. CJK, emoji,
    /// tabs and newlines are all refused.
    ///
    /// Source: the custom group ID section of the 群组系统 page (269/1502), linked from the REST
    /// create_group page (seed); reference sheet §4.
    // IDs and accounts: the group ID and the members' IDs exist in every dialect (the owner,
    // `Owner_Account`, only in REST: the SDKs make the caller the owner).
    pub GROUP_ID_CHARSET = "group-id-charset", Error, server(10015), dialects [Rest, Sdk, Web], messages {
        GROUP_ID_CHARSET_MSG = "group-id-charset":
            "`{field}` may only contain printable ASCII; found {found:quoted}",
            "`{field}` 只能包含可打印 ASCII 字符；发现 {found:quoted}";
        GROUP_ID_CHARSET_HELP = "group-id-charset.help":
            "use letters, digits and ASCII punctuation",
            "请使用字母、数字和 ASCII 标点";
    }

    /// GroupId is longer than {limit.groupId} bytes.
    ///
    /// ## What it does
    /// A custom group ID is at most {limit.groupId} bytes (the limit is the `groupId` option); the server
    /// answers 10015. An empty ID is `empty-group-id`, a warning.
    ///
    /// Source: REST create_group page (seed), "GroupId … 最长 48 字节".
    pub GROUP_ID_TOO_LONG = "group-id-too-long", Error, server(10015), dialects [Rest, Sdk, Web], messages {
        GROUP_ID_TOO_LONG_MSG = "group-id-too-long":
            "`{field}` must be at most {max} bytes; it is {bytes} bytes",
            "`{field}` 最长 {max} 字节；当前为 {bytes} 字节";
        GROUP_ID_TOO_LONG_HELP = "group-id-too-long.help":
            "shorten it to {max} bytes",
            "请缩短到 {max} 字节以内";
    }

    /// GroupId is the empty string.
    ///
    /// ## What it does
    /// `""` means "no custom ID": the server assigns one, as when the field is left out.
    /// Tencent's TUIKit (Vue, uni-app) sends `""` whenever the optional ID is left blank, the
    /// Web SDK forwards it, and the SDK docs say the ID may be nil. So it is never an error: a
    /// warning in `rest` (leaving the field out says the same thing plainly), and only `info`
    /// in `sdk` and `web`, where it is the kits' default path and nothing a user can avoid.
    /// The calls on an existing group need their ID: there `""` is `missing-required`.
    ///
    /// Source: reference sheet 9B (TUIKit sources; V2TIMManager+Group.h `groupID` "可为空");
    /// issue #28 (real TUIKit payloads).
    pub EMPTY_GROUP_ID = "empty-group-id", Warning, None, dialects [Rest, Sdk, Web], messages {
        EMPTY_GROUP_ID_MSG = "empty-group-id":
            "`{field}` is empty: the server assigns an ID, as if it were left out",
            "`{field}` 为空：后台会分配群 ID，与不填相同";
        EMPTY_GROUP_ID_HELP = "empty-group-id.help":
            "leave `{field}` out rather than sending an empty string",
            "建议不填 `{field}`，而不是传空字符串";
    }

    /// GroupId uses a prefix the server reserves.
    ///
    /// ## What it does
    /// `@TGS#` starts the IDs the server assigns, so a custom ID must not start with it
    /// (a Community's `@TGS#_` is the exception, see `community-group-id-prefix`); `@TOPIC#`
    /// marks topic IDs, so a group ID must not contain it. In the `web` dialect a `@TGS#_` ID
    /// on a non-Community type has code 2602: the Web SDK refuses it before sending
    /// (ILLEGAL_GRP_ID).
    ///
    /// Source: REST create_group page (seed); Web SDK sources (sheet 9A).
    pub GROUP_ID_RESERVED_PREFIX = "group-id-reserved-prefix", Error, server(10015), dialects [Rest, Sdk, Web], messages {
        GROUP_ID_RESERVED_PREFIX_MSG = "group-id-reserved-prefix":
            "`{field}` must not start with `@TGS#`: the server reserves it for the IDs it assigns",
            "`{field}` 不能以 `@TGS#` 开头：该前缀保留给后台分配的群 ID";
        GROUP_ID_RESERVED_PREFIX_WEB = "group-id-reserved-prefix.web":
            "`{field}` starts with `@TGS#_`, which only a Community's ID may: the Web SDK refuses it before sending (2602, ILLEGAL_GRP_ID)",
            "`{field}` 以 `@TGS#_` 开头，只有社群的 ID 可以这样：Web SDK 会在发送前拒绝（错误码 2602，`ILLEGAL_GRP_ID`）";
        GROUP_ID_RESERVED_PREFIX_HELP = "group-id-reserved-prefix.help":
            "choose another ID, or leave `{field}` out",
            "请换一个 ID，或不填 `{field}`";
        GROUP_ID_RESERVED_PREFIX_TOPIC = "group-id-reserved-prefix.topic":
            "`{field}` must not contain `@TOPIC#`: it marks topic IDs",
            "`{field}` 不能包含 `@TOPIC#`：它用于话题 ID";
    }

    /// A Community's custom GroupId does not start with `@TGS#_`.
    ///
    /// ## Why is this bad?
    /// Community group IDs must carry the `@TGS#_` prefix (for example `@TGS#_my-community`);
    /// the server answers 10015 otherwise. Leave GroupId out to have one assigned. In the
    /// `web` dialect the code is 2602: the Web SDK refuses it before sending (ILLEGAL_GRP_ID).
    ///
    /// Source: REST create_group page (seed); Web SDK sources (sheet 9A).
    pub COMMUNITY_GROUP_ID_PREFIX = "community-group-id-prefix", Error, server(10015), dialects [Rest, Sdk, Web], messages {
        COMMUNITY_GROUP_ID_PREFIX_MSG = "community-group-id-prefix":
            "a Community's custom `{field}` must start with `@TGS#_`",
            "社群的自定义 `{field}` 必须以 `@TGS#_` 开头";
        COMMUNITY_GROUP_ID_PREFIX_HELP = "community-group-id-prefix.help":
            "write `{suggestion}`, or leave `{field}` out",
            "改为 `{suggestion}`，或不填 `{field}`";
    }

    /// An account (owner or member) is empty or longer than {limit.account} bytes.
    ///
    /// ## What it does
    /// UserIDs are 1 to {limit.account} bytes (the `account` option).
    ///
    /// Source: Tencent account docs (UserID at most 32 bytes), reference sheet §4.
    pub ACCOUNT_TOO_LONG = "account-too-long", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        ACCOUNT_TOO_LONG_MSG = "account-too-long":
            "`{field}` must be 1 to {max} bytes; it is {bytes} bytes",
            "`{field}` 长度应为 1 到 {max} 字节；当前为 {bytes} 字节";
        ACCOUNT_TOO_LONG_EMPTY = "account-too-long.empty":
            "`{field}` must be 1 to {max} bytes; it is empty",
            "`{field}` 长度应为 1 到 {max} 字节；当前为空";
    }

    /// An account has characters other than letters, digits, `_`, `-`, `.` and `@`. *(judgement)*
    ///
    /// ## Why is this bad?
    /// No document forbids them, so this is a warning; Tencent's account docs advise letters
    /// and digits, and spaces or CJK in a UserID usually mean a display name was sent instead.
    pub ACCOUNT_CHARSET = "account-charset", Warning, None, dialects [Rest, Sdk, Web], messages {
        ACCOUNT_CHARSET_MSG = "account-charset":
            "`{field}` has characters other than letters, digits, `_`, `-`, `.`, `@`: {found:quoted}",
            "`{field}` 含有字母、数字、`_`、`-`、`.`、`@` 以外的字符：{found:quoted}";
        ACCOUNT_CHARSET_HELP = "account-charset.help":
            "UserIDs are best kept to letters and digits; is this a display name?",
            "`UserID` 建议只用字母和数字；这是否是昵称？";
    }
}

pub fn check(ctx: &mut Ctx<'_, '_>, g: &Group, ty: Option<GroupType>) {
    if let Some(v) = ctx.group(g, Slot::GroupId) {
        group_id(ctx, v, ty);
    }
    if let Some(v) = ctx.group(g, Slot::Owner) {
        account(ctx, v, &Loc::Root.key(v.name));
    }
}

/// The ID of the existing group a call is for: required, 1 to `groupId` bytes of printable
/// ASCII. The ID when it is a string that is not empty.
pub fn existing_group_id<'a>(ctx: &mut Ctx<'_, 'a>, g: &Group) -> Option<Cow<'a, str>> {
    let Some(v) = ctx.group(g, Slot::GroupId) else {
        let name = ctx.group_name(Slot::GroupId);
        missing_required(ctx, 0, &Loc::Root, name);
        return None;
    };
    let loc = Loc::Root.key(v.name);
    if !expect(ctx, v, &loc, &[JsonType::String]) {
        return None;
    }
    let id = ctx.doc.str(v.node);
    if id.is_empty() {
        super::shape::required_but_empty(ctx, v, &loc);
        return None;
    }
    id_charset_and_length(ctx, v, &loc, &id);
    Some(id)
}

/// `group-id-charset` and `group-id-too-long`.
fn id_charset_and_length(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, id: &str) {
    let (max, len, span) = (ctx.limits.group_id, id.len(), ctx.span(v.node));
    let bad = |c: char| !(' '..='~').contains(&c);
    if id.bytes().any(|b| bad(char::from(b))) {
        let found: String = id.chars().filter(|&c| bad(c)).collect();
        let d = Diagnostic::new(&GROUP_ID_CHARSET, &GROUP_ID_CHARSET_MSG, span)
            .with("field", v.name)
            .with("found", found)
            .help(&GROUP_ID_CHARSET_HELP);
        ctx.report(d, loc);
    }
    if len > max {
        let d = Diagnostic::new(&GROUP_ID_TOO_LONG, &GROUP_ID_TOO_LONG_MSG, span)
            .with("bytes", len)
            .with("field", v.name)
            .with("max", max)
            .help(&GROUP_ID_TOO_LONG_HELP);
        ctx.report(d, loc);
    }
}

fn group_id(ctx: &mut Ctx<'_, '_>, v: Value, ty: Option<GroupType>) {
    let root = Loc::Root;
    let loc = root.key(v.name);
    if !expect(ctx, v, &loc, &[JsonType::String]) {
        return;
    }
    let id = ctx.doc.str(v.node);
    let (len, span) = (id.len(), ctx.span(v.node));
    if len == 0 {
        // No custom ID: nothing else to check. The SDKs' kits leave the ID blank on their
        // default path (TUIKit), so there it is only info (group-apis, "quiet defaults").
        let d = Diagnostic::new(&EMPTY_GROUP_ID, &EMPTY_GROUP_ID_MSG, span)
            .with("field", v.name)
            .help(&EMPTY_GROUP_ID_HELP);
        let d = match ctx.dialect {
            crate::options::Dialect::Sdk | crate::options::Dialect::Web => {
                d.severity(Severity::Info)
            }
            _ => d,
        };
        ctx.report(d, &loc);
        return;
    }
    id_charset_and_length(ctx, v, &loc, &id);
    let community = ty == Some(GroupType::Community);
    // The Web SDK checks the `@TGS#_` prefix against the type itself and refuses the call
    // before sending with its client error 2602 (ILLEGAL_GRP_ID).
    let web = ctx.dialect == crate::options::Dialect::Web;
    if community && !id.starts_with("@TGS#_") {
        let prefixed = ["@TGS#_", &id].concat();
        let fix = ctx.string_fix(v.node, &prefixed, Applicability::Unsafe);
        let d = Diagnostic::new(
            &COMMUNITY_GROUP_ID_PREFIX,
            &COMMUNITY_GROUP_ID_PREFIX_MSG,
            span,
        )
        .with("field", v.name)
        .help(&COMMUNITY_GROUP_ID_PREFIX_HELP)
        .suggest(prefixed)
        .fix(fix);
        let d = if web { d.code(sdk(2602)) } else { d };
        ctx.report(d, &loc);
    } else if !community && id.starts_with("@TGS#") {
        let d = if web && id.starts_with("@TGS#_") {
            Diagnostic::new(
                &GROUP_ID_RESERVED_PREFIX,
                &GROUP_ID_RESERVED_PREFIX_WEB,
                span,
            )
            .code(sdk(2602))
        } else {
            Diagnostic::new(
                &GROUP_ID_RESERVED_PREFIX,
                &GROUP_ID_RESERVED_PREFIX_MSG,
                span,
            )
        };
        let d = d.with("field", v.name).help(&GROUP_ID_RESERVED_PREFIX_HELP);
        ctx.report(d, &loc);
    }
    if id.as_bytes().windows(7).any(|w| w == b"@TOPIC#") {
        let d = Diagnostic::new(
            &GROUP_ID_RESERVED_PREFIX,
            &GROUP_ID_RESERVED_PREFIX_TOPIC,
            span,
        )
        .with("field", v.name);
        ctx.report(d, &loc);
    }
}

/// The bytes an account may hold without a warning: letters, digits, `_`, `-`, `.` and `@`.
const ACCOUNT_BYTES: ByteClass = ByteClass::new(b"_-.@");

/// Checks an account value; returns it (decoded) when it is a string, for duplicate checks.
#[inline]
pub fn account<'a>(ctx: &mut Ctx<'_, 'a>, v: Value, loc: &Loc<'_>) -> Option<Cow<'a, str>> {
    if !matches!(ctx.doc.kind(v.node), Kind::String { .. }) {
        // Not a string (a number, say) where an account belongs: the server answers 60015.
        let d = wrong_type(ctx, v, &[JsonType::String]).code(server(60015));
        ctx.report(d, loc);
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
    let span = ctx.span(v.node);
    let d = if len == 0 {
        Diagnostic::new(&ACCOUNT_TOO_LONG, &ACCOUNT_TOO_LONG_EMPTY, span)
    } else {
        Diagnostic::new(&ACCOUNT_TOO_LONG, &ACCOUNT_TOO_LONG_MSG, span).with("bytes", len)
    };
    ctx.report(d.with("field", v.name).with("max", ctx.limits.account), loc);
}

#[cold]
fn account_charset(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, id: &str) {
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '@');
    let found: String = id.chars().filter(|&c| !plain(c)).collect();
    let d = Diagnostic::new(&ACCOUNT_CHARSET, &ACCOUNT_CHARSET_MSG, ctx.span(v.node))
        .with("field", v.name)
        .with("found", found)
        .help(&ACCOUNT_CHARSET_HELP);
    ctx.report(d, loc);
}
/// A byte class as a table, for checks that look at every byte of an ID or a key: ASCII
/// letters and digits, and the `extra` bytes.
pub(crate) struct ByteClass([bool; 256]);

impl ByteClass {
    pub(crate) const fn new(extra: &[u8]) -> ByteClass {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = (b as u8).is_ascii_alphanumeric();
            b += 1;
        }
        let mut i = 0;
        while i < extra.len() {
            table[extra[i] as usize] = true;
            i += 1;
        }
        ByteClass(table)
    }

    /// Every byte of `s` is in the class. Without an early exit: IDs and keys are short and
    /// nearly always pass, and a loop with no branch in it runs at a few instructions a byte.
    pub(crate) fn all(&self, s: &str) -> bool {
        s.bytes().fold(true, |ok, b| ok & self.0[usize::from(b)])
    }
}
