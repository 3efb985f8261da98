//! `timlint rules --api` lists what a call can report (`timlint::rules::rules_of`): whatever a
//! call reports, over the corpus and over payloads that set each of its fields to awkward
//! values, is on its list.

use std::collections::BTreeSet;

use serde_json::{Value, json};
use timlint::model::{DIALECTS, call_fields};
use timlint::{Api, GroupType, Options, rules};

#[path = "../../timlint/tests/common/mod.rs"]
mod common;

/// The IDs a call's payload reported that are not on its list.
fn off_list(api: Api, report: &timlint::Report) -> BTreeSet<&'static str> {
    report
        .diagnostics
        .iter()
        .map(|d| d.rule.id)
        .filter(|&id| !rules::rules_of(api).any(|r| r.id == id))
        .collect()
}

#[test]
fn the_corpus_reports_only_the_rules_of_its_calls() {
    let mut failures = Vec::new();
    for (dialect, _, path) in common::fixtures() {
        let opts = common::options_for(dialect, &path);
        let report = timlint::validate_bytes(&std::fs::read(&path).unwrap(), &opts);
        let off = off_list(opts.api, &report);
        if !off.is_empty() {
            failures.push(format!("{} ({:?}): {off:?}", path.display(), opts.api));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each field of each call, in each dialect, given each value of a pool (too long, empty,
/// wrong kinds, the vocabularies' words, IDs of each shape), for each type of group.
#[test]
fn awkward_values_report_only_the_rules_of_their_calls() {
    let long = "长".repeat(200);
    let pool = [
        json!(""),
        json!(long),
        json!("a b"),
        json!(0),
        json!(1),
        json!(2),
        json!(300),
        json!(400),
        json!(10_000_000_000_000_i64),
        json!(-1),
        json!(true),
        json!([]),
        json!({}),
        json!(["a", "a"]),
        json!(vec!["a"; 301]),
        json!([{"Member_Account": "a", "Role": "Admin"}, {"Member_Account": "a"}]),
        json!([{"Key": "bad key", "Value": long}, {"Key": "k", "Value": "v"}, {"Key": "k", "Value": "v"}]),
        json!([{"key": "k", "value": "v"}]),
        json!({"bad key": long, "k": "v"}),
        json!("On"),
        json!("Admin"),
        json!("Owner"),
        json!("Custom"),
        json!("AVChatRoom"),
        json!("Work"),
        json!("Community"),
        json!("FreeAccess"),
        json!("DisableInvite"),
        json!("Discard"),
        json!("http://a"),
        json!("@TGS#_g"),
        json!("@TGS#_g@TOPIC#_t"),
        json!("@TGS#_g@TOPIC#_@TGS#_x"),
        // Topic IDs of the group "x" every other field is set to.
        json!("x@TOPIC#_"),
        json!("x@TOPIC#_\u{7f}"),
        json!({"topicID": "@TGS#_g@TOPIC#_t", "topicName": "", "topicFaceUrl": "ftp://a"}),
        json!({"topicID": "x@TOPIC#_", "topicName": long}),
    ];
    let types = [
        None,
        Some(GroupType::Work),
        Some(GroupType::Meeting),
        Some(GroupType::AvChatRoom),
        Some(GroupType::Community),
    ];
    let mut failures = BTreeSet::new();
    for api in Api::ALL {
        let table = call_fields(api);
        for &dialect in api.dialects() {
            let names: Vec<&str> = table.specs.iter().filter_map(|s| s.name(dialect)).collect();
            for name in &names {
                for value in &pool {
                    // Every field set sensibly but this one.
                    let mut obj = serde_json::Map::new();
                    for other in &names {
                        obj.insert((*other).to_string(), json!("x"));
                    }
                    obj.insert((*name).to_string(), value.clone());
                    let src = Value::Object(obj).to_string();
                    for group_type in types {
                        let opts = Options {
                            api,
                            dialect,
                            group_type,
                            ..Options::default()
                        };
                        for id in off_list(api, &timlint::validate(&src, &opts)) {
                            failures.insert(format!("{api:?} {dialect:?} `{name}`: {id}"));
                        }
                    }
                }
            }
        }
    }
    assert!(DIALECTS.len() == 3);
    assert!(
        failures.is_empty(),
        "reported but not in rules_of:\n{}",
        failures.into_iter().collect::<Vec<_>>().join("\n")
    );
}
