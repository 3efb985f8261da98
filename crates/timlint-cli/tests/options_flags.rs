//! The option flags are made from the options' declarations (`timlint::options::{OPTIONS,
//! LIMITS}`): every value and every other name of every vocabulary is accepted by its flag
//! (and means what its own name means), every declared flag is in `--help`, and the checked-in
//! `timlint.schema.json` is what `timlint schema --options` prints.

use std::io::Write;
use std::process::{Output, Stdio};

use timlint::options::{LIMITS, OPTIONS, ValueType};

mod support;

/// `timlint check ARGS` on a payload given on stdin.
fn check(args: &[&str], payload: &str) -> Output {
    let mut cmd = support::timlint(&[&["check"], args].concat());
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut proc = support::Proc::spawn(&mut cmd);
    let mut stdin = proc.0.stdin.take().unwrap();
    stdin.write_all(payload.as_bytes()).unwrap();
    drop(stdin);
    let out = support::drain(proc.0.stdout.take());
    let err = support::drain(proc.0.stderr.take());
    let status = proc.wait(&format!("timlint check {args:?}"));
    Output {
        status,
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
    }
}

/// A Public group of 100: over 体验版's (trial's) cap of 20, within the others'.
const PAYLOAD: &str = r#"{"Type": "Public", "Name": "x", "MaxMemberCount": 100}"#;

#[test]
fn every_value_of_every_vocabulary_is_accepted() {
    let mut seen = 0;
    for o in OPTIONS.iter().chain(LIMITS) {
        let (
            Some(flag),
            ValueType::Choice {
                values, aliases, ..
            },
        ) = (o.flag, o.value)
        else {
            continue;
        };
        let flag = format!("--{flag}");
        for value in values {
            let out = check(&[&flag, value], PAYLOAD);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                matches!(out.status.code(), Some(0 | 1)),
                "{flag} {value}: {stderr}"
            );
            assert!(stderr.is_empty(), "{flag} {value}: {stderr}");
            seen += 1;
        }
        for (alias, own) in aliases {
            // An SDK method's name as `--api` also picks the dialect (tested in
            // `an_sdk_method_name_picks_the_dialect`): the dialect is given here.
            let dialect: &[&str] = if flag == "--api" {
                &["--dialect", "rest"]
            } else {
                &[]
            };
            let (by_alias, by_own) = (
                check(&[dialect, &[&flag, alias]].concat(), PAYLOAD),
                check(&[dialect, &[&flag, own]].concat(), PAYLOAD),
            );
            assert_eq!(
                by_alias.status.code(),
                by_own.status.code(),
                "{flag} {alias}"
            );
            assert_eq!(
                by_alias.stdout, by_own.stdout,
                "{flag} {alias} is {flag} {own}"
            );
            assert!(by_alias.stderr.is_empty(), "{flag} {alias}");
            seen += 1;
        }
    }
    // dialect 4, api 6 + 17 other names, groupType 6, preset 2, plan 6 + 8 other names,
    // lang 2 + 1.
    assert_eq!(seen, 52);
}

/// `--api updateGroupProfile` reads the payload as Web SDK options unless `--dialect` says
/// otherwise; `--api updateGroupProfile --dialect rest` reads it as a REST body.
#[test]
fn an_sdk_method_name_picks_the_dialect() {
    let web = r#"{"groupID": "g1", "name": "x"}"#;
    let out = check(&["--api", "updateGroupProfile", "--format", "json"], web);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = check(&["--api", "updateGroupProfile", "--dialect", "rest"], web);
    assert_eq!(out.status.code(), Some(1), "as REST, `GroupId` is missing");
}

/// The two that `npx timlint` refused (issue #27), and what they mean.
#[test]
fn lang_zh_and_plan_tiyanban() {
    let zh = check(&["--lang", "zh"], PAYLOAD);
    assert_eq!(zh.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&zh.stdout).contains("个输入中"),
        "{zh:?}"
    );
    let trial = check(&["--plan", "体验版"], PAYLOAD);
    assert_eq!(
        trial.status.code(),
        Some(1),
        "体验版 caps a Public group at 20"
    );
    assert!(String::from_utf8_lossy(&trial.stdout).contains("max-member-count"));
}

#[test]
fn every_declared_flag_is_in_the_help() {
    let help = support::timlint(&["check", "--help"]).output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    let flags: Vec<&str> = OPTIONS
        .iter()
        .chain(LIMITS)
        .filter_map(|o| o.flag)
        .collect();
    assert!(flags.len() >= 14, "{flags:?}");
    for flag in flags {
        assert!(
            help.contains(&format!("--{flag} <")),
            "--{flag} not in --help"
        );
    }
}

/// `timlint.schema.json` (for editors: `"$schema": "./timlint.schema.json"` in a
/// timlint.json) is generated: `TIMLINT_BLESS=1 cargo test -p timlint-cli --test
/// options_flags` rewrites it.
#[test]
fn the_options_schema_file_is_current() {
    let out = support::timlint(&["schema", "--options"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../timlint.schema.json");
    if std::env::var_os("TIMLINT_BLESS").is_some() {
        std::fs::write(path, &out.stdout).unwrap();
    }
    let checked_in = std::fs::read(path).unwrap_or_default();
    assert!(
        checked_in == out.stdout,
        "timlint.schema.json is stale: TIMLINT_BLESS=1 cargo test -p timlint-cli --test options_flags"
    );
}

/// An options file that names the schema is read as one that does not.
#[test]
fn a_config_with_its_schema_is_read() {
    let dir = std::env::temp_dir().join(format!("timlint-options-flags-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("timlint.json");
    std::fs::write(
        &config,
        r#"{"$schema": "./timlint.schema.json", "plan": "体验版"}"#,
    )
    .unwrap();
    let out = check(&["--config", config.to_str().unwrap()], PAYLOAD);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stderr.is_empty(), "{out:?}");
    let _ = std::fs::remove_dir_all(dir);
}
