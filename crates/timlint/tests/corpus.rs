//! The shared corpus, run through the library: every fixture under
//! `tests/corpus/<dialect>/<rule-id>/` must give exactly the diagnostics in its `.expected`
//! file (one JSON object per line: rule, severity, path, line, column, tencent_code).
//!
//! `TIMLINT_BLESS=1 cargo test --test corpus` rewrites the `.expected` files from the current
//! output; review the diff before committing it.

use std::path::{Path, PathBuf};

use serde_json::json;
use timlint::{Dialect, Options, rules};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

/// Every fixture: (dialect, rule directory, payload path).
fn fixtures() -> Vec<(Dialect, String, PathBuf)> {
    let mut out = Vec::new();
    for d in std::fs::read_dir(corpus_dir()).expect("tests/corpus exists") {
        let d = d.unwrap().path();
        let dialect =
            Dialect::parse(d.file_name().unwrap().to_str().unwrap()).expect("dialect directory");
        for r in std::fs::read_dir(&d).unwrap() {
            let r = r.unwrap().path();
            let rule = r.file_name().unwrap().to_str().unwrap().to_string();
            for f in std::fs::read_dir(&r).unwrap() {
                let f = f.unwrap().path();
                let name = f.file_name().unwrap().to_str().unwrap();
                if is_payload(name) {
                    out.push((dialect, rule.clone(), f));
                }
            }
        }
    }
    out.sort_by(|a, b| a.2.cmp(&b.2));
    out
}

fn is_payload(name: &str) -> bool {
    (name.ends_with(".json") && !name.ends_with(".options.json"))
        || name.ends_with(".jsonc")
        || name.ends_with(".txt")
}

fn sibling(payload: &Path, ext: &str) -> PathBuf {
    let name = payload.file_name().unwrap().to_str().unwrap();
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    payload.with_file_name(format!("{stem}.{ext}"))
}

fn options_for(dialect: Dialect, payload: &Path) -> Options {
    let path = sibling(payload, "options.json");
    let mut opts: Options = match std::fs::read_to_string(&path) {
        Ok(text) => {
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        }
        Err(_) => Options::default(),
    };
    opts.dialect = dialect;
    opts
}

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
