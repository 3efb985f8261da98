//! The JSON shape shared by `timlint check --format json` and the npm package's `validate`.
#![allow(
    clippy::single_char_add_str,
    reason = "push_str, not push(char): see crate::write::write_str"
)]

use serde::Serialize;

use crate::diagnostic::{Fix, Message, Params, write_params};
pub use crate::write::{ObjectWriter, write_array, write_str, write_u64};
use crate::{Diagnostic, Lang, Report};

/// One diagnostic as JSON: `{"rule", "severity", "path", "message", "messageId", "params",
/// "tencentCode", "answeredBy", "help", "helpId", "suggestion", "fix", "line", "column"}` (`fix` only
/// when there is one: `{"start", "end", "replacement", "applicability"}`). `message` and `help`
/// are the templates `messageId` and `helpId` rendered with `params` in one language; in
/// [`JsonDiagnostic::data`] (the npm package's wasm, whose JS side renders them) they are left
/// out.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct JsonDiagnostic<'r> {
    /// The rule's ID.
    pub rule: &'static str,
    /// `error`, `warning` or `info`.
    pub severity: &'static str,
    /// JSON Pointer to the value at fault.
    pub path: &'r str,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// The message in one language (left out in `data`).
    pub message: Option<String>,
    #[serde(rename = "messageId")]
    /// The message's template ID.
    pub message_id: &'static str,
    /// The params of the message and help templates.
    pub params: &'r Params,
    /// The error code the server (or SDK) would answer, when known.
    #[serde(rename = "tencentCode")]
    pub tencent_code: Option<u32>,
    /// Who answers `tencentCode`: `server`, or `sdk` (before sending); `null` without a code.
    #[serde(rename = "answeredBy")]
    pub answered_by: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// The help in one language, `null` without help (left out in `data`).
    pub help: Option<Option<String>>,
    #[serde(rename = "helpId")]
    /// The help's template ID, when there is help.
    pub help_id: Option<&'static str>,
    /// The replacement value offered, when there is one.
    pub suggestion: Option<&'r str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// The edit that resolves it, when there is one; left out otherwise.
    pub fix: Option<&'r Fix>,
    /// 1-based line, when there is a source.
    pub line: Option<u32>,
    /// 1-based column (characters), when there is a source.
    pub column: Option<u32>,
}

impl<'r> JsonDiagnostic<'r> {
    /// The diagnostic with its texts in `lang`.
    pub fn new(d: &'r Diagnostic, lang: Lang) -> Self {
        JsonDiagnostic {
            message: Some(d.message_text(lang)),
            help: Some(d.help_text(lang)),
            ..JsonDiagnostic::data(d)
        }
    }

    /// The diagnostic without its texts: what the npm package's wasm sends (its JS side
    /// renders them), so that no text is made and no renderer is in the wasm.
    pub fn data(d: &'r Diagnostic) -> Self {
        JsonDiagnostic {
            rule: d.rule.id,
            severity: d.severity.as_str(),
            path: &d.pointer,
            message: None,
            message_id: d.message.id,
            params: &d.params,
            tencent_code: d.tencent_code.map(|c| c.code),
            answered_by: d.tencent_code.map(|c| c.by.as_str()),
            help: None,
            help_id: d.help.map(|h| h.id),
            suggestion: d.suggestion.as_deref(),
            fix: d.fix.as_ref(),
            line: d.line,
            column: d.column,
        }
    }
}

/// One input's verdict as JSON: `{"file", "dialect", "valid", "diagnostics"}` (and
/// `"omitted"` when the diagnostic cap left some out).
#[derive(Serialize, Debug, Clone)]
pub struct JsonReport<'r> {
    #[serde(skip_serializing_if = "Option::is_none")]
    /// The input's name (the CLI's file); left out when `None`.
    pub file: Option<&'r str>,
    /// The dialect the payload was read as.
    pub dialect: &'static str,
    /// No diagnostic of error severity, counting omitted ones.
    pub valid: bool,
    /// The diagnostics, in order of position.
    pub diagnostics: Vec<JsonDiagnostic<'r>>,
    #[serde(skip_serializing_if = "is_zero")]
    /// Diagnostics left out past the cap; left out when 0.
    pub omitted: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl<'r> JsonReport<'r> {
    /// The report with texts in `lang`.
    pub fn new(file: Option<&'r str>, report: &'r Report, lang: Lang) -> Self {
        let diagnostics = report
            .diagnostics
            .iter()
            .map(|d| JsonDiagnostic::new(d, lang))
            .collect();
        JsonReport::with(file, report, diagnostics)
    }

    /// The report without texts (see [`JsonDiagnostic::data`]).
    pub fn data(file: Option<&'r str>, report: &'r Report) -> Self {
        let diagnostics = report
            .diagnostics
            .iter()
            .map(JsonDiagnostic::data)
            .collect();
        JsonReport::with(file, report, diagnostics)
    }

    fn with(
        file: Option<&'r str>,
        report: &'r Report,
        diagnostics: Vec<JsonDiagnostic<'r>>,
    ) -> Self {
        JsonReport {
            file,
            dialect: report.dialect.as_str(),
            valid: report.valid(),
            diagnostics,
            omitted: report.omitted,
        }
    }
}

/// Appends a message without its text: `{"messageId", "params"}`.
pub fn write_message(out: &mut String, m: &Message) {
    let mut o = ObjectWriter::new(out);
    o.str("messageId", m.template.id);
    write_params(o.key("params"), &m.params);
    o.end();
}

impl JsonDiagnostic<'_> {
    /// Appends the diagnostic as compact JSON (what `serde_json::to_string` gives).
    pub fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::new(out);
        o.str("rule", self.rule)
            .str("severity", self.severity)
            .str("path", self.path);
        if let Some(message) = &self.message {
            o.str("message", message);
        }
        o.str("messageId", self.message_id);
        write_params(o.key("params"), self.params);
        o.opt_u64("tencentCode", self.tencent_code.map(u64::from));
        o.opt_str("answeredBy", self.answered_by);
        if let Some(help) = &self.help {
            o.opt_str("help", help.as_deref());
        }
        o.opt_str("helpId", self.help_id)
            .opt_str("suggestion", self.suggestion);
        if let Some(fix) = self.fix {
            let mut f = ObjectWriter::new(o.key("fix"));
            f.u64("start", fix.span.0 as u64)
                .u64("end", fix.span.1 as u64)
                .str("replacement", &fix.replacement)
                .str("applicability", fix.applicability.as_str());
            f.end();
        }
        o.opt_u64("line", self.line.map(u64::from))
            .opt_u64("column", self.column.map(u64::from));
        o.end();
    }
}

impl JsonReport<'_> {
    /// Appends the report as compact JSON (what `serde_json::to_string` gives).
    pub fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::new(out);
        if let Some(file) = self.file {
            o.str("file", file);
        }
        o.str("dialect", self.dialect).bool("valid", self.valid);
        write_array(o.key("diagnostics"), &self.diagnostics, |out, d| {
            d.write_json(out)
        });
        if self.omitted != 0 {
            o.u64("omitted", self.omitted as u64);
        }
        o.end();
    }

    /// The report as compact JSON, written into one allocation of about its size.
    pub fn to_json(&self) -> String {
        // The diagnostics' texts plus about 200 bytes of keys, params and numbers each.
        let texts: usize = self
            .diagnostics
            .iter()
            .map(|d| {
                d.path.len()
                    + d.message.as_ref().map_or(0, String::len)
                    + d.help
                        .as_ref()
                        .and_then(Option::as_ref)
                        .map_or(0, String::len)
                    + d.suggestion.map_or(0, str::len)
                    + d.fix.map_or(0, |f| f.replacement.len() + 80)
                    + 200
            })
            .sum();
        let mut out = String::with_capacity(texts + 64);
        self.write_json(&mut out);
        out
    }
}

/// A report serializes as the CLI's `--format json` report without `"file"`, texts in English:
/// [`JsonReport::new`]`(None, report, Lang::En)`. A service can return it as the body of a
/// 422; for texts in Chinese, serialize a [`JsonReport`] made with [`Lang::ZhCn`].
///
/// ```
/// let report = timlint::validate(r#"{"Type": "Publich", "Name": "x"}"#, &Default::default());
/// let body = serde_json::to_value(&report).unwrap();
/// assert_eq!(body["valid"], false);
/// assert_eq!(body["diagnostics"][0]["rule"], "unknown-group-type");
/// assert_eq!(body["diagnostics"][0]["path"], "/Type");
/// assert_eq!(body["diagnostics"][0]["message"], "unknown group type `Publich` in `Type`");
/// ```
impl Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        JsonReport::new(None, self, Lang::En).serialize(s)
    }
}

/// A diagnostic serializes as one of the CLI's `--format json` diagnostics, texts in English:
/// [`JsonDiagnostic::new`]`(diagnostic, Lang::En)`.
impl Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        JsonDiagnostic::new(self, Lang::En).serialize(s)
    }
}
