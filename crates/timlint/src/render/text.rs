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
    let _ = writeln!(out, "{sev}[{}]: {}", d.rule.id, d.message.get(lang));
    let (line, col) = (d.line.unwrap_or(1), d.column.unwrap_or(1));
    let _ = writeln!(out, "  --> {file}:{line}:{col}");
    let gutter = line.to_string().len();
    if let (Some(src), Some(l), Some(c)) = (src, d.line, d.column) {
        if let Some(text) = src.lines().nth(l as usize - 1) {
            let text = text.trim_end_matches('\r');
            let start = c as usize - 1;
            let line_chars = text.chars().count();
            let span_chars = d
                .span
                .map(|(s, e)| {
                    src.get(s..e)
                        .unwrap_or("")
                        .chars()
                        .take_while(|&ch| ch != '\n')
                        .count()
                })
                .unwrap_or(1)
                .clamp(1, line_chars.saturating_sub(start).max(1));
            let pad = " ".repeat(gutter);
            let _ = writeln!(out, "{pad} |");
            let _ = writeln!(out, "{l} | {text}");
            let _ = writeln!(
                out,
                "{pad} | {}{}",
                " ".repeat(start),
                "^".repeat(span_chars)
            );
        }
    }
    let pad = " ".repeat(gutter);
    let path = if d.pointer.is_empty() {
        "(root)"
    } else {
        &d.pointer
    };
    let _ = match (d.tencent_code, lang) {
        (Some(code), Lang::En) => {
            writeln!(out, "{pad} = at {path}; the server would answer {code}")
        }
        (Some(code), Lang::ZhCn) => writeln!(out, "{pad} = 位置 {path}；服务器将返回错误码 {code}"),
        (None, Lang::En) => writeln!(out, "{pad} = at {path}"),
        (None, Lang::ZhCn) => writeln!(out, "{pad} = 位置 {path}"),
    };
    if let Some(help) = &d.help {
        let label = if lang == Lang::En { "help" } else { "帮助" };
        let _ = writeln!(out, "{pad} = {label}: {}", help.get(lang));
    }
    out.push('\n');
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
