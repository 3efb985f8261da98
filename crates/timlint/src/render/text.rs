//! Compiler-style text: the rule, the message, `file:line:column`, the offending line with a
//! caret under the value, and the help.

use std::fmt::Write;

use crate::{Diagnostic, Lang, Report, Severity};

/// Renders one input's diagnostics; `src` (the payload text) adds the source line and caret.
pub fn render(file: &str, src: Option<&str>, report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
        diagnostic(&mut out, file, src, d, lang);
    }
    if report.omitted > 0 {
        let n = report.omitted;
        let _ = match lang {
            Lang::En => writeln!(
                out,
                "{file}: {n} more diagnostics not shown (option maxDiagnostics)\n"
            ),
            Lang::ZhCn => writeln!(
                out,
                "{file}：另有 {n} 条诊断未显示（选项 maxDiagnostics）\n"
            ),
        };
    }
    out
}

fn diagnostic(out: &mut String, file: &str, src: Option<&str>, d: &Diagnostic, lang: Lang) {
    let sev = match (d.severity, lang) {
        (s, Lang::En) => s.as_str(),
        (Severity::Error, Lang::ZhCn) => "错误",
        (Severity::Warning, Lang::ZhCn) => "警告",
        (Severity::Info, Lang::ZhCn) => "提示",
    };
    let _ = writeln!(
        out,
        "{sev}[{}]: {}",
        d.rule.id,
        terminal_safe(&d.message_text(lang))
    );
    let (line, col) = (d.line.unwrap_or(1), d.column.unwrap_or(1));
    let _ = writeln!(out, "  --> {file}:{line}:{col}");
    let gutter = line.to_string().len();
    if let (Some(src), Some(l), Some(c)) = (src, d.line, d.column) {
        if let Some(text) = src.lines().nth(l as usize - 1) {
            let span_chars = d.span.map_or(1, |(s, e)| {
                src.get(s..e)
                    .unwrap_or("")
                    .chars()
                    .take_while(|&ch| ch != '\n')
                    .count()
            });
            let (shown, at, width) =
                snippet(text.trim_end_matches('\r'), c as usize - 1, span_chars);
            let pad = " ".repeat(gutter);
            let _ = writeln!(out, "{pad} |");
            let _ = writeln!(out, "{l} | {shown}");
            let _ = writeln!(out, "{pad} | {}{}", " ".repeat(at), "^".repeat(width));
        }
    }
    let pad = " ".repeat(gutter);
    let path = if d.pointer.is_empty() {
        "(root)".into()
    } else {
        terminal_safe(&d.pointer)
    };
    let _ = match (d.tencent_code, lang) {
        (Some(code), Lang::En) => {
            writeln!(out, "{pad} = at {path}; the server would answer {code}")
        }
        (Some(code), Lang::ZhCn) => writeln!(out, "{pad} = 位置 {path}；服务器将返回错误码 {code}"),
        (None, Lang::En) => writeln!(out, "{pad} = at {path}"),
        (None, Lang::ZhCn) => writeln!(out, "{pad} = 位置 {path}"),
    };
    if let Some(help) = d.help_text(lang) {
        let label = if lang == Lang::En {
            "help: "
        } else {
            "帮助："
        };
        let _ = writeln!(out, "{pad} = {label}{}", terminal_safe(&help));
    }
    out.push('\n');
}

/// The widest source line shown, in terminal columns; a longer one (a minified payload is one
/// line) is cut to a window around the value, `...` marking each cut.
const MAX_COLUMNS: usize = 120;
/// Columns kept before the value when a line is cut.
const CONTEXT: usize = 40;

/// A source line as a terminal shows it, with where the caret goes: the line (tabs as four
/// spaces, cut to [`MAX_COLUMNS`] around the value), the caret's column in it and its width,
/// for a value of `span_chars` characters from character `start`. Columns count as a terminal
/// does: two for CJK and other wide characters, none for combining marks. Control characters
/// and the invisible ones that reorder text (bidirectional overrides) are shown as `�`: a
/// payload's bytes must not drive the terminal (an ESC sequence) or disguise the line.
fn snippet(line: &str, start: usize, span_chars: usize) -> (String, usize, usize) {
    let chars: Vec<char> = line.chars().map(shown_as).collect();
    // `columns[i]`: where character `i` starts; the last entry is the line's width.
    let mut columns = Vec::with_capacity(chars.len() + 1);
    let mut column = 0;
    for &ch in &chars {
        columns.push(column);
        column += match ch {
            '\t' => 4,
            ch => unicode_width::UnicodeWidthChar::width(ch).unwrap_or(1),
        };
    }
    columns.push(column);
    let start = start.min(chars.len());
    let end = (start + span_chars).min(chars.len());
    // The characters shown: all when the line fits, else from a little before the value (so
    // that its start is always shown) to as far as fits.
    let (first, last) = if column <= MAX_COLUMNS {
        (0, chars.len())
    } else {
        let from = columns[start].saturating_sub(CONTEXT);
        let first = columns.partition_point(|&c| c < from);
        let last = columns.partition_point(|&c| c <= columns[first] + MAX_COLUMNS) - 1;
        (first, last)
    };
    let mut shown = String::new();
    let cut_before = if first > 0 { "..." } else { "" };
    shown.push_str(cut_before);
    for &ch in &chars[first..last] {
        match ch {
            '\t' => shown.push_str("    "),
            ch => shown.push(ch),
        }
    }
    if last < chars.len() {
        shown.push_str("...");
    }
    let caret_at = cut_before.len() + columns[start] - columns[first];
    let caret_width = columns[end.min(last.max(start))]
        .saturating_sub(columns[start])
        .max(1);
    (shown, caret_at, caret_width)
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
/// (but the tab, expanded later) and for the bidirectional formatting characters.
fn shown_as(ch: char) -> char {
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
