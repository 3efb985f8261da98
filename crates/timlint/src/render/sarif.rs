//! SARIF 2.1.0, for code-scanning dashboards (GitHub, GitLab, Azure DevOps).

use serde_json::{Value, json};

use crate::diagnostic::{Diagnostic, placeholders, render as fill};
use crate::{Lang, Report, Severity, rules};

/// A template in SARIF's form: named placeholders become `{0}`, `{1}`, … in order.
fn sarif_text(template: &str) -> String {
    let mut text = template.to_string();
    for (i, p) in placeholders(template).iter().enumerate() {
        text = text.replace(&format!("{{{p}}}"), &format!("{{{i}}}"));
    }
    text
}

/// A diagnostic's message as SARIF arguments: each placeholder of its template, rendered.
fn arguments(d: &Diagnostic, lang: Lang) -> Vec<String> {
    let template = d.message.text(lang);
    placeholders(template)
        .iter()
        .map(|p| {
            fill(
                &format!("{{{p}}}"),
                &d.params,
                d.suggestion.as_deref(),
                lang,
            )
        })
        .collect()
}

/// The most results one log carries (GitHub code scanning's limit for a run); past it,
/// results are counted and the log says how many were left out.
pub const MAX_RESULTS: usize = 25_000;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A SARIF log written as it goes, in bounded memory: [`SarifWriter::start`] writes the tool
/// and its rules, [`SarifWriter::report`] each input's results (nothing is kept of them), and
/// [`SarifWriter::finish`] closes the log, noting what the caps left out.
pub struct SarifWriter {
    lang: Lang,
    max_results: usize,
    results: usize,
    /// Results past `max_results`, and diagnostics the per-payload cap left out.
    over: usize,
    capped: usize,
}

impl SarifWriter {
    /// A writer with messages in `lang` and at most `max_results` results in all.
    pub fn new(lang: Lang, max_results: usize) -> Self {
        SarifWriter {
            lang,
            max_results,
            results: 0,
            over: 0,
            capped: 0,
        }
    }

    /// Everything before the first result.
    pub fn start(&mut self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let lang = self.lang;
        let rules: Vec<Value> = rules::ALL
            .iter()
            .map(|r| {
                let strings: serde_json::Map<String, Value> = r
                    .templates
                    .iter()
                    .filter(|t| !t.id.ends_with("help"))
                    .map(|t| {
                        (
                            t.id.to_string(),
                            json!({ "text": sarif_text(t.text(lang)) }),
                        )
                    })
                    .collect();
                json!({
                    "id": r.id,
                    "shortDescription": { "text": rules::doc_text(r.summary) },
                    "fullDescription": { "text": rules::doc_text(r.doc) },
                    "messageStrings": strings,
                    "defaultConfiguration": { "level": level(r.severity) },
                    "properties": {
                        "tencentCode": r.tencent_code.map(|c| c.code),
                        "answeredBy": r.tencent_code.map(|c| c.by.as_str()),
                    },
                })
            })
            .collect();
        let tool = json!({ "driver": {
            "name": "timlint",
            "version": env!("CARGO_PKG_VERSION"),
            "rules": rules,
        }});
        out.write_all(
            b"{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{\"tool\":",
        )?;
        serde_json::to_writer(&mut *out, &tool)?;
        out.write_all(b",\"columnKind\":\"unicodeCodePoints\",\"results\":[")
    }

    /// One input's results (`file` is its URI).
    pub fn report(
        &mut self,
        out: &mut dyn std::io::Write,
        file: &str,
        report: &Report,
    ) -> std::io::Result<()> {
        self.capped += report.omitted;
        for d in &report.diagnostics {
            if self.results == self.max_results {
                self.over += 1;
                continue;
            }
            out.write_all(if self.results == 0 { b"\n" } else { b",\n" })?;
            serde_json::to_writer(&mut *out, &result(file, d, self.lang))?;
            self.results += 1;
        }
        Ok(())
    }

    /// Closes the log: the invocation, with a note of what the caps left out.
    pub fn finish(&mut self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let mut notes = Vec::new();
        if self.over > 0 {
            let text = format!(
                "{} more results left out: a log carries at most {} (GitHub code scanning's limit)",
                self.over, self.max_results
            );
            notes.push(json!({ "level": "warning", "message": { "text": text } }));
        }
        if self.capped > 0 {
            let text = format!(
                "{} diagnostics left out by the per-payload cap (option maxDiagnostics)",
                self.capped
            );
            notes.push(json!({ "level": "warning", "message": { "text": text } }));
        }
        let mut invocation = json!({ "executionSuccessful": true });
        if !notes.is_empty() {
            invocation["toolExecutionNotifications"] = Value::Array(notes);
        }
        out.write_all(b"\n],\"invocations\":[")?;
        serde_json::to_writer(&mut *out, &invocation)?;
        out.write_all(b"]}]}\n")
    }
}

/// One diagnostic as a SARIF result.
fn result(file: &str, d: &Diagnostic, lang: Lang) -> Value {
    let mut message = d.message_text(lang);
    if let Some(h) = d.help_text(lang) {
        message.push_str(" — ");
        message.push_str(&h);
    }
    let mut physical = json!({ "artifactLocation": { "uri": file } });
    if let (Some(l), Some(c)) = (d.line, d.column) {
        physical["region"] = json!({ "startLine": l, "startColumn": c });
    }
    let mut result = json!({
        "ruleId": d.rule.id,
        "ruleIndex": rules::ALL.iter().position(|r| std::ptr::eq(*r, d.rule)),
        "level": level(d.severity),
        "message": { "text": message, "id": d.message.id, "arguments": arguments(d, lang) },
        "locations": [{
            "physicalLocation": physical,
            "logicalLocations": [{ "fullyQualifiedName": d.pointer, "kind": "element" }],
        }],
        "properties": {
            "tencentCode": d.tencent_code.map(|c| c.code),
            "answeredBy": d.tencent_code.map(|c| c.by.as_str()),
            "pointer": d.pointer,
        },
    });
    if let Some(fix) = &d.fix {
        let (start, end) = fix.span;
        result["fixes"] = json!([{
            "description": { "text": d.help_text(lang).unwrap_or_default() },
            "artifactChanges": [{
                "artifactLocation": { "uri": file },
                "replacements": [{
                    "deletedRegion": { "byteOffset": start, "byteLength": end - start },
                    "insertedContent": { "text": fix.replacement },
                }],
            }],
            "properties": { "applicability": fix.applicability.as_str() },
        }]);
    }
    result
}

/// One SARIF log for all inputs, `(file URI, report)` pairs, as a value (what
/// [`SarifWriter`] writes).
pub fn render<'r>(inputs: impl IntoIterator<Item = (&'r str, &'r Report)>, lang: Lang) -> Value {
    let mut out = Vec::new();
    let mut w = SarifWriter::new(lang, MAX_RESULTS);
    // Writing to a Vec cannot fail, and what is written is JSON.
    let _ = w.start(&mut out);
    for (file, report) in inputs {
        let _ = w.report(&mut out, file, report);
    }
    let _ = w.finish(&mut out);
    serde_json::from_slice(&out).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_log_past_its_cap_says_how_many_results_it_left_out() {
        let r = crate::validate(r#"{"a": 1, "b": 2, "c": 3}"#, &crate::Options::default());
        let n = r.diagnostics.len();
        let mut out = Vec::new();
        let mut w = SarifWriter::new(Lang::En, n + 1);
        w.start(&mut out).unwrap();
        w.report(&mut out, "a.json", &r).unwrap();
        w.report(&mut out, "b.json", &r).unwrap();
        w.finish(&mut out).unwrap();
        let log: Value = serde_json::from_slice(&out).unwrap();
        let run = &log["runs"][0];
        assert_eq!(run["results"].as_array().unwrap().len(), n + 1);
        let note = &run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"];
        assert!(
            note.as_str()
                .unwrap()
                .starts_with(&format!("{} more results", n - 1)),
            "{note}"
        );
        // Under the cap: no note.
        let log = render([("a.json", &r)], Lang::En);
        assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), n);
        assert!(log["runs"][0]["invocations"][0]["toolExecutionNotifications"].is_null());
    }

    #[test]
    fn a_fix_is_a_replacement_of_bytes() {
        let src = r#"{"Type": "Publich", "Name": "x"}"#;
        let r = crate::validate(src, &crate::Options::default());
        let log = render([("a.json", &r)], Lang::En);
        let fix = &log["runs"][0]["results"][0]["fixes"][0];
        let change = &fix["artifactChanges"][0];
        assert_eq!(change["artifactLocation"]["uri"], "a.json");
        let replacement = &change["replacements"][0];
        assert_eq!(
            replacement["deletedRegion"],
            json!({ "byteOffset": 9, "byteLength": 9 })
        );
        assert_eq!(&src[9..18], "\"Publich\"");
        assert_eq!(replacement["insertedContent"]["text"], "\"Public\"");
        assert_eq!(fix["properties"]["applicability"], "safe");
    }
}
