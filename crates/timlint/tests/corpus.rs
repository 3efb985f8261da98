//! The shared corpus, run through the library: every fixture under
//! `tests/corpus/<dialect>/<rule-id>/` must give exactly the diagnostics in its `.expected`
//! file (one JSON object per line: rule, severity, path, line, column, tencent_code).
//!
//! `TIMLINT_BLESS=1 cargo test --test corpus` rewrites the `.expected` files from the current
//! output; review the diff before committing it.

use serde_json::json;
use timlint::rules;

mod common;

use common::{fixtures, options_for, sibling};

/// The stable part of each diagnostic, one JSON line each.
fn project(report: &timlint::Report) -> String {
    report
        .diagnostics
        .iter()
        .map(|d| {
            json!({
                "rule": d.rule.id,
                "severity": d.severity.as_str(),
                "path": d.pointer,
                "line": d.line,
                "column": d.column,
                "tencent_code": d.tencent_code,
            })
            .to_string()
                + "\n"
        })
        .collect()
}

#[test]
fn every_fixture_gives_its_expected_diagnostics() {
    let bless = std::env::var_os("TIMLINT_BLESS").is_some();
    let mut failures = Vec::new();
    let all = fixtures();
    assert!(all.len() > 50, "the corpus looks empty");
    for (dialect, _, payload) in &all {
        let bytes = std::fs::read(payload).unwrap();
        let report = timlint::validate_bytes(&bytes, &options_for(*dialect, payload));
        let got = project(&report);
        let expected_path = sibling(payload, "expected");
        if bless {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != want {
            failures.push(format!(
                "{}\n--- expected\n{want}--- got\n{got}",
                payload.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixtures differ:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Each rule has, in at least one dialect's folder for it, a fixture that triggers it and a
/// near miss that does not.
#[test]
fn every_rule_has_a_trigger_and_a_near_miss() {
    let all = fixtures();
    let mut missing = Vec::new();
    for rule in rules::ALL {
        let mut triggers = false;
        let mut near_miss = false;
        for (_, dir, payload) in all.iter().filter(|(_, dir, _)| dir == rule.id) {
            let _ = dir;
            let expected =
                std::fs::read_to_string(sibling(payload, "expected")).unwrap_or_default();
            if expected.contains(&format!("\"rule\":\"{}\"", rule.id)) {
                triggers = true;
            } else {
                near_miss = true;
            }
        }
        if !(triggers && near_miss) {
            missing.push(format!(
                "{} (trigger: {triggers}, near miss: {near_miss})",
                rule.id
            ));
        }
    }
    assert!(
        missing.is_empty(),
        "rules without both fixtures: {missing:#?}"
    );
}

/// The folder names are rule IDs, so a fixture can be found from its rule.
#[test]
fn corpus_folders_are_rule_ids() {
    for (_, dir, payload) in fixtures() {
        assert!(
            rules::find(&dir).is_some() || dir == "valid" || dir == "seed",
            "{}: `{dir}` is not a rule ID",
            payload.display()
        );
    }
}
