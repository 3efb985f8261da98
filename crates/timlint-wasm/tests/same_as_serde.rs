//! The module's results, written without serde_json, are byte for byte what the serde
//! version of this crate returned: `validateJson` and `toRestJson` over every corpus case in
//! both languages, `limitsJson` over the corpus options.

use std::path::PathBuf;

use serde::Serialize;
use timlint::render::json::JsonReport;
use timlint::{Options, RestBody};
use timlint_wasm::{limits_json, to_rest_json, validate_json};

#[path = "../../timlint/tests/common/mod.rs"]
mod common;

/// The former `toRest` result type, serialized with serde_json as before.
#[derive(Serialize)]
struct RestConversion<'r> {
    ok: bool,
    body: Option<&'r RestBody>,
    dropped: Vec<&'r timlint::Message>,
    report: JsonReport<'r>,
}

/// (payload path, text, options JSON with the dialect of its folder).
fn corpus() -> Vec<(PathBuf, String, serde_json::Value)> {
    let mut out = Vec::new();
    for (dialect, _, f) in common::fixtures() {
        let Ok(src) = std::fs::read_to_string(&f) else {
            continue; // not UTF-8: a JS string cannot carry it
        };
        let options = std::fs::read_to_string(common::sibling(&f, "options.json"))
            .unwrap_or_else(|_| "{}".to_string());
        let mut value: serde_json::Value = serde_json::from_str(&options).unwrap();
        value["dialect"] = dialect.as_str().into();
        out.push((f, src, value));
    }
    assert!(out.len() > 50, "the corpus looks empty");
    out
}

#[test]
fn validate_and_to_rest_are_what_serde_json_wrote() {
    for (path, src, options) in corpus() {
        for lang in ["en", "zh-CN"] {
            let mut o = options.clone();
            o["lang"] = lang.into();
            let options = o.to_string();
            let opts: Options = serde_json::from_str(&options).unwrap();

            let report = timlint::validate(&src, &opts);
            let want = serde_json::to_string(&JsonReport::data(None, &report)).unwrap();
            assert_eq!(
                validate_json(src.as_bytes(), &options).unwrap(),
                want,
                "{}",
                path.display()
            );

            let c = timlint::to_rest(&src, &opts);
            let want = serde_json::to_string(&RestConversion {
                ok: c.body.is_some(),
                body: c.body.as_ref(),
                dropped: c.dropped.iter().collect(),
                report: JsonReport::data(None, &c.report),
            })
            .unwrap();
            assert_eq!(
                to_rest_json(src.as_bytes(), &options).unwrap(),
                want,
                "{}",
                path.display()
            );

            let want = serde_json::to_string(&opts.resolved_limits()).unwrap();
            assert_eq!(limits_json(&options).unwrap(), want, "{}", path.display());
        }
    }
}
