//! The CLI in real projects and CI (issue #19): `--format github` annotations,
//! `--max-warnings`, shell completions, manual pages.

use std::process::Output;

mod support;

fn timlint(args: &[&str], stdin: &[u8]) -> Output {
    support::run(args, stdin)
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

#[test]
fn github_format_is_one_workflow_command_per_diagnostic() {
    let file = support::temp_file(
        "gh,a:b.json",
        "{\"Type\": \"Public\",\n \"Name\": \"\", \"Nmae\": \"50%\"}".as_bytes(),
    );
    let path = file.to_str().unwrap();
    let out = timlint(&["check", "--format", "github", path], b"");
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    let shown = path.replace(':', "%3A").replace(',', "%2C");
    assert!(
        lines[0].starts_with(&format!(
            "::error file={shown},line=2,col=10,endLine=2,endColumn=12,title=empty-name::"
        )),
        "{text}"
    );
    assert!(
        lines[1].starts_with(&format!("::warning file={shown},line=2,col=")),
        "{text}"
    );
    assert!(lines[1].contains(",title=unknown-field::"), "{text}");
    // The help is on the same line, after an escaped newline.
    assert!(lines[1].contains("%0Ahelp: "), "{text}");
}

#[test]
fn github_format_of_a_valid_input_is_empty() {
    let out = timlint(
        &["check", "--format", "github"],
        br#"{"Type": "Public", "Name": "ok"}"#,
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "");
}

#[test]
fn github_format_with_ndjson_names_the_file_and_the_line() {
    let input =
        b"{\"Type\": \"Public\", \"Name\": \"ok\"}\n{\"Type\": \"Public\", \"Name\": \"\"}\n";
    let out = timlint(&["check", "--ndjson", "--format", "github"], input);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.starts_with("::error file=-,line=2,col=28,title=empty-name::"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 1, "{text}");
}

const TWO_WARNINGS: &[u8] = br#"{"Type": "Public", "Name": "ok", "Nmae": 1, "Tpye": 2}"#;

#[test]
fn max_warnings_fails_a_run_with_more_warnings() {
    let out = timlint(&["check", "--max-warnings", "1"], TWO_WARNINGS);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("2 warnings, more than --max-warnings 1 allows"),
        "{err}"
    );
    // The report itself is unchanged.
    assert!(stdout(&out).contains("warning[unknown-field]"));
}

#[test]
fn max_warnings_allows_as_many_as_it_says() {
    for args in [
        &["check", "--max-warnings", "2"][..],
        &["check", "--format", "json", "--max-warnings", "5"][..],
        &["check"][..],
    ] {
        let out = timlint(args, TWO_WARNINGS);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn max_warnings_zero_fails_on_any_warning_but_errors_still_decide_alone() {
    let out = timlint(
        &["check", "--format", "github", "--max-warnings", "0"],
        TWO_WARNINGS,
    );
    assert_eq!(out.status.code(), Some(1));
    // An input with an error and no warning: 1, and no word about warnings.
    let out = timlint(
        &["check", "--max-warnings", "0"],
        br#"{"Type": "Public", "Name": ""}"#,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("max-warnings"));
}

#[test]
fn completions_for_bash_zsh_and_fish_know_the_commands_and_options() {
    for (shell, format_option) in [
        ("bash", "--format"),
        ("zsh", "--format"),
        ("fish", "-l format"),
    ] {
        let out = timlint(&["completions", shell], b"");
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = stdout(&out);
        assert!(script.contains("check"), "{shell}: {script}");
        assert!(script.contains(format_option), "{shell}: {script}");
        assert!(script.contains("github"), "{shell}: {script}");
        assert!(out.stderr.is_empty(), "{shell}");
    }
}

#[test]
fn completions_for_an_unknown_shell_are_a_usage_error() {
    let out = timlint(&["completions", "cmd.exe"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn manual_pages_are_roff_from_the_clap_definition() {
    let out = timlint(&["man"], b"");
    assert_eq!(out.status.code(), Some(0));
    let page = stdout(&out);
    assert!(page.contains(".TH timlint 1  \"timlint "), "{page}");
    assert!(
        page.contains(".SH SUBCOMMANDS") && page.contains("timlint\\-check(1)"),
        "{page}"
    );
    let out = timlint(&["man", "check"], b"");
    assert_eq!(out.status.code(), Some(0));
    let page = stdout(&out);
    assert!(page.contains(".TH timlint-check 1"), "{page}");
    // Every long option of check is on its page.
    for option in [
        "\\-\\-fix",
        "\\-\\-unsafe\\-fixes",
        "\\-\\-rule",
        "\\-\\-color",
        "\\-\\-no\\-config",
    ] {
        assert!(
            page.contains(&format!("\\fB{option}\\fR")),
            "{option} in {page}"
        );
    }
    let out = timlint(&["man", "nope"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no command `nope`; one of check"));
}
