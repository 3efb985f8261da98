//! Hostile and malformed input through the library: every case gives its diagnostic and none
//! panics. Assertions are on rule IDs and pointers, never on message wording. Also the three
//! guards (`maxInputBytes`, `maxDepth`, `maxDiagnostics`) at their edge and one past it.

use std::time::{Duration, Instant};

use timlint::{Dialect, Options, Report, Severity};

const DIALECTS: [Dialect; 4] = [Dialect::Rest, Dialect::Sdk, Dialect::Web, Dialect::Auto];

/// The bound on "fast" in this debug-build test: about 200 times what these cases take (under
/// 0.1 s on the development machine), so a loaded machine does not fail them, yet far below the
/// minutes a quadratic walk over 100 000 elements takes. How fast the library is, the
/// benchmarks measure (`scripts/bench`, docs/benchmarks.md).
const FAST: Duration = Duration::from_secs(20);

fn rest() -> Options {
    Options::default()
}

fn ids(r: &Report) -> Vec<&'static str> {
    r.diagnostics.iter().map(|d| d.rule.id).collect()
}

fn has(r: &Report, rule: &str, pointer: &str) -> bool {
    r.diagnostics
        .iter()
        .any(|d| d.rule.id == rule && d.pointer == pointer)
}

/// Every dialect gives a report, with `rule` among its diagnostics.
fn every_dialect_reports(bytes: &[u8], rule: &str) {
    for dialect in DIALECTS {
        let r = timlint::validate_bytes(bytes, &Options { dialect, ..rest() });
        assert!(
            ids(&r).contains(&rule),
            "{dialect:?}: expected {rule}, got {:?}",
            ids(&r)
        );
    }
}

#[test]
fn empty_input_is_invalid_json() {
    every_dialect_reports(b"", "invalid-json");
}

#[test]
fn whitespace_only_is_invalid_json() {
    every_dialect_reports(b" \n\t\r\n  ", "invalid-json");
}

#[test]
fn a_bom_is_a_warning_and_the_payload_is_still_checked() {
    let r = timlint::validate_bytes(
        b"\xEF\xBB\xBF{\"Type\": \"Public\", \"Name\": \"x\"}",
        &rest(),
    );
    assert_eq!(ids(&r), ["byte-order-mark"]);
    assert_eq!(r.diagnostics[0].severity, Severity::Warning);
    assert!(r.valid());
    let r = timlint::validate_bytes(
        b"\xEF\xBB\xBF{\"Type\": \"Publich\", \"Name\": \"x\"}",
        &rest(),
    );
    assert_eq!(ids(&r), ["byte-order-mark", "unknown-group-type"]);
    // A BOM and nothing else is still empty input.
    every_dialect_reports(b"\xEF\xBB\xBF", "invalid-json");
    every_dialect_reports(b"\xEF\xBB\xBF  \n", "invalid-json");
}

#[test]
fn invalid_utf8_is_invalid_json() {
    for bytes in [
        &b"\xff"[..],
        b"{\"Type\": \"Public\", \"Name\": \"\xc3\"}", // truncated sequence
        b"{\"Type\": \"Public\", \"Name\": \"\xed\xa0\x80\"}", // encoded surrogate (CESU)
        b"{\"Type\": \"Public\", \"Name\": \"\xc0\xaf\"}", // overlong
        b"\xEF\xBB",                                   // half a BOM
    ] {
        every_dialect_reports(bytes, "invalid-json");
    }
}

#[test]
fn lone_surrogate_escapes_are_invalid_json() {
    for name in [
        r"\ud800",
        r"\udfff",
        r"\ud800x",
        r"\ud800\u0041",
        r"\ud800\ud800",
        r"\ud800\u",
        r"\ud800\",
        r"\udc00\ud800",
        r"ok\uD83D",
    ] {
        let src = format!(r#"{{"Type": "Public", "Name": "{name}"}}"#);
        every_dialect_reports(src.as_bytes(), "invalid-json");
    }
    // A proper pair is fine, and counts as 4 bytes.
    let r = timlint::validate(r#"{"Type": "Public", "Name": "\ud83d\ude00"}"#, &rest());
    assert!(r.diagnostics.is_empty(), "{:?}", ids(&r));
}

#[test]
fn nul_in_custom_data_values_is_allowed() {
    let src = r#"{"Type": "Public", "Name": "x",
        "AppDefinedData": [{"Key": "k", "Value": "a\u0000b"}],
        "MemberList": [{"Member_Account": "m", "AppMemberDefinedData": [{"Key": "k", "Value": "\u0000"}]}]}"#;
    let r = timlint::validate(src, &rest());
    assert!(r.diagnostics.is_empty(), "{:?}", ids(&r));
    // 512 NULs fit a group value exactly; 513 do not (one byte each).
    let at = |n: usize| {
        let v = "\\u0000".repeat(n);
        format!(
            r#"{{"Type": "Public", "Name": "x", "AppDefinedData": [{{"Key": "k", "Value": "{v}"}}]}}"#
        )
    };
    assert!(timlint::validate(&at(512), &rest()).diagnostics.is_empty());
    let r = timlint::validate(&at(513), &rest());
    assert_eq!(ids(&r), ["custom-value-too-long"]);
    assert!(has(&r, "custom-value-too-long", "/AppDefinedData/0/Value"));
}

#[test]
fn a_raw_nul_byte_in_a_string_is_invalid_json() {
    every_dialect_reports(
        b"{\"Type\": \"Public\", \"Name\": \"a\0b\"}",
        "invalid-json",
    );
    every_dialect_reports(b"{\"Type\": \"Public\", \"Name\": \"x\"}\0", "invalid-json");
}

#[test]
fn nul_in_a_name_counts_one_byte_and_does_not_crash() {
    // No rule of the reference sheet forbids a NUL in the name: it is one byte of the limit.
    let src = r#"{"Type": "Public", "Name": "a\u0000b"}"#;
    let r = timlint::validate(src, &rest());
    assert!(r.valid(), "{:?}", ids(&r));
    let max = rest().resolved_limits().name;
    let at_limit = format!(
        r#"{{"Type": "Public", "Name": "{}"}}"#,
        "\\u0000".repeat(max)
    );
    assert!(timlint::validate(&at_limit, &rest()).valid());
    let one_over = format!(
        r#"{{"Type": "Public", "Name": "{}"}}"#,
        "\\u0000".repeat(max + 1)
    );
    let r = timlint::validate(&one_over, &rest());
    assert_eq!(ids(&r), ["too-many-bytes"]);
    // Every printer copes with the NUL.
    for lang in [timlint::Lang::En, timlint::Lang::ZhCn] {
        let _ = timlint::render::text::render("x.json", Some(&one_over), &r, lang);
        let _ = timlint::render::sarif::render([("x.json", &r)], lang);
        serde_json::to_string(&timlint::render::json::JsonReport::new(None, &r, lang)).unwrap();
    }
}

#[test]
fn nesting_100_000_levels_is_too_deep_and_fast() {
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
        let src = format!("{}1{}", open.repeat(100_000), close.repeat(100_000));
        let t = Instant::now();
        for dialect in DIALECTS {
            let r = timlint::validate(
                &src,
                &Options {
                    dialect,
                    max_input_bytes: 8 << 20,
                    ..rest()
                },
            );
            assert_eq!(ids(&r), ["too-deep"]);
        }
        // Unclosed: the same.
        let r = timlint::validate(
            &open.repeat(100_000),
            &Options {
                max_input_bytes: 8 << 20,
                ..rest()
            },
        );
        assert_eq!(ids(&r), ["too-deep"]);
        assert!(t.elapsed() < FAST, "{:?}", t.elapsed());
    }
    // With the default 1 MiB input limit, 100 000 levels of `{"a":` are refused unread.
    let src = "{\"a\":".repeat(300_000);
    assert_eq!(ids(&timlint::validate(&src, &rest())), ["input-too-large"]);
}

#[test]
fn deep_nesting_is_too_deep_even_when_max_depth_is_huge() {
    // The parser keeps its own stack: a limit far past any call stack must not overflow it.
    let opts = Options {
        max_depth: usize::MAX,
        max_input_bytes: 8 << 20,
        ..rest()
    };
    let src = format!(
        r#"{{"Type": "Public", "Name": "x", "MemberList": {}{}}}"#,
        "[".repeat(200_000),
        "]".repeat(200_000)
    );
    let r = timlint::validate(&src, &opts);
    assert!(has(&r, "wrong-type", "/MemberList/0"), "{:?}", ids(&r));
    let _ = timlint::render::text::render("x.json", Some(&src), &r, timlint::Lang::En);
    let src = format!(
        r#"{{"Type": "Public", "Name": "x", "AppDefinedData": {}"v"{}}}"#,
        "[".repeat(200_000),
        "]".repeat(200_000)
    );
    let r = timlint::validate(&src, &opts);
    assert!(has(&r, "wrong-type", "/AppDefinedData/0"), "{:?}", ids(&r));
}

#[test]
fn nested_arrays_inside_known_fields() {
    let cases = [
        (r#""Name": [[["x"]]]"#, "wrong-type", "/Name"),
        (
            r#""MemberList": [[[{"Member_Account": "a"}]]]"#,
            "wrong-type",
            "/MemberList/0",
        ),
        (
            r#""MemberList": [{"Member_Account": [["a"]]}]"#,
            "wrong-type",
            "/MemberList/0/Member_Account",
        ),
        (
            r#""MemberList": [{"Member_Account": "a", "AppMemberDefinedData": [[[]]]}]"#,
            "wrong-type",
            "/MemberList/0/AppMemberDefinedData/0",
        ),
        (
            r#""AppDefinedData": [{"Key": [[["k"]]], "Value": "v"}]"#,
            "wrong-type",
            "/AppDefinedData/0/Key",
        ),
        (
            r#""AppDefinedData": [{"Key": "k", "Value": {"a": [[]]}}]"#,
            "wrong-type",
            "/AppDefinedData/0/Value",
        ),
        (
            r#""MaxMemberCount": [[[500]]]"#,
            "wrong-type",
            "/MaxMemberCount",
        ),
        (r#""Type": [["Public"]]"#, "wrong-type", "/Type"),
    ];
    for (field, rule, pointer) in cases {
        // A repeated Name or Type: the last is checked (and a duplicate-key warning given).
        let src = format!(r#"{{"Type": "Public", "Name": "x", {field}}}"#);
        let r = timlint::validate(&src, &rest());
        assert!(
            has(&r, rule, pointer),
            "{field}: {:?}",
            r.diagnostics
                .iter()
                .map(|d| (d.rule.id, &d.pointer))
                .collect::<Vec<_>>()
        );
    }
    // At the depth limit inside a known field: refused as too deep, not misread.
    let src = format!(
        r#"{{"Type": "Public", "Name": "x", "MemberList": {}{}}}"#,
        "[".repeat(64),
        "]".repeat(64)
    );
    assert_eq!(ids(&timlint::validate(&src, &rest())), ["too-deep"]);
    let src = format!(
        r#"{{"Type": "Public", "Name": "x", "MemberList": {}{}}}"#,
        "[".repeat(63),
        "]".repeat(63)
    );
    let r = timlint::validate(&src, &rest());
    assert!(has(&r, "wrong-type", "/MemberList/0"), "{:?}", ids(&r));
}

#[test]
fn duplicate_keys_warn_and_the_last_one_is_checked() {
    let r = timlint::validate(r#"{"Type": "Public", "Name": "x", "Name": ""}"#, &rest());
    assert!(ids(&r).contains(&"duplicate-key"), "{:?}", ids(&r));
    assert!(has(&r, "empty-name", "/Name"));
    let r = timlint::validate(r#"{"Type": "Public", "Name": "", "Name": "x"}"#, &rest());
    assert!(ids(&r).contains(&"duplicate-key"));
    assert!(!ids(&r).contains(&"empty-name"));
    // Many duplicates of one key stay fast and are all reported (up to the cap).
    let many = format!(
        r#"{{"Type": "Public", {} "Name": "x"}}"#,
        r#""Name": "x","#.repeat(10_000)
    );
    let t = Instant::now();
    let r = timlint::validate(&many, &rest());
    assert!(t.elapsed() < FAST, "{:?}", t.elapsed());
    assert_eq!(r.diagnostics.len() + r.omitted, 10_000);
    assert!(ids(&r).iter().all(|&id| id == "duplicate-key"));
    // A member object with a duplicate key.
    let r = timlint::validate(
        r#"{"Type": "Public", "Name": "x", "MemberList": [{"Member_Account": "a", "Member_Account": "b"}]}"#,
        &rest(),
    );
    assert!(ids(&r).contains(&"duplicate-key"));
}

#[test]
fn numbers_out_of_i64_range() {
    for n in [
        "9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999999999999999999999",
        "1e400",
        "-1e400",
        "18446744073709551616",
    ] {
        let src = format!(r#"{{"Type": "Public", "Name": "x", "MaxMemberCount": {n}}}"#);
        let r = timlint::validate(&src, &rest());
        assert_eq!(ids(&r), ["max-member-count-range"], "{n}");
        assert!(has(&r, "max-member-count-range", "/MaxMemberCount"));
        // Elsewhere a huge number is a wrong type or an invalid option, never a crash.
        for field in ["ApplyJoinOption", "SupportTopic", "Name", "Owner_Account"] {
            let src = format!(r#"{{"Type": "Public", "Name": "x", "{field}": {n}}}"#);
            let src = src.replacen(r#""Name": "x", "Name""#, r#""Name""#, 1);
            let r = timlint::validate(&src, &rest());
            assert!(!r.valid(), "{field}: {n}");
        }
        for dialect in [Dialect::Sdk, Dialect::Web] {
            let src = format!(
                r#"{{"groupType": "Public", "type": "Public", "groupName": "x", "name": "x",
                "addOpt": {n}, "joinOption": {n}, "maxMemberNum": {n},
                "memberList": [{{"userID": "a", "role": {n}}}]}}"#
            );
            let r = timlint::validate(&src, &Options { dialect, ..rest() });
            assert!(!r.valid(), "{dialect:?}: {n}");
        }
    }
    // The largest i64 is a whole number, but over every plan's cap.
    let r = timlint::validate(
        r#"{"Type": "Public", "Name": "x", "MaxMemberCount": 9223372036854775807}"#,
        &rest(),
    );
    assert_eq!(ids(&r), ["max-member-count-range"]);
}

#[test]
fn max_member_count_written_as_a_float() {
    // `1e3` and `500.0` are not written as integers; the rule asks for an integer.
    for n in ["1e3", "500.0", "1E3", "5e2", "500.5", "0.0", "-0"] {
        let src = format!(r#"{{"Type": "Public", "Name": "x", "MaxMemberCount": {n}}}"#);
        let r = timlint::validate(&src, &rest());
        assert_eq!(ids(&r), ["max-member-count-range"], "{n}");
    }
    let r = timlint::validate(
        r#"{"Type": "Public", "Name": "x", "MaxMemberCount": 500}"#,
        &rest(),
    );
    assert!(r.diagnostics.is_empty());
}

fn members(n: usize) -> String {
    let list: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"Member_Account":"u{i}"}}"#))
        .collect();
    format!(
        r#"{{"Type": "Public", "Name": "x", "Owner_Account": "owner", "MemberList": [{}]}}"#,
        list.join(",")
    )
}

#[test]
fn member_list_at_and_past_the_cap() {
    let r = timlint::validate(&members(100), &rest());
    assert!(r.diagnostics.is_empty(), "{:?}", ids(&r));
    // Past the current page's 100, up to the seed's 500: a warning only.
    let r = timlint::validate(&members(500), &rest());
    assert_eq!(ids(&r), ["member-list-over-newer-cap"]);
    assert!(r.valid());
    let r = timlint::validate(&members(501), &rest());
    assert_eq!(ids(&r), ["too-many-members"]);
    assert!(has(&r, "too-many-members", "/MemberList"));
}

#[test]
fn a_member_list_of_100_000_is_refused_fast() {
    let src = members(100_000);
    assert!(src.len() > 1 << 20);
    // Default options: over 1 MiB, refused unread.
    let t = Instant::now();
    assert_eq!(ids(&timlint::validate(&src, &rest())), ["input-too-large"]);
    assert!(t.elapsed() < FAST, "{:?}", t.elapsed());
    // With the input limit raised, every member is read.
    let opts = Options {
        max_input_bytes: 64 << 20,
        ..rest()
    };
    let t = Instant::now();
    let r = timlint::validate(&src, &opts);
    let took = t.elapsed();
    eprintln!("100 000 members ({} bytes): {took:?}", src.len());
    assert_eq!(ids(&r), ["too-many-members", "exceeds-max-member-count"]);
    assert!(took < FAST, "{took:?}");
    // 100 000 duplicates: one warning each, capped, counted, still fast.
    let list = vec![r#"{"Member_Account":"same"}"#; 100_000].join(",");
    let src = format!(r#"{{"Type": "Public", "Name": "x", "MemberList": [{list}]}}"#);
    let t = Instant::now();
    let r = timlint::validate(&src, &opts);
    let took = t.elapsed();
    eprintln!("100 000 duplicate members: {took:?}");
    assert!(took < FAST, "{took:?}");
    assert_eq!(r.diagnostics.len(), 200);
    assert_eq!(r.diagnostics.len() + r.omitted, 99_999 + 2);
}

// ---------------------------------------------------------------------------------------------
// The guards, at the edge and one past it.

#[test]
fn max_input_bytes_edge() {
    let src = r#"{"Type": "Public", "Name": "x"}"#;
    let at = Options {
        max_input_bytes: src.len(),
        ..rest()
    };
    assert!(timlint::validate(src, &at).diagnostics.is_empty());
    let under = Options {
        max_input_bytes: src.len() - 1,
        ..rest()
    };
    let r = timlint::validate(src, &under);
    assert_eq!(ids(&r), ["input-too-large"]);
    assert!(!r.valid());
    assert_eq!(r.diagnostics[0].tencent_code, None);
    // Bytes that are not UTF-8 and too large: a verdict either way.
    let r = timlint::validate_bytes(
        &[0xff; 64],
        &Options {
            max_input_bytes: 10,
            ..rest()
        },
    );
    assert!(!r.valid());
    // The default is 1 MiB: padding with spaces up to it is fine, one more byte is not.
    let pad = |n: usize| format!("{src}{}", " ".repeat(n - src.len()));
    assert!(
        timlint::validate(&pad(1 << 20), &rest())
            .diagnostics
            .is_empty()
    );
    assert_eq!(
        ids(&timlint::validate(&pad((1 << 20) + 1), &rest())),
        ["input-too-large"]
    );
    for dialect in DIALECTS {
        let r = timlint::validate(&pad((1 << 20) + 1), &Options { dialect, ..rest() });
        assert_eq!(ids(&r), ["input-too-large"]);
    }
    // Zero refuses everything, even empty input.
    let zero = Options {
        max_input_bytes: 0,
        ..rest()
    };
    assert_eq!(ids(&timlint::validate(" ", &zero)), ["input-too-large"]);
}

fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn max_depth_edge() {
    // The default, 64: 64 nested arrays are read, 65 are not.
    let r = timlint::validate(&nested(64), &rest());
    assert_eq!(ids(&r), ["not-an-object"]);
    assert_eq!(ids(&timlint::validate(&nested(65), &rest())), ["too-deep"]);
    for depth in [1, 2, 7] {
        let at = Options {
            max_depth: depth,
            ..rest()
        };
        assert_eq!(
            ids(&timlint::validate(&nested(depth), &at)),
            ["not-an-object"],
            "{depth}"
        );
        assert_eq!(
            ids(&timlint::validate(&nested(depth + 1), &at)),
            ["too-deep"],
            "{depth}"
        );
    }
    // A real payload is 5 deep: the root, MemberList, a member, AppMemberDefinedData, an entry.
    let src = r#"{"Type": "Public", "Name": "x", "MemberList": [{"Member_Account": "a",
        "AppMemberDefinedData": [{"Key": "k", "Value": "v"}]}]}"#;
    assert!(
        timlint::validate(
            src,
            &Options {
                max_depth: 5,
                ..rest()
            }
        )
        .diagnostics
        .is_empty()
    );
    assert_eq!(
        ids(&timlint::validate(
            src,
            &Options {
                max_depth: 4,
                ..rest()
            }
        )),
        ["too-deep"]
    );
    // Zero: not even the root object.
    assert_eq!(
        ids(&timlint::validate(
            "{}",
            &Options {
                max_depth: 0,
                ..rest()
            }
        )),
        ["too-deep"]
    );
    assert_eq!(
        ids(&timlint::validate(
            "1",
            &Options {
                max_depth: 0,
                ..rest()
            }
        )),
        ["not-an-object"]
    );
}

#[test]
fn max_diagnostics_edge() {
    // Twelve unknown fields: twelve warnings.
    let fields: Vec<String> = (0..12).map(|i| format!(r#""zz{i}": {i}"#)).collect();
    let src = format!(
        r#"{{"Type": "Public", "Name": "x", {}}}"#,
        fields.join(", ")
    );
    let all = timlint::validate(&src, &rest());
    assert_eq!((all.diagnostics.len(), all.omitted), (12, 0));
    let at = timlint::validate(
        &src,
        &Options {
            max_diagnostics: 12,
            ..rest()
        },
    );
    assert_eq!((at.diagnostics.len(), at.omitted), (12, 0));
    let past = timlint::validate(
        &src,
        &Options {
            max_diagnostics: 11,
            ..rest()
        },
    );
    assert_eq!((past.diagnostics.len(), past.omitted), (11, 1));
    // Which are kept is not specified; each kept one is one of the full list.
    assert!(past.diagnostics.iter().all(|d| all.diagnostics.contains(d)));
    let zero = timlint::validate(
        &src,
        &Options {
            max_diagnostics: 0,
            ..rest()
        },
    );
    assert_eq!((zero.diagnostics.len(), zero.omitted), (0, 12));
    // The default, 200: 200 problems are all shown, 201 leave one out.
    let at_default = |n: usize| {
        let fields: Vec<String> = (0..n).map(|i| format!(r#""zz{i}": {i}"#)).collect();
        timlint::validate(
            &format!(
                r#"{{"Type": "Public", "Name": "x", {}}}"#,
                fields.join(", ")
            ),
            &rest(),
        )
    };
    let r = at_default(200);
    assert_eq!((r.diagnostics.len(), r.omitted), (200, 0));
    let r = at_default(201);
    assert_eq!((r.diagnostics.len(), r.omitted), (200, 1));
    // Capped to one of an error and a warning: one kept, one counted, still invalid.
    let src = r#"{"Type": "Publich", "Name": "x", "zz": 1}"#;
    let r = timlint::validate(
        src,
        &Options {
            max_diagnostics: 1,
            ..rest()
        },
    );
    assert_eq!((r.diagnostics.len(), r.omitted), (1, 1));
    assert!(!r.valid());
}

#[test]
fn an_error_past_the_diagnostics_cap_still_makes_the_payload_invalid() {
    // Warnings first (by position), then an error: with a cap that keeps only the warnings,
    // the payload must not be reported as valid.
    let src = r#"{"zz0": 0, "zz1": 1, "Type": "Publich", "Name": "x"}"#;
    let full = timlint::validate(src, &rest());
    assert!(!full.valid());
    let capped = timlint::validate(
        src,
        &Options {
            max_diagnostics: 2,
            ..rest()
        },
    );
    assert_eq!(capped.omitted, 1);
    assert!(
        !capped.valid(),
        "kept {:?}, omitted {} (an error among them)",
        ids(&capped),
        capped.omitted
    );
}

/// A minified payload is one line: the text printer must not walk the whole line for every
/// diagnostic (it did: 12 s for 4000 diagnostics on a 1 MiB line in a release build, minutes
/// in a debug one; linear now, about 0.1 s here).
#[test]
fn text_output_of_4000_diagnostics_on_a_megabyte_line_is_linear() {
    // 4000 members of the wrong type, each followed by 250 spaces: one line of about 1 MiB.
    let member = format!("1{}", " ".repeat(250));
    let src = format!(
        r#"{{"Type": "Public", "Name": "x", "MemberList": [{}1]}}"#,
        format!("{member},").repeat(3999)
    );
    assert!(src.len() > 1_000_000 && !src.contains('\n'));
    let opts = Options {
        max_diagnostics: 4000,
        ..rest()
    };
    let r = timlint::validate(&src, &opts);
    assert_eq!(r.diagnostics.len(), 4000, "{:?}", &ids(&r)[..3]);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let text = timlint::render::text::render("x.json", Some(&src), &r, timlint::Lang::En);
        let _ = tx.send((text, r.diagnostics.len()));
    });
    // A bound far above the linear time even in a debug build, far below the quadratic one.
    let (text, n) = rx
        .recv_timeout(FAST)
        .expect("rendering 4000 diagnostics on a 1 MiB line took over 20 s");
    // Every diagnostic shows its line cut to a window: the output is bounded per diagnostic.
    assert!(text.len() < n * 1000, "{} bytes", text.len());
    assert_eq!(text.matches("\n1 | ...").count(), n);
}
