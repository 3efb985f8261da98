//! The JSON shape shared by `timlint check --format json` and the npm package's `validate`.

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
