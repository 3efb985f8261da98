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

/// Dialect sets for [`APPLIES`].
const REST: &[Dialect] = &[Dialect::Rest];
const SDK: &[Dialect] = &[Dialect::Sdk];
const AUTO: &[Dialect] = &[Dialect::Auto];
const REST_WEB: &[Dialect] = &[Dialect::Rest, Dialect::Web];
const REST_SDK: &[Dialect] = &[Dialect::Rest, Dialect::Sdk];
const ALL3: &[Dialect] = &[Dialect::Rest, Dialect::Sdk, Dialect::Web];

/// Which dialects each rule applies to: each of them must have, in its own folder
/// `tests/corpus/<dialect>/<rule-id>/`, a fixture that triggers the rule and a near miss that
/// does not. `auto` only detects one of the three and then checks as it, so only what detection
/// itself adds is required there (fixtures for other rules in `auto/` are welcome, not required).
/// A rule seen firing in a `rest`, `sdk` or `web` fixture must list that dialect here: the
/// table and the corpus check each other.
const APPLIES: &[(&str, &[Dialect])] = &[
    // Shape: the parser, the limits and the reader run before and whatever the dialect; each
    // dialect still gets its fixtures, since what is checked after a comment, a BOM or a
    // repeated key is read in that dialect's field names.
    ("invalid-json", ALL3),
    ("json-comments", ALL3),
    ("not-an-object", ALL3),
    ("wrong-type", ALL3),
    ("missing-required", ALL3),
    ("unknown-field", ALL3),
    ("duplicate-key", ALL3),
    // Only `auto` can see two dialects' spellings in one payload.
    ("mixed-dialect", AUTO),
    ("byte-order-mark", ALL3),
    ("input-too-large", ALL3),
    ("too-deep", ALL3),
    // Only the SDK has fields the REST body cannot carry (`isAllMuted`).
    ("no-rest-equivalent", SDK),
    // Group type and options: every dialect has a type, both join options and the topic flag.
    ("unknown-group-type", ALL3),
    // The Web SDK refuses `BChatRoom` before sending (2600: `unknown-group-type` there).
    ("deprecated-group-type", REST_SDK),
    // `Work` / `Meeting` are the SDK's own names and unknown to the Web SDK; only a REST body
    // written with them is read (with the page's spelling suggested).
    ("group-type-spelling", REST),
    ("type-not-in-plan", ALL3),
    ("invalid-apply-join-option", ALL3),
    ("ineffective-apply-join-option", ALL3),
    ("invalid-invite-join-option", ALL3),
    ("invite-option-not-supported", ALL3),
    ("topic-requires-community", ALL3),
    // Text: name, introduction, notification and avatar exist in every dialect.
    ("too-many-bytes", ALL3),
    ("empty-name", ALL3),
    ("face-url-scheme", ALL3),
    // IDs and accounts: the group ID and the members' IDs exist in every dialect (the owner,
    // `Owner_Account`, only in REST: the SDKs make the caller the owner).
    ("group-id-charset", ALL3),
    ("empty-group-id", ALL3),
    ("group-id-too-long", ALL3),
    ("group-id-reserved-prefix", ALL3),
    ("community-group-id-prefix", ALL3),
    ("account-too-long", ALL3),
    ("account-charset", ALL3),
    // Members: every dialect lists members with roles; only REST names an owner; the SDK has
    // no member cap field, but its members still count against the type's default cap.
    ("too-many-members", ALL3),
    // The newer REST page's 100; the Web SDK sends to the same server command. The SDK's own
    // cap is 20 (`too-many-members`).
    ("member-list-over-newer-cap", REST_WEB),
    ("members-not-allowed", ALL3),
    ("duplicate-member", ALL3),
    ("owner-in-member-list", REST),
    ("invalid-member-role", ALL3),
    ("admin-role-in-work-group", ALL3),
    // SDK `maxMemberCount` (V2TimGroupCreateParam, sheet 9F), REST and Web alike.
    ("max-member-count-range", ALL3),
    ("exceeds-max-member-count", ALL3),
    // Custom data: `AppDefinedData` / `AppMemberDefinedData` in REST, `groupCustomField` /
    // `memberCustomField` in Web; the SDK's create-group parameters have none.
    ("too-many-custom-fields", REST_WEB),
    ("custom-key-invalid", REST_WEB),
    ("duplicate-custom-key", REST_WEB),
    ("custom-value-too-long", REST_WEB),
    // The Web SDK drops an AVChatRoom's whole member list (sheet 9A), custom data and all.
    ("member-custom-data-not-allowed", REST),
    ("unconfigured-custom-key", REST_WEB),
];

/// (rule, dialect) pairs excused from [`APPLIES`] for now: their SDK / Web semantics are being
/// changed on another branch, and the fixtures come with issue #16 (remove each pair as its
/// fixtures land).
const PENDING: &[(&str, Dialect)] = &[];

/// Each rule has, in the folder of every dialect it applies to (see [`APPLIES`]), a fixture
/// that triggers it and a near miss that does not; and no rule fires in a `rest`, `sdk` or
/// `web` fixture unless the table says it applies there.
fn every_rule_has_a_trigger_and_a_near_miss() -> Result<(), Failed> {
    let all = fixtures();
    let mut problems = Vec::new();
    for (id, _) in APPLIES {
        if rules::find(id).is_none() {
            problems.push(format!("{id}: in APPLIES but not a rule"));
        }
    }
    for rule in rules::ALL {
        let Some((_, dialects)) = APPLIES.iter().find(|(id, _)| *id == rule.id) else {
            problems.push(format!(
                "{}: not in APPLIES; say which dialects it applies to",
                rule.id
            ));
            continue;
        };
        let marker = format!("\"rule\":\"{}\"", rule.id);
        for &dialect in *dialects {
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
            if !covered && !PENDING.contains(&(rule.id, dialect)) {
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
                    "{}: fires in {}, which APPLIES does not list for it",
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
