//! `pkg/messages.js`, the npm package's copy of every message template and the vocabulary
//! params are shown with, is generated from the Rust rules: this test fails when the
//! checked-in file differs from what they give. `TIMLINT_BLESS=1 cargo test -p timlint --test
//! messages_js` rewrites it; review the diff before committing it.

use std::fmt::Write;

use timlint::diagnostic::VOCABULARY;

fn js_string(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

fn generate() -> String {
    let mut out = String::from(
        "// Generated from the Rust rules (crates/timlint/src/rules/*.rs, convert.rs) by\n\
         // `TIMLINT_BLESS=1 cargo test -p timlint --test messages_js`: do not edit.\n\
         // Each template: [English, Simplified Chinese], placeholders as `{name}` or\n\
         // `{name:format}`; render.js fills them.\n\n\
         /** Message templates by message ID. */\nexport const templates = {\n",
    );
    for t in timlint::templates() {
        let _ = writeln!(
            out,
            "  {}: [{}, {}],",
            js_string(t.id),
            js_string(t.en),
            js_string(t.zh)
        );
    }
    out.push_str("};\n\n/** The words params are shown with: vocabulary -> key -> [en, zh]. */\nexport const vocabulary = {\n");
    let mut groups: Vec<&str> = VOCABULARY.iter().map(|v| v.0).collect();
    groups.dedup();
    for g in groups {
        let _ = writeln!(out, "  {}: {{", js_string(g));
        for (_, key, en, zh) in VOCABULARY.iter().filter(|v| v.0 == g) {
            let _ = writeln!(
                out,
                "    {}: [{}, {}],",
                js_string(key),
                js_string(en),
                js_string(zh)
            );
        }
        out.push_str("  },\n");
    }
    out.push_str("};\n");
    out
}

#[test]
fn pkg_messages_js_is_what_the_rules_generate() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../pkg/messages.js");
    let want = generate();
    if std::env::var_os("TIMLINT_BLESS").is_some() {
        std::fs::write(path, &want).unwrap();
        return;
    }
    let got = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        got == want,
        "pkg/messages.js is stale: run TIMLINT_BLESS=1 cargo test -p timlint --test messages_js"
    );
}

/// Message IDs are unique and named after their rule (`rule-id` or `rule-id.variant`), or
/// `common.*` / `convert.*`, so that one search for a rule ID finds its messages.
#[test]
fn message_ids_are_unique_and_belong_to_a_rule() {
    let mut ids: Vec<&str> = timlint::templates().map(|t| t.id).collect();
    for id in &ids {
        let head = id.split('.').next().unwrap();
        assert!(
            timlint::rules::find(head).is_some() || head == "common" || head == "convert",
            "{id}: not a rule's"
        );
    }
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "a message ID is used twice");
}

/// Both languages of a template have the same placeholders, and no Chinese text is left
/// empty.
#[test]
fn both_languages_have_the_same_placeholders() {
    for t in timlint::templates() {
        let mut en = timlint::diagnostic::placeholders(t.en);
        let mut zh = timlint::diagnostic::placeholders(t.zh);
        en.sort_unstable();
        zh.sort_unstable();
        assert_eq!(en, zh, "{}", t.id);
        assert!(!t.en.is_empty() && !t.zh.is_empty(), "{}", t.id);
    }
}
