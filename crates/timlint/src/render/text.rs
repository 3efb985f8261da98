//! Compiler-style text: the rule, the message, `file:line:column`, the offending line with a
//! caret under the value, and the help.

use std::fmt::Write;

use crate::diagnostic::Answerer;
use crate::{Diagnostic, Lang, Report, Severity};

/// Renders one input's diagnostics; `src` (the payload text) adds the source line and caret.
/// The work is linear in the input and the diagnostics: the lines are found in one walk over
/// `src` (the diagnostics come in order of position), and each snippet looks only at a
/// bounded window of its line.
pub fn render(file: &str, src: Option<&str>, report: &Report, lang: Lang) -> String {
    render_in(file, src, report, lang, Paint(false))
}

/// [`render`] in colour, for a terminal: the severity and the caret in the severity's
/// colour, the rule ID bold, `-->`, the gutter and the notes' `=` in blue (as rustc and ruff
/// show them). ANSI SGR codes: eight colours and bold, which every terminal of the last
/// decades reads.
pub fn render_colored(file: &str, src: Option<&str>, report: &Report, lang: Lang) -> String {
    render_in(file, src, report, lang, Paint(true))
}

fn render_in(file: &str, src: Option<&str>, report: &Report, lang: Lang, paint: Paint) -> String {
    let mut out = String::new();
    let mut lines = src.map(Lines::new);
    for d in &report.diagnostics {
        diagnostic(&mut out, file, lines.as_mut(), d, lang, paint);
    }
    if report.omitted > 0 {
        omitted_line(&mut out, Some(file), report.omitted, lang);
        out.push_str("\n\n");
    }
    out
}

/// ANSI colour when on: `paint(out, style, text)` writes `text` in `style` (SGR parameters).
#[derive(Clone, Copy)]
struct Paint(bool);

/// The SGR styles used.
const BOLD: &str = "1";
const BLUE: &str = "1;34";

impl Paint {
    fn paint(self, out: &mut String, style: &str, text: &str) {
        if self.0 {
            let _ = write!(out, "\x1b[{style}m{text}\x1b[0m");
        } else {
            out.push_str(text);
        }
    }

    /// The style of a severity: bold red, yellow, cyan.
    fn severity(s: Severity) -> &'static str {
        match s {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        }
    }
}

fn diagnostic(
    out: &mut String,
    file: &str,
    lines: Option<&mut Lines<'_>>,
    d: &Diagnostic,
    lang: Lang,
    paint: Paint,
) {
    headline(out, d, lang, paint);
    out.push('\n');
    let (line, col) = (d.line.unwrap_or(1), d.column.unwrap_or(1));
    out.push_str("  ");
    paint.paint(out, BLUE, "-->");
    let _ = writeln!(out, " {file}:{line}:{col}");
    let gutter = line.to_string().len();
    if let (Some(lines), Some(l), Some(c)) = (lines, d.line, d.column)
        && let Some((start, text)) = lines.line(l)
    {
        let text = text.trim_end_matches('\r');
        // The value, as byte offsets in the line: from its span (the column was computed
        // from the span's start), else from the column; one character without a span.
        let (from, to) = match d.span {
            Some((s, e)) if (start..=start + text.len()).contains(&s) => {
                let from = s - start;
                let to = if lines.src.get(s..e).is_some() {
                    e.saturating_sub(start).min(text.len())
                } else {
                    from
                };
                (from, to)
            }
            _ => {
                let from = nth_char(text, 0, c as usize - 1);
                let to = if d.span.is_some() {
                    from
                } else {
                    nth_char(text, from, 1)
                };
                (from, to)
            }
        };
        let (shown, at, width) = window(text, from, to);
        let pad = " ".repeat(gutter);
        let bar = |out: &mut String, left: &str| {
            paint.paint(out, BLUE, &[left, " |"].concat());
        };
        bar(out, &pad);
        out.push('\n');
        bar(out, &l.to_string());
        let _ = writeln!(out, " {shown}");
        bar(out, &pad);
        let _ = write!(out, " {}", " ".repeat(at));
        paint.paint(out, Paint::severity(d.severity), &"^".repeat(width));
        out.push('\n');
    }
    notes(out, &" ".repeat(gutter), d, lang, paint);
    out.push('\n');
}

/// A diagnostic's first line, without its newline: `error[rule-id]: message`.
fn headline(out: &mut String, d: &Diagnostic, lang: Lang, paint: Paint) {
    let sev = match (d.severity, lang) {
        (s, Lang::En) => s.as_str(),
        (Severity::Error, Lang::ZhCn) => "错误",
        (Severity::Warning, Lang::ZhCn) => "警告",
        (Severity::Info, Lang::ZhCn) => "提示",
    };
    paint.paint(out, Paint::severity(d.severity), sev);
    paint.paint(out, BOLD, &["[", d.rule.id, "]"].concat());
    let _ = write!(out, ": {}", terminal_safe(&d.message_text(lang)));
}

/// The lines under a diagnostic's source snippet, each after `pad` (the gutter's width) and
/// ending in a newline: `= at /path; the server would answer 10004`, then `= help: ...`.
fn notes(out: &mut String, pad: &str, d: &Diagnostic, lang: Lang, paint: Paint) {
    let path = if d.pointer.is_empty() {
        "(root)".into()
    } else {
        terminal_safe(&d.pointer)
    };
    let sdk = d.tencent_code.is_some_and(|c| c.by == Answerer::Sdk);
    let equals = |out: &mut String| {
        out.push_str(pad);
        out.push(' ');
        paint.paint(out, BLUE, "=");
    };
    equals(out);
    let _ = match (d.tencent_code.map(|c| c.code), lang) {
        (Some(code), Lang::En) if sdk => writeln!(out, " at {path}; the SDK would answer {code}"),
        (Some(code), Lang::ZhCn) if sdk => writeln!(out, " 位置 {path}；SDK 将返回错误码 {code}"),
        (Some(code), Lang::En) => writeln!(out, " at {path}; the server would answer {code}"),
        (Some(code), Lang::ZhCn) => writeln!(out, " 位置 {path}；服务器将返回错误码 {code}"),
        (None, Lang::En) => writeln!(out, " at {path}"),
        (None, Lang::ZhCn) => writeln!(out, " 位置 {path}"),
    };
    if let Some(help) = d.help_text(lang) {
        let label = if lang == Lang::En {
            "help:"
        } else {
            "帮助："
        };
        equals(out);
        out.push(' ');
        paint.paint(out, BOLD, label);
        let space = if lang == Lang::En { " " } else { "" };
        let _ = writeln!(out, "{space}{}", terminal_safe(&help));
    }
}

/// The line that says how many diagnostics the cap left out, without its newline.
fn omitted_line(out: &mut String, file: Option<&str>, n: usize, lang: Lang) {
    let _ = match (file, lang) {
        (Some(file), Lang::En) => write!(
            out,
            "{file}: {n} more diagnostics not shown (option maxDiagnostics)"
        ),
        (Some(file), Lang::ZhCn) => {
            write!(out, "{file}：另有 {n} 条诊断未显示（选项 maxDiagnostics）")
        }
        (None, Lang::En) => write!(
            out,
            "{n} more diagnostics not shown (option maxDiagnostics)"
        ),
        (None, Lang::ZhCn) => write!(out, "另有 {n} 条诊断未显示（选项 maxDiagnostics）"),
    };
}

/// A diagnostic as compiler-style text without a source snippet or a file, in English: the
/// line `error[rule-id]: message`, then `  = at /pointer` (with the error code the server
/// would answer, when known) and `  = help: ...` when there is help; no newline at the end.
/// [`render`] gives the same with `file:line:column` and the source line, in either language.
///
/// ```
/// let report = timlint::validate(r#"{"Type": "Publich", "Name": "x"}"#, &Default::default());
/// assert_eq!(
///     report.diagnostics[0].to_string(),
///     "error[unknown-group-type]: unknown group type `Publich` in `Type`\n  \
///      = at /Type; the server would answer 10004\n  \
///      = help: did you mean `Public`? (one of Private, Public, ChatRoom, AVChatRoom, \
///      BChatRoom, Community)"
/// );
/// ```
impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut out = String::new();
        headline(&mut out, self, Lang::En, Paint(false));
        out.push('\n');
        notes(&mut out, " ", self, Lang::En, Paint(false));
        f.write_str(out.trim_end_matches('\n'))
    }
}

/// A report as its diagnostics' text (see [`Diagnostic`'s `Display`](Diagnostic)), one
/// after another, then the count of those the cap left out, in English; a report without
/// diagnostics shows as the empty string. No newline at the end.
impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{d}")?;
        }
        if self.omitted > 0 {
            let mut out = String::new();
            if !self.diagnostics.is_empty() {
                out.push('\n');
            }
            omitted_line(&mut out, None, self.omitted, Lang::En);
            f.write_str(&out)?;
        }
        Ok(())
    }
}

/// The widest source line shown, in terminal columns; a longer one (a minified payload is one
/// line) is cut to a window around the value, `...` marking each cut.
const MAX_COLUMNS: usize = 120;
/// Columns kept before the value when a line is cut.
const CONTEXT: usize = 40;

/// The most characters a window looks at on either side of the value, and in all when it
/// decides whether a line fits: wider than any [`MAX_COLUMNS`] of real text, this only cuts a
/// line of zero-width characters (combining marks), which would otherwise be shown whole.
const MAX_CHARS: usize = 4 * MAX_COLUMNS;

/// The lines of a source, found by one walk forward as the diagnostics (in order of position)
/// ask for them; an earlier line starts the walk again.
struct Lines<'a> {
    src: &'a str,
    /// The current line: its number (1-based), where it starts and, once found, ends.
    no: u32,
    start: usize,
    end: Option<usize>,
}

impl<'a> Lines<'a> {
    fn new(src: &'a str) -> Self {
        Lines {
            src,
            no: 1,
            start: 0,
            end: None,
        }
    }

    /// Line `l` (1-based): where it starts in the source, and its text without the newline;
    /// `None` past the last line, as [`str::lines`] counts them.
    fn line(&mut self, l: u32) -> Option<(usize, &'a str)> {
        if l == 0 {
            return None;
        }
        if l < self.no {
            (self.no, self.start, self.end) = (1, 0, None);
        }
        while self.no < l {
            let end = match self.end {
                Some(end) => end,
                None => self.start + self.src[self.start..].find('\n')?,
            };
            (self.no, self.start, self.end) = (self.no + 1, end + 1, None);
        }
        if self.start >= self.src.len() {
            return None;
        }
        let start = self.start;
        let end = *self.end.get_or_insert_with(|| {
            self.src[start..]
                .find('\n')
                .map_or(self.src.len(), |i| start + i)
        });
        Some((start, &self.src[start..end]))
    }
}

/// The byte offset `n` characters after byte `from` of `text` (at most its end).
fn nth_char(text: &str, from: usize, n: usize) -> usize {
    let from = floor_char_boundary(text, from);
    text[from..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| from + i)
}

fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// How many columns a character of the source line takes, as shown (see [`shown_as`]).
fn columns(ch: char) -> usize {
    match shown_as(ch) {
        '\t' => 4,
        ch => unicode_width::UnicodeWidthChar::width(ch).unwrap_or(1),
    }
}

/// [`window`] for a value of `span_chars` characters from character `start`.
#[cfg(test)]
fn snippet(line: &str, start: usize, span_chars: usize) -> (String, usize, usize) {
    let from = nth_char(line, 0, start);
    window(line, from, nth_char(line, from, span_chars))
}

/// A source line as a terminal shows it, with where the caret goes: the line (tabs as four
/// spaces, cut to [`MAX_COLUMNS`] around the value), the caret's column in it and its width,
/// for a value from byte `from` to byte `to` of the line. Columns count as a terminal does:
/// two for CJK and other wide characters, none for combining marks. Control characters and
/// the invisible ones that reorder text (bidirectional overrides) are shown as `�`: a
/// payload's bytes must not drive the terminal (an ESC sequence) or disguise the line.
///
/// Only a window around the value is looked at (at most [`MAX_CHARS`] characters each way),
/// so a diagnostic on a line of a megabyte costs what one on a short line does.
fn window(line: &str, from: usize, to: usize) -> (String, usize, usize) {
    let from = floor_char_boundary(line, from);
    let to = floor_char_boundary(line, to).max(from);
    // Whether the whole line fits: it does when it ends within MAX_COLUMNS (and MAX_CHARS).
    let mut width = 0;
    let mut fits = true;
    for (n, ch) in line.chars().enumerate() {
        width += columns(ch);
        if width > MAX_COLUMNS || n >= MAX_CHARS {
            fits = false;
            break;
        }
    }
    // The characters shown, as byte offsets: all when the line fits, else from a little before
    // the value (so that its start is always shown) to as far as fits.
    let (first, before) = if fits {
        (0, line[..from].chars().map(columns).sum())
    } else {
        // Back from the value while the columns before it stay within CONTEXT.
        let (mut first, mut before) = (from, 0);
        for ch in line[..from].chars().rev().take(MAX_CHARS) {
            let w = columns(ch);
            if before + w > CONTEXT {
                break;
            }
            before += w;
            first -= ch.len_utf8();
        }
        (first, before)
    };
    let mut shown = String::new();
    let cut_before = if first > 0 { "..." } else { "" };
    shown.push_str(cut_before);
    // Forward from `first` while the line stays within MAX_COLUMNS; the caret's width is the
    // value's columns within what is shown.
    let (mut last, mut width, mut caret_width) = (first, 0, 0);
    for ch in line[first..]
        .chars()
        .take(if fits { usize::MAX } else { MAX_CHARS })
    {
        let w = columns(ch);
        if !fits && width + w > MAX_COLUMNS {
            break;
        }
        match shown_as(ch) {
            '\t' => shown.push_str("    "),
            ch => shown.push(ch),
        }
        if (from..to).contains(&last) {
            caret_width += w;
        }
        width += w;
        last += ch.len_utf8();
    }
    if last < line.len() {
        shown.push_str("...");
    }
    (shown, cut_before.len() + before, caret_width.max(1))
}

/// A message, help or pointer as printed: the characters that [`shown_as`] replaces in a
/// source line are written as `\u001b`-style escapes instead (a pointer or message can hold a
/// payload's key, decoded from `"\u001b"` in the JSON), so that they are seen, not obeyed.
fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|ch| shown_as(ch) != ch) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        if shown_as(ch) == ch {
            out.push(ch);
        } else {
            let _ = write!(out, "\\u{:04x}", u32::from(ch));
        }
    }
    out.into()
}

/// A character of the source line as it is printed: itself, or `�` for a control character
/// (but the tab, expanded later) and for the bidirectional formatting characters. (`timlint
/// check --diff` prints its lines through it too.)
pub fn shown_as(ch: char) -> char {
    let bidi = matches!(ch, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if (ch.is_control() && ch != '\t') || bidi {
        char::REPLACEMENT_CHARACTER
    } else {
        ch
    }
}

/// "2 errors, 1 warning in 3 inputs" (or its Chinese).
pub fn summary(errors: usize, warnings: usize, inputs: usize, lang: Lang) -> String {
    let s = |n: usize| if n == 1 { "" } else { "s" };
    match lang {
        Lang::En => format!(
            "{errors} error{}, {warnings} warning{} in {inputs} input{}",
            s(errors),
            s(warnings),
            s(inputs)
        ),
        Lang::ZhCn => format!("{inputs} 个输入中：{errors} 个错误，{warnings} 个警告"),
    }
}

#[cfg(test)]
mod tests {
    use super::snippet;

    /// The shown line, and what the caret underlines in it (by columns: every character here
    /// but the CJK ones is one column wide).
    fn underlined(line: &str, start: usize, chars: usize) -> (String, String) {
        let (shown, at, width) = snippet(line, start, chars);
        let mut col = 0;
        let under: String = shown
            .chars()
            .filter(|&ch| {
                let w = if ('\u{4e00}'..='\u{9fff}').contains(&ch) {
                    2
                } else {
                    1
                };
                let keep = col >= at && col + w <= at + width;
                col += w;
                keep
            })
            .collect();
        (shown, under)
    }

    #[test]
    fn a_short_line_is_shown_whole() {
        let line = r#"{"Type": "Publich"}"#;
        assert_eq!(underlined(line, 9, 9), (line.into(), r#""Publich""#.into()));
    }

    #[test]
    fn tabs_become_four_spaces() {
        let (shown, under) = underlined("\t\"Type\":\t\"x\"", 9, 3);
        assert_eq!(shown, "    \"Type\":    \"x\"");
        assert_eq!(under, "\"x\"");
    }

    #[test]
    fn wide_characters_take_two_columns() {
        // Before the value and in it.
        assert_eq!(underlined("中文 \"x\"", 3, 3).1, "\"x\"");
        assert_eq!(underlined("\"中文\" 1", 0, 4).1, "\"中文\"");
        assert_eq!(snippet("\"中文\"", 0, 4), ("\"中文\"".into(), 0, 6));
    }

    #[test]
    fn combining_marks_take_none() {
        assert_eq!(snippet("e\u{301}\"x\"", 2, 3).1, 1);
    }

    #[test]
    fn a_long_line_is_cut_around_the_value() {
        let line = format!("{}\"value\"{}", "a".repeat(500), "b".repeat(500));
        let (shown, under) = underlined(&line, 500, 7);
        assert_eq!(under, "\"value\"");
        assert!(
            shown.starts_with("...") && shown.ends_with("..."),
            "{shown}"
        );
        assert_eq!(shown.len(), 3 + super::MAX_COLUMNS + 3);
        // A value at the start keeps the start: no cut before it.
        let (shown, under) = underlined(&line, 0, 3);
        assert_eq!(under, "aaa");
        assert!(!shown.starts_with("...") && shown.ends_with("..."));
        // Wide characters on both sides.
        let cjk = format!("{}\"x\"{}", "中".repeat(100), "文".repeat(100));
        let (shown, under) = underlined(&cjk, 100, 3);
        assert_eq!(under, "\"x\"");
        assert!(
            shown.starts_with("...中") && shown.ends_with("文..."),
            "{shown}"
        );
        // A value longer than the window is underlined to the window's end.
        let (shown, at, width) = snippet(&line, 100, 10_000);
        assert_eq!(at + width, shown.len() - 3);
    }

    #[test]
    fn control_and_bidi_characters_are_not_printed() {
        let (shown, at, width) = snippet("{\"a\": \u{1b}[2J \"x\u{202e}y\"}", 6, 1);
        assert_eq!(shown, "{\"a\": \u{fffd}[2J \"x\u{fffd}y\"}");
        assert_eq!((at, width), (6, 1));
        assert_eq!(
            snippet("\u{7f}\u{85}\u{2066}x", 3, 1),
            ("\u{fffd}\u{fffd}\u{fffd}x".into(), 3, 1)
        );
    }

    #[test]
    fn messages_and_pointers_show_escapes_for_control_characters() {
        assert_eq!(super::terminal_safe("plain `中文`"), "plain `中文`");
        assert_eq!(
            super::terminal_safe("/a\u{1b}[2J\u{202e}b\tc"),
            "/a\\u001b[2J\\u202eb\tc"
        );
    }

    #[test]
    fn a_position_at_the_end_of_the_line_gets_one_caret() {
        assert_eq!(snippet("{\"a\": ", 6, 0), ("{\"a\": ".into(), 6, 1));
        assert_eq!(snippet("", 0, 1), (String::new(), 0, 1));
    }
}
