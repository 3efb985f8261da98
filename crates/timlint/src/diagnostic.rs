//! A diagnostic is data: rule, severity, JSON Pointer, span, messages in both languages, the
//! Tencent error code the server would answer, and help. Printers live in `render`.

use crate::options::{Dialect, Lang};
use crate::rules::Rule;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One text in English and Simplified Chinese.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: String,
    pub zh: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::ZhCn => &self.zh,
        }
    }
}

/// Builds a [`Text`] from two format strings: `text!("{n} bytes", "{n} 字节")`.
#[macro_export]
macro_rules! text {
    ($en:expr, $zh:expr $(,)?) => {
        $crate::diagnostic::Text {
            en: format!($en),
            zh: format!($zh),
        }
    };
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: &'static Rule,
    pub severity: Severity,
    /// RFC 6901 pointer to the value at fault (for a missing field: where it belongs).
    pub pointer: String,
    /// Byte range in the source text, when there is a source.
    pub span: Option<(usize, usize)>,
    /// 1-based line and column (characters) of `span.0`; filled in by the validator.
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub tencent_code: Option<u32>,
    pub message: Text,
    pub help: Option<Text>,
    /// A replacement value to offer (the "did you mean" spelling, the prefix that fits).
    pub suggestion: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with the rule's defaults, at the root pointer, without help.
    pub fn new(rule: &'static Rule, span: Option<(usize, usize)>, message: Text) -> Diagnostic {
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
            suggestion: None,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Help for a value outside a closed set: "did you mean `X`? (one of …)" when a
    /// suggestion exists (and offers it), "use one of …" otherwise.
    pub fn choose_from(&mut self, suggestion: Option<&str>, choices: &str) {
        self.help = Some(match suggestion {
            Some(s) => {
                self.suggestion = Some(s.to_string());
                crate::text!(
                    "did you mean `{s}`? (one of {choices})",
                    "是否想写 `{s}`？（可选：{choices}）"
                )
            }
            None => crate::text!("use one of {choices}", "可选值：{choices}"),
        });
    }
}

/// The verdict on one payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The dialect the payload was read as (with `auto`, the one chosen).
    pub dialect: Dialect,
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
