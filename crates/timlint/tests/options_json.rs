//! `Options::from_json`, the one options reader of the CLI's `--config` and the npm package,
//! against the serde derives it replaced there: the same options from the same text, the
//! same texts refused, and messages that name the key and what it takes.

use timlint::{Dialect, Lang, Options, Plan, Preset};

fn serde(text: &str) -> Result<Options, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// Accepted by both with the same result, or refused by both.
#[track_caller]
fn same(text: &str) {
    match (Options::from_json(text), serde(text)) {
        (Ok(ours), Ok(theirs)) => assert_eq!(ours, theirs, "{text}"),
        (Err(_), Err(_)) => {}
        (ours, theirs) => panic!("{text}: from_json {ours:?}, serde {theirs:?}"),
    }
}

#[test]
fn accepts_and_refuses_what_serde_did() {
    let accepted = [
        "{}",
        " \n{ } \n",
        r#"{"dialect": "web", "preset": "extended", "lang": "zh-CN"}"#,
        r#"{"dialect": "rest"}"#,
        r#"{"dialect": "sdk"}"#,
        r#"{"dialect": "auto"}"#,
        r#"{"preset": "default"}"#,
        r#"{"lang": "en"}"#,
        r#"{"lang": "zh"}"#,
        r#"{"plan": "pro-plus"}"#,
        r#"{"plan": "trial"}"#,
        r#"{"plan": "standard"}"#,
        r#"{"plan": "pro"}"#,
        r#"{"plan": "enterprise"}"#,
        r#"{"plan": null}"#,
        r#"{"groupKeys": ["a", "b\u00e9"], "memberKeys": []}"#,
        r#"{"groupKeys": null, "memberKeys": null}"#,
        r#"{"limits": {}}"#,
        r#"{"limits": {"name": 0, "introduction": 1, "notification": 2, "faceUrl": 3,
            "members": 4, "sdkMembers": 12, "groupId": 5, "account": 6, "groupCustomFields": 7,
            "memberCustomFields": 8, "customKey": 9, "groupCustomValue": 10,
            "memberCustomValue": 11}}"#,
        r#"{"limits": {"name": null, "faceUrl": 700}}"#,
        r#"{"maxInputBytes": 0, "maxDepth": 1, "maxDiagnostics": 18446744073709551615}"#,
        r#"{"max\u0044epth": 3}"#,
        r#"{"lang": "\u007a\u0068"}"#,
        r#"{"rules": {}}"#,
        r#"{"rules": {"unknown-field": "off", "face-url-scheme": "error", "x": "info", "y": "warning"}}"#,
    ];
    for text in accepted {
        assert!(Options::from_json(text).is_ok(), "{text}");
        same(text);
    }
    let refused = [
        "",
        "   ",
        "42",
        "\"rest\"",
        "true",
        "null",
        "{",
        "{} {}",
        r#"{"nope": 1}"#,
        r#"{"Dialect": "web"}"#,
        r#"{"dialect": "Web"}"#,
        r#"{"dialect": "graphql"}"#,
        r#"{"dialect": null}"#,
        r#"{"dialect": 1}"#,
        r#"{"lang": "fr"}"#,
        r#"{"lang": "zh-cn"}"#,
        r#"{"lang": null}"#,
        r#"{"preset": "big"}"#,
        r#"{"plan": "pro_plus"}"#,
        r#"{"plan": 3}"#,
        r#"{"limits": {"bogus": 1}}"#,
        r#"{"limits": {"name": "x"}}"#,
        r#"{"limits": {"name": -1}}"#,
        r#"{"limits": {"name": 1.5}}"#,
        r#"{"limits": {"name": 1.0}}"#,
        r#"{"limits": {"name": 1e2}}"#,
        r#"{"limits": {"name": true}}"#,
        r#"{"limits": null}"#,
        r#"{"limits": 5}"#,
        r#"{"maxDepth": -1}"#,
        r#"{"maxDepth": -0}"#,
        r#"{"maxDepth": "64"}"#,
        r#"{"maxDepth": null}"#,
        r#"{"maxDiagnostics": 18446744073709551616}"#,
        r#"{"maxDiagnostics": 99999999999999999999999}"#,
        r#"{"groupKeys": "a"}"#,
        r#"{"groupKeys": ["a", 1]}"#,
        r#"{"groupKeys": [null]}"#,
        r#"{"lang": "en", "lang": "en"}"#,
        r#"{"limits": {"name": 1, "name": 2}}"#,
        r#"{"dialect": "web",}"#,
        "{\"dialect\": \"web\"} // note",
        "{/* note */}",
        "\u{feff}{}",
    ];
    for text in refused {
        assert!(Options::from_json(text).is_err(), "{text}");
        same(text);
    }
}

/// The two serde quirks the reader does not keep: a struct from an array, an enum from a
/// one-key object. Both are refused.
#[test]
fn serde_quirks_are_refused() {
    for text in [
        "[]",
        r#"["web"]"#,
        r#"{"limits": [30]}"#,
        r#"{"dialect": {"web": null}}"#,
    ] {
        assert!(serde(text).is_ok(), "serde read {text}");
        let e = Options::from_json(text).unwrap_err().to_string();
        assert!(e.contains("must be"), "{text}: {e}");
    }
}

#[test]
fn values_arrive_where_they_belong() {
    let o = Options::from_json(
        r#"{"dialect": "web", "preset": "extended", "plan": "pro-plus", "lang": "zh",
            "groupKeys": ["k1"], "memberKeys": [], "limits": {"faceUrl": 7, "name": null},
            "maxInputBytes": 10, "maxDepth": 11, "maxDiagnostics": 12}"#,
    )
    .unwrap();
    assert_eq!(
        (o.dialect, o.preset, o.plan, o.lang),
        (
            Dialect::Web,
            Preset::Extended,
            Some(Plan::ProPlus),
            Lang::ZhCn
        )
    );
    assert_eq!(o.group_keys, Some(vec!["k1".to_string()]));
    assert_eq!(o.member_keys, Some(vec![]));
    assert_eq!((o.limits.face_url, o.limits.name), (Some(7), None));
    assert_eq!(
        (o.max_input_bytes, o.max_depth, o.max_diagnostics),
        (10, 11, 12)
    );
    assert_eq!(o.resolved_limits().name, 100);
}

#[test]
fn every_limit_has_its_name() {
    // Each limit read alone lands in its own field (the serde names are the reference).
    let names = timlint::options::LIMITS.iter().map(|l| l.name);
    for (i, name) in names.enumerate() {
        let text = format!(r#"{{"limits": {{"{name}": {}}}}}"#, 1000 + i);
        same(&text);
        assert_ne!(
            Options::from_json(&text).unwrap(),
            Options::default(),
            "{name}"
        );
    }
}

#[track_caller]
fn error(text: &str) -> String {
    Options::from_json(text).unwrap_err().to_string()
}

#[test]
fn messages_name_the_key_and_what_it_takes() {
    assert_eq!(
        error(r#"{"dialet": "web"}"#),
        "unknown option `dialet` (one of dialect, api, groupType, preset, limits, plan, groupKeys, \
         memberKeys, lang, maxInputBytes, maxDepth, maxDiagnostics, rules); did you mean `dialect`?"
    );
    assert_eq!(
        error(r#"{"nope": 1}"#),
        "unknown option `nope` (one of dialect, api, groupType, preset, limits, plan, groupKeys, \
         memberKeys, lang, maxInputBytes, maxDepth, maxDiagnostics, rules)"
    );
    assert_eq!(
        error(r#"{"limits": {"nmae": 1}}"#),
        "unknown option `limits.nmae` (one of name, introduction, notification, faceUrl, \
         members, sdkMembers, addMembers, nameCard, topicName, topicCustomString, topicId, \
         groupId, account, groupCustomFields, memberCustomFields, customKey, groupCustomValue, \
         memberCustomValue); did you mean `limits.name`?"
    );
    assert_eq!(
        error(r#"{"lang": "fr"}"#),
        "`lang` must be one of en, zh-CN, zh, found the string \"fr\""
    );
    assert_eq!(
        error(r#"{"dialect": "Web"}"#),
        "`dialect` must be one of rest, sdk, web, auto, found the string \"Web\"; did you mean \
         `web`?"
    );
    assert_eq!(
        error(r#"{"plan": 3}"#),
        "`plan` must be one of trial, standard, pro, pro-plus, ultimate, enterprise, 体验版, 体验, \
         专业版, 专业, 旗舰版, 旗舰, 企业版, 企业, found 3"
    );
    assert_eq!(
        error(r#"{"preset": null}"#),
        "`preset` must be one of default, extended, found null"
    );
    assert_eq!(
        error(r#"{"maxDepth": -1}"#),
        "`maxDepth` must be a non-negative integer, found -1"
    );
    assert_eq!(
        error(r#"{"limits": {"name": "30"}}"#),
        "`limits.name` must be a non-negative integer, found the string \"30\""
    );
    assert_eq!(
        error(r#"{"limits": {"name": 1.5}}"#),
        "`limits.name` must be a non-negative integer, found 1.5"
    );
    assert_eq!(
        error(r#"{"maxDiagnostics": 99999999999999999999999}"#),
        format!(
            "`maxDiagnostics` must be at most {}, found 99999999999999999999999",
            usize::MAX
        )
    );
    assert_eq!(
        error(r#"{"groupKeys": ["a", 1]}"#),
        "`groupKeys[1]` must be a string, found 1"
    );
    assert_eq!(
        error(r#"{"groupKeys": "a"}"#),
        "`groupKeys` must be an array of strings, found the string \"a\""
    );
    assert_eq!(
        error(r#"{"limits": null}"#),
        "`limits` must be an object, found null"
    );
    assert_eq!(error("[]"), "the options must be an object, found an array");
    assert_eq!(error("42"), "the options must be an object, found 42");
    assert_eq!(
        error(r#"{"lang": "en", "lang": "zh"}"#),
        "option `lang` is given twice"
    );
    assert_eq!(
        error(r#"{"limits": {"name": 1, "name": 2}}"#),
        "option `limits.name` is given twice"
    );
    assert_eq!(
        error(r#"{"rules": {"unknown-field": "of"}}"#),
        "`rules.unknown-field` must be one of off, info, warning, error, found the string \"of\"; \
         did you mean `off`?"
    );
    assert_eq!(
        error(r#"{"rules": ["unknown-field"]}"#),
        "`rules` must be an object of rule IDs and levels, found an array"
    );
    assert_eq!(
        error(r#"{"rules": {"a": "off", "a": "error"}}"#),
        "option `rules.a` is given twice"
    );
    assert_eq!(error(""), "not JSON: the text is empty at line 1, column 1");
    assert_eq!(
        error("{\n  \"lang\": \"en\",\n}"),
        "not JSON: not valid JSON at line 3, column 1"
    );
    assert_eq!(
        error("{} x"),
        "not JSON: more text after the options at line 1, column 4"
    );
    assert_eq!(
        error("{\"lang\": "),
        "not JSON: the text ends too early at line 1, column 10"
    );
    assert_eq!(error("{} // c"), "not JSON: a comment at line 1, column 4");
    assert_eq!(
        error("\u{feff}{}"),
        "not JSON: a byte-order mark at line 1, column 1"
    );
    // A long value is shortened in the message.
    let long = "x".repeat(100);
    let e = error(&format!(r#"{{"lang": "{long}"}}"#));
    assert!(e.contains(&format!("\"{}…\"", "x".repeat(40))), "{e}");
}

/// Every options file of the corpus reads the same as with serde.
#[test]
fn corpus_options_files() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let mut n = 0;
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.to_string_lossy().ends_with(".options.json") {
                let text = std::fs::read_to_string(&path).unwrap();
                assert_eq!(
                    Options::from_json(&text).map_err(|e| e.to_string()),
                    serde(&text),
                    "{}",
                    path.display()
                );
                n += 1;
            }
        }
    }
    assert!(n > 0, "no options files in the corpus");
}

/// `api` reads the sheet's names and aliases whatever their case, `-` or `_`, and a
/// `v4/<service>/` path; an SDK method's name sets the dialect unless `dialect` is given.
#[test]
fn api_names_and_aliases() {
    use timlint::{Api, Dialect};
    for (name, api, dialect) in [
        ("modify-group", Api::ModifyGroup, Dialect::Rest),
        ("MODIFY_GROUP_BASE_INFO", Api::ModifyGroup, Dialect::Rest),
        (
            "v4/group_open_http_svc/modify_group_base_info",
            Api::ModifyGroup,
            Dialect::Rest,
        ),
        ("updateGroupProfile", Api::ModifyGroup, Dialect::Web),
        ("setGroupInfo", Api::ModifyGroup, Dialect::Sdk),
        ("inviteUserToGroup", Api::AddMembers, Dialect::Sdk),
        ("addGroupMember", Api::AddMembers, Dialect::Web),
        (
            "v4/million_group_open_http_svc/create_topic",
            Api::CreateTopic,
            Dialect::Rest,
        ),
        ("createTopicInCommunity", Api::CreateTopic, Dialect::Rest),
        ("setGroupMemberRole", Api::ModifyMember, Dialect::Rest),
        ("setGroupMemberNameCard", Api::ModifyMember, Dialect::Web),
        ("import_group", Api::ImportGroup, Dialect::Rest),
    ] {
        let o = Options::from_json(&format!(r#"{{"api": "{name}"}}"#)).unwrap();
        assert_eq!((o.api, o.dialect), (api, dialect), "{name}");
        let given = format!(r#"{{"api": "{name}", "dialect": "rest"}}"#);
        assert_eq!(
            Options::from_json(&given).unwrap().dialect,
            Dialect::Rest,
            "{name}"
        );
    }
    let e = error(r#"{"api": "modify-grop"}"#);
    assert!(e.contains("did you mean `modify-group`"), "{e}");
    let e = error(r#"{"api": "import_group", "dialect": "web"}"#);
    assert_eq!(e, "`import-group` has no web spelling: it is a REST call");
    let o = Options::from_json(r#"{"groupType": "Work"}"#).unwrap();
    assert_eq!(o.group_type, Some(timlint::GroupType::Work));
}
