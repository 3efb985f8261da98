//! `Report` and `Diagnostic` for a service: `Serialize` gives the CLI's `--format json` report
//! without `"file"` (texts in English), `Display` the compiler-style text without a source
//! snippet. Checked on literal payloads and, through the `.snap` snapshots (data and English
//! text), on every corpus fixture.

use serde_json::{Value, json};
use timlint::render::json::JsonReport;
use timlint::{Lang, Options};

mod common;

use common::{fixtures, options_for, sibling};

const HELP: &str =
    "did you mean `Public`? (one of Private, Public, ChatRoom, AVChatRoom, BChatRoom, Community)";

#[test]
fn a_report_serializes_as_the_cli_json_without_file() {
    let report = timlint::validate(
        r#"{"Type": "Publich", "Name": "TestGroup", "FaceUrl": "ftp://x"}"#,
        &Options::default(),
    );
    let want = json!({
        "dialect": "rest",
        "valid": false,
        "diagnostics": [
            {
                "rule": "unknown-group-type",
                "severity": "error",
                "path": "/Type",
                "message": "unknown group type `Publich` in `Type`",
                "messageId": "unknown-group-type",
                "params": {
                    "field": "Type",
                    "value": "Publich",
                    "choices": ["Private", "Public", "ChatRoom", "AVChatRoom", "BChatRoom", "Community"]
                },
                "tencentCode": 10004,
                "answeredBy": "server",
                "help": HELP,
                "helpId": "common.did-you-mean-one-of",
                "suggestion": "Public",
                "fix": {"start": 9, "end": 18, "replacement": "\"Public\"", "applicability": "safe"},
                "line": 1,
                "column": 10
            },
            {
                "rule": "face-url-scheme",
                "severity": "warning",
                "path": "/FaceUrl",
                "message": "`FaceUrl` is not an http(s) URL: \"ftp://x\"",
                "messageId": "face-url-scheme",
                "params": {"field": "FaceUrl", "value": "ftp://x"},
                "tencentCode": null,
                "answeredBy": null,
                "help": "use an absolute URL starting with https://",
                "helpId": "face-url-scheme.help",
                "suggestion": null,
                "line": 1,
                "column": 53
            }
        ]
    });
    assert_eq!(serde_json::to_value(&report).unwrap(), want);
    assert_eq!(
        serde_json::to_value(&report.diagnostics[1]).unwrap(),
        want["diagnostics"][1]
    );
}

#[test]
fn omitted_diagnostics_are_counted_in_json_and_text() {
    let opts = Options {
        max_diagnostics: 1,
        ..Options::default()
    };
    let report = timlint::validate(r#"{"a": 1, "b": 2, "Type": "Public", "Name": "x"}"#, &opts);
    let v = serde_json::to_value(&report).unwrap();
    assert_eq!(
        (v["valid"].clone(), v["omitted"].clone()),
        (json!(true), json!(1))
    );
    let text = report.to_string();
    assert!(
        text.ends_with("\n1 more diagnostics not shown (option maxDiagnostics)"),
        "{text}"
    );
    let valid = timlint::validate(r#"{"Type": "Public", "Name": "x"}"#, &Options::default());
    assert_eq!(valid.to_string(), "");
    assert_eq!(
        serde_json::to_value(&valid).unwrap(),
        json!({"dialect": "rest", "valid": true, "diagnostics": []})
    );
}

#[test]
fn display_is_the_text_printer_without_file_and_snippet() {
    let report = timlint::validate(
        r#"{"Type": "Publich", "Name": "TestGroup", "FaceUrl": "ftp://x"}"#,
        &Options::default(),
    );
    assert_eq!(
        report.to_string(),
        format!(
            "error[unknown-group-type]: unknown group type `Publich` in `Type`\n  \
             = at /Type; the server would answer 10004\n  \
             = help: {HELP}\n\
             warning[face-url-scheme]: `FaceUrl` is not an http(s) URL: \"ftp://x\"\n  \
             = at /FaceUrl\n  \
             = help: use an absolute URL starting with https://"
        )
    );
}

/// The English text section of a snapshot without the lines a service's text leaves out:
/// `-->` and the source snippet (`|` lines), the blank lines between diagnostics and the
/// `<file>: N more` line.
fn text_without_snippets(snap: &str) -> String {
    let en = snap
        .split("\n## text (en)\n")
        .nth(1)
        .and_then(|s| s.split("\n## text (zh-CN)\n").next())
        .unwrap_or("");
    en.lines()
        .filter(|l| {
            let t = l.trim_start();
            !(l.is_empty()
                || t.starts_with("--> ")
                || t.starts_with('|')
                || t.split_once(" |")
                    .is_some_and(|(n, _)| n.parse::<u32>().is_ok())
                || l.contains("more diagnostics not shown"))
        })
        .map(|l| {
            // The gutter is as wide as the line number; Display's is one column.
            let t = l.trim_start();
            if t.starts_with("= ") {
                format!("  {t}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_corpus_fixture_serializes_and_displays_as_its_snapshot_says() {
    let mut n = 0;
    for (dialect, name, payload) in fixtures() {
        let bytes = std::fs::read(&payload).unwrap();
        let report = timlint::validate_bytes(&bytes, &options_for(dialect, &payload));
        let got = serde_json::to_value(&report).unwrap();

        // The CLI's report, made as the CLI makes it, less its "file".
        let mut cli =
            serde_json::to_value(JsonReport::new(Some(&name), &report, Lang::En)).unwrap();
        cli.as_object_mut().unwrap().remove("file");
        assert_eq!(got, cli, "{name}");

        // The data in the snapshot, with the English texts added.
        let snap = std::fs::read_to_string(sibling(&payload, "snap")).unwrap();
        let data = snap
            .split("\n## data\n")
            .nth(1)
            .and_then(|s| s.split("\n## text").next())
            .unwrap_or("");
        let want: Vec<Value> = data
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let mut diags = got["diagnostics"].as_array().unwrap().clone();
        for (d, r) in diags.iter_mut().zip(&report.diagnostics) {
            let d = d.as_object_mut().unwrap();
            assert_eq!(d.remove("message"), Some(json!(r.message_text(Lang::En))));
            assert_eq!(d.remove("help"), Some(json!(r.help_text(Lang::En))));
        }
        assert_eq!(diags, want, "{name}");

        // The English text of the snapshot, without file, source lines and blank lines.
        assert_eq!(report.to_string(), text_without_snippets(&snap), "{name}");
        n += 1;
    }
    assert!(n > 100, "{n} fixtures");
}
