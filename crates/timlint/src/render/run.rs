//! A run of `timlint check` as output: the verdicts on its inputs, in input order, in one of
//! the four formats, with what comes before the first and after the last (JSON's brackets,
//! SARIF's rule table and invocation, text's summary), and the counts that decide the exit
//! code. The CLI prints through this (and so does the npm package's `timlint` command, which
//! is the CLI built for WASI).

use std::fmt::Write as _;
use std::io::Write;

use super::json::JsonReport;
use super::sarif::{MAX_RESULTS, SarifWriter};
use crate::{Lang, Report, Severity};

/// An output format of `timlint check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Compiler-style text with the source line and a caret, and a summary line.
    Text,
    /// One JSON array, one object per input.
    Json,
    /// One SARIF 2.1.0 log.
    Sarif,
    /// GitHub Actions workflow commands, one per diagnostic.
    Github,
}

impl Format {
    /// `text`, `json`, `sarif` or `github`.
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s {
            "text" => Format::Text,
            "json" => Format::Json,
            "sarif" => Format::Sarif,
            "github" => Format::Github,
            _ => return None,
        })
    }
}

/// Where a run's verdicts go, and what they add up to.
pub struct Run {
    format: Format,
    lang: Lang,
    /// `--dialect auto`: the text output says which dialect each input was read as (set per
    /// input when inputs are read with different options).
    pub auto: bool,
    /// Text output in colour, for a terminal ([`super::text::render_colored`]).
    pub color: bool,
    /// Text output with the source line and caret (`--no-snippets` leaves them out).
    snippets: bool,
    sarif: SarifWriter,
    /// Inputs reported so far.
    pub inputs: usize,
    /// Diagnostics of error severity, in all inputs.
    pub errors: usize,
    /// Diagnostics of warning severity, in all inputs.
    pub warnings: usize,
    /// Inputs with at least one error.
    pub failing: usize,
}

impl Run {
    /// A run printing `format` in `lang`; `auto` when the dialect is detected per input.
    pub fn new(format: Format, lang: Lang, auto: bool, snippets: bool) -> Run {
        Run {
            format,
            lang,
            auto,
            color: false,
            snippets,
            sarif: SarifWriter::new(lang, MAX_RESULTS),
            inputs: 0,
            errors: 0,
            warnings: 0,
            failing: 0,
        }
    }

    /// What comes before the first verdict.
    pub fn start(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        match self.format {
            Format::Json => out.write_all(b"["),
            Format::Sarif => self.sarif.start(out),
            Format::Text | Format::Github => Ok(()),
        }
    }

    /// One input's verdict. `name` is how the input is named (made terminal-safe for text, a
    /// URI for SARIF); `file` is its path (the name without an NDJSON line's number), for
    /// GitHub's annotations; `src` is the text the report was made from, when there is one.
    pub fn emit(
        &mut self,
        out: &mut dyn Write,
        name: &str,
        file: &str,
        src: Option<&str>,
        report: &Report,
    ) -> std::io::Result<()> {
        self.errors += report.errors;
        self.failing += usize::from(report.errors > 0);
        self.warnings += report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count();
        self.inputs += 1;
        match self.format {
            Format::Text => {
                let name = terminal_safe(name);
                if self.auto {
                    let dialect = report.dialect.as_str();
                    match self.lang {
                        Lang::En => writeln!(out, "{name}: read as {dialect} (--dialect auto)")?,
                        Lang::ZhCn => {
                            writeln!(out, "{name}：按 {dialect} 写法读取（--dialect auto）")?
                        }
                    }
                }
                let src = src.filter(|_| self.snippets);
                let text = if self.color {
                    super::text::render_colored(&name, src, report, self.lang)
                } else {
                    super::text::render(&name, src, report, self.lang)
                };
                out.write_all(text.as_bytes())
            }
            Format::Json => {
                out.write_all(if self.inputs == 1 { b"\n" } else { b",\n" })?;
                serde_json::to_writer_pretty(
                    &mut *out,
                    &JsonReport::new(Some(name), report, self.lang),
                )
                .map_err(std::io::Error::from)
            }
            Format::Sarif => self.sarif.report(out, &uri(name), report),
            Format::Github => super::github::write_report(out, file, src, report, self.lang),
        }
    }

    /// What comes after the last verdict (text's summary line).
    pub fn finish(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        match self.format {
            Format::Text => {
                let summary =
                    super::text::summary(self.errors, self.warnings, self.inputs, self.lang);
                writeln!(out, "{summary}")?;
            }
            Format::Json => out.write_all(if self.inputs == 0 { b"]\n" } else { b"\n]\n" })?,
            Format::Sarif => self.sarif.finish(out)?,
            Format::Github => {}
        }
        out.flush()
    }
}

/// `text` with the characters a terminal would act on escaped as `\u001b`-style: controls
/// (escape sequences could recolour or rewrite the screen) and bidirectional overrides (they
/// could reorder what is shown).
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |ch: char| {
        ch.is_control()
            || matches!(ch, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(unsafe_char) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        if unsafe_char(ch) {
            let _ = write!(out, "\\u{:04x}", u32::from(ch));
        } else {
            out.push(ch);
        }
    }
    out.into()
}

/// A file name as a URI reference (SARIF's `artifactLocation.uri`): every byte but the
/// unreserved characters and `/` is percent-encoded, `:` included (a colon in the first
/// segment would read as a scheme).
pub fn uri(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for &b in name.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Why `bytes`, the contents of `name`, cannot be checked: where its first byte that is not
/// UTF-8 is (`None` when all of it is UTF-8).
pub fn not_utf8(name: &str, bytes: &[u8]) -> Option<String> {
    let at = std::str::from_utf8(bytes).err()?.valid_up_to();
    let before = std::str::from_utf8(&bytes[..at]).unwrap_or("");
    let (line, column) = crate::json::line_col(before, at);
    Some(format!(
        "{name} is not UTF-8 (invalid byte at offset {at}, line {line}, column {column}); save it as UTF-8"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_escaped_for_the_terminal() {
        assert_eq!(terminal_safe("a.json"), "a.json");
        assert_eq!(
            terminal_safe("a\x1b[2J\u{202e}\n.json"),
            "a\\u001b[2J\\u202e\\u000a.json"
        );
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri("dir/a-b_c.json"), "dir/a-b_c.json");
        assert_eq!(uri("a b%#?:é.json"), "a%20b%25%23%3F%3A%C3%A9.json");
    }
}
