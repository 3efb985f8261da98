//! `pkg/messages.js`, the npm package's copy of every message template and the vocabulary
//! params are shown with, and `pkg/messages.d.ts`, the rule and message IDs as TypeScript
//! types, are generated from the Rust rules: this test fails when a checked-in file differs
//! from what they give. `TIMLINT_BLESS=1 cargo test -p timlint --test messages_js` rewrites
//! them; review the diff before committing it.

use std::fmt::Write;

use timlint::diagnostic::VOCABULARY;

mod common;

fn js_string(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// `vocabulary -> key -> [text]` for one language (`text` picks it from a VOCABULARY row).
type Word = (&'static str, &'static str, &'static str, &'static str);

fn words(out: &mut String, indent: &str, text: fn(&Word) -> &'static str) {
    let mut groups: Vec<&str> = VOCABULARY.iter().map(|v| v.0).collect();
    groups.dedup();
    for g in groups {
        let _ = writeln!(out, "{indent}{}: {{", js_string(g));
        for v in VOCABULARY.iter().filter(|v| v.0 == g) {
            let _ = writeln!(
                out,
                "{indent}  {}: [{}],",
                js_string(v.1),
                js_string(text(v))
            );
        }
        let _ = writeln!(out, "{indent}}},");
    }
}

/// pkg/messages.js: the English templates and words, and `addLanguage`, through which a
/// locale module adds its own (a page downloads one language unless it imports another).
fn generate() -> String {
    let mut out = String::from(
        "// Generated from the Rust rules (crates/timlint/src/rules/*.rs, convert.rs) by\n\
         // `TIMLINT_BLESS=1 cargo test -p timlint --test messages_js`: do not edit.\n\
         // Each template: [English] and, once its locale module is imported\n\
         // (`timlint/locales/zh-CN`), [English, Simplified Chinese]; placeholders as `{name}`\n\
         // or `{name:format}`; render.js fills them.\n\n\
         /** Message templates by message ID. */\nexport const templates = {\n",
    );
    for t in timlint::templates() {
        let _ = writeln!(out, "  {}: [{}],", js_string(t.id), js_string(t.en));
    }
    out.push_str(
        "};\n\n/** The words params are shown with: vocabulary -> key -> [en, zh]. */\nexport const vocabulary = {\n",
    );
    words(&mut out, "  ", |v| v.2);
    out.push_str(
        "};\n\n\
         /** Adds the texts of language `l` (1: Simplified Chinese), as a locale module does. */\n\
         export function addLanguage(l, texts, words) {\n\
         \x20 for (const id of Object.keys(texts)) if (Object.hasOwn(templates, id)) templates[id][l] = texts[id];\n\
         \x20 for (const g of Object.keys(words)) {\n\
         \x20   for (const k of Object.keys(words[g])) if (Object.hasOwn(vocabulary[g] ?? {}, k)) vocabulary[g][k][l] = words[g][k][0];\n\
         \x20 }\n\
         }\n",
    );
    out
}

/// pkg/locales/zh-CN.js: the Simplified Chinese templates and words, added on import.
fn generate_zh() -> String {
    let mut out = String::from(
        "// Generated from the Rust rules by `TIMLINT_BLESS=1 cargo test -p timlint --test\n\
         // messages_js`: do not edit. Simplified Chinese for the package's messages:\n\
         // `import 'timlint/locales/zh-CN'` once, and then `lang: 'zh-CN'` renders in it (the\n\
         // Node entries import it themselves).\n\
         import { addLanguage } from '../messages.js';\n\n\
         addLanguage(\n  1,\n  {\n",
    );
    for t in timlint::templates() {
        let _ = writeln!(out, "    {}: {},", js_string(t.id), js_string(t.zh));
    }
    out.push_str("  },\n  {\n");
    words(&mut out, "    ", |v| v.3);
    out.push_str("  },\n);\n");
    out
}

/// A union of string literal types, one per line.
fn union(out: &mut String, name: &str, doc: &str, ids: impl Iterator<Item = &'static str>) {
    let _ = write!(out, "/** {doc} */\nexport type {name} =");
    for id in ids {
        let _ = write!(out, "\n  | {}", js_string(id));
    }
    out.push_str(";\n\n");
}

/// The types of the IDs, for editors and `tsc`: which rule and message IDs exist, and the
/// placeholders each message's template fills (the keys its `params` has for sure).
fn generate_types() -> String {
    let mut out = String::from(
        "// Generated from the Rust rules by `TIMLINT_BLESS=1 cargo test -p timlint --test\n\
         // messages_js`: do not edit. The types of messages.js, and the IDs as string literal\n\
         // types.\n\n",
    );
    union(
        &mut out,
        "RuleId",
        "Every rule's ID (`timlint rules` lists them; `timlint explain <id>` documents one).",
        timlint::rules::ALL.iter().map(|r| r.id),
    );
    union(
        &mut out,
        "MessageId",
        "Every message template's ID: a rule ID, a rule ID and a variant, `common.*` or `convert.*`.",
        timlint::templates().map(|t| t.id),
    );
    out.push_str(
        "/** The placeholders of each message template (`{suggestion}` is the diagnostic's own field, not a param). */\n\
         export interface MessagePlaceholders {\n",
    );
    for t in timlint::templates() {
        let mut names: Vec<&str> = timlint::diagnostic::placeholders(t.en)
            .into_iter()
            .map(|p| p.split(':').next().unwrap_or(p))
            .filter(|p| *p != "suggestion")
            .collect();
        names.sort_unstable();
        names.dedup();
        let names: Vec<String> = names.into_iter().map(js_string).collect();
        let names = if names.is_empty() {
            "never".to_string()
        } else {
            names.join(" | ")
        };
        let _ = writeln!(out, "  {}: {names};", js_string(t.id));
    }
    out.push_str(
        "}\n\n\
         /** Message templates by message ID: `[English, Simplified Chinese]`; the second once\n\
         \x20* `timlint/locales/zh-CN` is imported (the Node entries import it themselves). */\n\
         export const templates: { readonly [Id in MessageId]: readonly [string, string] };\n\n\
         /** The words params are shown with: vocabulary -> key -> `[en, zh]`. */\n\
         export const vocabulary: Record<string, Record<string, readonly [string, string]>>;\n\n\
         /** Adds the texts of language `l` (1: Simplified Chinese), as a locale module does. */\n\
         export function addLanguage(\n\
         \x20 l: number,\n\
         \x20 texts: Record<string, string>,\n\
         \x20 words: Record<string, Record<string, readonly [string]>>,\n\
         ): void;\n",
    );
    out
}

fn check(file: &str, want: &str) {
    common::generated_file(&format!("pkg/{file}"), want, "messages_js");
}

#[test]
fn pkg_messages_js_is_what_the_rules_generate() {
    check("messages.js", &generate());
}

#[test]
fn pkg_locales_zh_cn_js_is_what_the_rules_generate() {
    check("locales/zh-CN.js", &generate_zh());
}

#[test]
fn pkg_messages_d_ts_is_what_the_rules_generate() {
    check("messages.d.ts", &generate_types());
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
