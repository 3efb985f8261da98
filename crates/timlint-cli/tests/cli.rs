//! The `timlint` binary as a person and a CI job use it: the whole corpus through
//! `check --format json`, exit codes, stdin, NDJSON, the printers, and the other commands.

use std::path::Path;
use std::process::Output;

use serde_json::{Value, json};

#[path = "../../timlint/tests/common/mod.rs"]
mod common;
mod support;

/// Runs within `support::DEADLINE` (killed past it, or when the test fails).
fn timlint(args: &[&str], stdin: Option<&[u8]>) -> Output {
    support::run(args, stdin.unwrap_or_default())
}

fn stdout_json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON document ({e}):\n{}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

#[test]
fn the_whole_corpus_through_check_format_json() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for (dialect, _, f) in common::fixtures() {
        let file = f.to_str().unwrap();
        let api = common::api_of(&f);
        let mut args = vec![
            "check",
            "--format",
            "json",
            "--dialect",
            dialect.as_str(),
            "--api",
            api.as_str(),
        ];
        let opts = common::sibling(&f, "options.json");
        let opts_s = opts.to_str().unwrap().to_string();
        if opts.exists() {
            args.extend(["--config", &opts_s]);
        }
        args.push(file);
        let out = timlint(&args, None);
        let v = stdout_json(&out);
        let report = &v[0];
        assert_eq!(report["file"], file);
        let diags = report["diagnostics"].as_array().unwrap();
        let got: String = diags
            .iter()
            .map(|d| {
                json!({
                    "rule": d["rule"], "severity": d["severity"], "path": d["path"],
                    "line": d["line"], "column": d["column"], "tencent_code": d["tencentCode"],
                })
                .to_string()
                    + "\n"
            })
            .collect();
        let want = std::fs::read_to_string(common::sibling(&f, "expected")).unwrap();
        if got != want {
            failures.push(format!("{file}\n--- expected\n{want}--- got\n{got}"));
        }
        let has_error = diags.iter().any(|d| d["severity"] == "error");
        assert_eq!(report["valid"], !has_error, "{file}");
        assert_eq!(out.status.code(), Some(i32::from(has_error)), "{file}");
        for d in diags {
            assert!(d["message"].as_str().is_some_and(|m| !m.is_empty()));
            assert!(d["help"].is_null() || d["help"].is_string());
        }
        checked += 1;
    }
    assert!(checked > 50);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn stdin_is_read_when_no_file_or_dash() {
    for args in [
        &["check", "--format", "json"][..],
        &["check", "--format", "json", "-"][..],
    ] {
        let out = timlint(args, Some(br#"{"Type": "Publich", "Name": "x"}"#));
        assert_eq!(out.status.code(), Some(1));
        let v = stdout_json(&out);
        assert_eq!(v[0]["file"], "-");
        assert_eq!(v[0]["diagnostics"][0]["rule"], "unknown-group-type");
        assert_eq!(v[0]["diagnostics"][0]["suggestion"], "Public");
    }
}

#[test]
fn exit_codes() {
    let ok = timlint(&["check"], Some(br#"{"Type": "Public", "Name": "x"}"#));
    assert_eq!(ok.status.code(), Some(0));
    let warning_only = timlint(
        &["check"],
        Some(br#"{"Type": "Public", "Name": "x", "nmae": 1}"#),
    );
    assert_eq!(warning_only.status.code(), Some(0));
    let missing = timlint(&["check", "/no/such/file.json"], None);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read /no/such/file.json"));
    // Text that is not UTF-8 is an invalid payload (`invalid-json`), not an I/O error.
    let not_utf8 = timlint(&["check"], Some(b"{\"Name\": \"\xff\"}"));
    assert_eq!(not_utf8.status.code(), Some(1));
    let usage = timlint(&["check", "--format", "yaml"], None);
    assert_eq!(usage.status.code(), Some(2));
    let bad_config = timlint(&["check", "--config", "/no/such/options.json"], Some(b"{}"));
    assert_eq!(bad_config.status.code(), Some(2));
}

#[test]
fn ndjson_reports_each_line() {
    let input = b"{\"Type\": \"Public\", \"Name\": \"a\"}\n\n{\"Type\": \"Public\", \"Name\": \"\"}\nnot json\n";
    let out = timlint(&["check", "--ndjson", "--format", "json"], Some(input));
    assert_eq!(out.status.code(), Some(1));
    let v = stdout_json(&out);
    let files: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, ["-:1", "-:3", "-:4"]);
    assert_eq!(v[0]["valid"], true);
    assert_eq!(v[1]["diagnostics"][0]["rule"], "empty-name");
    assert_eq!(v[1]["diagnostics"][0]["line"], 3);
    assert_eq!(v[2]["diagnostics"][0]["rule"], "invalid-json");
}

#[test]
fn text_output_is_compiler_style() {
    // The limit is pinned: the message states it.
    let out = timlint(&["check", "--max-name-bytes", "30"], Some(b"{\n  \"Type\": \"Public\",\n  \"Name\": \"\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\xe6\x96\x87\xe4\xb8\xad\"\n}"));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(
            "error[too-many-bytes]: `Name` is 33 bytes (11 characters); the limit is 30 bytes"
        ),
        "{text}"
    );
    assert!(text.contains("--> -:3:11"), "{text}");
    assert!(text.contains("3 |   \"Name\": "), "{text}");
    // Under the value: eleven CJK characters (two columns each) and the quotes.
    assert!(
        text.contains(&format!("\n  |           {}\n", "^".repeat(24))),
        "{text}"
    );
    assert!(
        text.contains("help: the longest prefix that fits is 30 bytes (10 characters)"),
        "{text}"
    );
    assert!(text.contains("1 error, 0 warnings in 1 input"), "{text}");
}

/// `--no-snippets`: the text output shows no source line, so no value but the one reported
/// (and that only as the help's suggestion); JSON carries the suggestion once as data, its
/// params only refer to it (`{suggestion}` in the help template).
#[test]
fn no_snippets_shows_no_neighbouring_value() {
    // The Name limit is pinned at 30: a 40-byte name is over it and the whole line fits the
    // snippet's width.
    let pin = ["--max-name-bytes", "30"];
    let src = format!(
        r#"{{"Type": "Public", "Name": "{}", "Introduction": "hunter2-secret"}}"#,
        "x".repeat(40)
    );
    let with = timlint(&[&["check"][..], &pin[..]].concat(), Some(src.as_bytes()));
    let with = String::from_utf8(with.stdout).unwrap();
    assert!(
        with.contains("1 | ") && with.contains("hunter2-secret"),
        "{with}"
    );
    for args in [
        &["check", "--no-snippets"][..],
        &["convert", "--no-snippets"],
    ] {
        let out = timlint(&[args, &pin[..]].concat(), Some(src.as_bytes()));
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let text = String::from_utf8([out.stdout, out.stderr].concat()).unwrap();
        assert!(text.contains("error[too-many-bytes]"), "{text}");
        assert!(text.contains("  --> -:1:28\n  = at /Name"), "{text}");
        assert!(!text.contains("hunter2") && !text.contains(" | "), "{text}");
    }
    let v = stdout_json(&timlint(
        &["check", "--format", "json", "--max-name-bytes", "30"],
        Some(src.as_bytes()),
    ));
    let d = &v[0]["diagnostics"][0];
    let suggestion = "x".repeat(30);
    assert_eq!(d["suggestion"], suggestion.as_str());
    assert!(d["help"].as_str().unwrap().contains(&suggestion));
    let params = d["params"].to_string();
    assert!(!params.contains(&suggestion), "{params}");
}

#[test]
fn chinese_messages() {
    let out = timlint(
        &["check", "--lang", "zh-CN", "--format", "json"],
        Some(br#"{"Type": "Public"}"#),
    );
    let v = stdout_json(&out);
    assert_eq!(v[0]["diagnostics"][0]["message"], "缺少必填字段 `Name`");
}

#[test]
fn sarif_is_one_log_with_rules_and_results() {
    let out = timlint(
        &["check", "--format", "sarif"],
        Some(br#"{"Type": "Public", "Name": ""}"#),
    );
    let v = stdout_json(&out);
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert!(run["tool"]["driver"]["rules"].as_array().unwrap().len() >= 37);
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "empty-name");
    assert_eq!(result["level"], "error");
    assert_eq!(
        result["locations"][0]["physicalLocation"]["region"]["startLine"],
        1
    );
    assert_eq!(
        result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"],
        "/Name"
    );
}

#[test]
fn options_flags_reach_the_rules() {
    let members: Vec<String> = (0..101)
        .map(|i| format!("{{\"Member_Account\": \"u{i}\"}}"))
        .collect();
    let body = format!(
        "{{\"Type\": \"Public\", \"Name\": \"x\", \"MemberList\": [{}]}}",
        members.join(",")
    );
    let out = timlint(
        &["check", "--format", "json", "--max-members", "100"],
        Some(body.as_bytes()),
    );
    assert_eq!(
        stdout_json(&out)[0]["diagnostics"][0]["rule"],
        "too-many-members"
    );
    let out = timlint(
        &["check", "--format", "json", "--group-keys", "a,b"],
        Some(br#"{"Type": "Public", "Name": "x", "AppDefinedData": [{"Key": "c", "Value": "v"}]}"#),
    );
    assert_eq!(
        stdout_json(&out)[0]["diagnostics"][0]["rule"],
        "unconfigured-custom-key"
    );
    let out = timlint(
        &["check", "--format", "json", "--plan", "trial"],
        Some(br#"{"Type": "Community", "Name": "x"}"#),
    );
    assert_eq!(
        stdout_json(&out)[0]["diagnostics"][0]["rule"],
        "type-not-in-plan"
    );
    let out = timlint(
        &["check", "--format", "json", "--preset", "extended"],
        Some(format!("{{\"Type\": \"Public\", \"Name\": \"{}\"}}", "x".repeat(31)).as_bytes()),
    );
    assert_eq!(stdout_json(&out)[0]["valid"], true);
}

#[test]
fn rules_and_explain() {
    let out = timlint(&["rules"], None);
    let text = String::from_utf8(out.stdout).unwrap();
    for id in [
        "invalid-json",
        "too-many-bytes",
        "unconfigured-custom-key",
        "type-not-in-plan",
    ] {
        assert!(
            text.lines().any(|l| l.starts_with(id)),
            "{id} missing from `timlint rules`"
        );
    }
    // Grouped by call: each call's heading, then its rules.
    let headings: Vec<&str> = text.lines().filter(|l| l.ends_with(':')).collect();
    assert_eq!(
        headings,
        [
            "create-group:",
            "modify-group:",
            "add-members:",
            "create-topic:",
            "import-group:",
            "modify-member:"
        ]
    );
    // One call's, by any of its names: its own rules, not another call's.
    for api in [
        "modify-group",
        "updateGroupProfile",
        "v4/group_open_http_svc/modify_group_base_info",
    ] {
        let out = timlint(&["rules", "--api", api], None);
        let ids: Vec<String> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| l.split(' ').next().unwrap().to_string())
            .collect();
        assert!(ids.contains(&"empty-update".to_string()), "{api}: {ids:?}");
        assert!(ids.contains(&"invalid-json".to_string()), "{api}");
        assert!(!ids.contains(&"topic-id-prefix".to_string()), "{api}");
        assert!(!ids.contains(&"owner-in-member-list".to_string()), "{api}");
    }
    let out = timlint(&["rules", "--api", "delete-group"], None);
    assert_eq!(out.status.code(), Some(2));
    let out = timlint(&["explain", "empty-update"], None);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Calls: modify-group."), "{text}");
    let out = timlint(&["explain", "too-many-bytes"], None);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("# too-many-bytes") && text.contains("grapheme"),
        "{text}"
    );
    let out = timlint(&["explain", "too-many-byte"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `too-many-bytes`"));
}

#[test]
fn convert_sdk_to_rest_and_back_through_the_checker() {
    let sdk = br#"{"groupType": "Work", "groupName": "team", "approveOpt": 2, "isAllMuted": true,
        "memberList": [{"userID": "bob", "role": 200}, {"userID": "amy", "role": "V2TIM_GROUP_MEMBER_ROLE_MEMBER"}]}"#;
    let out = timlint(&["convert", "--from", "sdk", "--to", "rest"], Some(sdk));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let body = stdout_json(&out);
    assert_eq!(body["Type"], "Private");
    assert_eq!(body["InviteJoinOption"], "FreeAccess");
    assert_eq!(body["MemberList"][1]["Member_Account"], "amy");
    assert!(String::from_utf8_lossy(&out.stderr).contains("isAllMuted"));
    let back = timlint(&["check", "--format", "json"], Some(&out.stdout));
    assert_eq!(stdout_json(&back)[0]["valid"], true);
    let bad = timlint(
        &["convert", "--from", "web"],
        Some(br#"{"type": "Public"}"#),
    );
    assert_eq!(bad.status.code(), Some(1));
    assert!(bad.stdout.is_empty());
}

/// `convert --api`: each call's payload converts by its own table, and the body passes
/// `check` as that call's REST payload; an SDK method's name implies its dialect.
#[test]
fn convert_each_call_and_back_through_the_checker() {
    // (api, flags, payload, the dialect the api name implies, the REST body)
    type Case<'a> = (&'a str, &'a [&'a str], &'a [u8], &'a str, Value);
    let cases: [Case<'_>; 5] = [
        (
            "modify-group",
            &["--from", "sdk"],
            br#"{"groupID": "g", "groupName": "n", "isAllMuted": false, "customInfo": {"k": "v"}}"#,
            "",
            json!({"GroupId": "g", "Name": "n", "AppDefinedData": [{"Key": "k", "Value": "v"}], "MuteAllMember": "Off"}),
        ),
        (
            "addGroupMember",
            &[],
            br#"{"groupID": "g", "userIDList": ["a"]}"#,
            "web",
            json!({"GroupId": "g", "MemberList": [{"Member_Account": "a"}]}),
        ),
        (
            "create-topic",
            &["--from", "sdk"],
            br#"{"groupID": "@TGS#_g", "topicInfo": {"topicName": "t", "topicFaceUrl": "https://f"}}"#,
            "",
            json!({"GroupId": "@TGS#_g", "TopicName": "t", "FaceUrl": "https://f"}),
        ),
        (
            "setGroupMemberMuteTime",
            &[],
            br#"{"groupID": "g", "userID": "u", "muteTime": 60}"#,
            "web",
            json!({"GroupId": "g", "Member_Account": "u", "MuteTime": 60}),
        ),
        (
            "import-group",
            &["--from", "rest"],
            br#"{"Type": "Public", "Name": "n"}"#,
            "",
            json!({"Type": "Public", "Name": "n"}),
        ),
    ];
    for (api, flags, src, implied, want) in cases {
        let mut args = vec!["convert", "--api", api];
        args.extend(flags);
        let out = timlint(&args, Some(src));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{api}: {stderr}");
        assert_eq!(stdout_json(&out), want, "{api}");
        if !implied.is_empty() {
            assert!(
                stderr.contains(&format!("from {implied} to rest")),
                "{stderr}"
            );
        }
        let back = timlint(
            &[
                "check",
                "--api",
                api,
                "--dialect",
                "rest",
                "--format",
                "json",
            ],
            Some(&out.stdout),
        );
        assert_eq!(stdout_json(&back)[0]["valid"], true, "{api}");
    }
    let out = timlint(
        &["convert", "--api", "import-group", "--from", "web"],
        Some(br#"{"Type": "Public", "Name": "n"}"#),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("`import-group` is a REST call only"),
        "{stderr}"
    );
}

/// The README's `timlint convert` examples print what the README shows (stdout, then the
/// `timlint:` lines of stderr).
#[test]
fn the_readmes_convert_examples_print_what_it_shows() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md"))
            .unwrap();
    let mut checked = 0;
    for block in readme.split("```sh\n").skip(1) {
        let block = &block[..block.find("```").unwrap()];
        let Some(rest) = block.strip_prefix("$ echo '") else {
            continue;
        };
        let Some((payload, rest)) = rest.split_once("' | timlint ") else {
            continue;
        };
        let (command, shown) = rest.split_once('\n').unwrap();
        let args: Vec<&str> = command.split_whitespace().collect();
        if args[0] != "convert" {
            continue;
        }
        let out = timlint(&args, Some(payload.as_bytes()));
        let printed =
            String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
        assert_eq!(printed, shown, "README: timlint {command}");
        checked += 1;
    }
    assert!(
        checked >= 2,
        "only {checked} convert examples in the README"
    );
}

/// `timlint convert` prints, byte for byte, the golden REST body of every payload under
/// `tests/convert/` (the library's `convert_golden` test checks the same files).
#[test]
fn convert_prints_the_golden_rest_bodies() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/convert");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let Some(stem) = name.strip_suffix(".json") else {
            continue;
        };
        let Some((_, dialect @ ("sdk" | "web"))) = stem.rsplit_once('.') else {
            continue;
        };
        let out = timlint(
            &["convert", "--from", dialect, path.to_str().unwrap()],
            None,
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let want = std::fs::read_to_string(dir.join(format!("{stem}.rest.json"))).unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), want, "{name}");
        checked += 1;
    }
    assert!(checked >= 2, "only {checked} golden conversions");
}

#[test]
fn ndjson_survives_bad_lines_and_keeps_order() {
    let mut input = Vec::new();
    for i in 0..3000 {
        input.extend_from_slice(
            format!("{{\"Type\": \"Public\", \"Name\": \"g{i}\"}}\n").as_bytes(),
        );
    }
    input.extend_from_slice(b"{\"Name\": \"\xff\"}\n");
    input.extend_from_slice(
        format!(
            "{{\"Type\": \"Public\", \"Name\": \"{}\"}}\r\n",
            "x".repeat(5000)
        )
        .as_bytes(),
    );
    input.extend_from_slice(b"{\"Type\": \"Public\", \"Name\": \"last\"}");
    let out = timlint(
        &[
            "check",
            "--ndjson",
            "--format",
            "json",
            "--max-input-bytes",
            "4096",
        ],
        Some(&input),
    );
    // A line that is not UTF-8 gets the core's verdict, invalid-json, like any other line.
    assert_eq!(out.status.code(), Some(1));
    let v = stdout_json(&out);
    let reports = v.as_array().unwrap();
    assert_eq!(reports.len(), 3003);
    for (i, r) in reports.iter().take(3000).enumerate() {
        assert_eq!(r["file"], format!("-:{}", i + 1));
        assert_eq!(r["valid"], true);
    }
    assert_eq!(reports[3000]["file"], "-:3001");
    assert_eq!(
        reports[3000]["diagnostics"][0]["messageId"],
        "invalid-json.not-utf8"
    );
    assert_eq!(reports[3001]["file"], "-:3002");
    assert_eq!(reports[3001]["diagnostics"][0]["rule"], "input-too-large");
    assert_eq!(reports[3002]["file"], "-:3003");
    assert_eq!(reports[3002]["valid"], true);
}

/// README's rule table is `timlint rules --format markdown`'s output; `TIMLINT_BLESS=1`
/// writes it there.
#[test]
fn the_readmes_rule_table_is_what_rules_format_markdown_prints() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = readme.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("| rule | severity |"))
        .expect("README has the rule table");
    let end = start
        + lines[start..]
            .iter()
            .take_while(|l| !l.trim().is_empty())
            .count();
    let out = timlint(&["rules", "--format", "markdown"], None);
    assert_eq!(out.status.code(), Some(0));
    let printed = String::from_utf8(out.stdout).unwrap();
    let printed: Vec<&str> = printed.lines().collect();
    assert!(printed.len() > 40);
    if std::env::var_os("TIMLINT_BLESS").is_some() {
        let mut all = lines[..start].to_vec();
        all.extend(&printed);
        all.extend(&lines[end..]);
        std::fs::write(&path, all.join("\n") + "\n").unwrap();
        return;
    }
    assert_eq!(
        lines[start..end],
        printed,
        "README's rule table differs from `timlint rules --format markdown`: TIMLINT_BLESS=1 cargo test -p timlint-cli --test cli writes it"
    );
}

#[test]
fn auto_says_which_dialect_it_chose() {
    let sdk = br#"{"groupType": "Public", "groupName": "x"}"#;
    let text =
        String::from_utf8(timlint(&["check", "--dialect", "auto"], Some(sdk)).stdout).unwrap();
    assert!(
        text.starts_with("-: read as sdk (--dialect auto)"),
        "{text}"
    );
    let v = stdout_json(&timlint(
        &["check", "--dialect", "auto", "--format", "json"],
        Some(sdk),
    ));
    assert_eq!(v[0]["dialect"], "sdk");
    let web = br#"{"type": "Public", "name": "x", "avatar": "https://a/b.png"}"#;
    let v = stdout_json(&timlint(
        &["check", "--dialect", "auto", "--format", "json"],
        Some(web),
    ));
    assert_eq!(
        (v[0]["dialect"].as_str(), v[0]["valid"].as_bool()),
        (Some("web"), Some(true))
    );
}

#[test]
fn a_directory_is_searched_for_payload_files() {
    let root = std::env::temp_dir().join(format!("timlint-dir-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let valid = br#"{"Type": "Public", "Name": "x"}"#;
    let files: [(&str, &[u8]); 8] = [
        ("b.json", valid),
        (
            "a/z.jsonc",
            b"{\"Type\": \"Public\", \"Name\": \"\"} // empty",
        ),
        ("a/y.JSON", valid),
        ("notes.txt", b"not a payload"),
        (".hidden/x.json", b"not even JSON"),
        ("node_modules/m/x.json", b"not even JSON"),
        (
            "lines.ndjson",
            b"{\"Type\": \"Public\", \"Name\": \"x\"}\n{}\n",
        ),
        ("empty/.keep", b""),
    ];
    for (name, bytes) in files {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    let dir = root.to_str().unwrap();
    let names = |out: &Output| -> Vec<String> {
        let v = stdout_json(out);
        v.as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let file = r["file"].as_str().unwrap();
                file.strip_prefix(dir).unwrap().replace('\\', "/")
            })
            .collect()
    };

    // Payload files in path order, hidden entries and node_modules left out.
    let out = timlint(&["check", "--format", "json", dir], None);
    assert_eq!(names(&out), ["/a/y.JSON", "/a/z.jsonc", "/b.json"]);
    assert_eq!(out.status.code(), Some(1), "a/z.jsonc has errors");

    // With --ndjson, the NDJSON files, each line an input.
    let out = timlint(&["check", "--format", "json", "--ndjson", dir], None);
    assert_eq!(names(&out), ["/lines.ndjson:1", "/lines.ndjson:2"]);

    // A directory with no payload file is an error of its own (exit 2), the others still checked.
    let empty = root.join("empty");
    let b = root.join("b.json");
    let out = timlint(
        &[
            "check",
            "--format",
            "json",
            empty.to_str().unwrap(),
            b.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("holds no payload file"));
    assert_eq!(stdout_json(&out).as_array().unwrap().len(), 1);
    std::fs::remove_dir_all(&root).unwrap();
}

/// The README's examples of the calls: each command, run, prints every diagnostic line shown
/// under it (the README cuts the source lines, not the diagnostics).
#[test]
fn the_readmes_call_examples_print_what_they_show() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let section = readme
        .split("## Calls")
        .nth(1)
        .expect("README has a Calls section");
    let block = section
        .split("```console\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("the Calls section has a console block");
    let mut commands = 0;
    for example in block.split("$ timlint ").skip(1) {
        let mut lines = example.lines();
        let args: Vec<String> = lines
            .next()
            .unwrap()
            .split_whitespace()
            .map(|a| match a.starts_with("examples/") {
                true => root.join(a).to_string_lossy().into_owned(),
                false => a.to_string(),
            })
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = timlint(&args, None);
        let printed = String::from_utf8_lossy(&out.stdout);
        for shown in lines.filter(|l| !l.trim().is_empty()) {
            assert!(
                printed.lines().any(|p| p == shown),
                "`timlint {}` does not print {shown:?}:\n{printed}",
                args.join(" ")
            );
        }
        commands += 1;
    }
    assert_eq!(commands, 5, "one example per call but create-group");
}
