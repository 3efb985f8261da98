//! Arbitrary bytes through `validate_bytes` in every dialect, and every printer on the reports.
//! Checks invariants that must hold for any input, not only "no panic".
#![no_main]

use libfuzzer_sys::fuzz_target;
use timlint::render::{json::JsonReport, sarif, text};
use timlint::{Dialect, Lang, Options, Validator};

fuzz_target!(|data: &[u8]| {
    let src = std::str::from_utf8(data).ok();
    for dialect in [Dialect::Rest, Dialect::Sdk, Dialect::Web, Dialect::Auto] {
        let opts = Options {
            dialect,
            ..Options::default()
        };
        let report = timlint::validate_bytes(data, &opts);
        // A reused validator must give the same verdict as a fresh one.
        let mut v = Validator::new(opts.clone());
        let _ = v.validate(r#"{"Type": "Public", "Name": "warm"}"#);
        assert_eq!(v.validate_bytes(data), report, "reused validator differs");
        if dialect != Dialect::Auto {
            assert_eq!(report.dialect, dialect);
        }
        assert!(report.diagnostics.len() <= opts.max_diagnostics);
        for d in &report.diagnostics {
            if let (Some(s), Some(src)) = (d.span, src) {
                assert!(
                    s.0 <= s.1 && s.1 <= src.len(),
                    "span {s:?} outside the input"
                );
                assert!(src.is_char_boundary(s.0) && src.is_char_boundary(s.1));
            }
            assert!(
                d.pointer.is_empty() || d.pointer.starts_with('/'),
                "pointer {:?}",
                d.pointer
            );
        }
        for lang in [Lang::En, Lang::ZhCn] {
            let _ = text::render("fuzz.json", src, &report, lang);
            let j = serde_json::to_string(&JsonReport::new(Some("fuzz.json"), &report, lang))
                .expect("JSON report serializes");
            let back: serde_json::Value = serde_json::from_str(&j).expect("JSON report parses");
            assert_eq!(back["valid"], report.valid());
            let s = sarif::render([("fuzz.json", &report)], lang);
            let n = s["runs"][0]["results"].as_array().map_or(0, Vec::len);
            assert_eq!(n, report.diagnostics.len());
        }
    }
});
