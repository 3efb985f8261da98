//! GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per
//! diagnostic, which a workflow's log turns into annotations on the file and line.

use std::fmt::Write as _;

use super::run::terminal_safe;
use crate::json::Positions;
use crate::{Diagnostic, Lang, Report, Severity};

/// A command's message as GitHub reads it back: `%`, `\r` and `\n` percent-encoded, so that a
/// payload's text can neither end the line nor start another command.
pub fn escape_data(text: &str) -> String {
    escape(text, false)
}

/// A command's property value (`file=…`, `title=…`): as [`escape_data`], and `:` and `,`
/// too, which end a value.
pub fn escape_property(text: &str) -> String {
    escape(text, true)
}

fn escape(text: &str, property: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            ':' if property => out.push_str("%3A"),
            ',' if property => out.push_str("%2C"),
            _ => out.push(ch),
        }
    }
    out
}

fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// One diagnostic as a workflow command, without its end of line. `file` is the path as the
/// workflow sees it; `end` is the line and column where the diagnostic's span ends, when the
/// source is known.
///
/// Control and bidirectional characters (ESC, BEL, U+202E, U+0085, …) of the file name and
/// message are written as `\u001b`-style escapes first, as the text output's messages are: a
/// log viewer must not act on them, or show a line reordered.
pub fn annotation(file: &str, d: &Diagnostic, end: Option<(u32, u32)>, lang: Lang) -> String {
    let file = escape_property(&terminal_safe(file));
    let mut line = format!("::{} file={file}", command(d.severity));
    if let Some(l) = d.line {
        let _ = write!(line, ",line={l}");
        if let Some(c) = d.column {
            let _ = write!(line, ",col={c}");
        }
        if let Some((el, ec)) = end {
            let _ = write!(line, ",endLine={el},endColumn={ec}");
        }
    }
    let _ = write!(line, ",title={}::", escape_property(d.rule.id));
    let mut message = terminal_safe(&d.message_text(lang)).into_owned();
    if let Some(help) = d.help_text(lang) {
        message.push_str("\nhelp: ");
        message.push_str(&terminal_safe(&help));
    }
    line.push_str(&escape_data(&message));
    line
}

/// One input's diagnostics, a command a line. With `src` (the text the report was made
/// from), each carries where its span ends (`endLine`, `endColumn`).
pub fn write_report(
    out: &mut dyn std::io::Write,
    file: &str,
    src: Option<&str>,
    report: &Report,
    lang: Lang,
) -> std::io::Result<()> {
    let mut positions = src.map(Positions::new);
    for d in &report.diagnostics {
        let end = match (&mut positions, d.span, d.line) {
            (Some(p), Some((_, end)), Some(_)) => Some(p.at(end)),
            _ => None,
        };
        writeln!(out, "{}", annotation(file, d, end, lang))?;
    }
    Ok(())
}

/// One input's diagnostics as workflow commands, in a string (what [`write_report`] writes).
pub fn render(file: &str, src: Option<&str>, report: &Report, lang: Lang) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail, and what is written is UTF-8.
    let _ = write_report(&mut out, file, src, report, lang);
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_and_properties_are_escaped_as_github_reads_them() {
        assert_eq!(escape_data("50% a:b,c\r\nd"), "50%25 a:b,c%0D%0Ad");
        assert_eq!(escape_property("50% a:b,c\r\nd"), "50%25 a%3Ab%2Cc%0D%0Ad");
        assert_eq!(escape_data("名前"), "名前");
    }

    /// The payload's report, and its commands for `file`.
    fn commands(src: &str, file: &str, lang: Lang) -> (Report, String) {
        let r = crate::validate(src, &crate::Options::default());
        let text = render(file, Some(src), &r, lang);
        (r, text)
    }

    #[test]
    fn one_command_per_diagnostic_with_start_and_end() {
        let (r, text) = commands(
            "{\"Type\": \"Public\",\n \"Name\": \"\"}",
            "dir/a,b.json",
            Lang::En,
        );
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), r.diagnostics.len());
        let first = lines[0];
        assert!(
            first.starts_with("::error file=dir/a%2Cb.json,line=2,col=10,endLine=2,endColumn=12,title=empty-name::"),
            "{first}"
        );
    }

    #[test]
    fn severities_map_to_error_warning_notice() {
        let src = "{\"Type\": \"Public\", \"Name\": \"x\", \"Nmae\": 1}";
        let (_, text) = commands(src, "a.json", Lang::En);
        assert!(
            text.starts_with("::warning file=a.json,line=1,col="),
            "{text}"
        );
        assert_eq!(command(Severity::Info), "notice");
    }

    #[test]
    fn without_a_source_there_is_no_end_and_without_a_line_no_position() {
        let src = "{\"Type\": \"Public\", \"Name\": \"\"}";
        let (mut r, _) = commands(src, "a.json", Lang::En);
        let text = render("a.json", None, &r, Lang::En);
        assert!(
            text.starts_with("::error file=a.json,line=1,col=28,title="),
            "{text}"
        );
        r.diagnostics[0].line = None;
        let text = render("a.json", Some(src), &r, Lang::En);
        assert!(
            text.starts_with("::error file=a.json,title=empty-name::"),
            "{text}"
        );
    }

    /// Issue #26, item 19: a payload's ESC, BEL, bidi override and NEL, and a file name's,
    /// reach the log as `\u001b`-style escapes, as in the text output's messages.
    #[test]
    fn control_and_bidi_characters_are_escaped() {
        let src = "{\"Type\": \"Public\", \"Name\": \"x\", \"\\u001b[2J\\u0007\u{202e}\u{85}\": 1}";
        let (r, text) = commands(src, "a\u{1b}]8;;x\u{7}\u{202e}\u{85}.json", Lang::En);
        assert_eq!(text.lines().count(), r.diagnostics.len());
        for bad in ['\u{1b}', '\u{7}', '\u{202e}', '\u{85}'] {
            assert!(!text.contains(bad), "{bad:?} in {text}");
        }
        assert!(
            text.contains("file=a\\u001b]8;;x\\u0007\\u202e\\u0085.json,"),
            "{text}"
        );
        assert!(text.contains("\\u001b[2J\\u0007\\u202e\\u0085"), "{text}");
        // The help still follows the message after an encoded newline.
        let (_, text) = commands(
            "{\"Type\": \"Public\", \"Nmae\": \"x\"}",
            "a.json",
            Lang::En,
        );
        assert!(text.contains("%0Ahelp: "), "{text}");
    }

    #[test]
    fn a_message_never_spans_two_lines() {
        let src = "{\"Type\": \"Public\", \"Name\": \"a\\nb\", \"X\\n::set-output\": 1}";
        let (r, text) = commands(src, "a.json", Lang::ZhCn);
        assert_eq!(text.lines().count(), r.diagnostics.len());
        assert!(text.lines().all(|l| l.starts_with("::")));
    }
}
