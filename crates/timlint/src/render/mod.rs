//! Printers: the same diagnostics as compiler-style text, as JSON, as SARIF 2.1.0, and as
//! GitHub Actions workflow commands.
//! The rules never format output; the CLI and the npm package only call these.

pub mod github;
pub mod json;
pub mod run;
pub mod sarif;
pub mod text;

use crate::diagnostic::Template;

/// Every message template a printer may render: the rules' and the converter's (what
/// pkg/messages.js carries).
pub fn templates() -> impl Iterator<Item = &'static Template> {
    crate::rules::templates().chain(crate::convert::MESSAGES.iter().copied())
}
