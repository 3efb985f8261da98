//! Inputs the fuzz targets (fuzz/, `scripts/fuzz`) found, kept as tests. Each names the target
//! that found it and the invariant it broke.

use timlint::{Dialect, Options};

/// fuzz target `convert`: a payload that starts with a UTF-8 byte-order mark is valid (the BOM
/// is a warning) but `to_rest` gave no body, because the body is re-read with
/// `serde_json::from_str`, which refuses the BOM. `timlint convert` then said "not converted:
/// the payload has errors" and exited 1 while listing no error.
#[test]
fn convert_a_valid_payload_with_a_bom() {
    let src = "\u{feff}{\"Type\": \"Public\", \"Name\": \"x\"}\n";
    for dialect in [Dialect::Rest, Dialect::Auto] {
        let c = timlint::to_rest(
            src,
            &Options {
                dialect,
                ..Options::default()
            },
        );
        assert!(c.report.valid(), "{:?}", c.report.diagnostics);
        let body = c.body.expect("a valid payload converts");
        let body = body.create_group().expect("create_group");
        assert_eq!(
            (body.group_type.rest(), body.name.as_str()),
            ("Public", "x")
        );
    }
    let sdk = "\u{feff}{\"groupType\": \"Work\", \"groupName\": \"x\"}";
    let c = timlint::to_rest(
        sdk,
        &Options {
            dialect: Dialect::Sdk,
            ..Options::default()
        },
    );
    assert_eq!(c.body.is_some(), c.report.valid());
}

/// fuzz target `convert`: an ignored (unknown) field holding a number too large for an f64 is
/// valid JSON and only an `unknown-field` warning, but the body was re-read with serde_json,
/// which refuses such numbers, so no body came back. Conversion now reads the validator's own
/// parse.
#[test]
fn convert_a_valid_payload_with_a_huge_number_in_an_unknown_field() {
    let src = r#"{"Type": "Public", "Name": "x", "MaxMemberCtonu": 9999999999999999e99999}"#;
    let c = timlint::to_rest(src, &Options::default());
    assert!(c.report.valid(), "{:?}", c.report.diagnostics);
    let body = c.body.expect("a valid payload converts");
    let body = body.create_group().expect("create_group");
    assert_eq!(
        (body.group_type.rest(), body.name.as_str()),
        ("Public", "x")
    );
    assert!(
        c.dropped
            .iter()
            .any(|t| t.text(timlint::Lang::En).contains("MaxMemberCtonu"))
    );
}
