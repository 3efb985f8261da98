//! The registry of rules, and the order they run in. The rules live one file per family: each
//! is declared with `rule!` next to the code that checks it, its messages beside it; its doc
//! comment is its documentation (`timlint explain RULE` prints it), and its fixtures live in
//! `tests/corpus/<dialect>/<rule-id>/`. What the checks share: [`Ctx`] (`ctx.rs`, where they
//! report), [`common`] (shared help), [`Loc`] (`crate::pointer`) and `crate::seen`.

use crate::diagnostic::{Diagnostic, Rule, Severity, Template};
use crate::options::{Api, Dialect, Limits, Options, Preset, RuleLevel};
pub use crate::pointer::Loc;
pub use crate::seen::set_hash_seed;

pub mod calls;
pub mod common;
mod ctx;
pub mod custom_data;
pub mod group_type;
pub mod ids;
pub mod members;
pub mod shape;
pub mod text;
pub mod topics;
pub mod update;

pub use common::choose_from;
pub use ctx::Ctx;

/// Declares rules, each with its messages:
/// `rule! { /// summary, then docs… pub NAME = "id", Error, server(10004), messages { NAME_MSG = "id": "English", "中文"; … } }`,
/// and the family's list of them, `RULES`. A message's ID is the rule's, or the rule's
/// followed by `.variant` (a test checks it).
macro_rules! rule {
    ($(
        #[doc = $summary:literal] $(#[doc = $doc:literal])*
        pub $name:ident = $id:literal, $sev:ident, $code:expr, dialects [$($dialect:ident),+], messages {
            $( $tname:ident = $tid:literal : $en:literal, $zh:literal; )+
        }
    )*) => {
        $(
            $(
                #[doc = concat!("The message template `", $tid, "`.")]
                pub static $tname: $crate::diagnostic::Template = $crate::diagnostic::Template {
                    id: $tid,
                    en: if cfg!(feature = "docs") { $en } else { "" },
                    zh: if cfg!(feature = "docs") { $zh } else { "" },
                };
            )+
            #[doc = $summary]
            $(#[doc = $doc])*
            pub static $name: $crate::diagnostic::Rule = $crate::diagnostic::Rule {
                id: $id,
                severity: $crate::diagnostic::Severity::$sev,
                tencent_code: $code,
                summary: if cfg!(feature = "docs") { $summary.trim_ascii() } else { "" },
                doc: if cfg!(feature = "docs") { concat!($summary, "\n", $($doc, "\n"),*) } else { "" },
                // Read by the printers and the generators, not by the npm package's wasm.
                templates: if cfg!(feature = "docs") { &[$(&$tname),+] } else { &[] },
                dialects: if cfg!(feature = "docs") {
                    &[$($crate::options::Dialect::$dialect),+]
                } else {
                    &[]
                },
            };
        )*
        /// This family's rules, in the order of the reference sheet.
        pub const RULES: &[&$crate::diagnostic::Rule] = &[$(&$name),*];
    };
}
pub(crate) use rule;

/// The families, in the order of the reference sheet.
const FAMILIES: &[&[&Rule]] = &[
    shape::RULES,
    group_type::RULES,
    text::RULES,
    ids::RULES,
    members::RULES,
    custom_data::RULES,
    update::RULES,
    topics::RULES,
];

/// Every rule: the families' own lists, one after the other.
pub static ALL: &[&Rule] = &ALL_RULES;

static ALL_RULES: [&Rule; count(FAMILIES)] = concat(FAMILIES);

const fn count(families: &[&[&Rule]]) -> usize {
    let (mut n, mut i) = (0, 0);
    while i < families.len() {
        n += families[i].len();
        i += 1;
    }
    n
}

const fn concat<const N: usize>(families: &[&[&'static Rule]]) -> [&'static Rule; N] {
    let mut out = [&shape::INVALID_JSON; N];
    let (mut n, mut i) = (0, 0);
    while i < families.len() {
        let mut j = 0;
        while j < families[i].len() {
            out[n] = families[i][j];
            n += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// The rules a call can report, in the registry's order: the document's (JSON, shape, fields)
/// and the call's own list (`calls::*_RULES`).
///
/// ```
/// use timlint::{Api, rules::rules_of};
/// let ids: Vec<&str> = rules_of(Api::AddMembers).map(|r| r.id).collect();
/// assert!(ids.contains(&"invalid-json") && ids.contains(&"too-many-members"));
/// assert!(!ids.contains(&"empty-name"));
/// ```
pub fn rules_of(api: Api) -> impl Iterator<Item = &'static Rule> {
    const DOCUMENT: &[&Rule] = &[
        &shape::INVALID_JSON,
        &shape::JSON_COMMENTS,
        &shape::NOT_AN_OBJECT,
        &shape::WRONG_TYPE,
        &shape::MISSING_REQUIRED,
        &shape::UNKNOWN_FIELD,
        &shape::DUPLICATE_KEY,
        &shape::MIXED_DIALECT,
        &shape::BYTE_ORDER_MARK,
        &shape::INPUT_TOO_LARGE,
        &shape::TOO_DEEP,
    ];
    let own = match api {
        Api::CreateGroup => calls::CREATE_GROUP_RULES,
        Api::ModifyGroup => calls::MODIFY_GROUP_RULES,
        Api::AddMembers => calls::ADD_MEMBERS_RULES,
        Api::CreateTopic => calls::CREATE_TOPIC_RULES,
        Api::ImportGroup => calls::IMPORT_GROUP_RULES,
        Api::ModifyMember => calls::MODIFY_MEMBER_RULES,
    };
    ALL.iter()
        .copied()
        .filter(move |r| DOCUMENT.iter().chain(own).any(|x| std::ptr::eq(*x, *r)))
}

/// Every message template: each rule's, then the ones rules share.
pub fn templates() -> impl Iterator<Item = &'static Template> {
    ALL.iter()
        .flat_map(|r| r.templates)
        .chain(common::MESSAGES)
        .copied()
}

/// A rule's summary or documentation as it reads: `{limit.NAME}` is the default limit of that
/// name (the options' JSON names: `name`, `faceUrl`, `members`, …), `{extended.NAME}` the
/// `extended` preset's, `{newerMembers}` the current create_group page's member cap and
/// `{option.maxDepth}` that option's default; so that no number a rule depends on is written
/// in its prose.
pub fn doc_text(text: &str) -> String {
    let (default, extended) = (Limits::default(), Limits::preset(Preset::Extended));
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            let value = match name.split_once('.') {
                Some(("limit", n)) => default.get(n),
                Some(("extended", n)) => extended.get(n),
                Some(("option", "maxDepth")) => Some(Options::default().max_depth),
                None if name == "newerMembers" => Some(members::NEWER_PAGE_MEMBERS),
                None if name == "newerAddMembers" => Some(members::NEWER_ADD_MEMBERS),
                _ => None,
            };
            value.map(|v| (v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(&v.to_string());
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Rules renamed, by their former IDs, which still name them (in `--rule`, the `rules` option
/// and `timlint explain`) and are deprecated (CHANGELOG).
pub static RENAMED: &[(&str, &Rule)] =
    &[("member-list-over-100", &members::MEMBER_LIST_OVER_NEWER_CAP)];

/// Looks a rule up by its ID, or by a former ID ([`RENAMED`]).
pub fn find(id: &str) -> Option<&'static Rule> {
    ALL.iter()
        .copied()
        .find(|r| r.id == id)
        .or_else(|| RENAMED.iter().find(|(old, _)| *old == id).map(|(_, r)| *r))
}

/// Puts `d` at the level the `rules` option gives its rule; false when the rule is off.
pub fn apply_level(opts: &Options, d: &mut Diagnostic) -> bool {
    let level = opts.level(d.rule.id).or_else(|| {
        RENAMED
            .iter()
            .filter(|(_, r)| std::ptr::eq(*r, d.rule))
            .find_map(|(old, _)| opts.level(old))
    });
    d.severity = match level {
        None => return true,
        Some(RuleLevel::Off) => return false,
        Some(RuleLevel::Info) => Severity::Info,
        Some(RuleLevel::Warning) => Severity::Warning,
        Some(RuleLevel::Error) => Severity::Error,
    };
    true
}

/// Fails on a rule ID in the `rules` option that names no rule, with the nearest ID.
///
/// ```
/// let o = timlint::Options::from_json(r#"{"rules": {"unknown-feild": "off"}}"#).unwrap();
/// let e = timlint::rules::check_levels(&o).unwrap_err();
/// assert_eq!(e.message(), "unknown rule `unknown-feild`; did you mean `unknown-field`? (`timlint rules` lists them)");
/// ```
pub fn check_levels(opts: &Options) -> Result<(), crate::error::Error> {
    if opts.dialect != Dialect::Auto && !opts.api.dialects().contains(&opts.dialect) {
        let message = [
            "`",
            opts.api.as_str(),
            "` has no ",
            opts.dialect.as_str(),
            " spelling: it is a REST call (use --dialect rest)",
        ]
        .concat();
        return Err(crate::error::Error::Options { message });
    }
    let Some((id, _)) = opts.rules.iter().find(|(id, _)| find(id).is_none()) else {
        return Ok(());
    };
    let near = crate::suggest::did_you_mean(id, ALL.iter().map(|r| r.id));
    let mean = near.map_or(String::new(), |n| ["; did you mean `", n, "`?"].concat());
    let message = [
        "unknown rule `",
        id,
        "`",
        &mean,
        " (`timlint rules` lists them)",
    ]
    .concat();
    Err(crate::error::Error::Options { message })
}

#[doc(hidden)]
/// Runs every rule over a parsed payload.
pub fn check(ctx: &mut Ctx<'_, '_>) {
    let Some(group) = shape::check_document(ctx) else {
        return;
    };
    match ctx.opts.api {
        Api::CreateGroup => {
            calls::create_group(ctx, &group);
        }
        Api::ModifyGroup => calls::modify_group(ctx, &group),
        Api::AddMembers => calls::add_members(ctx, &group),
        Api::CreateTopic => calls::create_topic(ctx, &group),
        Api::ImportGroup => calls::import_group(ctx, &group),
        Api::ModifyMember => calls::modify_member(ctx, &group),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule's documentation names its source (a page, an SDK header, the reference
    /// sheet) or says it is judgement.
    #[test]
    fn every_rule_names_its_source() {
        if !cfg!(feature = "docs") {
            return;
        }
        let missing: Vec<&str> = ALL
            .iter()
            .filter(|r| !r.doc.contains("Source:") && !r.doc.contains("judgement"))
            .map(|r| r.id)
            .collect();
        assert!(missing.is_empty(), "{missing:?}");
    }

    /// `find` gives the rule of that ID, and nothing for an ID no rule has.
    /// A rule's templates are its own: each ID is the rule's, or the rule's and a `.variant`;
    /// no template belongs to two rules.
    #[test]
    fn each_rule_carries_its_own_templates() {
        let mut seen = std::collections::HashSet::new();
        for r in ALL {
            let prefix = format!("{}.", r.id);
            for t in r.templates {
                assert!(
                    t.id == r.id || t.id.starts_with(&prefix),
                    "{} in {}",
                    t.id,
                    r.id
                );
                assert!(seen.insert(t.id), "{} twice", t.id);
            }
        }
        assert!(templates().count() > seen.len(), "the shared ones follow");
    }

    /// A former ID finds the rule and sets its level; the rule's own ID wins over it.
    #[test]
    fn a_renamed_rule_answers_to_its_former_id() {
        let rule = &members::MEMBER_LIST_OVER_NEWER_CAP;
        assert!(std::ptr::eq(find("member-list-over-100").unwrap(), rule));
        assert!(ALL.iter().all(|r| r.id != "member-list-over-100"));
        let mut opts = Options::default();
        opts.set_level("member-list-over-100", RuleLevel::Error);
        assert!(check_levels(&opts).is_ok());
        let d = || Diagnostic::new(rule, &members::MEMBER_LIST_OVER_NEWER_CAP_MSG, None);
        let mut got = d();
        assert!(apply_level(&opts, &mut got));
        assert_eq!(got.severity, Severity::Error);
        opts.set_level("member-list-over-newer-cap", RuleLevel::Off);
        assert!(!apply_level(&opts, &mut d()));
        // Another rule's diagnostic is not touched by the alias.
        let other = &members::DUPLICATE_MEMBER;
        let mut o = Diagnostic::new(other, &members::DUPLICATE_MEMBER_MSG, None);
        assert!(apply_level(&opts, &mut o));
        assert_eq!(o.severity, Severity::Warning);
    }

    /// Placeholders become the numbers they name; anything else in braces (JSON in an
    /// example) is left as written; no rule's prose is left with a placeholder.
    #[test]
    fn docs_take_their_numbers_from_the_limits() {
        let l = Limits::default();
        assert_eq!(
            doc_text("Name {limit.name}, {extended.faceUrl}; {newerMembers} {option.maxDepth}"),
            format!("Name {}, 500; 100 {}", l.name, Options::default().max_depth)
        );
        assert_eq!(
            doc_text(r#"{"Name": 1} {limit.nope} {"#),
            r#"{"Name": 1} {limit.nope} {"#
        );
        for r in ALL {
            for text in [doc_text(r.summary), doc_text(r.doc)] {
                for p in ["{limit.", "{extended.", "{newer", "{option."] {
                    assert!(!text.contains(p), "{}: {p}", r.id);
                }
            }
        }
    }

    /// import_group is a REST call: asked for in the `sdk` or `web` dialect, the options are
    /// refused; `auto` and `rest` are fine, and so is every other call in every dialect.
    #[test]
    fn a_call_is_checked_in_the_dialects_it_has() {
        for api in Api::ALL {
            for dialect in Dialect::ALL {
                let opts = Options {
                    api,
                    dialect,
                    ..Options::default()
                };
                let refused =
                    api == Api::ImportGroup && matches!(dialect, Dialect::Sdk | Dialect::Web);
                assert_eq!(check_levels(&opts).is_err(), refused, "{api:?} {dialect:?}");
            }
        }
    }

    #[test]
    fn find_looks_a_rule_up_by_its_id() {
        for r in ALL {
            assert_eq!(find(r.id).map(|f| f.id), Some(r.id));
        }
        assert!(find("no-such-rule").is_none());
        assert!(find("").is_none());
    }

    /// Chinese texts use no English words outside backticks (code and identifiers go in
    /// backticks; the acronyms and product names below are how Chinese technical writing
    /// names them), and no space before Chinese punctuation.
    #[test]
    fn chinese_texts_keep_english_in_backticks() {
        const ALLOWED: &[&str] = &[
            "JSON", "UTF-8", "UTF-16", "BOM", "ASCII", "ID", "IM", "SDK", "REST", "Web", "8.x",
            "v3",
        ];
        let mut bad = Vec::new();
        for t in templates() {
            if !cfg!(feature = "docs") {
                break;
            }
            let mut outside = String::new();
            for (i, part) in t.zh.split('`').enumerate() {
                if i % 2 == 0 {
                    outside.push_str(part);
                    outside.push(' ');
                }
            }
            // Placeholders: `{name}` and `{name:format}`; the ones showing identifiers
            // (`type`, `plan`, `field`) must be inside backticks, so they are gone already.
            let mut text = String::new();
            let mut rest = outside.as_str();
            while let Some(open) = rest.find('{') {
                text.push_str(&rest[..open]);
                let Some(close) = rest[open..].find('}') else {
                    break;
                };
                let name = &rest[open + 1..open + close];
                if ["type", "plan", "field"].contains(&name) {
                    bad.push(format!("{}: {{{name}}} outside backticks", t.id));
                }
                text.push(' ');
                rest = &rest[open + close + 1..];
            }
            text.push_str(rest);
            let words = text
                .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')))
                .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()));
            for w in words {
                if !ALLOWED.contains(&w) {
                    bad.push(format!("{}: `{w}` in {:?}", t.id, t.zh));
                }
            }
            for p in ["，", "。", "；", "：", "！", "？", "、", "）"] {
                if t.zh.contains(&format!(" {p}")) {
                    bad.push(format!("{}: a space before {p}", t.id));
                }
            }
            if t.zh.contains("（ ") {
                bad.push(format!("{}: a space after （", t.id));
            }
        }
        assert!(bad.is_empty(), "{bad:#?}");
    }
}
