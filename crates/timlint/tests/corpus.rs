//! The shared corpus, run through the library, one test per fixture (so a failure names it):
//! every fixture under `tests/corpus/<dialect>/<rule-id>/` must give
//! - exactly the diagnostics in its `.expected` file (one JSON object per line: rule,
//!   severity, path, line, column, tencent_code), and
//! - exactly its `.snap` snapshot: the diagnostics as data (message ID, params, help ID,
//!   suggestion) and as the text printer shows them, in English and in Chinese, so that a
//!   change of wording, params or suggestions is a reviewed diff.
//!
//! `TIMLINT_BLESS=1 cargo test -p timlint --test corpus` rewrites both from the current output;
//! review the diff before committing it.

use std::path::Path;

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::json;
use timlint::render::json::JsonDiagnostic;
use timlint::{Dialect, Lang, Report, rules};

mod common;

use common::{corpus_dir, fixtures, options_for, sibling};

/// The stable part of each diagnostic, one JSON line each.
fn project(report: &Report) -> String {
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
                "tencent_code": d.tencent_code.map(|c| c.code),
            })
            .to_string()
                + "\n"
        })
        .collect()
}

/// What a reviewer reads: the input, each diagnostic's data, and the text output in both
/// languages.
fn snapshot(name: &str, bytes: &[u8], report: &Report) -> String {
    const SHOWN: usize = 1500;
    let src = String::from_utf8_lossy(bytes);
    let mut out = format!("# {name}\n\n## input\n");
    match src.char_indices().nth(SHOWN) {
        Some((cut, _)) => {
            out.push_str(&src[..cut]);
            out.push_str(&format!("\n… ({} bytes in all)\n", bytes.len()));
        }
        None => out.push_str(src.trim_end()),
    }
    out.push_str("\n\n## data\n");
    for d in &report.diagnostics {
        out.push_str(&serde_json::to_string(&JsonDiagnostic::data(d)).unwrap());
        out.push('\n');
    }
    let text = std::str::from_utf8(bytes).ok();
    for (title, lang) in [("en", Lang::En), ("zh-CN", Lang::ZhCn)] {
        out.push_str(&format!("\n## text ({title})\n"));
        out.push_str(&timlint::render::text::render(name, text, report, lang));
    }
    out
}

/// Compares `got` with the file at `path`, or writes it when blessing.
fn check_file(path: &Path, got: &str, bless: bool) -> Result<(), Failed> {
    if bless {
        std::fs::write(path, got).map_err(|e| format!("{}: {e}", path.display()))?;
        return Ok(());
    }
    let want = std::fs::read_to_string(path).unwrap_or_default();
    if got == want {
        return Ok(());
    }
    Err(format!(
        "{} differs (TIMLINT_BLESS=1 rewrites it; review the diff)\n--- expected\n{want}--- got\n{got}",
        path.display()
    )
    .into())
}

fn run_fixture(dialect: Dialect, payload: &Path, bless: bool) -> Result<(), Failed> {
    let bytes = std::fs::read(payload).map_err(|e| e.to_string())?;
    let report = timlint::validate_bytes(&bytes, &options_for(dialect, payload));
    fires_its_folders_rule_unless_a_near_miss(payload, &report)?;
    over_the_default_fires_under_it(dialect, payload, &bytes)?;
    let name = payload
        .strip_prefix(corpus_dir())
        .unwrap_or(payload)
        .to_string_lossy()
        .replace('\\', "/");
    check_file(&sibling(payload, "expected"), &project(&report), bless)?;
    check_file(
        &sibling(payload, "snap"),
        &snapshot(&name, &bytes, &report),
        bless,
    )
}

/// A fixture in a rule's folder fires that rule, a near miss (`near-miss-*`) does not: checked
/// on the report itself, so blessing cannot turn a trigger into a valid payload unnoticed (as
/// it did when the Name limit was raised past the fixtures' lengths).
fn fires_its_folders_rule_unless_a_near_miss(
    payload: &Path,
    report: &Report,
) -> Result<(), Failed> {
    let folder = payload
        .parent()
        .and_then(Path::file_name)
        .and_then(|d| d.to_str());
    let Some(rule) = folder.and_then(rules::find) else {
        return Ok(());
    };
    let near_miss = payload
        .file_name()
        .and_then(|f| f.to_str())
        .is_some_and(|f| f.starts_with("near-miss"));
    let fires = report.diagnostics.iter().any(|d| d.rule.id == rule.id);
    match (near_miss, fires) {
        (false, false) => Err(format!("{}: does not fire {}", payload.display(), rule.id).into()),
        (true, true) => {
            Err(format!("{}: a near miss, but fires {}", payload.display(), rule.id).into())
        }
        _ => Ok(()),
    }
}

/// A near miss named `*-over-default` is valid only by its options (a preset with a larger
/// limit): under the default options it fires its folder's rule, so a new default cannot make
/// it pointless unnoticed. (Those fixtures sit at the extended preset's limit, 100 bytes.)
fn over_the_default_fires_under_it(
    dialect: Dialect,
    payload: &Path,
    bytes: &[u8],
) -> Result<(), Failed> {
    let named = payload
        .file_stem()
        .and_then(|f| f.to_str())
        .is_some_and(|f| f.ends_with("-over-default"));
    let folder = payload
        .parent()
        .and_then(Path::file_name)
        .and_then(|d| d.to_str());
    let Some(rule) = folder.and_then(rules::find).filter(|_| named) else {
        return Ok(());
    };
    let options = timlint::Options {
        dialect,
        ..Default::default()
    };
    let report = timlint::validate_bytes(bytes, &options);
    if report.diagnostics.iter().any(|d| d.rule.id == rule.id) {
        return Ok(());
    }
    Err(format!("{}: not over the default, {}", payload.display(), rule.id).into())
}

/// Each rule has, in the folder of every dialect it applies to (its declaration's `dialects`),
/// a fixture that triggers it and a near miss that does not; and no rule fires in a `rest`,
/// `sdk` or `web` fixture of a dialect it does not declare. `auto` only detects one of the
/// three and then checks as it, so only what detection itself adds declares `auto`.
fn every_rule_has_a_trigger_and_a_near_miss() -> Result<(), Failed> {
    let all = fixtures();
    let mut problems = Vec::new();
    for rule in rules::ALL {
        let dialects = rule.dialects;
        if dialects.is_empty() {
            problems.push(format!("{}: declares no dialect", rule.id));
        }
        let marker = format!("\"rule\":\"{}\"", rule.id);
        for &dialect in dialects {
            let mut triggers = false;
            let mut near_miss = false;
            for (_, _, payload) in all
                .iter()
                .filter(|(d, dir, _)| *d == dialect && dir == rule.id)
            {
                let expected =
                    std::fs::read_to_string(sibling(payload, "expected")).unwrap_or_default();
                if expected.contains(&marker) {
                    triggers = true;
                } else {
                    near_miss = true;
                }
            }
            let covered = triggers && near_miss;
            if !covered {
                problems.push(format!(
                    "{}/{} (trigger: {triggers}, near miss: {near_miss})",
                    dialect.as_str(),
                    rule.id
                ));
            }
        }
        for (dialect, _, payload) in &all {
            if *dialect == Dialect::Auto || dialects.contains(dialect) {
                continue;
            }
            let expected =
                std::fs::read_to_string(sibling(payload, "expected")).unwrap_or_default();
            if expected.contains(&marker) {
                problems.push(format!(
                    "{}: fires in {}, a dialect its declaration does not list",
                    rule.id,
                    payload.display()
                ));
            }
        }
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(format!("corpus coverage per dialect: {problems:#?}").into()),
    }
}

/// The folder names are rule IDs, so a fixture can be found from its rule.
fn corpus_folders_are_rule_ids() -> Result<(), Failed> {
    for (_, dir, payload) in fixtures() {
        if rules::find(&dir).is_none() && dir != "valid" && dir != "seed" {
            return Err(format!("{}: `{dir}` is not a rule ID", payload.display()).into());
        }
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let bless = std::env::var_os("TIMLINT_BLESS").is_some();
    let all = fixtures();
    assert!(all.len() > 50, "the corpus looks empty");
    let mut trials: Vec<Trial> = all
        .into_iter()
        .map(|(dialect, _, payload)| {
            let name = payload
                .strip_prefix(corpus_dir())
                .unwrap_or(&payload)
                .to_string_lossy()
                .replace('\\', "/");
            Trial::test(name, move || run_fixture(dialect, &payload, bless))
        })
        .collect();
    trials.push(Trial::test(
        "every_rule_has_a_trigger_and_a_near_miss",
        every_rule_has_a_trigger_and_a_near_miss,
    ));
    trials.push(Trial::test(
        "corpus_folders_are_rule_ids",
        corpus_folders_are_rule_ids,
    ));
    libtest_mimic::run(&args, trials).exit();
}
