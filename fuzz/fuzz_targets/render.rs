//! Structured options (small limits, both languages, caps) with arbitrary payload text, then
//! every printer. Reaches the limit-edge code that default options rarely hit.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use timlint::render::{json::JsonReport, sarif, text};
use timlint::{Dialect, Lang, LimitOverrides, Options, Plan, Preset};

#[derive(Arbitrary, Debug)]
struct Input {
    dialect: u8,
    zh: bool,
    extended: bool,
    plan: u8,
    name: Option<u8>,
    members: Option<u8>,
    custom_key: Option<u8>,
    group_custom_value: Option<u8>,
    group_keys: Option<Vec<String>>,
    max_input_bytes: u16,
    max_depth: u8,
    max_diagnostics: u8,
    src: String,
}

fuzz_target!(|i: Input| {
    let dialect =
        [Dialect::Rest, Dialect::Sdk, Dialect::Web, Dialect::Auto][usize::from(i.dialect % 4)];
    let plans = [
        Plan::Trial,
        Plan::Standard,
        Plan::Pro,
        Plan::ProPlus,
        Plan::Enterprise,
    ];
    let lang = if i.zh { Lang::ZhCn } else { Lang::En };
    let opts = Options {
        dialect,
        preset: if i.extended {
            Preset::Extended
        } else {
            Preset::Default
        },
        plan: plans.get(usize::from(i.plan)).copied(),
        limits: LimitOverrides {
            name: i.name.map(usize::from),
            members: i.members.map(usize::from),
            custom_key: i.custom_key.map(usize::from),
            group_custom_value: i.group_custom_value.map(usize::from),
            ..LimitOverrides::default()
        },
        group_keys: i.group_keys,
        lang,
        max_input_bytes: usize::from(i.max_input_bytes),
        max_depth: usize::from(i.max_depth),
        max_diagnostics: usize::from(i.max_diagnostics),
        ..Options::default()
    };
    let report = timlint::validate(&i.src, &opts);
    assert!(report.diagnostics.len() <= opts.max_diagnostics);
    if i.src.len() > opts.max_input_bytes {
        assert!(
            report.diagnostics.is_empty() && report.omitted == 1
                || report
                    .diagnostics
                    .iter()
                    .any(|d| d.rule.id == "input-too-large"),
            "oversized input not refused: {:?}",
            report.diagnostics
        );
    }
    let _ = text::render("fuzz.json", Some(&i.src), &report, lang);
    let _ = text::render("fuzz.json", None, &report, lang);
    let _ = serde_json::to_string(&JsonReport::new(None, &report, lang)).expect("serializes");
    let _ = sarif::render([("fuzz.json", &report)], lang);
    let c = timlint::to_rest(&i.src, &opts);
    assert_eq!(c.body.is_some(), c.report.valid());
});
