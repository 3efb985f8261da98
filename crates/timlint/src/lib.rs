//! timlint: check Tencent Cloud IM (即时通信 IM) create-group payloads offline, exactly as the
//! server would judge them, and explain every problem.
//!
//! ```
//! let report = timlint::validate(r#"{"Type": "Publich", "Name": "TestGroup"}"#, &Default::default());
//! assert!(!report.valid());
//! assert_eq!(report.diagnostics[0].rule.id, "unknown-group-type");
//! assert_eq!(report.diagnostics[0].suggestion.as_deref(), Some("Public"));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

// The modules in their order of dependency: each uses only those above it (tests/layers.rs
// checks it; the `pub use` lines here are the crate's front, not a dependency).
pub mod convert;
pub mod diagnostic;
pub mod domain;
pub mod error;
// The JSON reader and the dialect model: public for the benches, the fuzz targets and the
// tests, not part of the API (no docs, no stability).
#[doc(hidden)]
#[allow(missing_docs)]
pub mod json;
#[doc(hidden)]
#[allow(missing_docs)]
pub mod model;
pub mod options;
#[doc(hidden)]
#[allow(missing_docs)]
pub mod pointer;
pub mod render;
pub mod request;
// The rules' check functions (`rules::{custom_data, ids, members, shape, text}`) are public
// without docs; rules/ is another engineer's area, so the lint waits until they have them.
#[allow(missing_docs)]
pub mod rules;
pub mod schema;
#[doc(hidden)]
#[allow(missing_docs)]
pub mod seen;
pub mod suggest;
pub mod write;

pub use convert::{Conversion, RestBody, RestValue, to_rest};
pub use diagnostic::{
    Answerer, Applicability, Diagnostic, Fix, Message, Report, Rule, Severity, Template,
    TencentCode,
};
pub use domain::GroupType;
pub use error::Error;
pub use options::{Api, Dialect, Lang, LimitOverrides, Limits, Options, Plan, Preset, RuleLevel};
pub use request::{
    AddMembersRequest, AddMembersRequestBuilder, ApplyJoinOption, CreateGroupRequest,
    CreateGroupRequestBuilder, CreateTopicRequest, CreateTopicRequestBuilder, CustomField,
    ImportGroupRequest, ImportGroupRequestBuilder, InviteJoinOption, Member, MemberAccount,
    MemberRole, ModifyGroupRequest, ModifyGroupRequestBuilder, ModifyMemberRequest,
    ModifyMemberRequestBuilder, MsgFlag,
};

use json::{Document, Kind, Node};
pub use render::templates;
use rules::{Ctx, shape};

/// Validates one payload given as text.
///
/// ```
/// use timlint::{Dialect, Options};
/// let report = timlint::validate(r#"{"Type": "Public", "Name": ""}"#, &Options::default());
/// assert!(!report.valid());
/// assert_eq!((report.diagnostics[0].rule.id, report.dialect), ("empty-name", Dialect::Rest));
/// ```
pub fn validate(src: &str, opts: &Options) -> Report {
    Validator::new(opts.clone()).validate(src)
}

/// Validates one payload given as bytes; bytes that are not UTF-8 are `invalid-json`.
pub fn validate_bytes(bytes: &[u8], opts: &Options) -> Report {
    Validator::new(opts.clone()).validate_bytes(bytes)
}

/// A validator that keeps its buffers between payloads: after the first few payloads, a valid
/// one is checked without allocating (but for duplicate detection).
///
/// ```
/// use timlint::{Options, Validator};
/// let mut v = Validator::new(Options::default());
/// for body in [r#"{"Type": "Public", "Name": "a"}"#, r#"{"Type": "Work", "Name": "b"}"#] {
///     let report = v.validate(body);
///     println!("{}", if report.valid() { "ok" } else { "refused" });
/// }
/// assert!(!v.validate_bytes(b"{\"Name\": \"\xff\"}").valid());
/// ```
pub struct Validator {
    opts: Options,
    tape: Vec<Node>,
}

impl Validator {
    /// A validator with these options.
    pub fn new(opts: Options) -> Validator {
        Validator {
            opts,
            tape: Vec::new(),
        }
    }

    /// The options it validates with.
    pub fn options(&self) -> &Options {
        &self.opts
    }

    /// Validates one payload given as bytes; bytes that are not UTF-8 are `invalid-json`.
    pub fn validate_bytes(&mut self, bytes: &[u8]) -> Report {
        match shape::utf8(bytes) {
            Ok(src) => self.validate(src),
            Err(mut d) => {
                // Lines and columns of the valid part.
                let at = d.span.map_or(0, |s| s.0);
                let prefix = std::str::from_utf8(&bytes[..at]).unwrap_or("");
                let (l, c) = json::line_col(prefix, at);
                (d.line, d.column) = (Some(l), Some(c));
                self.finish(self.opts.dialect, vec![*d], None)
            }
        }
    }

    /// Validates one payload given as text.
    pub fn validate(&mut self, src: &str) -> Report {
        let requested = self.opts.dialect;
        let fallback = if requested == Dialect::Auto {
            Dialect::Rest
        } else {
            requested
        };
        if let Some(d) = shape::input_size(src.len(), self.opts.max_input_bytes) {
            return self.finish(fallback, vec![d], None);
        }
        let tape = std::mem::take(&mut self.tape);
        let doc = match Document::parse_into(src, tape, self.opts.max_depth) {
            Ok(doc) => doc,
            Err((err, _)) => {
                let d = shape::syntax_error(&err);
                return self.finish(fallback, vec![d], Some(src));
            }
        };
        let table = model::call_fields(self.opts.api);
        let dialect = match requested {
            Dialect::Auto if doc.kind(0) == Kind::Object => model::detect(&doc, 0, table),
            _ => fallback,
        };
        let mut ctx = Ctx {
            doc: &doc,
            opts: &self.opts,
            limits: self.opts.resolved_limits(),
            dialect,
            table,
            base: pointer::Loc::Root,
            auto_detected: requested == Dialect::Auto,
            out: Vec::new(),
            omitted: 0,
            omitted_errors: 0,
        };
        rules::check(&mut ctx);
        let (out, omitted, omitted_errors) = (ctx.out, ctx.omitted, ctx.omitted_errors);
        self.tape = doc.tape;
        let mut report = self.finish(dialect, out, Some(src));
        report.omitted += omitted;
        report.errors += omitted_errors;
        report
    }

    /// `src` with its fixes applied (the safe ones, and the unsafe ones too when `unsafe_fixes`),
    /// and how many were. A fix can make way for another (a renamed field's value is then
    /// read), so it validates and fixes again, up to four passes, until nothing is left to fix.
    ///
    /// ```
    /// let mut v = timlint::Validator::new(Default::default());
    /// let (text, n) = v.fix(r#"{"Type": "Publich", "Name": "x"}"#, false);
    /// assert_eq!((text.as_str(), n), (r#"{"Type": "Public", "Name": "x"}"#, 1));
    /// ```
    pub fn fix(&mut self, src: &str, unsafe_fixes: bool) -> (String, usize) {
        let mut text = src.to_string();
        let mut applied = 0;
        for _ in 0..4 {
            let report = self.validate(&text);
            let fixes = report
                .diagnostics
                .iter()
                .filter_map(|d| d.fix.as_ref())
                .filter(|f| unsafe_fixes || f.applicability == Applicability::Safe);
            let (next, n) = Fix::apply_all(&text, fixes);
            if n == 0 {
                break;
            }
            (text, applied) = (next, applied + n);
        }
        (text, applied)
    }

    /// The verdict on an input of `len` bytes that is over `maxInputBytes`, for callers that
    /// stop reading such an input instead of holding it in memory.
    pub fn too_large(&self, len: usize) -> Report {
        let d = shape::input_too_large(len, self.opts.max_input_bytes);
        let dialect = match self.opts.dialect {
            Dialect::Auto => Dialect::Rest,
            d => d,
        };
        self.finish(dialect, vec![d], None)
    }

    /// The verdict on an input of unknown length (a pipe, a device) that was found to be over
    /// `maxInputBytes` and not read further.
    pub fn too_large_unread(&self) -> Report {
        let d = shape::input_unread(self.opts.max_input_bytes);
        let dialect = match self.opts.dialect {
            Dialect::Auto => Dialect::Rest,
            d => d,
        };
        self.finish(dialect, vec![d], None)
    }

    /// Orders diagnostics by position, fills in line and column, applies the cap.
    fn finish(&self, dialect: Dialect, mut diags: Vec<Diagnostic>, src: Option<&str>) -> Report {
        // The rules' own diagnostics have their level already; these are for those made here
        // (a syntax error, an input too large).
        if !self.opts.rules.is_empty() {
            diags.retain_mut(|d| rules::apply_level(&self.opts, d));
        }
        if let Some(src) = src {
            // Mostly found in order already: a check is cheaper than moving diagnostics.
            let key = |d: &Diagnostic| d.span.map_or(usize::MAX, |s| s.0);
            if !diags.is_sorted_by_key(key) {
                diags.sort_by_key(key);
            }
            let mut positions = json::Positions::new(src);
            for d in &mut diags {
                if let Some((start, _)) = d.span {
                    let (line, col) = positions.at(start);
                    (d.line, d.column) = (Some(line), Some(col));
                }
            }
        }
        let errors = diags.iter().filter(|d| d.is_error()).count();
        let max = self.opts.max_diagnostics;
        let omitted = diags.len().saturating_sub(max);
        diags.truncate(max);
        Report {
            dialect,
            diagnostics: diags,
            omitted,
            errors,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules_of(src: &str) -> Vec<(&'static str, String)> {
        validate(src, &Options::default())
            .diagnostics
            .into_iter()
            .map(|d| (d.rule.id, d.pointer))
            .collect()
    }

    #[test]
    fn a_valid_payload_has_no_diagnostics() {
        assert_eq!(rules_of(r#"{"Type": "Public", "Name": "TestGroup"}"#), []);
    }

    #[test]
    fn five_problems_give_five_diagnostics() {
        let got = rules_of(
            r#"{"Type": "Publich", "Name": "", "GroupId": "@TGS#x", "owner_account": "a", "FaceUrl": "ftp://x"}"#,
        );
        let ids: Vec<_> = got.iter().map(|(r, _)| *r).collect();
        assert_eq!(
            ids,
            [
                "unknown-group-type",
                "empty-name",
                "group-id-reserved-prefix",
                "unknown-field",
                "face-url-scheme"
            ]
        );
    }

    #[test]
    fn line_and_column_are_characters() {
        // A name of 3-byte characters, one past the Name limit.
        let name = "中".repeat(Limits::default().name / 3 + 1);
        let r = validate(
            &format!("{{\n  \"Type\": \"Public\",\n  \"Name\": \"{name}\"\n}}"),
            &Options::default(),
        );
        let d = &r.diagnostics[0];
        assert_eq!(
            (d.rule.id, d.line, d.column),
            ("too-many-bytes", Some(3), Some(11))
        );
    }

    #[test]
    fn not_utf8_is_invalid_json() {
        let r = validate_bytes(b"{\"Name\": \"\xff\"}", &Options::default());
        assert_eq!(r.diagnostics[0].rule.id, "invalid-json");
        assert_eq!(r.diagnostics[0].column, Some(11));
    }

    #[test]
    fn diagnostics_are_capped_and_counted() {
        let opts = Options {
            max_diagnostics: 2,
            ..Options::default()
        };
        let r = validate(
            r#"{"a": 1, "b": 2, "c": 3, "Type": "Public", "Name": "x"}"#,
            &opts,
        );
        assert_eq!((r.diagnostics.len(), r.omitted), (2, 1));
        assert!(r.valid());
    }

    #[test]
    fn an_error_past_the_cap_still_makes_the_payload_invalid() {
        let opts = Options {
            max_diagnostics: 2,
            ..Options::default()
        };
        let r = validate(r#"{"a": 1, "b": 2, "Type": "Publich", "Name": "x"}"#, &opts);
        assert_eq!((r.diagnostics.len(), r.omitted, r.errors), (2, 1, 1));
        assert!(r.diagnostics.iter().all(|d| !d.is_error()));
        assert!(!r.valid());
        let opts = Options {
            max_diagnostics: 0,
            ..Options::default()
        };
        assert!(!validate("{", &opts).valid());
    }

    #[test]
    fn rule_levels_drop_or_change_a_rule_s_diagnostics_and_the_count() {
        let rules = |json: &str| Options::from_json(json).unwrap();
        let src = r#"{"Type": "Publich", "Name": "x", "Nmae": 1, "FaceUrl": "ftp://x"}"#;
        let r = validate(src, &Options::default());
        let ids: Vec<_> = r.diagnostics.iter().map(|d| d.rule.id).collect();
        assert_eq!(
            ids,
            ["unknown-group-type", "unknown-field", "face-url-scheme"]
        );
        assert_eq!(r.errors, 1);
        let opts = rules(
            r#"{"rules": {"unknown-field": "off", "face-url-scheme": "error", "unknown-group-type": "info"}}"#,
        );
        let r = validate(src, &opts);
        let got: Vec<_> = r
            .diagnostics
            .iter()
            .map(|d| (d.rule.id, d.severity))
            .collect();
        assert_eq!(
            got,
            [
                ("unknown-group-type", Severity::Info),
                ("face-url-scheme", Severity::Error)
            ]
        );
        assert_eq!(r.errors, 1);
        // Past the diagnostics cap, and for what the validator reports itself.
        let opts = Options {
            max_diagnostics: 0,
            ..rules(r#"{"rules": {"unknown-group-type": "warning", "invalid-json": "off"}}"#)
        };
        assert!(validate(src, &opts).valid());
        assert_eq!(validate("{", &opts).errors, 0);
        assert!(rules::check_levels(&opts).is_ok());
        let e = rules::check_levels(&rules(r#"{"rules": {"unknown-feild": "off"}}"#));
        assert!(
            e.unwrap_err()
                .message()
                .contains("did you mean `unknown-field`")
        );
    }

    #[test]
    fn a_validator_reuses_its_tape() {
        let mut v = Validator::new(Options::default());
        for _ in 0..3 {
            assert!(v.validate(r#"{"Type": "Public", "Name": "x"}"#).valid());
        }
        assert!(v.tape.capacity() > 0);
    }
}

/// The README's Rust examples run as doctests, so they cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;
