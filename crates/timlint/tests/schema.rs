//! The exported JSON Schema against timlint, judged by a validator nobody here wrote (the
//! `jsonschema` crate), over the whole corpus (`tests/corpus/<dialect>/<rule>/<case>.json`),
//! the shared cases of `tests/schema/cases.json` and a few built here:
//!
//! 1. every schema is valid against the draft 2020-12 meta-schema and compiles;
//! 2. a payload timlint accepts (no error) is accepted by the schema;
//! 3. a payload the schema refuses has a timlint error;
//! 4. a payload with a timlint error of a rule in `SCHEMA_RULES` is refused by the schema.
//!
//! (4) has one exemption, said out loud: number literals such as `1.0` or `1e3`, which a schema
//! validator sees as the integers 1 and 1000 while timlint judges the literal. A payload with
//! such a literal is exempt from (4) only if (4) holds once the literals are rewritten as
//! plain integers; the exempt payloads are listed in the output.

use std::path::{Path, PathBuf};

use jsonschema::Validator;
use serde_json::{Value, json};
use timlint::schema::{SCHEMA_RULES, UTF8_BYTES_KEYWORD, json_schema};
use timlint::{Dialect, Limits, Options, Preset, Severity};

mod common;
#[path = "common/max_utf8_bytes.rs"]
mod max_utf8_bytes;
use max_utf8_bytes::max_utf8_bytes;

fn compile(schema: &Value) -> Validator {
    if let Err(e) = jsonschema::draft202012::meta::validate(schema) {
        panic!("the schema is not valid draft 2020-12: {e}\n{schema:#}");
    }
    jsonschema::draft202012::options()
        .with_keyword(UTF8_BYTES_KEYWORD, max_utf8_bytes)
        .build(schema)
        .unwrap_or_else(|e| panic!("the schema does not compile: {e}"))
}

/// One payload to compare: where it comes from, its bytes, the options.
struct Case {
    name: String,
    bytes: Vec<u8>,
    opts: Options,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every corpus payload (`.json`, and `.txt` inputs; `.jsonc` ones have comments and are not
/// JSON), with its `<case>.options.json` when there is one.
fn corpus() -> Vec<Case> {
    common::fixtures()
        .into_iter()
        .filter(|(_, _, f)| f.extension().is_some_and(|e| e != "jsonc"))
        .map(|(dialect, _, f)| Case {
            name: f.strip_prefix(root()).unwrap_or(&f).display().to_string(),
            bytes: std::fs::read(&f).unwrap(),
            opts: common::options_for(dialect, &f),
        })
        .collect()
}

/// `tests/schema/cases.json`: `[{"dialect", "payload" (text), "options"?}]`, shared with the
/// ajv test.
fn shared_cases() -> Vec<Case> {
    let path = root().join("tests/schema/cases.json");
    let text = std::fs::read_to_string(&path).expect("tests/schema/cases.json");
    let cases: Vec<Value> = serde_json::from_str(&text).expect("cases.json is JSON");
    cases
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut opts: Options = match c.get("options") {
                Some(o) => serde_json::from_value(o.clone()).expect("options"),
                None => Options::default(),
            };
            opts.dialect = Dialect::parse(c["dialect"].as_str().unwrap()).expect("dialect");
            let payload = c["payload"].as_str().expect("payload text");
            Case {
                name: format!("cases.json[{i}]"),
                bytes: payload.as_bytes().to_vec(),
                opts,
            }
        })
        .collect()
}

/// Cases built from the limits in force, right at and one past each byte cap, where the
/// character count stays under `maxLength`: only `x-maxUtf8Bytes` tells them apart.
fn built_cases() -> Vec<Case> {
    let mut out = Vec::new();
    for preset in [Preset::Default, Preset::Extended] {
        let opts = Options {
            preset,
            ..Options::default()
        };
        let l = opts.resolved_limits();
        for (field, max) in [
            ("Name", l.name),
            ("Introduction", l.introduction),
            ("Notification", l.notification),
        ] {
            for (unit, width) in [("中", 3), ("😀", 4), ("é", 2)] {
                for n in [max / width, max / width + 1] {
                    let mut body = json!({"Type": "Public", "Name": "x"});
                    body[field] = json!(unit.repeat(n));
                    out.push(Case {
                        name: format!("built {preset:?} {field} {n}×{unit}"),
                        bytes: body.to_string().into_bytes(),
                        opts: opts.clone(),
                    });
                }
            }
        }
        let at = |value: String| json!({"Type": "Public", "Name": "x", "AppDefinedData": [{"Key": "k", "Value": value}]});
        for n in [l.group_custom_value / 3, l.group_custom_value / 3 + 1] {
            out.push(Case {
                name: format!("built {preset:?} AppDefinedData value {n}×中"),
                bytes: at("中".repeat(n)).to_string().into_bytes(),
                opts: opts.clone(),
            });
        }
    }
    for d in [Dialect::Rest, Dialect::Sdk, Dialect::Web] {
        let opts = Options {
            dialect: d,
            ..Options::default()
        };
        let body = match d {
            Dialect::Sdk => {
                json!({"groupType": "Public", "groupName": "x", "memberList": [{"userID": "中".repeat(11)}]})
            }
            Dialect::Web => {
                json!({"type": "Public", "name": "x", "memberList": [{"userID": "中".repeat(11)}]})
            }
            _ => json!({"Type": "Public", "Name": "x", "Owner_Account": "中".repeat(11)}),
        };
        out.push(Case {
            name: format!("built {d:?} account of 33 bytes"),
            bytes: body.to_string().into_bytes(),
            opts,
        });
    }
    out
}

/// Rewrites numbers that are integers written as `1.0` or `1e3` as plain integers; `None`
/// when the value has none.
fn canonical_numbers(v: &Value) -> Option<Value> {
    fn walk(v: &mut Value, changed: &mut bool) {
        match v {
            Value::Number(n) if n.is_f64() => {
                let f = n.as_f64().unwrap_or(f64::NAN);
                if f.fract() == 0.0 && f.abs() < 9.0e15 {
                    *v = json!(f as i64);
                    *changed = true;
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| walk(x, changed)),
            Value::Object(m) => m.values_mut().for_each(|x| walk(x, changed)),
            _ => {}
        }
    }
    let mut v = v.clone();
    let mut changed = false;
    walk(&mut v, &mut changed);
    changed.then_some(v)
}

struct Verdict {
    errors: Vec<&'static str>,
}

impl Verdict {
    fn of(bytes: &[u8], opts: &Options) -> Verdict {
        // The diagnostic cap changes what is shown, not the verdict: lift it.
        let opts = Options {
            max_diagnostics: usize::MAX,
            ..opts.clone()
        };
        let report = timlint::validate_bytes(bytes, &opts);
        let errors = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.rule.id)
            .collect();
        Verdict { errors }
    }

    fn schema_rule_errors(&self) -> Vec<&'static str> {
        self.errors
            .iter()
            .copied()
            .filter(|r| SCHEMA_RULES.contains(r))
            .collect()
    }
}

#[derive(Default)]
struct Tally {
    compared: usize,
    not_json: usize,
    accepted: usize,
    literal_exempt: Vec<String>,
    rules_refused: std::collections::BTreeSet<&'static str>,
    failures: Vec<String>,
}

fn compare(case: &Case, validators: &mut Vec<(Options, Validator)>, tally: &mut Tally) {
    let verdict = Verdict::of(&case.bytes, &case.opts);
    let text = std::str::from_utf8(&case.bytes)
        .ok()
        .map(|t| t.strip_prefix('\u{feff}').unwrap_or(t));
    let Some(value) = text.and_then(|t| serde_json::from_str::<Value>(t).ok()) else {
        tally.not_json += 1;
        if verdict.errors.is_empty() {
            tally.failures.push(format!(
                "{}: not JSON to serde_json, but timlint accepts it",
                case.name
            ));
        }
        return;
    };
    tally.compared += 1;
    let key = Options {
        dialect: case.opts.dialect,
        ..case.opts.clone()
    };
    let i = match validators.iter().position(|(o, _)| *o == key) {
        Some(i) => i,
        None => {
            validators.push((key.clone(), compile(&json_schema(key.dialect, &key))));
            validators.len() - 1
        }
    };
    let validator = &validators[i].1;
    let schema_ok = validator.is_valid(&value);
    let why = || {
        validator
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect::<Vec<_>>()
            .join("; ")
    };
    if schema_ok {
        tally.accepted += 1;
    }
    // (2) and (3) are one statement read both ways: refused by the schema ⇒ a timlint error.
    if verdict.errors.is_empty() && !schema_ok {
        tally.failures.push(format!(
            "{}: timlint accepts it, the schema refuses it: {}",
            case.name,
            why()
        ));
    }
    let claimed = verdict.schema_rule_errors();
    if !claimed.is_empty() {
        if schema_ok {
            // The literal-form exemption, checked on the rewritten payload.
            match canonical_numbers(&value) {
                Some(canon) => {
                    let again = Verdict::of(canon.to_string().as_bytes(), &case.opts);
                    let canon_ok = validator.is_valid(&canon);
                    if !again.schema_rule_errors().is_empty() && canon_ok {
                        tally.failures.push(format!(
                            "{}: timlint reports {:?}, the schema accepts it (even with plain integers)",
                            case.name, again.schema_rule_errors()
                        ));
                    } else {
                        tally.literal_exempt.push(format!("{} ({claimed:?})", case.name));
                    }
                }
                None => tally.failures.push(format!(
                    "{}: timlint reports {claimed:?}, which the schema claims, but the schema accepts it",
                    case.name
                )),
            }
        } else {
            tally.rules_refused.extend(claimed);
        }
    }
}

fn run(cases: &[Case]) -> Tally {
    let mut validators = Vec::new();
    let mut tally = Tally::default();
    for case in cases {
        compare(case, &mut validators, &mut tally);
    }
    tally
}

fn report(label: &str, t: &Tally) {
    eprintln!(
        "{label}: {} payloads compared ({} accepted by the schema), {} not JSON; literal-form exemptions: {:?}",
        t.compared, t.accepted, t.not_json, t.literal_exempt
    );
    assert!(
        t.failures.is_empty(),
        "{label}: {} disagreements:\n{}",
        t.failures.len(),
        t.failures.join("\n")
    );
}

#[test]
fn every_schema_is_draft_2020_12_and_compiles() {
    let mut variants = vec![
        Options::default(),
        Options {
            preset: Preset::Extended,
            ..Options::default()
        },
    ];
    for plan in ["trial", "standard", "pro", "pro-plus", "enterprise"] {
        variants.push(
            serde_json::from_value(json!({"plan": plan, "groupKeys": ["a"], "memberKeys": []}))
                .unwrap(),
        );
    }
    for opts in &variants {
        for d in [Dialect::Rest, Dialect::Sdk, Dialect::Web, Dialect::Auto] {
            let schema = json_schema(d, opts);
            assert_eq!(
                schema["$schema"],
                "https://json-schema.org/draft/2020-12/schema"
            );
            compile(&schema);
        }
    }
}

#[test]
fn every_call_schema_is_draft_2020_12_and_compiles() {
    for api in timlint::Api::ALL {
        for extra in [
            json!({}),
            json!({"preset": "extended", "groupType": "Community"}),
            json!({"plan": "trial", "groupKeys": ["a"], "memberKeys": [], "groupType": "AVChatRoom"}),
        ] {
            let mut opts: Options = serde_json::from_value(extra).unwrap();
            opts.api = api;
            for d in [Dialect::Rest, Dialect::Sdk, Dialect::Web, Dialect::Auto] {
                compile(&json_schema(d, &opts));
            }
        }
    }
}

/// What a call's schema expresses beyond `SCHEMA_RULES` (rules it does not claim everywhere)
/// it refuses: a topic's group that is no Community, a topic ID without the group's prefix, a
/// switch's other values, a mute time past 32 bits; and what the call requires.
#[test]
fn call_schemas_refuse_what_they_express() {
    use timlint::Api;
    for (api, dialect, body) in [
        (
            Api::CreateTopic,
            Dialect::Rest,
            json!({"GroupId": "@TGS#2abc", "TopicName": "x"}),
        ),
        (
            Api::CreateTopic,
            Dialect::Web,
            json!({"groupID": "@TGS#_a", "topicName": "x", "topicID": "t1"}),
        ),
        (
            Api::CreateTopic,
            Dialect::Sdk,
            json!({"groupID": "@TGS#_a"}),
        ),
        (
            Api::ModifyGroup,
            Dialect::Rest,
            json!({"GroupId": "g", "MuteAllMember": "on"}),
        ),
        (
            Api::ModifyGroup,
            Dialect::Rest,
            json!({"GroupId": "g", "EnablePermission": 2}),
        ),
        (
            Api::AddMembers,
            Dialect::Rest,
            json!({"GroupId": "g", "MemberList": [], "Silence": 2}),
        ),
        (
            Api::ModifyMember,
            Dialect::Rest,
            json!({"GroupId": "g", "Member_Account": "a", "MuteTime": 4_294_967_296_u64}),
        ),
        (
            Api::ModifyMember,
            Dialect::Web,
            json!({"groupID": "g", "muteTime": 60}),
        ),
        (
            Api::ImportGroup,
            Dialect::Rest,
            json!({"Type": "Public", "Name": "x", "CreateTime": "1"}),
        ),
    ] {
        let opts = Options {
            api,
            ..Options::default()
        };
        let v = compile(&json_schema(dialect, &opts));
        assert!(!v.is_valid(&body), "{api:?} {dialect:?}: {body}");
        let r = timlint::validate(&body.to_string(), &Options { dialect, ..opts });
        assert!(!r.valid(), "{api:?} {dialect:?}: timlint accepts {body}");
    }
}

#[test]
fn the_byte_keyword_is_enforced() {
    let v = compile(&json_schema(Dialect::Rest, &Options::default()));
    // `fit` CJK characters (3 bytes each) fit the Name limit; one more is over it in bytes but
    // not in characters (under maxLength).
    let fit = Limits::default().name / 3;
    assert!(v.is_valid(&json!({"Type": "Public", "Name": "中".repeat(fit)})));
    assert!(!v.is_valid(&json!({"Type": "Public", "Name": "中".repeat(fit + 1)})));
}

#[test]
fn schema_agrees_with_timlint_on_the_corpus() {
    let cases = corpus();
    let t = run(&cases);
    report("corpus", &t);
}

#[test]
fn schema_agrees_with_timlint_on_own_cases() {
    let mut cases = shared_cases();
    cases.extend(built_cases());
    let t = run(&cases);
    report("own cases", &t);
    // The cases reach every rule the schema claims (so none of the claims goes untested).
    let missing: Vec<_> = SCHEMA_RULES
        .iter()
        .filter(|r| !t.rules_refused.contains(*r))
        .collect();
    assert!(
        missing.is_empty(),
        "no case breaks these SCHEMA_RULES: {missing:?}"
    );
}
