//! `timlint check --fix`, `--diff` and `--unsafe-fixes` (issue #19): the binary fixes a file,
//! a check of the result no longer reports what was fixed (and nothing new), and a second
//! `--fix` changes nothing.

use std::path::Path;
use std::process::Output;

mod support;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    support::run(args, stdin)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// `(rule, path)` of each diagnostic of `check --format json FILE`.
fn diagnostics(path: &Path, extra: &[&str]) -> Vec<(String, String)> {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(extra);
    args.push(path.to_str().unwrap());
    let out = run(&args, b"");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    json[0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap().to_string();
            (s("rule"), s("path"))
        })
        .collect()
}

/// Each kind of fix: (file name, dialect, input, needs --unsafe-fixes, fixed text, rule fixed).
const CASES: &[(&str, &str, &str, bool, &str, &str)] = &[
    (
        "enum.json",
        "rest",
        "{\n  \"Type\": \"Publich\",\n  \"Name\": \"x\"\n}\n",
        false,
        "{\n  \"Type\": \"Public\",\n  \"Name\": \"x\"\n}\n",
        "unknown-group-type",
    ),
    (
        "sdk-type-name.json",
        "rest",
        "{\"Type\": \"Work\", \"Name\": \"x\"}",
        false,
        "{\"Type\": \"Private\", \"Name\": \"x\"}",
        "group-type-spelling",
    ),
    (
        "case.json",
        "rest",
        "{\"Type\": \"Public\", \"Name\": \"x\", \"owner_account\": \"bob\"}",
        false,
        "{\"Type\": \"Public\", \"Name\": \"x\", \"Owner_Account\": \"bob\"}",
        "unknown-field",
    ),
    (
        "dialect.json",
        "rest",
        "{\"Type\": \"Public\", \"groupName\": \"x\", \"groupID\": \"g1\"}",
        false,
        "{\"Type\": \"Public\", \"Name\": \"x\", \"GroupId\": \"g1\"}",
        "unknown-field",
    ),
    (
        "role.json",
        "web",
        "{\"type\": \"Public\", \"name\": \"x\", \"memberList\": [{\"userID\": \"bob\", \"role\": \"admin\"}]}",
        false,
        "{\"type\": \"Public\", \"name\": \"x\", \"memberList\": [{\"userID\": \"bob\", \"role\": \"Admin\"}]}",
        "invalid-member-role",
    ),
    (
        "truncate.json",
        "rest",
        "{\"Type\": \"Public\", \"Name\": \"腾讯云即时通信 IM 产品研发部周会群\"}",
        true,
        "{\"Type\": \"Public\", \"Name\": \"腾讯云即时通信 IM 产\"}",
        "too-many-bytes",
    ),
    (
        "remove-middle.json",
        "rest",
        "{\n  \"Type\": \"Private\",\n  \"ApplyJoinOption\": \"FreeAccess\",\n  \"Name\": \"x\"\n}\n",
        true,
        "{\n  \"Type\": \"Private\",\n  \"Name\": \"x\"\n}\n",
        "ineffective-apply-join-option",
    ),
    (
        "remove-last.json",
        "sdk",
        "{\n  \"groupType\": \"Public\",\n  \"groupName\": \"x\",\n  \"isSupportTopic\": true\n}\n",
        true,
        "{\n  \"groupType\": \"Public\",\n  \"groupName\": \"x\"\n}\n",
        "topic-requires-community",
    ),
];

#[test]
fn each_kind_of_fix_is_applied_once_and_its_diagnostic_is_gone() {
    for &(name, dialect, input, unsafe_fix, fixed, rule) in CASES {
        let path = support::temp_file(&format!("fix-{name}"), input.as_bytes());
        let file = path.to_str().unwrap();
        // The limit is pinned: the truncate case's fix is the longest prefix within 30 bytes.
        let dialect_args = ["--dialect", dialect, "--max-name-bytes", "30"];
        let before = diagnostics(&path, &dialect_args);
        assert!(before.iter().any(|(r, _)| r == rule), "{name}: {before:?}");

        // `check --fix` (with --unsafe-fixes when `all`): what it says on stderr.
        let fix = |all: bool| {
            let mut args = vec!["check", "--fix", file];
            args.extend_from_slice(&dialect_args);
            if all {
                args.push("--unsafe-fixes");
            }
            text(&run(&args, b"").stderr)
        };
        // Without --unsafe-fixes an unsafe fix is not applied.
        let said = fix(false);
        let expected = if unsafe_fix { input } else { fixed };
        assert_eq!(std::fs::read_to_string(&path).unwrap(), expected, "{name}");
        if unsafe_fix {
            assert!(said.contains("0 fixes applied"), "{name}: {said}");
            let said = fix(true);
            assert!(
                said.contains("fixes applied, inputs changed: 1"),
                "{name}: {said}"
            );
            assert_eq!(std::fs::read_to_string(&path).unwrap(), fixed, "{name}");
        }

        // The diagnostic is gone and no other has appeared.
        let after = diagnostics(&path, &dialect_args);
        assert!(!after.iter().any(|(r, _)| r == rule), "{name}: {after:?}");
        for d in &after {
            assert!(before.contains(d), "{name}: new {d:?} after the fix");
        }

        // A second run has nothing to do.
        let said = fix(true);
        assert!(said.contains("0 fixes applied"), "{name}: {said}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), fixed, "{name}");
    }
}

#[test]
fn a_fixed_jsonc_file_keeps_its_comments() {
    let input = "// the weekly meeting\n{\n  \"Type\": \"publich\", /* was a typo */\n  \"Name\": \"x\" // short\n}\n";
    let path = support::temp_file("fix-comments.jsonc", input.as_bytes());
    let out = run(&["check", "--fix", path.to_str().unwrap()], b"");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        input.replace("\"publich\"", "\"Public\"")
    );
    // What remains is reported: the comments, which the server refuses.
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("error[json-comments]"));
    assert!(!text(&out.stdout).contains("unknown-group-type"));
}

#[test]
fn diff_prints_what_fix_would_change_and_changes_nothing() {
    let input = "{\n  \"Type\": \"Publich\",\n  \"Name\": \"x\",\n  \"ApplyJoinOption\": \"freeaccess\"\n}\n";
    let path = support::temp_file("fix-diff.json", input.as_bytes());
    let file = path.to_str().unwrap();
    let out = run(&["check", "--diff", file], b"");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let expected = format!(
        "--- {file}\n+++ {file}\n@@ -1,5 +1,5 @@\n {{\n-  \"Type\": \"Publich\",\n+  \"Type\": \"Public\",\n   \"Name\": \"x\",\n-  \"ApplyJoinOption\": \"freeaccess\"\n+  \"ApplyJoinOption\": \"FreeAccess\"\n }}\n"
    );
    assert_eq!(text(&out.stdout), expected);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), input);
    // Nothing to change: no diff, exit 0 (even with an error that has no fix).
    let path = support::temp_file(
        "fix-diff-none.json",
        b"{\"Type\": \"Public\", \"Name\": \"\"}",
    );
    let out = run(&["check", "--diff", path.to_str().unwrap()], b"");
    assert_eq!(
        (out.status.code(), text(&out.stdout)),
        (Some(0), String::new())
    );
}

#[test]
fn fix_on_stdin_prints_the_text_and_reports_on_stderr() {
    let out = run(
        &["check", "--fix", "--format", "json"],
        b"{\"Type\": \"Publich\", \"Name\": \"\"}",
    );
    assert_eq!(text(&out.stdout), "{\"Type\": \"Public\", \"Name\": \"\"}");
    let report = text(&out.stderr);
    assert!(report.contains("\"rule\": \"empty-name\""), "{report}");
    assert!(!report.contains("unknown-group-type"), "{report}");
    assert_eq!(out.status.code(), Some(1));
    // Nothing to fix: the text as it came.
    let out = run(
        &["check", "--fix"],
        b"{\"Type\": \"Public\", \"Name\": \"x\"}",
    );
    assert_eq!(text(&out.stdout), "{\"Type\": \"Public\", \"Name\": \"x\"}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn unsafe_fixes_needs_fix_or_diff_and_fix_no_streams() {
    for args in [
        &["check", "--unsafe-fixes", "x.json"][..],
        &["check", "--fix", "--ndjson", "x.ndjson"],
        &["check", "--diff", "--ndjson", "x.ndjson"],
    ] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
}
