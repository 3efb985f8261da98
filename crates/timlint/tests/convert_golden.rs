//! Golden conversions: each SDK and Web payload under `tests/convert/` (`<name>.sdk.json`,
//! `<name>.web.json`) must convert to exactly the REST body checked in beside it
//! (`<name>.<dialect>.rest.json`, byte for byte what `timlint convert` prints) and drop exactly
//! the notes in `<name>.<dialect>.dropped.txt`. Together the payloads of a dialect set every
//! field of it that has a REST equivalent, so a field the converter forgets to write fails here.
//!
//! `TIMLINT_BLESS=1 cargo test -p timlint --test convert_golden` rewrites the golden files
//! from the current output; review the diff before committing it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;
use timlint::model::{GROUP_FIELDS, KV_FIELDS, MEMBER_FIELDS};
use timlint::{Dialect, Lang, Options};

fn convert_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/convert")
}

/// Every source payload: (dialect, path), sorted.
fn sources() -> Vec<(Dialect, PathBuf)> {
    let mut out: Vec<_> = std::fs::read_dir(convert_dir())
        .expect("tests/convert exists")
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_string();
            let dialect = match name.strip_suffix(".json")?.rsplit_once('.')?.1 {
                "sdk" => Dialect::Sdk,
                "web" => Dialect::Web,
                _ => return None,
            };
            Some((dialect, p))
        })
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

/// `public.sdk.json` → `public.sdk.<ext>`.
fn golden(source: &Path, ext: &str) -> PathBuf {
    let name = source.file_name().unwrap().to_str().unwrap();
    source.with_file_name(format!("{}.{ext}", name.strip_suffix(".json").unwrap()))
}

fn check(path: &Path, got: &str, bless: bool, failures: &mut Vec<String>) {
    if bless {
        std::fs::write(path, got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(path).unwrap_or_default();
    if got != want {
        failures.push(format!(
            "{} differs (TIMLINT_BLESS=1 rewrites it; review the diff)\n--- expected\n{want}--- got\n{got}",
            path.display()
        ));
    }
}

#[test]
fn sdk_and_web_payloads_convert_to_the_golden_rest_bodies() {
    let bless = std::env::var_os("TIMLINT_BLESS").is_some();
    let all = sources();
    assert!(
        all.iter().any(|s| s.0 == Dialect::Sdk) && all.iter().any(|s| s.0 == Dialect::Web),
        "tests/convert needs SDK and Web payloads"
    );
    let mut failures = Vec::new();
    for (dialect, source) in &all {
        let src = std::fs::read_to_string(source).unwrap();
        let opts = Options {
            dialect: *dialect,
            ..Options::default()
        };
        let c = timlint::to_rest(&src, &opts);
        let Some(body) = c.body else {
            failures.push(format!(
                "{}: did not convert: {:#?}",
                source.display(),
                c.report.diagnostics
            ));
            continue;
        };
        let json = body.to_json() + "\n";
        check(&golden(source, "rest.json"), &json, bless, &mut failures);
        let dropped: String = c.dropped.iter().map(|m| m.text(Lang::En) + "\n").collect();
        check(
            &golden(source, "dropped.txt"),
            &dropped,
            bless,
            &mut failures,
        );
        // The body is itself a REST payload without errors, as text and as the typed request,
        // and its compact form says the same.
        let rest = Options::default();
        let report = timlint::validate(&json, &rest);
        if !report.valid() || !body.validate(&rest).valid() {
            failures.push(format!(
                "{}: the REST body has errors: {:#?}",
                source.display(),
                report.diagnostics
            ));
        }
        let pretty: Value = serde_json::from_str(&json).unwrap();
        let compact: Value = serde_json::from_str(&body.to_json_compact()).unwrap();
        if pretty != compact {
            failures.push(format!("{}: to_json_compact differs", source.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The REST names of the fields a dialect can spell, in a field table: the set the golden
/// bodies of that dialect must cover (the owner is never converted: the SDKs use the caller).
fn convertible<const N: usize>(table: &[timlint::model::FieldSpec; N], d: Dialect) -> Vec<&str> {
    table
        .iter()
        .filter(|s| s.name(d).is_some())
        .filter_map(|s| s.name(Dialect::Rest))
        .filter(|&n| n != "Owner_Account")
        .collect()
}

/// Collects every key of the REST body, at every depth.
fn keys(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                out.insert(k.clone());
                keys(v, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| keys(v, out)),
        _ => {}
    }
}

#[test]
fn golden_bodies_set_every_field_a_dialect_can_convert() {
    for dialect in [Dialect::Sdk, Dialect::Web] {
        let mut seen = BTreeSet::new();
        for (_, source) in sources().into_iter().filter(|s| s.0 == dialect) {
            let text = std::fs::read_to_string(golden(&source, "rest.json"))
                .unwrap_or_else(|e| panic!("{}: {e}", source.display()));
            keys(&serde_json::from_str(&text).unwrap(), &mut seen);
        }
        let mut want = convertible(&GROUP_FIELDS.specs, dialect);
        want.extend(convertible(&MEMBER_FIELDS.specs, dialect));
        want.extend(convertible(&KV_FIELDS.specs, dialect));
        let missing: Vec<_> = want.iter().filter(|n| !seen.contains(**n)).collect();
        assert!(
            missing.is_empty(),
            "no golden {} conversion sets {missing:?}: add it to a payload in tests/convert/",
            dialect.as_str()
        );
    }
}
