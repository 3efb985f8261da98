//! A diagnostic is data: rule, severity, JSON Pointer, span, the Tencent error code, and a
//! message as a template ID with typed params (and a help template over the same params).
//! No text is made while validating: [`Diagnostic::message_text`] and
//! [`Diagnostic::help_text`] render it, in one language, when a printer asks. The npm package
//! renders the same templates in JS (`pkg/messages.js`, generated from these).

use std::borrow::Cow;

use crate::options::{Dialect, Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
/// How serious a diagnostic is: only errors make a payload invalid.
pub enum Severity {
    /// Worth knowing; the server accepts it.
    Info,
    /// Likely a mistake, though the server accepts it.
    Warning,
    /// The server would refuse the payload.
    Error,
}

impl Severity {
    /// The lowercase name: `info`, `warning`, `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Who answers a problem with an error code: the server, or the client SDK before it sends
/// anything (the Web SDK's 2600 and 2602).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answerer {
    /// Tencent's server refuses the request.
    Server,
    /// The SDK refuses the call before sending it.
    Sdk,
}

impl Answerer {
    /// The lowercase name: `server`, `sdk`.
    pub fn as_str(self) -> &'static str {
        match self {
            Answerer::Server => "server",
            Answerer::Sdk => "sdk",
        }
    }
}

/// An error code Tencent would answer, and who answers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TencentCode {
    /// The code (10004, 2600, …).
    pub code: u32,
    /// Who answers it.
    pub by: Answerer,
}

/// A code the server answers.
pub const fn server(code: u32) -> Option<TencentCode> {
    Some(TencentCode {
        code,
        by: Answerer::Server,
    })
}

/// A code the client SDK answers before sending.
pub const fn sdk(code: u32) -> Option<TencentCode> {
    Some(TencentCode {
        code,
        by: Answerer::Sdk,
    })
}

/// A rule's fixed facts.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// Stable, kebab-case identifier.
    pub id: &'static str,
    /// Default severity (a few rules report some cases at a lower one, said in their docs).
    pub severity: Severity,
    /// The error code answered for this problem, and who answers it, when known.
    pub tencent_code: Option<TencentCode>,
    /// One line: what the rule reports. Empty without the `docs` feature, like `doc`.
    pub summary: &'static str,
    /// The rule's documentation, in Markdown, summary first. Empty when the crate is built
    /// without its `docs` feature (the npm package leaves it out to stay small).
    pub doc: &'static str,
    /// Its messages and help: the templates its diagnostics use. Empty without the `docs`
    /// feature, like `doc`.
    pub templates: &'static [&'static Template],
    /// The dialects it applies to: where a payload can trigger it (`auto` for what only
    /// detection sees). Empty without the `docs` feature, like `doc`.
    pub dialects: &'static [Dialect],
}

/// A message: a stable ID (`too-many-bytes`, `too-many-bytes.help`) and its text in English
/// and Simplified Chinese, with named placeholders: `{field}`, or `{found:type}` where the
/// part after the colon says how to show the param (see [`render`]). Both texts are empty
/// without the `docs` feature (the npm package renders from its JS copy).
#[derive(Debug, PartialEq, Eq)]
pub struct Template {
    /// Stable ID: the rule's ID, or `rule-id.variant`, `rule-id.help`.
    pub id: &'static str,
    /// English text.
    pub en: &'static str,
    /// Simplified Chinese text.
    pub zh: &'static str,
}

impl Template {
    /// The text in `lang`.
    pub fn text(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::ZhCn => self.zh,
        }
    }
}

/// Declares message templates: `messages! { NAME = "rule-id.variant": "English", "中文"; }`,
/// and the family's list of them, `MESSAGES`.
macro_rules! messages {
    ($( $name:ident = $id:literal : $en:literal, $zh:literal; )*) => {
        $(
            #[doc = concat!("The message template `", $id, "`.")]
            pub static $name: $crate::diagnostic::Template = $crate::diagnostic::Template {
                id: $id,
                en: if cfg!(feature = "docs") { $en } else { "" },
                zh: if cfg!(feature = "docs") { $zh } else { "" },
            };
        )*
        /// This file's message templates.
        pub static MESSAGES: &[&$crate::diagnostic::Template] = &[$(&$name),*];
    };
}
pub(crate) use messages;

/// The JSON types, as a message names them (`{found:type}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    /// `null`.
    Null,
    /// `true` or `false`.
    Boolean,
    /// Any number.
    Number,
    /// A number without fraction or exponent.
    Integer,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl JsonType {
    /// The key in params and in the `type` vocabulary.
    pub fn as_str(self) -> &'static str {
        match self {
            JsonType::Null => "null",
            JsonType::Boolean => "boolean",
            JsonType::Number => "number",
            JsonType::Integer => "integer",
            JsonType::String => "string",
            JsonType::Array => "array",
            JsonType::Object => "object",
        }
    }

    /// The JSON type of a parsed value.
    pub fn of(kind: crate::json::Kind) -> JsonType {
        use crate::json::Kind;
        match kind {
            Kind::Null => JsonType::Null,
            Kind::Bool(_) => JsonType::Boolean,
            Kind::Number => JsonType::Number,
            Kind::String { .. } => JsonType::String,
            Kind::Array => JsonType::Array,
            Kind::Object => JsonType::Object,
        }
    }
}

/// One param's value. Params are data: the JSON report carries them as they are (numbers,
/// strings, arrays of strings); how they read is the template's business.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A count, a size, a limit.
    Int(u64),
    /// A name (a field, a spelling) or text from the payload.
    Str(Cow<'static, str>),
    /// Shown through the `type` vocabulary: "a string", "字符串".
    Type(JsonType),
    /// Several types: "a string or a number".
    Types(&'static [JsonType]),
    /// A list of choices known in advance.
    Names(&'static [&'static str]),
    /// A list made at run time (the keys enabled in the console).
    List(Vec<Cow<'static, str>>),
    /// Shown through the `dialect` vocabulary.
    Dialect(Dialect),
}

impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Int(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Int(n as u64)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Int(u64::from(n))
    }
}
impl From<&'static str> for Arg {
    fn from(s: &'static str) -> Arg {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(Cow::Owned(s))
    }
}
impl From<JsonType> for Arg {
    fn from(t: JsonType) -> Arg {
        Arg::Type(t)
    }
}
impl From<&'static [JsonType]> for Arg {
    fn from(t: &'static [JsonType]) -> Arg {
        Arg::Types(t)
    }
}
impl From<Dialect> for Arg {
    fn from(d: Dialect) -> Arg {
        Arg::Dialect(d)
    }
}
impl From<&'static [&'static str]> for Arg {
    fn from(l: &'static [&'static str]) -> Arg {
        Arg::Names(l)
    }
}

/// How many params are kept inline: nearly every message has at most three (in the corpus,
/// 20 of 3656 diagnostics have more), and a diagnostic is moved as it is built, pushed and
/// sorted, so room for seven inline (the most one message has) made each 520 bytes, not 352.
const INLINE_PARAMS: usize = 3;

/// A message's params, by name, in the order given: the first three inline (no allocation of
/// their own), the rest in a vector that only the rare message with more allocates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Params {
    items: [(&'static str, Arg); INLINE_PARAMS],
    len: usize,
    more: Vec<(&'static str, Arg)>,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            items: [const { ("", Arg::Int(0)) }; INLINE_PARAMS],
            len: 0,
            more: Vec::new(),
        }
    }
}

impl Params {
    /// Adds a param (a name given twice keeps the first).
    #[inline]
    pub fn push(&mut self, name: &'static str, value: Arg) {
        if self.len < INLINE_PARAMS {
            self.items[self.len] = (name, value);
            self.len += 1;
        } else {
            self.more.push((name, value));
        }
    }

    /// The param named `name`.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// The params, by name, in the order given.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Arg)> {
        self.items[..self.len]
            .iter()
            .chain(&self.more)
            .map(|(n, a)| (*n, a))
    }
}

/// A template with its params: what [`crate::Conversion::dropped`] holds, and the parts of a
/// diagnostic's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The message's template.
    pub template: &'static Template,
    /// Its params.
    pub params: Params,
}

impl Message {
    /// A message without params.
    pub fn new(template: &'static Template) -> Message {
        Message {
            template,
            params: Params::default(),
        }
    }

    /// Adds a param.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.params.push(name, value.into());
        self
    }

    /// The text in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        render(self.template.text(lang), &self.params, None, lang)
    }
}

/// Whether a fix may be applied without a person looking at it (`--fix` applies only safe
/// ones unless `--unsafe-fixes` is given).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Keeps what the payload means: a misspelled value or field name written right.
    Safe,
    /// Changes what the payload says: a text cut to its limit, a field removed.
    Unsafe,
}

impl Applicability {
    /// The lowercase name: `safe`, `unsafe`.
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

/// An edit of the source that resolves a diagnostic: `replacement` (source text: a JSON
/// string literal, a number, or nothing to remove) in place of the bytes `span`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    /// Byte range in the source text that the replacement takes the place of.
    pub span: (usize, usize),
    /// The exact source text to put there.
    pub replacement: String,
    /// Whether it may be applied without review.
    pub applicability: Applicability,
}

impl Fix {
    /// `src` with the fixes applied, and how many were: sorted by position, a fix that
    /// overlaps one before it is left out (the next pass, on the new text, may offer it again).
    pub fn apply_all<'f>(src: &str, fixes: impl IntoIterator<Item = &'f Fix>) -> (String, usize) {
        let mut fixes: Vec<&Fix> = fixes
            .into_iter()
            .filter(|f| f.span.0 <= f.span.1 && src.get(f.span.0..f.span.1).is_some())
            .collect();
        fixes.sort_by_key(|f| f.span);
        let mut out = String::with_capacity(src.len());
        let (mut at, mut applied) = (0, 0);
        for f in fixes {
            if f.span.0 < at {
                continue;
            }
            out.push_str(&src[at..f.span.0]);
            out.push_str(&f.replacement);
            at = f.span.1;
            applied += 1;
        }
        out.push_str(&src[at..]);
        (out, applied)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
/// One problem found in a payload: which rule, where, and the message as data.
pub struct Diagnostic {
    /// The rule that reports it.
    pub rule: &'static Rule,
    /// Its severity (the rule's default unless the rule says otherwise for the case).
    pub severity: Severity,
    /// RFC 6901 pointer to the value at fault (for a missing field: where it belongs).
    pub pointer: String,
    /// Byte range in the source text, when there is a source.
    pub span: Option<(usize, usize)>,
    /// 1-based line and column (characters) of `span.0`; filled in by the validator.
    pub line: Option<u32>,
    /// 1-based column (characters) of `span.0`; filled in by the validator.
    pub column: Option<u32>,
    /// The error code the server or the client SDK would answer, and which of them, when known.
    pub tencent_code: Option<TencentCode>,
    /// The message's template; its params are `params`.
    pub message: &'static Template,
    /// The help's template, over the same params.
    pub help: Option<&'static Template>,
    /// The params of `message` and `help`.
    pub params: Params,
    /// A replacement value to offer (the "did you mean" spelling, the prefix that fits);
    /// templates show it as `{suggestion}`.
    pub suggestion: Option<String>,
    /// The edit that resolves it, when there is exactly one clear edit.
    pub fix: Option<Fix>,
}

impl Diagnostic {
    /// A diagnostic with the rule's defaults, at the root pointer, without help.
    #[inline]
    pub fn new(
        rule: &'static Rule,
        message: &'static Template,
        span: Option<(usize, usize)>,
    ) -> Diagnostic {
        Diagnostic {
            rule,
            severity: rule.severity,
            pointer: String::new(),
            span,
            line: None,
            column: None,
            tencent_code: rule.tencent_code,
            message,
            help: None,
            params: Params::default(),
            suggestion: None,
            fix: None,
        }
    }

    /// Adds a param.
    #[inline]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Diagnostic {
        self.params.push(name, value.into());
        self
    }

    #[inline]
    /// Sets the help template.
    pub fn help(mut self, help: &'static Template) -> Diagnostic {
        self.help = Some(help);
        self
    }

    #[inline]
    /// Sets the suggestion.
    pub fn suggest(mut self, suggestion: impl Into<String>) -> Diagnostic {
        self.suggestion = Some(suggestion.into());
        self
    }

    #[inline]
    /// Sets the fix.
    pub fn fix(mut self, fix: Option<Fix>) -> Diagnostic {
        self.fix = fix;
        self
    }

    #[inline]
    /// Sets the severity.
    pub fn severity(mut self, severity: Severity) -> Diagnostic {
        self.severity = severity;
        self
    }

    #[inline]
    /// Sets the error code.
    pub fn code(mut self, code: Option<TencentCode>) -> Diagnostic {
        self.tencent_code = code;
        self
    }

    /// Error severity: the payload is invalid.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The message in `lang`.
    pub fn message_text(&self, lang: Lang) -> String {
        render(
            self.message.text(lang),
            &self.params,
            self.suggestion.as_deref(),
            lang,
        )
    }

    /// The help in `lang`, when there is help.
    pub fn help_text(&self, lang: Lang) -> Option<String> {
        let help = self.help?;
        Some(render(
            help.text(lang),
            &self.params,
            self.suggestion.as_deref(),
            lang,
        ))
    }
}

/// The verdict on one payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The dialect the payload was read as (with `auto`, the one chosen).
    pub dialect: Dialect,
    /// The diagnostics, in order of position in the payload, at most `Options::max_diagnostics`.
    pub diagnostics: Vec<Diagnostic>,
    /// Diagnostics left out past `Options::max_diagnostics`.
    pub omitted: usize,
    /// Diagnostics of error severity, the omitted ones included.
    pub errors: usize,
}

impl Report {
    /// No diagnostic of error severity (counting those past the cap).
    pub fn valid(&self) -> bool {
        self.errors == 0
    }
}

// --- Rendering -----------------------------------------------------------------------------

/// The words params are shown with, per language: `(vocabulary, key, English, Chinese)`.
/// pkg/messages.js carries the same table.
pub static VOCABULARY: &[(&str, &str, &str, &str)] = &[
    ("type", "null", "null", "null"),
    ("type", "boolean", "a boolean", "布尔值"),
    ("type", "number", "a number", "数字"),
    ("type", "integer", "an integer", "整数"),
    ("type", "string", "a string", "字符串"),
    ("type", "array", "an array", "数组"),
    ("type", "object", "an object", "对象"),
    ("dialect", "rest", "REST", "REST"),
    ("dialect", "sdk", "native SDK", "原生 SDK"),
    ("dialect", "web", "Web SDK", "Web SDK"),
    ("dialect", "auto", "auto", "自动识别"),
    // Separators: between list items, and before the last of several types.
    ("sep", "list", ", ", "、"),
    ("sep", "or", " or ", "或"),
];

fn word(vocabulary: &str, key: &str, lang: Lang) -> Option<&'static str> {
    VOCABULARY
        .iter()
        .find(|(v, k, ..)| *v == vocabulary && *k == key)
        .map(|&(_, _, en, zh)| if lang == Lang::En { en } else { zh })
}

/// Fills a template's placeholders: `{name}` shows the param as it is (numbers in decimal,
/// lists joined), `{name:type}` and `{name:dialect}` through the vocabulary (`types` joins
/// several with "or"), `{name:quoted}` as a JSON string literal (escapes shown). `{suggestion}`
/// is the diagnostic's suggestion. A placeholder without a param stays as written. The JS
/// renderer in pkg/messages.js does exactly this.
pub fn render(template: &str, params: &Params, suggestion: Option<&str>, lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            rest = &rest[open..];
            break;
        };
        let (name, format) = after[..close]
            .split_once(':')
            .unwrap_or((&after[..close], ""));
        match (params.get(name), suggestion) {
            (Some(arg), _) => show(&mut out, arg, format, lang),
            (None, Some(s)) if name == "suggestion" => show_str(&mut out, s, format, lang),
            _ => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// A string param (or a list item, or a key of the vocabulary) as `format` shows it.
fn show_str(out: &mut String, s: &str, format: &str, lang: Lang) {
    match format {
        "quoted" => out.push_str(&crate::suggest::quoted(s)),
        "type" | "dialect" => out.push_str(word(format, s, lang).unwrap_or(s)),
        _ => out.push_str(s),
    }
}

/// The placeholders of a template (`name` or `name:format`), each once, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let p = &rest[open + 1..open + close];
        if !out.contains(&p) {
            out.push(p);
        }
        rest = &rest[open + close + 1..];
    }
    out
}

fn show(out: &mut String, arg: &Arg, format: &str, lang: Lang) {
    let sep = |key| word("sep", key, lang).unwrap_or(", ");
    let plain = |out: &mut String, s: &str| show_str(out, s, format, lang);
    match arg {
        Arg::Int(n) => crate::write::write_u64(out, *n),
        Arg::Str(s) => plain(out, s),
        Arg::Type(t) => plain(out, t.as_str()),
        Arg::Dialect(d) => plain(out, d.as_str()),
        Arg::Types(types) => {
            for (i, t) in types.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep("or"));
                }
                out.push_str(word("type", t.as_str(), lang).unwrap_or(t.as_str()));
            }
        }
        Arg::Names(items) => show_list(out, items.iter().copied(), format, lang),
        Arg::List(items) => show_list(out, items.iter().map(|s| &**s), format, lang),
    }
}

fn show_list<'s>(out: &mut String, items: impl Iterator<Item = &'s str>, format: &str, lang: Lang) {
    for (i, s) in items.enumerate() {
        if i > 0 {
            out.push_str(word("sep", "list", lang).unwrap_or(", "));
        }
        show_str(out, s, format, lang);
    }
}

/// Writes params as a JSON object: numbers, strings (types and dialects by their keys) and
/// arrays of strings.
pub fn write_params(out: &mut String, params: &Params) {
    use crate::write::{ObjectWriter, write_array, write_str};
    let mut o = ObjectWriter::new(out);
    for (name, arg) in params.iter() {
        let out = o.key(name);
        match arg {
            Arg::Int(n) => crate::write::write_u64(out, *n),
            Arg::Str(s) => write_str(out, s),
            Arg::Type(t) => write_str(out, t.as_str()),
            Arg::Dialect(d) => write_str(out, d.as_str()),
            Arg::Types(types) => {
                write_array(out, types.iter(), |out, t| write_str(out, t.as_str()))
            }
            Arg::Names(items) => write_array(out, items.iter(), |out, s| write_str(out, s)),
            Arg::List(items) => write_array(out, items.iter(), |out, s| write_str(out, s)),
        }
    }
    o.end();
}

impl serde::Serialize for Arg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Int(n) => s.serialize_u64(*n),
            Arg::Str(v) => s.serialize_str(v),
            Arg::Type(t) => s.serialize_str(t.as_str()),
            Arg::Dialect(d) => s.serialize_str(d.as_str()),
            Arg::Types(types) => s.collect_seq(types.iter().map(|t| t.as_str())),
            Arg::Names(items) => s.collect_seq(items.iter()),
            Arg::List(items) => s.collect_seq(items.iter()),
        }
    }
}

impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("messageId", self.template.id)?;
        m.serialize_entry("params", &self.params)?;
        m.end()
    }
}

/// `{"start", "end", "replacement", "applicability"}`: byte offsets in the source (UTF-8).
impl serde::Serialize for Fix {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("start", &self.span.0)?;
        m.serialize_entry("end", &self.span.1)?;
        m.serialize_entry("replacement", &self.replacement)?;
        m.serialize_entry("applicability", self.applicability.as_str())?;
        m.end()
    }
}

impl serde::Serialize for Params {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(list: Vec<(&'static str, Arg)>) -> Params {
        let mut p = Params::default();
        for (n, a) in list {
            p.push(n, a);
        }
        p
    }

    /// A diagnostic is moved as it is built, pushed and sorted: it stays small (520 bytes
    /// with seven params inline; 352 with three).
    #[test]
    fn a_diagnostic_is_small() {
        assert!(
            size_of::<Diagnostic>() <= 360,
            "{}",
            size_of::<Diagnostic>()
        );
    }

    /// Up to three params are kept inline: no allocation (the fourth makes one).
    #[test]
    fn three_params_allocate_nothing() {
        let mut p = params(vec![
            ("a", 1u64.into()),
            ("b", 2u64.into()),
            ("c", 3u64.into()),
        ]);
        assert_eq!((p.len, p.more.capacity()), (3, 0));
        p.push("d", 4u64.into());
        assert_eq!((p.len, p.more.len()), (3, 1));
    }

    /// Past the three kept inline, params keep their order (none dropped, however many), and
    /// a name given twice the first.
    #[test]
    fn params_past_the_inline_ones_keep_their_order() {
        let names = ["a", "b", "c", "d", "e", "a", "g", "h", "i"];
        let p = params(
            names
                .iter()
                .zip(0u64..)
                .map(|(n, i)| (*n, i.into()))
                .collect(),
        );
        let got: Vec<_> = p.iter().map(|(n, a)| (n, a.clone())).collect();
        let want: Vec<_> = names
            .iter()
            .zip(0u64..)
            .map(|(n, i)| (*n, Arg::Int(i)))
            .collect();
        assert_eq!(got, want);
        assert_eq!(
            (p.get("a"), p.get("e"), p.get("i"), p.get("z")),
            (
                Some(&Arg::Int(0)),
                Some(&Arg::Int(4)),
                Some(&Arg::Int(8)),
                None
            )
        );
    }

    #[test]
    fn placeholders_are_filled_by_format() {
        let p = params(vec![
            ("field", "Name".into()),
            ("found", JsonType::Number.into()),
            ("wants", Arg::Types(&[JsonType::String, JsonType::Array])),
            ("value", Arg::Str("a\"b\n".into())),
            ("choices", Arg::Names(&["Public", "Private"])),
            ("dialect", Dialect::Sdk.into()),
        ]);
        let t = "`{field}` {found:type}; {wants:types}; {value:quoted}; {choices}; {dialect:dialect}; {suggestion} {missing}";
        assert_eq!(
            render(t, &p, Some("x"), Lang::En),
            "`Name` a number; a string or an array; \"a\\\"b\\n\"; Public, Private; native SDK; x {missing}"
        );
        assert_eq!(
            render(t, &p, None, Lang::ZhCn),
            "`Name` 数字; 字符串或数组; \"a\\\"b\\n\"; Public、Private; 原生 SDK; {suggestion} {missing}"
        );
        assert_eq!(render("{ unclosed", &p, None, Lang::En), "{ unclosed");
    }

    #[test]
    fn params_are_json() {
        let p = params(vec![
            ("n", 3usize.into()),
            ("s", "x".into()),
            ("t", JsonType::Null.into()),
            ("l", Arg::Names(&["a", "b"])),
        ]);
        let mut out = String::new();
        write_params(&mut out, &p);
        assert_eq!(out, r#"{"n":3,"s":"x","t":"null","l":["a","b"]}"#);
    }
}
