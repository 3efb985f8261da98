//! Printers: the same diagnostics as compiler-style text, as JSON, and as SARIF 2.1.0.
//! The rules never format output; the CLI and the npm package only call these.

pub mod json;
pub mod sarif;
pub mod text;
