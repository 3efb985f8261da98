//! Options files (issue #19): the nearest `timlint.json` up from each input, `--config`
//! over it, `--no-config` without either, `--verbose` saying which one each input used.

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

mod support;

/// A fresh directory tree for one test: `files` as (relative path, text).
fn tree(test: &str, files: &[(&str, &str)]) -> PathBuf {
    let root = std::env::temp_dir().join(format!("timlint-config-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    for (path, text) in files {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    root
}

/// `timlint ARGS` run in `dir`, stdin from the file `stdin` (or nothing).
fn run_in(dir: &Path, args: &[&str], stdin: Option<&Path>) -> Output {
    let mut cmd = support::timlint(args);
    cmd.current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(file) = stdin {
        cmd.stdin(std::fs::File::open(file).unwrap());
    }
    support::output(&mut cmd, &format!("timlint {args:?}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// An SDK payload: valid in the `sdk` dialect, an error in `rest`.
const SDK: &str = r#"{"groupType": "Public", "groupName": "x"}"#;
/// A name one byte over the default preset's limit: valid with the extended preset, an error
/// with the default one.
fn long_name() -> String {
    use timlint::{Limits, Preset};
    let bytes = Limits::preset(Preset::Default).name + 1;
    assert!(bytes <= Limits::preset(Preset::Extended).name);
    format!(
        r#"{{"groupType": "Public", "groupName": "{}"}}"#,
        "x".repeat(bytes)
    )
}

fn project(test: &str) -> PathBuf {
    tree(
        test,
        &[
            ("timlint.json", r#"{"dialect": "sdk"}"#),
            ("a.json", SDK),
            (
                "sub/timlint.json",
                r#"{"dialect": "sdk", "preset": "extended"}"#,
            ),
            ("sub/deeper/b.json", &long_name()),
            ("rest.options", r#"{"dialect": "rest"}"#),
        ],
    )
}

#[test]
fn each_input_uses_the_nearest_timlint_json() {
    let root = project("project-1");
    let out = run_in(
        &root,
        &["check", "--verbose", "a.json", "sub/deeper/b.json"],
        None,
    );
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{}{err}", text(&out.stdout));
    assert!(err.contains("a.json: options from timlint.json\n"), "{err}");
    assert!(
        err.contains("sub/deeper/b.json: options from sub/timlint.json\n"),
        "{err}"
    );
    // From inside the tree too, and for a directory's files.
    let out = run_in(&root.join("sub/deeper"), &["check", "--verbose", "."], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let out = run_in(&root.join("sub"), &["check", ".."], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

#[test]
fn config_overrides_the_found_file_and_no_config_ignores_both() {
    let root = project("project-2");
    // (arguments, exit code, what stdout and stderr together say)
    let cases: [(&[&str], i32, &str); 4] = [
        (
            &["--config", "rest.options", "a.json"],
            1,
            "a.json: options from rest.options",
        ),
        (
            &["--no-config", "a.json"],
            1,
            "a.json: options from no options file",
        ),
        // Flags still override the file found.
        (
            &["--preset", "default", "sub/deeper/b.json"],
            1,
            "too-many-bytes",
        ),
        (
            &["--no-config", "--config", "rest.options", "a.json"],
            2,
            "cannot be used with",
        ),
    ];
    for (args, code, says) in cases {
        let out = run_in(&root, &[&["check", "--verbose"], args].concat(), None);
        let said = text(&out.stdout) + &text(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {said}");
        assert!(said.contains(says), "{args:?}: {said}");
    }
}

#[test]
fn stdin_uses_the_current_directory_s_file() {
    let root = project("project-3");
    let payload = root.join("a.json");
    let out = run_in(&root, &["check", "--verbose"], Some(&payload));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stderr).contains("-: options from timlint.json"));
    let out = run_in(&root.join("sub/deeper"), &["check", "-"], Some(&payload));
    assert_eq!(out.status.code(), Some(0));
    let elsewhere = tree("elsewhere", &[]);
    std::fs::create_dir_all(&elsewhere).unwrap();
    let out = run_in(&elsewhere, &["check"], Some(&payload));
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_bad_options_file_is_an_error_naming_it() {
    let root = tree(
        "bad",
        &[
            ("timlint.json", r#"{"dialet": "sdk"}"#),
            ("a.json", SDK),
            ("ok/timlint.json", "{}"),
            ("ok/b.json", SDK),
        ],
    );
    let out = run_in(&root, &["check", "a.json", "ok/b.json"], None);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("timlint.json") && err.contains("did you mean `dialect`"),
        "{err}"
    );
}

#[test]
fn rule_levels_from_the_file_and_from_rule_flags() {
    let payload = r#"{"Type": "Public", "Name": "x", "Nmae": 1, "FaceUrl": "ftp://x"}"#;
    let root = tree(
        "levels",
        &[
            (
                "timlint.json",
                r#"{"rules": {"unknown-field": "off", "face-url-scheme": "error"}}"#,
            ),
            ("a.json", payload),
            (
                "typo/timlint.json",
                r#"{"rules": {"face-url-schem": "off"}}"#,
            ),
            ("typo/b.json", payload),
        ],
    );
    // (arguments, exit code, what stdout and stderr together say, what they must not)
    let cases: [(&[&str], i32, &str, &str); 6] = [
        (&["a.json"], 1, "error[face-url-scheme]", "unknown-field"),
        (
            &["--no-config", "a.json"],
            0,
            "warning[face-url-scheme]",
            "error[",
        ),
        // The flag is over the file's rules.
        (
            &["--rule", "face-url-scheme=off", "a.json"],
            0,
            "0 errors, 0 warnings",
            "face-url",
        ),
        (
            &[
                "--rule",
                "face-url-scheme=off",
                "--rule",
                "unknown-field=error",
                "a.json",
            ],
            1,
            "error[unknown-field]",
            "face-url",
        ),
        (
            &["--rule", "unknown-feild=off", "a.json"],
            2,
            "unknown rule `unknown-feild`; did you mean `unknown-field`?",
            "-->",
        ),
        (
            &["typo/b.json"],
            2,
            "did you mean `face-url-scheme`? (`timlint rules` lists them) (--rule or ",
            "-->",
        ),
    ];
    for (args, code, says, not) in cases {
        let out = run_in(&root, &[&["check"], args].concat(), None);
        let said = text(&out.stdout) + &text(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {said}");
        assert!(said.contains(says), "{args:?}: {said}");
        assert!(!said.contains(not), "{args:?}: {said}");
    }
    // The JSON verdict follows the levels.
    let out = run_in(&root, &["check", "--format", "json", "a.json"], None);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json[0]["valid"], false);
    assert_eq!(json[0]["diagnostics"][0]["severity"], "error");
    assert_eq!(json[0]["diagnostics"].as_array().unwrap().len(), 1);
}

const VALID: &str = r#"{"Type": "Public", "Name": "x"}"#;
const INVALID: &str = r#"{"Type": "Publich", "Name": "x"}"#;

#[test]
fn include_and_exclude_choose_a_directory_s_files() {
    let root = tree(
        "globs",
        &[
            (
                "timlint.json",
                r#"{"exclude": ["fixtures/bad", "*.generated.json"], "dialect": "rest"}"#,
            ),
            ("good.json", VALID),
            ("fixtures/bad/x.json", INVALID),
            ("fixtures/good/y.json", VALID),
            ("deep/er/a.generated.json", INVALID),
            ("node_modules/m.json", INVALID),
            (".hidden/h.json", INVALID),
            ("vendor/v.json", INVALID),
        ],
    );
    // (arguments, exit code, what stdout and stderr together say)
    let cases: [(&[&str], i32, &str); 5] = [
        (&["."], 1, "vendor/v.json"),
        (
            &["--exclude", "vendor", "."],
            0,
            "0 errors, 0 warnings in 2 inputs",
        ),
        (&["--exclude", "vendor/*.json", "."], 0, "in 2 inputs"),
        // A file named is checked whatever the globs say.
        (
            &["--exclude", "vendor", "fixtures/bad/x.json"],
            1,
            "unknown-group-type",
        ),
        // From a subdirectory, the globs are still the options file's, relative to it.
        (&["--exclude", "vendor", "fixtures"], 0, "in 1 input"),
    ];
    for (args, code, says) in cases {
        let out = run_in(&root, &[&["check"], args].concat(), None);
        let said = text(&out.stdout) + &text(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {said}");
        assert!(said.contains(says), "{args:?}: {said}");
    }
    let out = run_in(&root.join("fixtures"), &["check", "."], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

#[test]
fn include_replaces_the_payload_extensions() {
    let root = tree(
        "include",
        &[
            (
                "timlint.json",
                r#"{"include": ["*.payload", "api/**/*.json"]}"#,
            ),
            ("a.payload", VALID),
            ("b.json", INVALID),
            ("api/v1/c.json", VALID),
            ("bad-glob/timlint.json", r#"{"exclude": ["a{"]}"#),
            ("bad-glob/d.json", VALID),
            ("bad-type/timlint.json", r#"{"include": "*.json"}"#),
            ("bad-type/e.json", VALID),
        ],
    );
    let out = run_in(&root, &["check", "--verbose", "."], None);
    let said = text(&out.stdout) + &text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(
        said.contains("in 2 inputs") && said.contains("c.json: options"),
        "{said}"
    );
    let out = run_in(&root, &["check", "bad-glob"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("bad glob `a{`"),
        "{}",
        text(&out.stderr)
    );
    let out = run_in(&root, &["check", "bad-type"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("`include` must be an array of glob strings"));
    // The options reader never sees the CLI's keys.
    let out = run_in(
        &root,
        &["check", "--config", "timlint.json", "a.payload"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}
