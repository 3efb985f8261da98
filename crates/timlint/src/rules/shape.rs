//! Shape: is it JSON, is it an object, are the fields known and of the right JSON type.

use super::{Ctx, Loc, common, rule};
use crate::diagnostic::{Applicability, Diagnostic, JsonType, Rule, sdk, server};
use crate::json::{Kind, NodeId, SyntaxError, SyntaxErrorKind};
use crate::model::{FieldTable, Fields, Group, Slot, Stray, Value, other_spelling};
use crate::suggest::did_you_mean;

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
    ///
    /// Source: REST error codes (60003).
    // Shape: the parser, the limits and the reader run before and whatever the dialect; each
    // dialect still gets its fixtures, since what is checked after a comment, a BOM or a
    // repeated key is read in that dialect's field names.
    pub INVALID_JSON = "invalid-json", Error, server(60003), dialects [Rest, Sdk, Web], messages {
        INVALID_JSON_EMPTY = "invalid-json.empty":
            "the input is empty",
            "输入为空";
        INVALID_JSON_UNEXPECTED = "invalid-json.unexpected":
            "unexpected character {char:quoted}",
            "意外的字符 {char:quoted}";
        INVALID_JSON_END = "invalid-json.end":
            "unexpected end of input",
            "输入意外结束";
        INVALID_JSON_TRAILING = "invalid-json.trailing":
            "unexpected text after the JSON value",
            "JSON 值之后还有多余内容";
        INVALID_JSON_ESCAPE = "invalid-json.escape":
            "invalid escape sequence in a string",
            "字符串中的转义序列无效";
        INVALID_JSON_SURROGATE = "invalid-json.surrogate":
            "`\\u{code}` is half of a UTF-16 surrogate pair, not a character",
            "`\\u{code}` 是不成对的 UTF-16 代理项，不是有效字符";
        INVALID_JSON_CONTROL = "invalid-json.control":
            "raw control character in a string; escape it (for example `\\n`)",
            "字符串中含有未转义的控制字符；请转义（例如 `\\n`）";
        INVALID_JSON_NUMBER = "invalid-json.number":
            "malformed number",
            "数字格式错误";
        INVALID_JSON_COMMENT = "invalid-json.comment":
            "unterminated `/*` comment",
            "`/*` 注释没有结束";
        INVALID_JSON_NOT_UTF8 = "invalid-json.not-utf8":
            "the input is not UTF-8 (bad byte at offset {offset})",
            "输入不是 UTF-8 编码（第 {offset} 字节处无效）";
        INVALID_JSON_NOT_UTF8_HELP = "invalid-json.not-utf8.help":
            "save it as UTF-8: JSON text is UTF-8, and the server reads it as such",
            "请以 UTF-8 编码保存：JSON 文本使用 UTF-8，服务器也按 UTF-8 读取";
        // Said by the npm package's schema only, of a JS value that JSON.stringify throws on
        // (a cycle, a BigInt, nesting past the engine's stack, a Proxy trap or getter that
        // throws).
        INVALID_JSON_UNSERIALIZABLE = "invalid-json.unserializable":
            "the value cannot be written as JSON: {error}",
            "该值无法转换为 JSON：{error}";
    }

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
    ///
    /// Source: REST create_group page (seed), whose examples carry comments; REST error codes
    /// (60003).
    pub JSON_COMMENTS = "json-comments", Error, server(60003), dialects [Rest, Sdk, Web], messages {
        JSON_COMMENTS_MSG = "json-comments":
            "JSON does not allow comments; found {count} (the rest was checked as if they were not there)",
            "JSON 不允许注释；发现 {count} 处（其余内容已按删除注释后检查）";
        JSON_COMMENTS_HELP = "json-comments.help":
            "remove every `//` and `/* */` comment before sending",
            "发送前删除所有 `//` 和 `/* */` 注释";
    }

    /// The body is JSON but not one object.
    ///
    /// ## Why is this bad?
    /// A create_group body is a single JSON object; an array, string or number is refused.
    ///
    /// Source: reference sheet §6 (10004, the default).
    pub NOT_AN_OBJECT = "not-an-object", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        NOT_AN_OBJECT_MSG = "not-an-object":
            "the body must be a JSON object, found {found:type}",
            "请求体必须是 JSON 对象，实际是{found:type}";
    }

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
    ///
    /// Source: reference sheet §6; REST error codes (60015 for an account that is not a string).
    pub WRONG_TYPE = "wrong-type", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        WRONG_TYPE_MSG = "wrong-type":
            "`{field}` must be {expected:types}, found {found:type}",
            "`{field}` 必须是{expected:types}，实际是{found:type}";
        WRONG_TYPE_ENTRY = "wrong-type.entry":
            "`{field}` entries must be objects, found {found:type}",
            "`{field}` 的每一项必须是对象，实际是{found:type}";
        WRONG_TYPE_ZERO_OR_ONE = "wrong-type.zero-or-one":
            "`{field}` must be 0 or 1",
            "`{field}` 必须是 0 或 1";
        WRONG_TYPE_PERMISSION_MASK = "wrong-type.permission-mask":
            "`{field}` must be a non-negative integer (a 64-bit permission mask), written without fraction or exponent; found `{value}`",
            "`{field}` 必须是非负整数（64 位权限掩码，不带小数点或指数）；实际是 `{value}`";
    }

    /// A required field is missing (or `null`).
    ///
    /// ## What it does
    /// Every dialect needs the group type and the name. A member needs its account; a
    /// custom-data entry needs Key and Value. The pointer names where the field belongs.
    ///
    /// The calls on an existing group need its ID (`GroupId`, `groupID`), given and not
    /// empty; add_group_member its list, modify_group_member_info the member (the Web SDK's
    /// `setGroupMemberNameCard` and `…CustomField` default to the caller; its `…Role` and
    /// `…MuteTime` do not), create_topic a `TopicName` (the SDK's inside `topicInfo`).
    ///
    /// The Web docs say a missing `type` defaults to Work, but the shipped Web SDK (2.x and
    /// 3.x) refuses it before sending with its client error 2600 (ILLEGAL_GRP_TYPE): in the
    /// `web` dialect a missing `type` has code 2600.
    ///
    /// Source: REST create_group page and Flutter page (seeds); Web SDK sources (sheet 9A);
    /// the REST pages of the other calls (sheet group-apis §2–§6).
    pub MISSING_REQUIRED = "missing-required", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        MISSING_REQUIRED_MSG = "missing-required":
            "`{field}` is required",
            "缺少必填字段 `{field}`";
        MISSING_REQUIRED_EMPTY = "missing-required.empty":
            "`{field}` is required and is empty",
            "必填字段 `{field}` 为空";
        MISSING_REQUIRED_WEB_TYPE = "missing-required.web-type":
            "`{field}` is required: without it the Web SDK refuses the call before sending (2600, ILLEGAL_GRP_TYPE), although its docs say the default is Work",
            "缺少必填字段 `{field}`：虽然文档说默认为好友工作群，但 Web SDK 会在发送前拒绝（错误码 2600，`ILLEGAL_GRP_TYPE`）";
        MISSING_REQUIRED_WEB_TYPE_HELP = "missing-required.web-type.help":
            "add `{field}` with one of {choices} (the `TencentCloudChat.TYPES.GRP_*` values)",
            "请添加 `{field}`，取值为 {choices} 之一（即 `TencentCloudChat.TYPES.GRP_*` 的值）";
    }

    /// A field this dialect does not know; usually a misspelling.
    ///
    /// ## What it does
    /// Offers "did you mean" for a case-insensitive match or a name within two edits
    /// (`owner_account` → `Owner_Account`), and names the right spelling when the field is
    /// another dialect's (`groupName` in a REST body → `Name`) or another call's
    /// (`MaxMemberCount`, create_group's, in modify_group_base_info → `MaxMemberNum`; the
    /// SDK's `addOpt` in `setGroupInfo` → `groupAddOpt`, which `V2TimGroupInfo.fromJson`
    /// reads; `MemberList` in import_group, which has none: members are imported with
    /// import_group_member).
    ///
    /// ## Why is this bad?
    /// Field names are case-sensitive; a misspelt field is silently dropped, so the group is
    /// created without the setting you meant.
    ///
    /// Source: reference sheet §6 *(judgement: the server ignores unknown fields; no page says
    /// so)*.
    pub UNKNOWN_FIELD = "unknown-field", Warning, None, dialects [Rest, Sdk, Web], messages {
        UNKNOWN_FIELD_MSG = "unknown-field":
            "unknown field `{field}` ({dialect:dialect} dialect); it will be ignored",
            "未知字段 `{field}`（{dialect:dialect} 写法），将被忽略";
        UNKNOWN_FIELD_OTHER_SPELLING = "unknown-field.other-spelling":
            "`{field}` is the {from:dialect} spelling; in the {dialect:dialect} dialect this field is `{suggestion}`",
            "`{field}` 是 {from:dialect} 写法；{dialect:dialect} 写法中此字段为 `{suggestion}`";
        UNKNOWN_FIELD_OTHER_CALL = "unknown-field.other-call":
            "`{field}` is how {call} spells it; this call's field is `{suggestion}`",
            "`{field}` 是 `{call}` 的写法；此调用中该字段为 `{suggestion}`";
        UNKNOWN_FIELD_NOT_IN_CALL = "unknown-field.not-in-call":
            "`{field}` belongs to {call}; this call has no such field",
            "`{field}` 属于 `{call}`；此调用没有这个字段";
        UNKNOWN_FIELD_OTHER_DIALECT = "unknown-field.other-dialect":
            "`{field}` belongs to the {from:dialect} dialect; the {dialect:dialect} dialect has no such field",
            "`{field}` 属于 {from:dialect} 写法；{dialect:dialect} 写法没有此字段";
    }

    /// The same key appears twice in one object.
    ///
    /// ## Why is this bad?
    /// Which of the two values a parser keeps differs from parser to parser; timlint checks
    /// the last, as JavaScript's `JSON.parse` and serde_json keep it.
    ///
    /// Source: *(judgement)*: RFC 8259 says names SHOULD be unique; no Tencent page.
    pub DUPLICATE_KEY = "duplicate-key", Warning, None, dialects [Rest, Sdk, Web], messages {
        DUPLICATE_KEY_MSG = "duplicate-key":
            "`{field}` appears more than once; the last value is checked",
            "`{field}` 出现了多次；以最后一个值为准";
    }

    /// With `--dialect auto`: a key from another dialect than the one detected.
    ///
    /// ## What it does
    /// Auto-detection picks the dialect most keys belong to; each key that belongs to another
    /// dialect is named, with its spelling in the detected one.
    ///
    /// ## Why is this bad?
    /// A mixed payload is half ignored: the SDK drops REST keys and the server drops SDK keys.
    ///
    /// Source: *(judgement)*: the three dialects' field tables (reference sheet §1).
    // Only `auto` can see two dialects' spellings in one payload.
    pub MIXED_DIALECT = "mixed-dialect", Warning, None, dialects [Auto], messages {
        MIXED_DIALECT_MSG = "mixed-dialect":
            "`{field}` is a {from:dialect} key, but this payload reads as {dialect:dialect}",
            "`{field}` 是 {from:dialect} 写法的字段，但此数据按 {dialect:dialect} 写法读取";
        MIXED_DIALECT_HELP = "mixed-dialect.help":
            "in the {dialect:dialect} dialect write `{suggestion}`",
            "{dialect:dialect} 写法应为 `{suggestion}`";
        MIXED_DIALECT_HELP_NONE = "mixed-dialect.help-none":
            "the {dialect:dialect} dialect has no such field",
            "{dialect:dialect} 写法没有此字段";
    }

    /// An SDK setting that the REST API cannot carry (`isAllMuted: true`).
    ///
    /// ## Why is this bad?
    /// create_group has no mute-all field; a backend that forwards this payload as a REST body
    /// loses the setting. Mute the group after creation instead.
    ///
    /// Source: Flutter `createGroup` page (`isAllMuted`) against the REST create_group page (seed).
    // Only the SDK has fields the REST body cannot carry (`isAllMuted`).
    pub NO_REST_EQUIVALENT = "no-rest-equivalent", Info, None, dialects [Sdk], messages {
        NO_REST_EQUIVALENT_MSG = "no-rest-equivalent":
            "`{field}` has no REST create_group field; a REST body cannot carry it",
            "`{field}` 在 REST 接口 `create_group` 中没有对应字段，转成 REST 请求时会丢失";
        NO_REST_EQUIVALENT_HELP = "no-rest-equivalent.help":
            "mute all members after creation (modify_group_base_info `ShutUpAllMember`)",
            "创建后再设置全员禁言（`modify_group_base_info` 的 `ShutUpAllMember`）";
    }

    /// The input starts with a UTF-8 byte-order mark. *(judgement)*
    ///
    /// ## Why is this bad?
    /// JSON (RFC 8259) forbids emitting one, and strict parsers refuse it; save the file
    /// as UTF-8 without BOM.
    pub BYTE_ORDER_MARK = "byte-order-mark", Warning, None, dialects [Rest, Sdk, Web], messages {
        BYTE_ORDER_MARK_MSG = "byte-order-mark":
            "the input starts with a byte-order mark",
            "输入以字节顺序标记（BOM）开头";
    }

    /// The input is larger than the `maxInputBytes` option (1 MiB by default).
    ///
    /// ## Why is this bad?
    /// A valid create_group body is a few tens of KiB at most (500 members with custom data);
    /// anything far larger is a mistake or hostile, and is refused unread.
    ///
    /// Source: *(judgement)*: a guard against hostile input, not a Tencent limit.
    pub INPUT_TOO_LARGE = "input-too-large", Error, None, dialects [Rest, Sdk, Web], messages {
        INPUT_TOO_LARGE_MSG = "input-too-large":
            "the input is {bytes} bytes; the limit is {max} (option maxInputBytes)",
            "输入为 {bytes} 字节，超过上限 {max}（选项 `maxInputBytes`）";
        INPUT_TOO_LARGE_UNREAD = "input-too-large.unread":
            "the input is more than {max} bytes, the limit (option maxInputBytes); it was not read further",
            "输入超过上限 {max} 字节（选项 `maxInputBytes`），未继续读取";
    }

    /// Arrays or objects nested deeper than the `maxDepth` option ({option.maxDepth} by default).
    ///
    /// ## Why is this bad?
    /// A valid body nests five levels deep; deeper input is refused unread.
    ///
    /// Source: *(judgement)*: a guard against hostile input; 60003 as for other unreadable bodies.
    pub TOO_DEEP = "too-deep", Error, server(60003), dialects [Rest, Sdk, Web], messages {
        TOO_DEEP_MSG = "too-deep":
            "arrays and objects are nested more than {max} levels deep",
            "数组和对象嵌套超过 {max} 层";
    }
}

// --- The document: syntax, encoding, size, comments, BOM, the root ------------------------

/// The diagnostic for a syntax error (`invalid-json`, or `too-deep`), at the root.
pub fn syntax_error(err: &SyntaxError) -> Diagnostic {
    use SyntaxErrorKind as K;
    let at = Some((err.offset, err.offset));
    let d = |message| Diagnostic::new(&INVALID_JSON, message, at);
    match &err.kind {
        K::Empty => d(&INVALID_JSON_EMPTY),
        K::Unexpected(c) => d(&INVALID_JSON_UNEXPECTED).with("char", String::from(*c)),
        K::UnexpectedEnd => d(&INVALID_JSON_END),
        K::TrailingContent => d(&INVALID_JSON_TRAILING),
        K::BadEscape => d(&INVALID_JSON_ESCAPE),
        K::LoneSurrogate(u) => d(&INVALID_JSON_SURROGATE).with("code", hex4(*u)),
        K::ControlInString => d(&INVALID_JSON_CONTROL),
        K::BadNumber => d(&INVALID_JSON_NUMBER),
        K::UnterminatedComment => d(&INVALID_JSON_COMMENT),
        K::TooDeep(max) => Diagnostic::new(&TOO_DEEP, &TOO_DEEP_MSG, at).with("max", *max),
    }
}

/// A UTF-16 unit as four lowercase hex digits.
fn hex4(u: u16) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    [12, 8, 4, 0]
        .iter()
        .map(|shift| char::from(HEX[usize::from((u >> shift) & 0xf)]))
        .collect()
}

/// Input that is not UTF-8, bad from byte `at`.
pub fn not_utf8(at: usize) -> Diagnostic {
    Diagnostic::new(&INVALID_JSON, &INVALID_JSON_NOT_UTF8, Some((at, at)))
        .with("offset", at)
        .help(&INVALID_JSON_NOT_UTF8_HELP)
}

/// The input as text, or the `invalid-json` verdict on bytes that are not UTF-8, at the first
/// bad byte.
pub fn utf8(bytes: &[u8]) -> Result<&str, Box<Diagnostic>> {
    // SIMD on the common path (CJK text is slow for core's validator); std's error tells
    // where the first bad byte is.
    if let Ok(src) = simdutf8::basic::from_utf8(bytes) {
        return Ok(src);
    }
    std::str::from_utf8(bytes).map_err(|e| Box::new(not_utf8(e.valid_up_to())))
}

/// `input-too-large` when an input of `len` bytes is over the `max` option.
pub fn input_size(len: usize, max: usize) -> Option<Diagnostic> {
    (len > max).then(|| input_too_large(len, max))
}

/// Input of `len` bytes over the `max` option.
pub fn input_too_large(len: usize, max: usize) -> Diagnostic {
    Diagnostic::new(&INPUT_TOO_LARGE, &INPUT_TOO_LARGE_MSG, None)
        .with("bytes", len)
        .with("max", max)
}

/// Input of unknown length found to be over the `max` option after reading `max + 1` bytes.
pub fn input_unread(max: usize) -> Diagnostic {
    Diagnostic::new(&INPUT_TOO_LARGE, &INPUT_TOO_LARGE_UNREAD, None).with("max", max)
}

/// The document as a whole: what the parser noticed on its way, then the root, which must be
/// an object. Its fields, read, when it is one.
pub fn check_document(ctx: &mut Ctx<'_, '_>) -> Option<Group> {
    check_notes(ctx);
    if ctx.doc.kind(0) != Kind::Object {
        not_an_object(ctx, 0);
        return None;
    }
    Some(ctx.read_object(0, &Loc::Root, ctx.table))
}

/// What the parser noticed on its way: a byte-order mark, comments.
fn check_notes(ctx: &mut Ctx<'_, '_>) {
    let notes = &ctx.doc.notes;
    let (bom, first_comment, comments) = (notes.bom, notes.first_comment, notes.comments);
    if bom {
        let d = Diagnostic::new(&BYTE_ORDER_MARK, &BYTE_ORDER_MARK_MSG, Some((0, 0)));
        ctx.report(d, &Loc::Root);
    }
    if let Some(at) = first_comment {
        let d = Diagnostic::new(&JSON_COMMENTS, &JSON_COMMENTS_MSG, Some((at, at)))
            .with("count", comments)
            .help(&JSON_COMMENTS_HELP);
        ctx.report(d, &Loc::Root);
    }
}

/// A root that is not an object.
fn not_an_object(ctx: &mut Ctx<'_, '_>, root: NodeId) {
    let found = JsonType::of(ctx.doc.kind(root));
    let d =
        Diagnostic::new(&NOT_AN_OBJECT, &NOT_AN_OBJECT_MSG, ctx.span(root)).with("found", found);
    ctx.report(d, &Loc::Root);
}

// --- Fields: their JSON types, presence, and the keys that name none ---------------------

fn matches(want: JsonType, kind: Kind) -> bool {
    matches!(
        (want, kind),
        (JsonType::String, Kind::String { .. })
            | (JsonType::Number | JsonType::Integer, Kind::Number)
            | (JsonType::Boolean, Kind::Bool(_))
            | (JsonType::Array, Kind::Array)
            | (JsonType::Object, Kind::Object)
            | (JsonType::Null, Kind::Null)
    )
}

/// Reports `wrong-type` unless the value is one of `wants`; true when it matches.
#[inline]
pub fn expect(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, wants: &'static [JsonType]) -> bool {
    let kind = ctx.doc.kind(v.node);
    if wants.iter().any(|&w| matches(w, kind)) {
        return true;
    }
    ctx.report(wrong_type(ctx, v, wants), loc);
    false
}

/// The `wrong-type` diagnostic for `v` (the caller may adjust it before reporting it).
#[cold]
pub fn wrong_type(ctx: &Ctx<'_, '_>, v: Value, wants: &'static [JsonType]) -> Diagnostic {
    Diagnostic::new(&WRONG_TYPE, &WRONG_TYPE_MSG, ctx.span(v.node))
        .with("field", v.name)
        .with("expected", wants)
        .with("found", JsonType::of(ctx.doc.kind(v.node)))
}

/// A REST `SupportTopic` that is not 0 or 1.
pub fn not_zero_or_one(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>) {
    let d = Diagnostic::new(&WRONG_TYPE, &WRONG_TYPE_ZERO_OR_ONE, ctx.span(v.node))
        .with("field", v.name);
    ctx.report(d, loc);
}

/// An entry of `name` (MemberList, a custom-data list) that is not an object.
pub fn entry_not_object(ctx: &mut Ctx<'_, '_>, item: NodeId, here: &Loc<'_>, name: &'static str) {
    let d = Diagnostic::new(&WRONG_TYPE, &WRONG_TYPE_ENTRY, ctx.span(item))
        .with("field", name)
        .with("found", JsonType::of(ctx.doc.kind(item)));
    ctx.report(d, here);
}

/// A Web payload without `type`: the Web SDK refuses it with 2600.
pub fn missing_web_type(ctx: &mut Ctx<'_, '_>, name: &'static str) {
    let choices = crate::domain::GroupType::spellings(ctx.dialect);
    let d = Diagnostic::new(&MISSING_REQUIRED, &MISSING_REQUIRED_WEB_TYPE, ctx.span(0))
        .code(sdk(2600))
        .with("field", name)
        .with("choices", choices)
        .help(&MISSING_REQUIRED_WEB_TYPE_HELP);
    ctx.report(d, &Loc::Root.key(name));
}

/// A required field given as `""`.
pub fn required_but_empty(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>) {
    let d = Diagnostic::new(&MISSING_REQUIRED, &MISSING_REQUIRED_EMPTY, ctx.span(v.node))
        .with("field", v.name);
    ctx.report(d, loc);
}

pub fn missing_required(ctx: &mut Ctx<'_, '_>, parent: NodeId, loc: &Loc<'_>, name: &'static str) {
    let d = Diagnostic::new(&MISSING_REQUIRED, &MISSING_REQUIRED_MSG, ctx.span(parent))
        .with("field", name);
    ctx.report(d, &loc.key(name));
}

impl Ctx<'_, '_> {
    /// Reads an object against a field table: known fields land in their slots; unknown ones,
    /// spellings of another dialect and repeated keys are reported.
    pub fn read_object<const N: usize>(
        &mut self,
        obj: NodeId,
        loc: &Loc<'_>,
        table: &FieldTable<N>,
    ) -> Fields<N> {
        let doc = self.doc;
        table.read(doc, obj, self.dialect, |key, stray| {
            let name = doc.str(key);
            let here = loc.key(&name);
            match stray {
                Stray::Repeated => {
                    let d = Diagnostic::new(&DUPLICATE_KEY, &DUPLICATE_KEY_MSG, self.span(key))
                        .with("field", name.to_string());
                    self.report(d, &here);
                }
                Stray::Unknown => stray_field(self, obj, key, &here, &name, &table.specs),
            }
        })
    }
}

/// A key that names no field of the object in the payload's dialect.
#[cold]
fn stray_field(
    ctx: &mut Ctx<'_, '_>,
    obj: NodeId,
    key: NodeId,
    here: &Loc<'_>,
    name: &str,
    specs: &[crate::model::FieldSpec],
) {
    let (dialect, auto_detected) = (ctx.dialect, ctx.auto_detected);
    if std::ptr::eq(specs, ctx.table.specs.as_slice()) && other_call(ctx, obj, key, here, name) {
        return;
    }
    let other = other_spelling(specs, name, dialect);
    let near = did_you_mean(name, specs.iter().filter_map(|s| s.name(dialect)));
    let span = ctx.span(key);
    let found = |rule: &'static Rule, message| {
        Diagnostic::new(rule, message, span)
            .with("field", name.to_string())
            .with("dialect", dialect)
    };
    // Another dialect's spelling, or another case, is a safe rename; a typo is a guess.
    let mut rename = |to: &str, safe: bool| {
        let applicability = if safe {
            Applicability::Safe
        } else {
            Applicability::Unsafe
        };
        ctx.rename_fix(obj, key, to, applicability)
    };
    let d = match (near, other) {
        (None, Some((from, ours))) if auto_detected => {
            let d = found(&MIXED_DIALECT, &MIXED_DIALECT_MSG).with("from", from);
            match ours {
                Some(ours) => d
                    .help(&MIXED_DIALECT_HELP)
                    .suggest(ours)
                    .fix(rename(ours, true)),
                None => d.help(&MIXED_DIALECT_HELP_NONE),
            }
        }
        (Some(s), _) => found(&UNKNOWN_FIELD, &UNKNOWN_FIELD_MSG)
            .help(&common::DID_YOU_MEAN)
            .suggest(s)
            .fix(rename(s, s.eq_ignore_ascii_case(name))),
        (None, Some((from, Some(ours)))) => found(&UNKNOWN_FIELD, &UNKNOWN_FIELD_MSG)
            .with("from", from)
            .help(&UNKNOWN_FIELD_OTHER_SPELLING)
            .suggest(ours)
            .fix(rename(ours, true)),
        (None, Some((from, None))) => found(&UNKNOWN_FIELD, &UNKNOWN_FIELD_MSG)
            .with("from", from)
            .help(&UNKNOWN_FIELD_OTHER_DIALECT),
        (None, None) => found(&UNKNOWN_FIELD, &UNKNOWN_FIELD_MSG),
    };
    ctx.report(d, here);
}

/// A top-level key that another call spells so in this dialect: "this call's field is …", or
/// "this call has no such field". False when no other call has it.
fn other_call(ctx: &mut Ctx<'_, '_>, obj: NodeId, key: NodeId, here: &Loc<'_>, name: &str) -> bool {
    use crate::options::Api;
    let dialect = ctx.dialect;
    let found = Api::ALL.into_iter().find_map(|api| {
        let table = crate::model::call_fields(api);
        let slot = table
            .specs
            .iter()
            .position(|s| s.name(dialect) == Some(name))?;
        Some((api, slot))
    });
    let Some((api, slot)) = found else {
        return false;
    };
    let call = super::update::call_name(api, dialect);
    let d = Diagnostic::new(&UNKNOWN_FIELD, &UNKNOWN_FIELD_MSG, ctx.span(key))
        .with("field", name.to_string())
        .with("dialect", dialect)
        .with("call", call);
    // No rename to a field the SDK drops anyway (it would only trade one warning for another).
    let dropped = super::update::sdk_drops(ctx.opts.api, dialect, slot);
    let d = match ctx.table.specs[slot].name(dialect) {
        Some(ours) => {
            let fix = match dropped {
                true => None,
                false => ctx.rename_fix(obj, key, ours, Applicability::Safe),
            };
            d.help(&UNKNOWN_FIELD_OTHER_CALL).suggest(ours).fix(fix)
        }
        None => d.help(&UNKNOWN_FIELD_NOT_IN_CALL),
    };
    ctx.report(d, here);
    true
}

/// Permission groups (Communities): REST `EnablePermission` 0/1 or SDK
/// `isEnablePermissionGroup` boolean, and `DefaultPermission` / `defaultPermissions`, a
/// non-negative 64-bit mask. Only their JSON types are checked.
pub fn check_permissions(ctx: &mut Ctx<'_, '_>, g: &Group) {
    let root = Loc::Root;
    if let Some(v) = ctx.group(g, Slot::EnablePermission) {
        let loc = root.key(v.name);
        if ctx.dialect == crate::options::Dialect::Rest {
            let doc = ctx.doc;
            let n = doc
                .integer(v.node)
                .filter(|_| doc.kind(v.node) == Kind::Number);
            if !matches!(n, Some(0 | 1)) {
                not_zero_or_one(ctx, v, &loc);
            }
        } else {
            expect(ctx, v, &loc, &[JsonType::Boolean]);
        }
    }
    check_default_permission(ctx, g);
}

/// `DefaultPermission` / `defaultPermissions`: a non-negative 64-bit mask.
pub fn check_default_permission(ctx: &mut Ctx<'_, '_>, g: &Group) {
    let root = Loc::Root;
    if let Some(v) = ctx.group(g, Slot::DefaultPermission) {
        let loc = root.key(v.name);
        if expect(ctx, v, &loc, &[JsonType::Integer]) && uint64(ctx, v.node).is_none() {
            let d = Diagnostic::new(&WRONG_TYPE, &WRONG_TYPE_PERMISSION_MASK, ctx.span(v.node))
                .with("field", v.name)
                .with("value", ctx.doc.raw(v.node).to_string());
            ctx.report(d, &loc);
        }
    }
}

/// An integer literal from 0 to `u64::MAX` (a permission mask, create_topic's numeric
/// `From_Account`); `None` for anything else, strings included.
pub fn uint64(ctx: &Ctx<'_, '_>, node: NodeId) -> Option<u64> {
    let raw = ctx.doc.raw(node);
    raw.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| raw.parse().ok())
        .flatten()
}

/// `isAllMuted: true`: an SDK setting with no REST field.
pub fn check_all_muted(ctx: &mut Ctx<'_, '_>, g: &Group) {
    let Some(v) = ctx.group(g, Slot::AllMuted) else {
        return;
    };
    let loc = Loc::Root;
    let loc = loc.key(v.name);
    if expect(ctx, v, &loc, &[JsonType::Boolean]) && ctx.doc.kind(v.node) == Kind::Bool(true) {
        let d = Diagnostic::new(
            &NO_REST_EQUIVALENT,
            &NO_REST_EQUIVALENT_MSG,
            ctx.span(v.node),
        )
        .with("field", v.name)
        .help(&NO_REST_EQUIVALENT_HELP);
        ctx.report(d, &loc);
    }
}
