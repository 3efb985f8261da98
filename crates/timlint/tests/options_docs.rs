//! What is generated from the options' declarations (`options!`, `limits!` and `vocabulary!`
//! in src/options.rs) and the payload vocabularies (src/domain.rs), checked in and kept
//! current by this test: `pkg/options.js` (the vocabularies, defaults and flags, for the npm
//! bin, the ESLint plugin and pages), `pkg/options.d.ts` (the TypeScript types of the
//! options) and the README's options table. `TIMLINT_BLESS=1 cargo test -p timlint --test
//! options_docs` rewrites them; review the diff before committing it.

use std::fmt::Write;

use serde_json::{Map, Value, json};
use timlint::domain::{GroupType, JoinOption, Role};
use timlint::options::{LIMITS, OPTIONS, OptionInfo, ValueType};
use timlint::{Dialect, Limits, Options, Preset, RuleLevel};

mod common;

const HEADER: &str = "Generated from the options' declarations (crates/timlint/src/options.rs) and the\n\
    payload vocabularies (domain.rs) by `TIMLINT_BLESS=1 cargo test -p timlint --test\n\
    options_docs`: do not edit.";

fn js(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap()
}

/// The options, the limits in the place of `limits`, with their JSON path.
fn all_options() -> Vec<(String, &'static OptionInfo)> {
    let mut out = Vec::new();
    for o in OPTIONS {
        out.push((o.name.to_string(), o));
        if o.value == ValueType::Limits {
            out.extend(LIMITS.iter().map(|l| (format!("{}.{}", o.name, l.name), l)));
        }
    }
    out
}

type Names = &'static [&'static str];
type Aliases = &'static [(&'static str, &'static str)];

/// The vocabularies of the options: by option name (`ruleLevel` for the levels of `rules`),
/// each value's own name and the other names (other name -> own name).
fn vocabularies() -> Vec<(String, Names, Aliases)> {
    let mut out = Vec::new();
    for o in OPTIONS {
        match o.value {
            ValueType::Choice {
                values, aliases, ..
            } => out.push((o.name.to_string(), values, aliases)),
            ValueType::Levels => {
                let levels: &'static [&'static str] = RuleLevel::NAMES;
                out.push(("ruleLevel".to_string(), levels, &[][..]));
            }
            _ => {}
        }
    }
    out
}

/// `plan` -> `Plan`, `ruleLevel` -> `RuleLevel`.
fn type_name(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase())
        .into_iter()
        .chain(chars)
        .collect()
}

fn defaults(o: &OptionInfo) -> Vec<(Preset, Value)> {
    (o.defaults().into_iter())
        .map(|(p, d)| (p, serde_json::from_str(&d).unwrap()))
        .collect()
}

/// The payload's vocabularies, by field meaning and dialect.
fn payload_vocabularies() -> Value {
    let dialects = [Dialect::Rest, Dialect::Sdk, Dialect::Web];
    let by_dialect = |f: &dyn Fn(Dialect) -> Vec<&'static str>| -> Value {
        dialects
            .iter()
            .map(|&d| (d.as_str().to_string(), json!(f(d))))
            .collect::<Map<_, _>>()
            .into()
    };
    json!({
        "groupType": by_dialect(&|d| GroupType::spellings(d).to_vec()),
        "applyJoinOption": by_dialect(&|d| JoinOption::choices(d, false).to_vec()),
        "inviteJoinOption": by_dialect(&|d| JoinOption::choices(d, true).to_vec()),
        "role": by_dialect(&|d| Role::choices(d).to_vec()),
    })
}

fn generate_js() -> String {
    let mut out = String::new();
    for line in HEADER.lines() {
        let _ = writeln!(out, "// {line}");
    }
    let vocab: Map<String, Value> = vocabularies()
        .into_iter()
        .map(|(name, values, aliases)| {
            let aliases: Map<String, Value> = aliases
                .iter()
                .map(|(a, own)| (a.to_string(), json!(own)))
                .collect();
            (name, json!({ "values": values, "aliases": aliases }))
        })
        .collect();
    let _ = writeln!(
        out,
        "\n/** The options' vocabularies: each value's own name (`values`), and the other names a value\n \
         * is also read by (`aliases`: name -> own name). `ruleLevel`: the levels of `rules`. */\n\
         export const vocabularies = {};",
        js(&vocab.into())
    );
    let mut default_options = serde_json::to_value(Options::default()).unwrap();
    default_options.as_object_mut().unwrap().remove("limits");
    let _ = writeln!(
        out,
        "\n/** Each option's default but the limits' (`presetLimits`). */\nexport const defaults = {};",
        js(&default_options)
    );
    let presets: Map<String, Value> = (Preset::ALL.iter())
        .map(|&p| {
            (
                p.as_str().to_string(),
                serde_json::to_value(Limits::preset(p)).unwrap(),
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "\n/** The limits of each preset. */\nexport const presetLimits = {};",
        js(&presets.into())
    );
    let options: Vec<Value> = all_options()
        .into_iter()
        .map(|(key, o)| json!({ "key": key, "flag": o.flag.map(|f| format!("--{f}")), "doc": o.summary() }))
        .collect();
    let _ = writeln!(
        out,
        "\n/** Every option: its JSON key (`limits.name` for a limit), its CLI flag (or null), what it does. */\n\
         export const options = {};",
        js(&options.into())
    );
    let _ = writeln!(
        out,
        "\n/** What a payload's fields take, by dialect (the values messages list). */\n\
         export const payloadVocabularies = {};",
        js(&payload_vocabularies())
    );
    out
}

/// A TypeScript union of string literals.
fn union<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names
        .map(|n| serde_json::to_string(n).unwrap())
        .collect::<Vec<_>>()
        .join(" | ")
}

/// A doc comment, at an indent.
fn doc(out: &mut String, indent: &str, text: &str) {
    let _ = writeln!(out, "{indent}/** {text} */");
}

/// The option's doc line with its defaults: `… (default 30, extended 100).`
fn doc_with_defaults(o: &OptionInfo) -> String {
    let summary = o.summary();
    let defaults: Vec<String> = defaults(o)
        .into_iter()
        .filter(|(_, d)| d.is_string() || d.is_number())
        .map(|(p, d)| match o.parent {
            Some(_) => format!("{} {d}", p.as_str()),
            None => format!("Default `{d}`"),
        })
        .collect();
    match (o.parent, defaults.is_empty()) {
        (_, true) => summary,
        (Some(_), false) => format!(
            "{} ({}).",
            summary.trim_end_matches('.'),
            defaults.join(", ")
        ),
        (None, false) => format!("{summary} {}.", defaults.join(", ")),
    }
}

fn ts_type(name: &str, o: &OptionInfo) -> String {
    let ty = match o.value {
        ValueType::Choice { .. } => type_name(name),
        ValueType::Count => "number".to_string(),
        ValueType::Strings => "string[]".to_string(),
        ValueType::Levels => "Record<string, RuleLevel>".to_string(),
        ValueType::Limits => "Partial<Limits>".to_string(),
        _ => "unknown".to_string(),
    };
    if o.nullable && o.parent.is_none() {
        format!("{ty} | null")
    } else {
        ty
    }
}

fn generate_types() -> String {
    let mut out = String::new();
    for line in HEADER.lines() {
        let _ = writeln!(out, "// {line}");
    }
    out.push('\n');
    for (name, values, aliases) in vocabularies() {
        let o = OPTIONS.iter().find(|o| o.name == name);
        let text = match o {
            Some(o) => o.summary(),
            None => "What a rule is reported as (the `rules` option).".to_string(),
        };
        let text = match aliases.is_empty() {
            true => text,
            false => {
                let each: Vec<String> = aliases
                    .iter()
                    .map(|(a, own)| format!("`{a}` = `{own}`"))
                    .collect();
                format!("{text} Also {}.", each.join(", "))
            }
        };
        doc(&mut out, "", &text);
        let names = values.iter().chain(aliases.iter().map(|a| &a.0)).copied();
        let _ = writeln!(
            out,
            "export type {} = {};\n",
            type_name(&name),
            union(names)
        );
    }
    out.push_str("/** Every numeric limit the rules use (bytes for text, entries for lists). */\nexport interface Limits {\n");
    for l in LIMITS {
        doc(&mut out, "  ", &doc_with_defaults(l));
        let _ = writeln!(out, "  {}: number;", l.name);
    }
    out.push_str(
        "}\n\n/**\n * Options: the JSON of a `timlint.json` and of the CLI's `--config` file. Every key is\n \
         * optional; `null` means \"not set\" where it is allowed.\n */\nexport interface Options {\n",
    );
    for o in OPTIONS {
        doc(&mut out, "  ", &doc_with_defaults(o));
        let _ = writeln!(out, "  {}?: {};", o.name, ts_type(o.name, o));
    }
    out.push_str("}\n\n");
    let vocab_keys: Vec<String> = vocabularies()
        .into_iter()
        .map(|(name, ..)| {
            format!(
                "{name}: {{ values: readonly {ty}[]; aliases: Readonly<Record<string, {ty}>> }}",
                ty = type_name(&name)
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "/** The options' vocabularies: each value's own name, and the other names a value is also read by. */\n\
         export const vocabularies: {{ {} }};\n\n\
         /** Each option's default but the limits' (`presetLimits`). */\n\
         export const defaults: Readonly<Required<Omit<Options, 'limits'>>>;\n\n\
         /** The limits of each preset. */\n\
         export const presetLimits: Readonly<Record<Preset, Limits>>;\n\n\
         /** Every option: its JSON key (`limits.name` for a limit), its CLI flag (or null), what it does. */\n\
         export const options: readonly {{ key: string; flag: string | null; doc: string }}[];\n\n\
         /** What a payload's fields take, by dialect (the values messages list). */\n\
         export const payloadVocabularies: Readonly<Record<'groupType' | 'applyJoinOption' | 'inviteJoinOption' | 'role', Record<'rest' | 'sdk' | 'web', readonly string[]>>>;",
        vocab_keys.join("; ")
    );
    out
}

/// The README's options table.
fn generate_table() -> String {
    let mut out =
        String::from("| option | flag | value | default | what it does |\n|---|---|---|---|---|\n");
    for (key, o) in all_options() {
        let value = match o.value {
            ValueType::Choice {
                values, aliases, ..
            } => {
                let own: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
                let mut text = own.join(", ");
                if !aliases.is_empty() {
                    let other: Vec<String> = aliases
                        .iter()
                        .map(|(a, own)| format!("`{a}` = `{own}`"))
                        .collect();
                    let _ = write!(text, " (also {})", other.join(", "));
                }
                text
            }
            ValueType::Count => "integer ≥ 0".to_string(),
            ValueType::Strings => "array of strings (flag: comma-separated)".to_string(),
            ValueType::Levels => {
                let levels: Vec<String> =
                    RuleLevel::NAMES.iter().map(|l| format!("`{l}`")).collect();
                format!(
                    "object: rule ID → {} (flag: `ID=LEVEL`, repeatable)",
                    levels.join(", ")
                )
            }
            ValueType::Limits => "object: the `limits.*` below".to_string(),
            _ => String::new(),
        };
        let value = if o.nullable && o.parent.is_none() {
            format!("{value}, or null")
        } else {
            value
        };
        let default: Vec<String> = defaults(o)
            .into_iter()
            .filter(|(_, d)| d.is_string() || d.is_number())
            .map(|(p, d)| match (o.parent, p) {
                (Some(_), Preset::Extended) => {
                    format!("extended: {}", d.to_string().trim_matches('"'))
                }
                _ => d.to_string().trim_matches('"').to_string(),
            })
            .collect();
        let flag = o.flag.map_or("-".to_string(), |f| format!("`--{f}`"));
        let _ = writeln!(
            out,
            "| `{key}` | {flag} | {value} | {} | {} |",
            if default.is_empty() {
                "-".to_string()
            } else {
                default.join("; ")
            },
            o.summary().replace('|', "\\|")
        );
    }
    out
}

fn root(file: &str) -> String {
    format!("{}/../../{file}", env!("CARGO_MANIFEST_DIR"))
}

fn check(file: &str, want: &str) {
    common::generated_file(file, want, "options_docs");
}

#[test]
fn pkg_options_js_is_what_the_declarations_generate() {
    check("pkg/options.js", &generate_js());
}

#[test]
fn pkg_options_d_ts_is_what_the_declarations_generate() {
    check("pkg/options.d.ts", &generate_types());
}

#[test]
fn the_readme_options_table_is_what_the_declarations_generate() {
    const START: &str =
        "<!-- options table: generated by crates/timlint/tests/options_docs.rs -->\n";
    const END: &str = "<!-- end of options table -->";
    let readme = std::fs::read_to_string(root("README.md")).unwrap();
    let (Some(start), Some(end)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md has no options table between its markers");
    };
    let start = start + START.len();
    let want = [&readme[..start], &generate_table(), &readme[end..]].concat();
    check("README.md", &want);
}

/// The options' JSON Schema takes exactly what the reader takes: every options file of the
/// corpus, and the texts of a few options the reader refuses are refused by both.
#[test]
fn the_options_schema_agrees_with_the_reader() {
    let schema = Options::json_schema();
    jsonschema::draft202012::meta::validate(&schema).expect("valid draft 2020-12");
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let mut files: Vec<String> = common::fixtures()
        .iter()
        .filter_map(|(_, _, payload)| {
            std::fs::read_to_string(common::sibling(payload, "options.json")).ok()
        })
        .collect();
    assert!(files.len() > 20, "{} options files", files.len());
    files.push(r#"{"$schema": "./timlint.schema.json", "plan": "体验版", "lang": "zh"}"#.into());
    files.push(r#"{"limits": {"name": null, "sdkMembers": 3}, "rules": {"x": "off"}}"#.into());
    for text in &files {
        assert!(Options::from_json(text).is_ok(), "{text}");
        let value: Value = serde_json::from_str(text).unwrap();
        assert!(validator.is_valid(&value), "{text}");
    }
    for text in [
        r#"{"dialet": "web"}"#,
        r#"{"plan": "体验版本"}"#,
        r#"{"limits": {"nmae": 1}}"#,
        r#"{"limits": {"name": -1}}"#,
        r#"{"lang": "zh-cn"}"#,
        r#"{"rules": {"x": "loud"}}"#,
        r#"{"groupKeys": [1]}"#,
        r#"{"maxDepth": null}"#,
        r#"{"$schema": 1}"#,
    ] {
        assert!(Options::from_json(text).is_err(), "{text}");
        let value: Value = serde_json::from_str(text).unwrap();
        assert!(!validator.is_valid(&value), "{text}");
    }
}

/// Every flag sets its own option: a value unlike the default lands there, and nowhere else.
#[test]
fn every_flag_sets_its_option() {
    for (key, o) in all_options() {
        let Some(flag) = o.flag else { continue };
        let value = match o.value {
            ValueType::Choice { values, .. } => values[values.len() - 1],
            ValueType::Count => "7",
            ValueType::Strings => "k",
            ValueType::Levels => "unknown-field=off",
            _ => panic!("{key}: no flag value for {:?}", o.value),
        };
        let mut by_flag = Options::default();
        assert_eq!(by_flag.set_flag(flag, &[value]), Ok(true), "--{flag}");
        // The same value through the JSON reader.
        let json_value = match o.value {
            ValueType::Choice { .. } => json!(value),
            ValueType::Count => json!(7),
            ValueType::Strings => json!([value]),
            _ => json!({ "unknown-field": "off" }),
        };
        let text = match o.parent {
            Some(parent) => json!({ parent: { o.name: json_value } }),
            None => json!({ o.name: json_value }),
        };
        let by_json = Options::from_json(&text.to_string()).unwrap();
        assert_eq!(by_flag, by_json, "--{flag} {value} is {text}");
        assert_ne!(
            by_flag,
            Options::default(),
            "--{flag} {value} changes nothing"
        );
    }
    assert_eq!(
        Options::default().set_flag("no-such-flag", &["1"]),
        Ok(false)
    );
}

/// What a flag does past one value, and a value a flag does not take.
#[test]
fn flag_values() {
    let mut o = Options::default();
    o.set_flag("group-keys", &["a", "b"]).unwrap();
    o.set_flag("rule", &["b-rule=error", "a-rule=off", "b-rule=info"])
        .unwrap();
    o.set_flag("rule", &["c-rule=warning"]).unwrap();
    o.set_flag("plan", &["体验版"]).unwrap();
    o.set_flag("lang", &["zh"]).unwrap();
    assert_eq!(o.group_keys, Some(vec!["a".to_string(), "b".to_string()]));
    assert_eq!(
        o.rules,
        [
            ("a-rule".to_string(), RuleLevel::Off),
            ("b-rule".to_string(), RuleLevel::Info),
            ("c-rule".to_string(), RuleLevel::Warning)
        ]
    );
    assert_eq!(
        (o.plan, o.lang),
        (Some(timlint::Plan::Trial), timlint::Lang::ZhCn)
    );
    assert_eq!(
        o.set_flag("rule", &["x=loud"]),
        Err("--rule x=loud: expected ID=LEVEL, LEVEL one of off, info, warning, error".to_string())
    );
    assert_eq!(
        o.set_flag("plan", &["free"]),
        Err("--plan free: expected one of trial, standard, pro, pro-plus, ultimate, enterprise, 体验版, 体验, 专业版, 专业, 旗舰版, 旗舰, 企业版, 企业".to_string())
    );
    assert!(
        o.set_flag("max-depth", &["1"]) == Ok(false),
        "maxDepth has no flag"
    );
    assert!(o.set_flag("max-name-bytes", &["x"]).is_err());
}
