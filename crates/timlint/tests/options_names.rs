//! The options' public helpers that the CLI and the npm package call and `Options::from_json`
//! does not: the name parsers, the presets' limits and `Limits::to_json`. cargo-mutants found
//! each of them replaceable (a parser returning `None`, a preset's field left at the default,
//! `to_json` returning an empty string) with every test of this crate green.

use timlint::{Dialect, Lang, Limits, Options, Plan, Preset};

#[test]
fn lang_names() {
    assert_eq!(Lang::parse("en"), Some(Lang::En));
    for zh in ["zh-CN", "zh", "zh-cn"] {
        assert_eq!(Lang::parse(zh), Some(Lang::ZhCn), "{zh}");
    }
    for not in ["", "EN", "zh-TW", "fr"] {
        assert_eq!(Lang::parse(not), None, "{not}");
    }
}

#[test]
fn dialect_names_round_trip() {
    for d in [Dialect::Rest, Dialect::Sdk, Dialect::Web, Dialect::Auto] {
        assert_eq!(Dialect::parse(d.as_str()), Some(d));
    }
    assert_eq!(
        [Dialect::Rest, Dialect::Sdk, Dialect::Web, Dialect::Auto].map(Dialect::as_str),
        ["rest", "sdk", "web", "auto"]
    );
    assert_eq!(Dialect::parse("REST"), None);
}

/// Both consoles' names (sheet 9H): trtc.io's, and cloud.tencent.com's with and without 版.
#[test]
fn plan_names_of_both_consoles() {
    let names = [
        ("trial", Plan::Trial),
        ("standard", Plan::Standard),
        ("pro", Plan::Pro),
        ("pro-plus", Plan::ProPlus),
        ("ultimate", Plan::Ultimate),
        ("enterprise", Plan::Enterprise),
        ("体验版", Plan::Trial),
        ("体验", Plan::Trial),
        ("专业版", Plan::Pro),
        ("专业", Plan::Pro),
        ("旗舰版", Plan::Ultimate),
        ("旗舰", Plan::Ultimate),
        ("企业版", Plan::Enterprise),
        ("企业", Plan::Enterprise),
    ];
    for (name, plan) in names {
        assert_eq!(Plan::parse(name), Some(plan), "{name}");
    }
    for (name, plan) in &names[..6] {
        assert_eq!(plan.as_str(), *name);
    }
    for not in ["", "Pro", "pro plus", "标准版", "free"] {
        assert_eq!(Plan::parse(not), None, "{not}");
    }
}

/// Sheet section 2: `extended` raises the four text limits only, and (group-apis §7E) a
/// topic's name. The default preset's values
/// are the declaration's (`options.rs`), not restated here: a changed default keeps this green.
#[test]
fn presets_limits() {
    let default = Limits::preset(Preset::Default);
    assert_eq!(default, Limits::default());
    let extended = Limits::preset(Preset::Extended);
    assert_eq!(
        (
            extended.name,
            extended.introduction,
            extended.notification,
            extended.face_url,
            extended.topic_name
        ),
        (100, 400, 400, 500, 150)
    );
    for (name, d, e) in [
        ("name", default.name, extended.name),
        ("introduction", default.introduction, extended.introduction),
        ("notification", default.notification, extended.notification),
        ("faceUrl", default.face_url, extended.face_url),
        ("topicName", default.topic_name, extended.topic_name),
    ] {
        assert!(d < e, "{name}: default {d}, extended {e}");
    }
    assert_eq!(
        Limits {
            name: default.name,
            introduction: default.introduction,
            notification: default.notification,
            face_url: default.face_url,
            topic_name: default.topic_name,
            ..extended
        },
        default
    );
}

/// `to_json` is what serde_json writes for the same limits: every value under its own name.
#[test]
fn limits_to_json_is_serde_json() {
    // Every limit a value of its own (1, 2, …), through the reader.
    let each: Vec<String> = (timlint::options::LIMITS.iter().enumerate())
        .map(|(i, l)| format!("\"{}\": {}", l.name, i + 1))
        .collect();
    let distinct = Options::from_json(&format!("{{\"limits\": {{{}}}}}", each.join(", ")))
        .unwrap()
        .resolved_limits();
    assert_eq!(distinct.name, 1);
    for limits in [
        Limits::preset(Preset::Default),
        Limits::preset(Preset::Extended),
        distinct,
    ] {
        assert_eq!(
            limits.to_json(),
            serde_json::to_string(&limits).unwrap(),
            "{limits:?}"
        );
    }
}

/// A wrong value is named by its kind when it is a container, not by its text.
#[test]
fn a_wrong_container_is_named_by_its_kind() {
    let message = |text: &str| Options::from_json(text).unwrap_err().message().to_string();
    assert_eq!(
        message(r#"{"maxDepth": {"a": 1}}"#),
        "`maxDepth` must be a non-negative integer, found an object"
    );
    assert_eq!(
        message(r#"{"maxDepth": [1]}"#),
        "`maxDepth` must be a non-negative integer, found an array"
    );
    assert_eq!(
        message(r#"{"maxDepth": "64"}"#),
        "`maxDepth` must be a non-negative integer, found the string \"64\""
    );
}
