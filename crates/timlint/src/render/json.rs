//! The JSON shape shared by `timlint check --format json` and the npm package's `validate`.
#![allow(
    clippy::single_char_add_str,
    reason = "push_str, not push(char): see write_str"
)]

use serde::Serialize;

use crate::{Diagnostic, Lang, Report};

/// One diagnostic as JSON: `{"rule", "severity", "path", "message", "tencent_code", "help",
/// "suggestion", "line", "column"}`.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct JsonDiagnostic<'r> {
    pub rule: &'static str,
    pub severity: &'static str,
    pub path: &'r str,
    pub message: &'r str,
    pub tencent_code: Option<u32>,
    pub help: Option<&'r str>,
    pub suggestion: Option<&'r str>,
    pub line: Option<u32>,
    pub column: Option<u32>,
}

impl<'r> JsonDiagnostic<'r> {
    pub fn new(d: &'r Diagnostic, lang: Lang) -> Self {
        JsonDiagnostic {
            rule: d.rule.id,
            severity: d.severity.as_str(),
            path: &d.pointer,
            message: d.message.get(lang),
            tencent_code: d.tencent_code,
            help: d.help.as_ref().map(|h| h.get(lang)),
            suggestion: d.suggestion.as_deref(),
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
    pub file: Option<&'r str>,
    pub dialect: &'static str,
    pub valid: bool,
    pub diagnostics: Vec<JsonDiagnostic<'r>>,
    #[serde(skip_serializing_if = "is_zero")]
    pub omitted: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl<'r> JsonReport<'r> {
    pub fn new(file: Option<&'r str>, report: &'r Report, lang: Lang) -> Self {
        JsonReport {
            file,
            dialect: report.dialect.as_str(),
            valid: report.valid(),
            diagnostics: report
                .diagnostics
                .iter()
                .map(|d| JsonDiagnostic::new(d, lang))
                .collect(),
            omitted: report.omitted,
        }
    }
}

// --- A compact JSON writer ---------------------------------------------------------------------
//
// The npm package's wasm writes its results with these instead of serde_json, which would
// bring its serializer, float printing and error messages into the download. The output is
// byte for byte what `serde_json::to_string` gives for the same values (tests/json_writer.rs
// checks it over the whole corpus).

/// Appends `s` as a JSON string literal, escaped as serde_json escapes: `"` and `\`, the
/// short forms `\b \f \n \r \t`, any other control character below U+0020 as `\u00XX`
/// (lowercase hex), and nothing else.
///
/// This writer and its callers append with `push_str` only: in the size-optimised wasm nothing
/// is inlined, and `String::push(char)` is a call that encodes a character where `push_str`
/// copies bytes (measured by hand, builds side by side in one Node process: the package's
/// `validate` took 0.95× the time on a fifteen-diagnostic report; docs/benchmarks.md).
pub fn write_str(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push_str("\"");
    let mut start = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        // `i` is at an ASCII byte, so a char boundary.
        out.push_str(&s[start..i]);
        write_escape(out, b);
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push_str("\"");
}

/// Appends the escape of a byte that needs one: `"`, `\\` or a control character.
#[cold]
fn write_escape(out: &mut String, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match b {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        0x08 => "\\b",
        0x0c => "\\f",
        b'\n' => "\\n",
        b'\r' => "\\r",
        b'\t' => "\\t",
        _ => {
            let escape = [
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xf)],
            ];
            out.push_str(std::str::from_utf8(&escape).unwrap_or_default());
            return;
        }
    };
    out.push_str(short);
}

/// Appends an unsigned integer in decimal (without core::fmt).
pub fn write_u64(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // Digits only, so always UTF-8.
    out.push_str(std::str::from_utf8(&buf[i..]).unwrap_or_default());
}

/// Writes one JSON object's members in order: `{"a":1,"b":"x"}`. Keys are written as given
/// (the callers' keys are plain ASCII names that need no escaping).
pub struct ObjectWriter<'o> {
    out: &'o mut String,
    first: bool,
}

impl<'o> ObjectWriter<'o> {
    /// Opens the object (`{`).
    pub fn new(out: &'o mut String) -> Self {
        out.push_str("{");
        ObjectWriter { out, first: true }
    }

    /// Starts a member: writes `"key":` and returns the output for its value.
    pub fn key(&mut self, key: &str) -> &mut String {
        self.out.push_str(if self.first { "\"" } else { ",\"" });
        self.first = false;
        self.out.push_str(key);
        self.out.push_str("\":");
        self.out
    }

    pub fn str(&mut self, key: &str, value: &str) -> &mut Self {
        write_str(self.key(key), value);
        self
    }

    /// A string, or `null` when absent.
    pub fn opt_str(&mut self, key: &str, value: Option<&str>) -> &mut Self {
        match value {
            Some(v) => write_str(self.key(key), v),
            None => self.key(key).push_str("null"),
        }
        self
    }

    pub fn u64(&mut self, key: &str, value: u64) -> &mut Self {
        write_u64(self.key(key), value);
        self
    }

    /// A number, or `null` when absent.
    pub fn opt_u64(&mut self, key: &str, value: Option<u64>) -> &mut Self {
        match value {
            Some(v) => write_u64(self.key(key), v),
            None => self.key(key).push_str("null"),
        }
        self
    }

    pub fn bool(&mut self, key: &str, value: bool) -> &mut Self {
        self.key(key).push_str(if value { "true" } else { "false" });
        self
    }

    /// Closes the object (`}`).
    pub fn end(self) {
        self.out.push_str("}");
    }
}

/// Writes `[a,b,c]`, each item by `write`.
pub fn write_array<T>(
    out: &mut String,
    items: impl IntoIterator<Item = T>,
    mut write: impl FnMut(&mut String, T),
) {
    out.push_str("[");
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(",");
        }
        write(out, item);
    }
    out.push_str("]");
}

impl JsonDiagnostic<'_> {
    /// Appends the diagnostic as compact JSON (what `serde_json::to_string` gives).
    pub fn write_json(&self, out: &mut String) {
        let mut o = ObjectWriter::new(out);
        o.str("rule", self.rule)
            .str("severity", self.severity)
            .str("path", self.path)
            .str("message", self.message)
            .opt_u64("tencent_code", self.tencent_code.map(u64::from))
            .opt_str("help", self.help)
            .opt_str("suggestion", self.suggestion)
            .opt_u64("line", self.line.map(u64::from))
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
        // The diagnostics' texts plus about 160 bytes of keys and numbers each.
        let texts: usize = self
            .diagnostics
            .iter()
            .map(|d| {
                d.path.len()
                    + d.message.len()
                    + d.help.map_or(0, str::len)
                    + d.suggestion.map_or(0, str::len)
                    + 160
            })
            .sum();
        let mut out = String::with_capacity(texts + 64);
        self.write_json(&mut out);
        out
    }
}
