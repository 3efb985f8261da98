//! The compact JSON writer (`timlint::render::json`, `Limits::to_json`,
//! `CreateGroupRequest::to_json_compact`) gives byte for byte what `serde_json::to_string`
//! gives for the same values: over every corpus case (reports in both languages, with and
//! without a file name, and the REST body of every case that converts), and over strings of
//! every kind of character.

use std::path::PathBuf;

use timlint::render::json::{JsonReport, write_str};
use timlint::{Dialect, Lang, Options, Preset};

mod common;

/// Every payload of tests/corpus/<dialect>/<rule>/ with its options.
fn corpus() -> Vec<(PathBuf, Vec<u8>, Options)> {
    let out: Vec<_> = common::fixtures()
        .into_iter()
        .map(|(dialect, _, f)| {
            let opts = common::options_for(dialect, &f);
            (f.clone(), std::fs::read(&f).unwrap(), opts)
        })
        .collect();
    assert!(out.len() > 50, "the corpus looks empty");
    out
}

#[test]
fn reports_equal_serde_json_over_the_corpus() {
    for (path, bytes, opts) in corpus() {
        let report = timlint::validate_bytes(&bytes, &opts);
        let file = path.to_string_lossy();
        for lang in [None, Some(Lang::En), Some(Lang::ZhCn)] {
            for file in [None, Some(&*file)] {
                let r = match lang {
                    Some(lang) => JsonReport::new(file, &report, lang),
                    None => JsonReport::data(file, &report),
                };
                assert_eq!(
                    r.to_json(),
                    serde_json::to_string(&r).unwrap(),
                    "{}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn rest_bodies_equal_serde_json_over_the_corpus() {
    let mut converted = 0;
    for (path, bytes, opts) in corpus() {
        let Ok(src) = std::str::from_utf8(&bytes) else {
            continue;
        };
        // Each case in its own dialect and detected, in both presets.
        for dialect in [opts.dialect, Dialect::Auto] {
            for preset in [Preset::Default, Preset::Extended] {
                let opts = Options {
                    dialect,
                    preset,
                    ..opts.clone()
                };
                // The converter reads create_group payloads.
                if opts.api != timlint::Api::CreateGroup {
                    continue;
                }
                if let Some(body) = timlint::to_rest(src, &opts).body {
                    assert_eq!(
                        body.to_json_compact(),
                        serde_json::to_string(&body).unwrap(),
                        "{}",
                        path.display()
                    );
                    // The round trip: a valid source gives a valid REST body.
                    // (The body is pretty-printed: lift the size guard.)
                    let rest = Options {
                        max_input_bytes: 1 << 30,
                        ..opts.clone()
                    };
                    let r = body.validate(&rest);
                    assert!(
                        r.valid(),
                        "{} ({dialect:?}, {preset:?}): the REST body has errors: {:?}",
                        path.display(),
                        r.diagnostics
                    );
                    converted += 1;
                }
            }
        }
    }
    assert!(converted > 50, "only {converted} conversions");
}

#[test]
fn a_full_body_equals_serde_json() {
    use timlint::{
        ApplyJoinOption, CreateGroupRequest, GroupType, InviteJoinOption, Member, MemberRole,
    };
    let full = CreateGroupRequest::builder(GroupType::Community, "名\n字")
        .owner_account("o\"wner")
        .group_id("@TGS#_x")
        .introduction("")
        .notification("\u{1}\u{1f}\u{7f}")
        .face_url("https://x/y?a=1&b=\\")
        .max_member_count(u64::MAX)
        .apply_join_option(ApplyJoinOption::FreeAccess)
        .invite_join_option(InviteJoinOption::DisableInvite)
        .custom_field("a", "1")
        .custom_field("b", "")
        .members([
            Member::new("m1")
                .with_role(MemberRole::Admin)
                .with_custom_field("k", "v"),
            Member::new("m2"),
            Member::new("m4").with_role(MemberRole::Member),
        ])
        .member({
            let mut m = Member::new("m3");
            m.app_member_defined_data = Some(vec![]);
            m
        })
        .support_topic(true)
        .enable_permission(true)
        .default_permission(u64::MAX)
        .build();
    let least = CreateGroupRequest::builder(GroupType::Work, "").build();
    let none = CreateGroupRequest::builder(GroupType::Work, "")
        .members([])
        .build();
    for body in [full, least, none] {
        assert_eq!(
            body.to_json_compact(),
            serde_json::to_string(&body).unwrap()
        );
    }
}

#[test]
fn limits_equal_serde_json() {
    for text in [
        "{}",
        r#"{"preset": "extended"}"#,
        r#"{"limits": {"name": 0, "memberCustomValue": 18446744073709551615}}"#,
    ] {
        let l = Options::from_json(text).unwrap().resolved_limits();
        assert_eq!(l.to_json(), serde_json::to_string(&l).unwrap(), "{text}");
    }
}

#[test]
fn strings_are_escaped_as_serde_json_escapes_them() {
    // Every ASCII character, then samples from the rest of Unicode (line separators,
    // C1 controls, BOM, CJK, emoji, the last scalar).
    let mut texts: Vec<String> = (0u8..=0x7f).map(|b| char::from(b).to_string()).collect();
    texts.push((0u8..=0x7f).map(char::from).collect());
    for c in [
        '\u{80}',
        '\u{85}',
        '\u{9f}',
        '\u{a0}',
        '\u{2028}',
        '\u{2029}',
        '\u{feff}',
        '中',
        '😀',
        '\u{10ffff}',
    ] {
        texts.push(format!("a{c}\"{c}\\"));
    }
    texts.push(String::new());
    for text in texts {
        let mut ours = String::new();
        write_str(&mut ours, &text);
        assert_eq!(ours, serde_json::to_string(&text).unwrap(), "{text:?}");
    }
}
