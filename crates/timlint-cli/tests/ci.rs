//! The CLI in CI (issue #19): `--format github` annotations.

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
