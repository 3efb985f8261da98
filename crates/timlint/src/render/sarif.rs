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

/// One SARIF log for all inputs: `(file, report)` pairs.
pub fn render<'r>(inputs: impl IntoIterator<Item = (&'r str, &'r Report)>, lang: Lang) -> Value {
    let level = |s: Severity| match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    };
    let rules: Vec<Value> = rules::ALL
        .iter()
        .map(|r| {
            let prefix = format!("{}.", r.id);
            let strings: serde_json::Map<String, Value> = super::templates()
                .filter(|t| t.id == r.id || t.id.starts_with(&prefix))
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
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.doc },
                "messageStrings": strings,
                "defaultConfiguration": { "level": level(r.severity) },
                "properties": { "tencentCode": r.tencent_code },
            })
        })
        .collect();
    let mut results = Vec::new();
    for (file, report) in inputs {
        for d in &report.diagnostics {
            let mut message = d.message_text(lang);
            if let Some(h) = d.help_text(lang) {
                message.push_str(" — ");
                message.push_str(&h);
            }
            let mut physical = json!({ "artifactLocation": { "uri": file } });
            if let (Some(l), Some(c)) = (d.line, d.column) {
                physical["region"] = json!({ "startLine": l, "startColumn": c });
            }
            results.push(json!({
                "ruleId": d.rule.id,
                "ruleIndex": rules::ALL.iter().position(|r| std::ptr::eq(*r, d.rule)),
                "level": level(d.severity),
                "message": { "text": message, "id": d.message.id, "arguments": arguments(d, lang) },
                "locations": [{
                    "physicalLocation": physical,
                    "logicalLocations": [{ "fullyQualifiedName": d.pointer, "kind": "element" }],
                }],
                "properties": { "tencentCode": d.tencent_code, "pointer": d.pointer },
            }));
        }
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "timlint",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}
