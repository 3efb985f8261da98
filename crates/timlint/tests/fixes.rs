//! Fixes over the whole corpus: applying each fixture's fixes (safe and unsafe) removes the
//! diagnostics they were offered for, adds none, and leaves nothing more to fix.

use std::collections::BTreeSet;

use timlint::{Fix, Report, validate};

mod common;

use common::{fixtures, options_for};

/// `(rule, message ID, pointer)` of each diagnostic.
fn seen(report: &Report) -> BTreeSet<(&'static str, &'static str, String)> {
    report
        .diagnostics
        .iter()
        .map(|d| (d.rule.id, d.message.id, d.pointer.clone()))
        .collect()
}

#[test]
fn every_fix_removes_its_diagnostic_and_adds_none() {
    let mut fixed_some = 0;
    let mut bad = Vec::new();
    for (dialect, _, path) in fixtures() {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue; // the fixtures that are not UTF-8
        };
        let opts = options_for(dialect, &path);
        let before = validate(&src, &opts);
        let fixes: Vec<&Fix> = before
            .diagnostics
            .iter()
            .filter_map(|d| d.fix.as_ref())
            .collect();
        if fixes.is_empty() {
            continue;
        }
        fixed_some += 1;
        let (text, applied) = Fix::apply_all(&src, fixes.iter().copied());
        let after = validate(&text, &opts);
        let name = path.display();
        if applied != fixes.len() {
            bad.push(format!(
                "{name}: {applied} of {} fixes applied",
                fixes.len()
            ));
        }
        let (was, now) = (seen(&before), seen(&after));
        for d in &before.diagnostics {
            if d.fix.is_some() && now.contains(&(d.rule.id, d.message.id, d.pointer.clone())) {
                bad.push(format!(
                    "{name}: {} at {} is still there:\n{text}",
                    d.rule.id, d.pointer
                ));
            }
        }
        for new in now.difference(&was) {
            bad.push(format!("{name}: new {new:?} after fixing:\n{text}"));
        }
        if after.diagnostics.iter().any(|d| d.fix.is_some()) {
            bad.push(format!("{name}: fixes left after one pass:\n{text}"));
        }
    }
    assert!(fixed_some > 40, "only {fixed_some} fixtures have fixes");
    assert!(bad.is_empty(), "{}", bad.join("\n\n"));
}

#[test]
fn fixes_are_applied_in_order_and_overlaps_left_out() {
    let fix = |start, end, text: &str| Fix {
        span: (start, end),
        replacement: text.to_string(),
        applicability: timlint::Applicability::Safe,
    };
    let src = "0123456789";
    let fixes = [
        fix(6, 8, "x"),
        fix(1, 3, ""),
        fix(2, 4, "overlap"),
        fix(10, 10, "!"),
    ];
    assert_eq!(Fix::apply_all(src, &fixes), ("0345x89!".to_string(), 3));
    // A span out of range or inside a character is left out, never a panic.
    let out_of_range = [fix(3, 20, "x"), fix(5, 4, "y")];
    assert_eq!(Fix::apply_all(src, &out_of_range), (src.to_string(), 0));
    assert_eq!(
        Fix::apply_all("中", &[fix(1, 2, "x")]),
        ("中".to_string(), 0)
    );
}

/// The text with the fix of the one diagnostic of `rule`.
fn fixed(src: &str, rule: &str) -> Option<String> {
    let report = validate(src, &Default::default());
    let d = report.diagnostics.iter().find(|d| d.rule.id == rule)?;
    Some(Fix::apply_all(src, d.fix.as_ref()).0)
}

#[test]
fn a_removed_member_takes_its_comma_and_keeps_the_layout() {
    let rule = "ineffective-apply-join-option";
    // In the middle: the next member takes its place and indentation.
    let src = "{\n  \"Type\": \"Private\",\n  \"ApplyJoinOption\": \"FreeAccess\", // why\n  \"Name\": \"x\"\n}\n";
    assert_eq!(
        fixed(src, rule).unwrap(),
        "{\n  \"Type\": \"Private\",\n  // why\n  \"Name\": \"x\"\n}\n"
    );
    // Last: the comma before it goes.
    let src =
        "{\n  \"Type\": \"Private\",\n  \"Name\": \"x\",\n  \"ApplyJoinOption\": \"FreeAccess\"\n}";
    assert_eq!(
        fixed(src, rule).unwrap(),
        "{\n  \"Type\": \"Private\",\n  \"Name\": \"x\"\n}"
    );
    let src = r#"{"Type":"Private","ApplyJoinOption":"FreeAccess","Name":"x"}"#;
    assert_eq!(
        fixed(src, rule).unwrap(),
        r#"{"Type":"Private","Name":"x"}"#
    );
    // Comments outside the member stay; one between its comma and it: no fix, not a guess.
    let src = "{\"Type\": \"Private\", \"Name\": \"x\" /* c */, \"ApplyJoinOption\": 1}";
    assert_eq!(
        fixed(src, rule).unwrap(),
        "{\"Type\": \"Private\", \"Name\": \"x\" /* c */}"
    );
    let src = "{\"Type\": \"Private\", \"Name\": \"x\", /* c */ \"ApplyJoinOption\": 1}";
    assert_eq!(fixed(src, rule).unwrap(), src);
}

#[test]
fn a_rename_onto_a_key_already_there_is_no_fix() {
    let src = r#"{"Type": "Public", "Name": "x", "name": "y"}"#;
    assert_eq!(fixed(src, "unknown-field").unwrap(), src);
    let src = r#"{"Type": "Public", "name": "y"}"#;
    assert_eq!(
        fixed(src, "unknown-field").unwrap(),
        r#"{"Type": "Public", "Name": "y"}"#
    );
}

/// Issue #26, item 4: two keys renamed onto one name in the same pass would repeat it (and
/// a payload with errors would pass): neither rename is a fix, in any object.
#[test]
fn two_renames_onto_one_key_are_no_fix() {
    let cases = [
        r#"{"Type":"Public","groupName":"a","name":"b"}"#,
        r#"{"Type":"Public","Name":"x","owner_account":"a","OWNER_ACCOUNT":"b"}"#,
        r#"{"type":"Public","groupType":"Public","Name":"x"}"#,
        r#"{"Type":"Public","name":"a","groupName":"b","NAME":"c"}"#,
        r#"{"Type":"Public","Name":"x","MemberList":[{"member_account":"a","MEMBER_ACCOUNT":"b"}]}"#,
    ];
    let mut v = timlint::Validator::new(Default::default());
    for src in cases {
        for unsafe_fixes in [false, true] {
            let (text, n) = v.fix(src, unsafe_fixes);
            assert_eq!((text.as_str(), n), (src, 0), "unsafe: {unsafe_fixes}");
        }
        let report = validate(src, &Default::default());
        let fixes: Vec<_> = report
            .diagnostics
            .iter()
            .filter_map(|d| d.fix.as_ref())
            .collect();
        assert!(fixes.is_empty(), "{src}: {fixes:?}");
    }
    // A rename after another key's diagnostic (no suggestion, or another one) stays a fix.
    let src = r#"{"Type":"Public","Name":"x","zzz":1,"nmae":2,"owner_account":"a"}"#;
    let (text, _) = v.fix(src, false);
    assert!(text.contains("\"Owner_Account\""), "{text}");
    // One rename per object stays a fix, in each of two objects.
    let src = r#"{"Type":"Public","Name":"x","MemberList":[{"member_account":"a"},{"MEMBER_ACCOUNT":"b"}]}"#;
    let (text, n) = v.fix(src, false);
    assert_eq!(n, 2, "{text}");
    assert_eq!(text.matches("\"Member_Account\"").count(), 2, "{text}");
}
