//! Shape: is it JSON, is it an object, are the fields known and of the right JSON type.

use super::{Ctx, Loc, rule};
use crate::diagnostic::{Diagnostic, Text};
use crate::json::{Kind, NodeId, SyntaxError, SyntaxErrorKind};
use crate::model::Value;
use crate::options::Dialect;
use crate::text;

rule! {
    /// The input is not JSON.
    ///
    /// ## What it does
    /// Reports the first syntax error, at its line and column: a missing comma or quote,
    /// a trailing comma, a raw control character inside a string, an escape such as
    /// `\ud800` that is half of a surrogate pair (not a Unicode character), text after the
    /// closing brace, or empty input.
    ///
    /// ## Why is this bad?
    /// The server cannot parse the body and answers 60003 before it looks at any field.
    /// Nothing else is checked until the syntax is fixed.
    pub INVALID_JSON = "invalid-json", Error, Some(60003);

    /// The body has `//` or `/* */` comments.
    ///
    /// ## What it does
    /// Reports the comments once (at the first one, with the count), then checks the rest of
    /// the payload as if they were not there.
    ///
    /// ## Why is this bad?
    /// JSON has no comments. The request examples on Tencent's REST page carry them as
    /// annotations, and copying an example verbatim makes the server answer 60003.
    ///
    /// ## Example
    /// `{"Type": "Public", // 群组类型` → delete the comment.
    pub JSON_COMMENTS = "json-comments", Error, Some(60003);

    /// The body is JSON but not one object.
    ///
    /// ## Why is this bad?
    /// A create_group body is a single JSON object; an array, string or number is refused.
    pub NOT_AN_OBJECT = "not-an-object", Error, Some(10004);

    /// A field has the wrong JSON type.
    ///
    /// ## What it does
    /// Checks each known field's JSON type: strings for names, texts and IDs, an integer for
    /// MaxMemberCount, arrays for MemberList and custom data, 0/1 for REST `SupportTopic` and
    /// booleans for the SDK flags. `null` on an optional field counts as absent.
    ///
    /// ## Why is this bad?
    /// The server answers 10004; for an account given as a number (`"Member_Account": 123`)
    /// it answers 60015.
    pub WRONG_TYPE = "wrong-type", Error, Some(10004);

    /// A required field is missing (or `null`).
    ///
    /// ## What it does
    /// REST and SDK need the group type and the name; the Web SDK needs the name (its type
    /// defaults to Work). A member needs its account; a custom-data entry needs Key and Value.
    /// The pointer names where the field belongs.
    pub MISSING_REQUIRED = "missing-required", Error, Some(10004);

    /// A field this dialect does not know; usually a misspelling.
    ///
    /// ## What it does
    /// Offers "did you mean" for a case-insensitive match or a name within two edits
    /// (`owner_account` → `Owner_Account`), and names the right spelling when the field is
    /// another dialect's (`groupName` in a REST body → `Name`).
    ///
    /// ## Why is this bad?
    /// Field names are case-sensitive; a misspelt field is silently dropped, so the group is
    /// created without the setting you meant.
    pub UNKNOWN_FIELD = "unknown-field", Warning, None;

    /// The same key appears twice in one object.
    ///
    /// ## Why is this bad?
    /// Which of the two values a parser keeps differs from parser to parser; timlint checks
    /// the last, as JavaScript's `JSON.parse` and serde_json keep it.
    pub DUPLICATE_KEY = "duplicate-key", Warning, None;

    /// With `--dialect auto`: a key from another dialect than the one detected.
    ///
    /// ## What it does
    /// Auto-detection picks the dialect most keys belong to; each key that belongs to another
    /// dialect is named, with its spelling in the detected one.
    ///
    /// ## Why is this bad?
    /// A mixed payload is half ignored: the SDK drops REST keys and the server drops SDK keys.
    pub MIXED_DIALECT = "mixed-dialect", Warning, None;

    /// An SDK setting that the REST API cannot carry (`isAllMuted: true`).
    ///
    /// ## Why is this bad?
    /// create_group has no mute-all field; a backend that forwards this payload as a REST body
    /// loses the setting. Mute the group after creation instead.
    pub NO_REST_EQUIVALENT = "no-rest-equivalent", Info, None;

    /// The input starts with a UTF-8 byte-order mark. *(judgement)*
    ///
    /// ## Why is this bad?
    /// JSON (RFC 8259) forbids emitting one, and strict parsers refuse it; save the file
    /// as UTF-8 without BOM.
    pub BYTE_ORDER_MARK = "byte-order-mark", Warning, None;

    /// The input is larger than the `maxInputBytes` option (1 MiB by default).
    ///
    /// ## Why is this bad?
    /// A valid create_group body is a few tens of KiB at most (500 members with custom data);
    /// anything far larger is a mistake or hostile, and is refused unread.
    pub INPUT_TOO_LARGE = "input-too-large", Error, None;

    /// Arrays or objects nested deeper than the `maxDepth` option (64 by default).
    ///
    /// ## Why is this bad?
    /// A valid body nests five levels deep; deeper input is refused unread.
    pub TOO_DEEP = "too-deep", Error, Some(60003);
}

/// The JSON types a field may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    String,
    Number,
    Bool,
    Array,
    Object,
}

impl Want {
    fn matches(self, kind: Kind) -> bool {
        matches!(
            (self, kind),
            (Want::String, Kind::String { .. })
                | (Want::Number, Kind::Number)
                | (Want::Bool, Kind::Bool(_))
                | (Want::Array, Kind::Array)
                | (Want::Object, Kind::Object)
        )
    }

    fn text(self) -> Text {
        match self {
            Want::String => text!("a string", "字符串"),
            Want::Number => text!("a number", "数字"),
            Want::Bool => text!("a boolean", "布尔值"),
            Want::Array => text!("an array", "数组"),
            Want::Object => text!("an object", "对象"),
        }
    }
}

pub fn kind_text(kind: Kind) -> Text {
    match kind {
        Kind::Null => text!("null", "null"),
        Kind::Bool(_) => text!("a boolean", "布尔值"),
        Kind::Number => text!("a number", "数字"),
        Kind::String { .. } => text!("a string", "字符串"),
        Kind::Array => text!("an array", "数组"),
        Kind::Object => text!("an object", "对象"),
    }
}

/// Reports `wrong-type` unless the value is one of `wants`; true when it matches.
#[inline]
pub fn expect(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, wants: &[Want]) -> bool {
    let kind = ctx.doc.kind(v.node);
    if wants.iter().any(|w| w.matches(kind)) {
        return true;
    }
    wrong_type(ctx, v, loc, wants);
    false
}

#[cold]
pub fn wrong_type<'c>(
    ctx: &'c mut Ctx<'_, '_>,
    v: Value,
    loc: &Loc<'_>,
    wants: &[Want],
) -> &'c mut Diagnostic {
    let found = kind_text(ctx.doc.kind(v.node));
    let join = |zh: bool| {
        let texts = wants
            .iter()
            .map(|w| {
                let t = w.text();
                if zh { t.zh } else { t.en }
            })
            .collect::<Vec<_>>();
        crate::suggest::join(&texts, if zh { "或" } else { " or " })
    };
    let (want_en, want_zh) = (join(false), join(true));
    let (found_en, found_zh, name) = (found.en, found.zh, v.name);
    ctx.report(
        &WRONG_TYPE,
        Some(v.node),
        loc,
        text!(
            "`{name}` must be {want_en}, found {found_en}",
            "`{name}` 必须是{want_zh}，实际是{found_zh}"
        ),
    )
}

/// An entry of `name` (MemberList, a custom-data list) that is not an object.
pub fn entry_not_object(ctx: &mut Ctx<'_, '_>, item: NodeId, here: &Loc<'_>, name: &str) {
    let found = kind_text(ctx.doc.kind(item));
    let (en, zh) = (found.en, found.zh);
    ctx.report(
        &WRONG_TYPE,
        Some(item),
        here,
        text!(
            "`{name}` entries must be objects, found {en}",
            "`{name}` 的每一项必须是对象，实际是{zh}"
        ),
    );
}

pub fn missing_required(ctx: &mut Ctx<'_, '_>, parent: NodeId, loc: &Loc<'_>, name: &str) {
    ctx.report(
        &MISSING_REQUIRED,
        Some(parent),
        &loc.key(name),
        text!("`{name}` is required", "缺少必填字段 `{name}`"),
    );
}

pub fn unknown_field<'c>(
    ctx: &'c mut Ctx<'_, '_>,
    key: NodeId,
    here: &Loc<'_>,
    name: &str,
) -> &'c mut Diagnostic {
    let dialect = ctx.dialect.as_str();
    ctx.report(
        &UNKNOWN_FIELD,
        Some(key),
        here,
        text!(
            "unknown field `{name}` (dialect {dialect}); it will be ignored",
            "未知字段 `{name}`（{dialect} 写法），将被忽略"
        ),
    )
}

pub fn duplicate_key(ctx: &mut Ctx<'_, '_>, key: NodeId, here: &Loc<'_>, name: &str) {
    ctx.report(
        &DUPLICATE_KEY,
        Some(key),
        here,
        text!(
            "`{name}` appears more than once; the last value is checked",
            "`{name}` 出现了多次；以最后一个值为准"
        ),
    );
}

pub fn mixed_dialect(
    ctx: &mut Ctx<'_, '_>,
    key: NodeId,
    here: &Loc<'_>,
    name: &str,
    from: Dialect,
    ours: Option<&'static str>,
) {
    let (from, chosen) = (from.as_str(), ctx.dialect.as_str());
    let d = ctx.report(
        &MIXED_DIALECT,
        Some(key),
        here,
        text!(
            "`{name}` is a {from} key, but this payload reads as {chosen}",
            "`{name}` 是 {from} 写法的字段，但此数据按 {chosen} 写法读取"
        ),
    );
    d.help = Some(match ours {
        Some(ours) => {
            d.suggestion = Some(ours.to_string());
            text!(
                "in the {chosen} dialect write `{ours}`",
                "{chosen} 写法应为 `{ours}`"
            )
        }
        None => text!(
            "the {chosen} dialect has no such field",
            "{chosen} 写法没有此字段"
        ),
    });
}

/// The diagnostic for a syntax error (`invalid-json`, or `too-deep`).
pub fn syntax_error(err: &SyntaxError) -> Diagnostic {
    use SyntaxErrorKind as K;
    let message = match &err.kind {
        K::Empty => text!("the input is empty", "输入为空"),
        K::Unexpected(c) => {
            let q = crate::suggest::quoted(&c.to_string());
            let c = q.get(1..q.len() - 1).unwrap_or(&q);
            text!("unexpected character `{c}`", "意外的字符 `{c}`")
        }
        K::UnexpectedEnd => text!("unexpected end of input", "输入意外结束"),
        K::TrailingContent => text!(
            "unexpected text after the JSON value",
            "JSON 值之后还有多余内容"
        ),
        K::BadEscape => text!(
            "invalid escape sequence in a string",
            "字符串中的转义序列无效"
        ),
        K::LoneSurrogate(u) => text!(
            "`\\u{u:04x}` is half of a UTF-16 surrogate pair, not a character",
            "`\\u{u:04x}` 是不成对的 UTF-16 代理项，不是有效字符"
        ),
        K::ControlInString => text!(
            "raw control character in a string; escape it (for example `\\n`)",
            "字符串中含有未转义的控制字符；请转义（例如 `\\n`）"
        ),
        K::BadNumber => text!("malformed number", "数字格式错误"),
        K::UnterminatedComment => text!("unterminated `/*` comment", "`/*` 注释没有结束"),
        K::TooDeep(max) => text!(
            "arrays and objects are nested more than {max} levels deep",
            "数组和对象嵌套超过 {max} 层"
        ),
    };
    let rule = if matches!(err.kind, K::TooDeep(_)) {
        &TOO_DEEP
    } else {
        &INVALID_JSON
    };
    standalone(rule, Some((err.offset, err.offset)), message)
}

/// A diagnostic made outside a walk (no document yet): pointer at the root.
pub fn standalone(
    rule: &'static super::Rule,
    span: Option<(usize, usize)>,
    message: Text,
) -> Diagnostic {
    Diagnostic::new(rule, span, message)
}
