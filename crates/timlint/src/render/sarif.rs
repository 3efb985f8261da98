//! SARIF 2.1.0, for code-scanning dashboards (GitHub, GitLab, Azure DevOps).

use serde_json::{Value, json};

use crate::{Lang, Report, Severity, rules};

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
            json!({
                "id": r.id,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.doc },
                "defaultConfiguration": { "level": level(r.severity) },
                "properties": { "tencentCode": r.tencent_code },
            })
        })
        .collect();
    let mut results = Vec::new();
    for (file, report) in inputs {
        for d in &report.diagnostics {
            let mut region = json!({});
            if let (Some(l), Some(c)) = (d.line, d.column) {
                region = json!({ "startLine": l, "startColumn": c });
            }
            let mut message = d.message.get(lang).to_string();
            if let Some(h) = &d.help {
                message.push_str(" — ");
                message.push_str(h.get(lang));
            }
            results.push(json!({
                "ruleId": d.rule.id,
                "ruleIndex": rules::ALL.iter().position(|r| std::ptr::eq(*r, d.rule)),
                "level": level(d.severity),
                "message": { "text": message },
                "locations": [{
                    "physicalLocation": { "artifactLocation": { "uri": file }, "region": region },
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
