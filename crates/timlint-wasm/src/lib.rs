//! The npm package `timlint`: the validator compiled to WebAssembly.
//!
//! Options cross the boundary once, as JSON text (`JSON.stringify`), read by
//! `Options::from_json` (the CLI's `--config` reader) into a [`Validator`] that the module keeps
//! under a handle (`open`); `check` then validates with it, its buffers reused. A report comes
//! back as compact data, not JSON: numbers in a `Uint32Array` and the strings they index in one
//! UTF-8 blob at its end (see [`compact`]), which api.js turns into the report's objects
//! (rendering texts only when they are read). A CPU profile of the JSON route (docs/benchmarks.md)
//! spent more time writing and escaping the report's JSON in the size-optimised wasm, decoding
//! it and `JSON.parse`-ing it than validating. `toRest` and `limits` still answer in JSON text
//! (the core's compact writer, `timlint::render::json`), as they are not on a form's hot path.
//!
//! Nothing here panics on input: bad options are an error message (a thrown JS `Error`, see
//! `js`), and bad payloads are diagnostics. The wasm build aborts on panic, so this matters: a trap would
//! leave the module unusable.
#![forbid(unsafe_code)]

use std::cell::RefCell;
#[cfg(any(feature = "schema", test))]
use timlint::Dialect;

use timlint::diagnostic::Arg;
use timlint::render::json::{JsonReport, ObjectWriter, write_array, write_message};
use timlint::{Options, Report, Validator};
use wasm_bindgen::prelude::*;

/// The wasm's allocator: talc instead of std's dlmalloc, a few KB less to download.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Reads the options JSON the wrapper made; an empty string means the defaults.
pub fn parse_options(json: &str) -> Result<Options, String> {
    if json.trim_start().is_empty() {
        return Ok(Options::default());
    }
    let opts = Options::from_json(json)
        .and_then(|o| timlint::rules::check_levels(&o).map(|()| o))
        .map_err(|e| ["timlint: invalid options: ", e.message()].concat())?;
    Ok(opts)
}

/// `validate`: the report as `{"dialect", "valid", "diagnostics"}` JSON (and `"omitted"`
/// when the diagnostic cap left some out): the CLI's JSON without `"file"` and without the
/// texts (`message`, `help`), which api.js renders from `messageId`, `helpId` and `params`
/// with the templates of messages.js, in the language asked for. The wasm holds no prose.
///
/// The payload comes as UTF-8 bytes (api.js encodes it with `TextEncoder`, which copies it
/// into the module in one native call; a `&str` parameter makes wasm-bindgen's glue copy it a
/// character at a time in JS, about 7 ns a byte in Node 20, more than validating it takes).
pub fn validate_json(src: &[u8], options: &str) -> Result<String, String> {
    validate_sized_json(src, options, 0.0)
}

/// [`validate_json`], or the `input-too-large` report for an input of `len` bytes when that is
/// over `maxInputBytes`: api.js asks this of a huge string before it encodes it (a string of n
/// UTF-16 units is at least n bytes), so that a string refused is never copied into the
/// module. Within the cap (`len` 0, say), `src` is validated.
pub fn validate_sized_json(src: &[u8], options: &str, len: f64) -> Result<String, String> {
    let mut v = Validator::new(parse_options(options)?);
    Ok(JsonReport::data(None, &sized(&mut v, src, len)).to_json())
}

/// The report on `src`, or the `input-too-large` report for an input of `len` bytes when that
/// is over `maxInputBytes` (`len` 0: `src` is validated).
fn sized(v: &mut Validator, src: &[u8], len: f64) -> Report {
    // Saturating, as `as` converts: a length past usize::MAX is over any cap.
    let len = len as usize;
    if len > v.options().max_input_bytes {
        v.too_large(len)
    } else {
        v.validate_bytes(src)
    }
}

/// The report as compact data: `u32` words, then the UTF-8 bytes of every string the words
/// refer to, packed four to a word, then the number of those bytes. A string is its length in
/// UTF-16 units ([`NONE`] for an absent one), read in order from the decoded blob, so JS slices
/// it without scanning. The words, in order (pkg/api.js reads them in the same order):
///
/// `valid, dialect (string), omitted, n`, then for each of the `n` diagnostics: `rule,
/// severity, path, messageId (strings), tencentCode (NONE: null; the top bit set when the SDK
/// answers it, `answeredBy: "sdk"`, else the server), helpId, suggestion
/// (strings), line, column (0: null), params count`, each param `name (string), kind` then for
/// kind 0 an integer as `low, high` words, for 1 a string, for 2 a count and that many strings;
/// and last `has fix` (0 or 1), and with one `start, end, replacement, applicability`.
pub fn compact(report: &Report) -> Vec<u32> {
    /// Codes are below 2^31 (Tencent's go to 5 digits).
    const SDK_BIT: u32 = 1 << 31;
    let mut c = Compact {
        words: Vec::with_capacity(8 + report.diagnostics.len() * 24),
        blob: String::new(),
    };
    c.words.push(u32::from(report.valid()));
    c.str(Some(report.dialect.as_str()));
    c.words.push(saturate(report.omitted));
    c.words.push(saturate(report.diagnostics.len()));
    for d in &report.diagnostics {
        c.str(Some(d.rule.id));
        c.str(Some(d.severity.as_str()));
        c.str(Some(&d.pointer));
        c.str(Some(d.message.id));
        c.words.push(d.tencent_code.map_or(NONE, |t| match t.by {
            timlint::Answerer::Server => t.code,
            timlint::Answerer::Sdk => t.code | SDK_BIT,
        }));
        c.str(d.help.map(|h| h.id));
        c.str(d.suggestion.as_deref());
        c.words.push(d.line.unwrap_or(0));
        c.words.push(d.column.unwrap_or(0));
        let params: Vec<_> = d.params.iter().collect();
        c.words.push(saturate(params.len()));
        for (name, arg) in params {
            c.str(Some(name));
            c.arg(arg);
        }
        match &d.fix {
            None => c.words.push(0),
            Some(f) => {
                c.words.push(1);
                c.words.push(saturate(f.span.0));
                c.words.push(saturate(f.span.1));
                c.str(Some(&f.replacement));
                c.str(Some(f.applicability.as_str()));
            }
        }
    }
    let Compact { mut words, blob } = c;
    for chunk in blob.as_bytes().chunks(4) {
        let mut w = [0; 4];
        w[..chunk.len()].copy_from_slice(chunk);
        words.push(u32::from_le_bytes(w));
    }
    words.push(saturate(blob.len()));
    words
}

/// The mark of an absent string or number in [`compact`].
const NONE: u32 = u32::MAX;

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX - 1)
}

struct Compact {
    words: Vec<u32>,
    blob: String,
}

impl Compact {
    fn str(&mut self, s: Option<&str>) {
        let Some(s) = s else {
            self.words.push(NONE);
            return;
        };
        // UTF-16 units: one per character, two for those past U+FFFF (4-byte sequences).
        let units = if s.is_ascii() {
            s.len()
        } else {
            s.bytes()
                .map(|b| usize::from(b & 0xc0 != 0x80) + usize::from(b >= 0xf0))
                .sum()
        };
        self.words.push(saturate(units));
        self.blob.push_str(s);
    }

    fn arg(&mut self, arg: &Arg) {
        let list = |c: &mut Compact, items: &mut dyn Iterator<Item = &str>| {
            let at = c.words.len();
            c.words.extend([2, 0]);
            let mut n = 0;
            for s in items {
                c.str(Some(s));
                n += 1;
            }
            c.words[at + 1] = n;
        };
        match arg {
            Arg::Int(n) => {
                // Two words: JS reads `high * 2**32 + low`, as JSON.parse reads a u64.
                self.words.extend([0, *n as u32, (*n >> 32) as u32]);
            }
            Arg::Str(s) => {
                self.words.push(1);
                self.str(Some(s));
            }
            Arg::Type(t) => {
                self.words.push(1);
                self.str(Some(t.as_str()));
            }
            Arg::Dialect(d) => {
                self.words.push(1);
                self.str(Some(d.as_str()));
            }
            Arg::Types(types) => list(self, &mut types.iter().map(|t| t.as_str())),
            Arg::Names(items) => list(self, &mut items.iter().copied()),
            Arg::List(items) => list(self, &mut items.iter().map(|s| &**s)),
        }
    }
}

thread_local! {
    /// The validators `open` made, by handle (index + 1); `None` once closed.
    static VALIDATORS: RefCell<Vec<Option<Validator>>> = const { RefCell::new(Vec::new()) };
    /// Why the last `open` failed.
    static OPEN_ERROR: RefCell<String> = const { RefCell::new(String::new()) };
}

/// `open`: a validator for these options, kept under the handle returned (from 1), or 0 when
/// the options are wrong (`openError` says why). A closed slot is reused.
pub fn open(options: &str) -> Result<u32, String> {
    let v = Validator::new(parse_options(options)?);
    VALIDATORS.with_borrow_mut(|all| {
        let slot = match all.iter().position(Option::is_none) {
            Some(i) => i,
            None => {
                all.push(None);
                all.len() - 1
            }
        };
        all[slot] = Some(v);
        Ok(saturate(slot + 1))
    })
}

/// `check`: the compact report (see [`compact`]) of the validator under `handle`, or `None`
/// when there is no such handle (closed, or made by an instance before a restart).
pub fn check(handle: u32, src: &[u8], len: f64) -> Option<Vec<u32>> {
    VALIDATORS.with(|all| {
        // (A JS callback re-entering the module mid-validation finds it busy: no handle.)
        let mut all = all.try_borrow_mut().ok()?;
        let v = all.get_mut((handle as usize).checked_sub(1)?)?.as_mut()?;
        Some(compact(&sized(v, src, len)))
    })
}

/// `close`: frees the validator under `handle` (nothing if there is none).
pub fn close(handle: u32) {
    VALIDATORS.with(|all| {
        if let Ok(mut all) = all.try_borrow_mut()
            && let Some(slot) = (handle as usize)
                .checked_sub(1)
                .and_then(|i| all.get_mut(i))
        {
            *slot = None;
        }
    });
}

/// `limits`: the byte and count caps in force for these options.
pub fn limits_json(options: &str) -> Result<String, String> {
    Ok(parse_options(options)?.resolved_limits().to_json())
}

/// `toRest`: validates the payload and, when it has no error, converts it to the REST body.
/// The result is `{"ok", "body", "dropped", "report"}`: whether the source had no error and a
/// body was produced, the REST body (or `null`), what the body cannot carry (as
/// `{"messageId", "params"}`, rendered by api.js), and the source's verdict in `validate`'s
/// shape.
pub fn to_rest_json(src: &[u8], options: &str) -> Result<String, String> {
    let opts = parse_options(options)?;
    let c = match std::str::from_utf8(src) {
        Ok(text) => timlint::to_rest(text, &opts),
        // Not UTF-8 (TextEncoder never sends that): no body; the verdict says where.
        Err(_) => timlint::Conversion {
            report: timlint::validate_bytes(src, &opts),
            body: None,
            dropped: Vec::new(),
        },
    };
    let mut out = String::new();
    let mut o = ObjectWriter::new(&mut out);
    o.bool("ok", c.body.is_some());
    match &c.body {
        Some(body) => body.write_json(o.key("body")),
        None => o.key("body").push_str("null"),
    }
    write_array(o.key("dropped"), &c.dropped, write_message);
    JsonReport::data(None, &c.report).write_json(o.key("report"));
    o.end();
    Ok(out)
}

/// `truncateToBytes`: the longest prefix within `max` UTF-8 bytes, cut between graphemes.
/// `max` comes from JS as a number, so it is checked here rather than wrapped around (the
/// message does not repeat it: formatting a float would pull float printing into the wasm).
pub fn truncate(text: &str, max: f64) -> Result<&str, String> {
    if max.is_nan() || max < 0.0 || (max.is_finite() && max.fract() != 0.0) {
        return Err("timlint: truncateToBytes: max must be a non-negative integer".to_string());
    }
    // Saturating: any cap at or above the text's length keeps all of it.
    let max = if max >= text.len() as f64 {
        text.len()
    } else {
        max as usize
    };
    Ok(timlint::suggest::truncate_to_bytes(text, max))
}

/// `jsonSchema`: the JSON Schema (draft 2020-12) of `dialect`'s payload under these options'
/// limits, plan and keys; byte caps carry the vendor keyword `x-maxUtf8Bytes`. Only the
/// `schema` module has it (schemars needs serde_json; the tests use the dev-dependency).
#[cfg(any(feature = "schema", test))]
pub fn json_schema_json(dialect: &str, options: &str) -> Result<String, String> {
    let opts = parse_options(options)?;
    let dialect = Dialect::parse(dialect).ok_or_else(|| {
        format!("timlint: jsonSchema: unknown dialect `{dialect}` (rest, sdk, web or auto)")
    })?;
    serde_json::to_string(&timlint::schema::json_schema(dialect, &opts))
        .map_err(|e| format!("timlint: cannot serialize the result: {e}"))
}

/// Graphemes from the JS engine: this build of the core has no Unicode tables of its own.
#[cfg(target_family = "wasm")]
mod graphemes {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(module = "/js/graphemes.js")]
    extern "C" {
        /// The UTF-16 offsets at which the graphemes of `text` end (`Intl.Segmenter`), or
        /// `None` where the engine has no `Intl.Segmenter`.
        #[wasm_bindgen(js_name = graphemeEnds)]
        fn grapheme_ends_utf16(text: &str) -> Option<Vec<u32>>;
    }

    /// Where each grapheme of `text` ends, in UTF-8 bytes: the segmenter's UTF-16 offsets
    /// mapped back over the characters (code points, without a segmenter).
    fn grapheme_ends(text: &str) -> Vec<usize> {
        let chars = text
            .char_indices()
            .map(|(i, c)| (i + c.len_utf8(), c.len_utf16()));
        let Some(ends) = grapheme_ends_utf16(text) else {
            return chars.map(|(end, _)| end).collect();
        };
        let mut ends = ends.into_iter().peekable();
        let mut out = Vec::with_capacity(ends.len());
        let mut units = 0;
        for (end, n) in chars {
            units += n as u32;
            // (An offset inside a character cannot come from a well-formed string; skip it.)
            while ends.next_if(|&e| e < units).is_some() {}
            if ends.next_if_eq(&units).is_some() {
                out.push(end);
            }
        }
        out
    }

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Math)]
        fn random() -> f64;
    }

    #[wasm_bindgen(start)]
    fn start() {
        timlint::suggest::set_grapheme_segmenter(grapheme_ends);
        // The duplicate tables' hash seed (wasm has no OS randomness): 2 x 32 random bits.
        let bits = || (random() * 4_294_967_296.0) as u64;
        timlint::rules::set_hash_seed(bits() << 32 | bits());
    }
}

// The exports return text, never throw: a result is a JSON object (`{…}`), anything else is
// the message of an error, which api.js throws as an `Error`. (wasm-bindgen's `JsError`
// would add a table of JS references and its plumbing to the module and the glue.)
fn js(r: Result<String, String>) -> String {
    r.unwrap_or_else(|e| e)
}

/// The JSON report (the `rest` module only: the hostile-input tests compare with it).
#[cfg(feature = "rest")]
#[wasm_bindgen(js_name = validateJson)]
pub fn validate_js(src: &[u8], options: &str, len: f64) -> String {
    js(validate_sized_json(src, options, len))
}

#[wasm_bindgen(js_name = open)]
pub fn open_js(options: &str) -> u32 {
    open(options).unwrap_or_else(|e| {
        OPEN_ERROR.set(e);
        0
    })
}

#[wasm_bindgen(js_name = openError)]
pub fn open_error_js() -> String {
    OPEN_ERROR.take()
}

#[wasm_bindgen(js_name = check)]
pub fn check_js(handle: u32, src: &[u8], len: f64) -> Option<Vec<u32>> {
    check(handle, src, len)
}

#[wasm_bindgen(js_name = close)]
pub fn close_js(handle: u32) {
    close(handle)
}

#[wasm_bindgen(js_name = limitsJson)]
pub fn limits_js(options: &str) -> String {
    js(limits_json(options))
}

#[cfg(feature = "schema")]
#[wasm_bindgen(js_name = jsonSchemaJson)]
pub fn json_schema_js(dialect: &str, options: &str) -> String {
    js(json_schema_json(dialect, options))
}

#[cfg(feature = "rest")]
#[wasm_bindgen(js_name = toRestJson)]
pub fn to_rest_js(src: &[u8], options: &str) -> String {
    js(to_rest_json(src, options))
}

/// The prefix, or `undefined` when `max` is not a non-negative integer (api.js throws).
#[wasm_bindgen(js_name = truncateToBytes)]
pub fn truncate_js(text: &str, max: f64) -> Option<String> {
    truncate(text, max).ok().map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_is_the_cli_shape_without_file() {
        let out = validate_json(r#"{"Type": "Publich", "Name": "x"}"#.as_bytes(), "").unwrap();
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["valid"], false);
        assert_eq!(v["dialect"], "rest");
        assert!(v.get("file").is_none());
        assert_eq!(v["diagnostics"][0]["rule"], "unknown-group-type");
    }

    #[test]
    fn options_are_camel_case_and_checked() {
        let l: serde_json::Value = serde_json::from_str(
            &limits_json(r#"{"preset": "extended", "limits": {"faceUrl": 7}}"#).unwrap(),
        )
        .unwrap();
        assert_eq!(
            (l["name"].as_u64(), l["faceUrl"].as_u64()),
            (Some(100), Some(7))
        );
        assert!(
            limits_json(r#"{"nope": 1}"#)
                .unwrap_err()
                .contains("invalid options")
        );
        assert!(validate_json("{}".as_bytes(), "42").is_err());
        assert!(validate_json("{}".as_bytes(), "[]").is_err());
        assert!(validate_json("{}".as_bytes(), r#"{"lang": "fr"}"#).is_err());
    }

    #[test]
    fn reports_carry_message_ids_and_params_not_prose() {
        let out = validate_json(
            r#"{"Type": "Public", "Name": ""}"#.as_bytes(),
            r#"{"lang": "zh-CN"}"#,
        )
        .unwrap();
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let d = &v["diagnostics"][0];
        assert_eq!(d["messageId"], "empty-name");
        assert_eq!(d["helpId"], "empty-name.help");
        let max = timlint::Limits::default().name;
        assert_eq!(
            d["params"],
            serde_json::json!({"field": "Name", "max": max})
        );
        assert!(d.get("message").is_none() && d.get("help").is_none());
    }

    #[test]
    fn a_length_over_the_cap_is_the_validators_report() {
        let big = "x".repeat(2 << 20);
        let report = validate_json(big.as_bytes(), "").unwrap();
        assert!(report.contains("input-too-large"));
        assert_eq!(
            validate_sized_json(&[], "", big.len() as f64).unwrap(),
            report
        );
        assert!(
            validate_sized_json(&[], r#"{"lang": "zh-CN"}"#, 1e300)
                .unwrap()
                .contains("input-too-large")
        );
        // Within the cap the bytes given are validated.
        let small = validate_sized_json(b"{}", "", 1048576.0).unwrap();
        assert_eq!(small, validate_json(b"{}", "").unwrap());
        assert!(!small.contains("input-too-large"));
        let capped = r#"{"maxInputBytes": 9}"#;
        assert!(
            !validate_sized_json(b"{}", capped, 9.0)
                .unwrap()
                .contains("input-too-large")
        );
        assert!(
            validate_sized_json(b"{}", capped, 10.0)
                .unwrap()
                .contains("input-too-large")
        );
        assert!(validate_sized_json(&[], "[]", 10.0).is_err());
    }

    /// The strings of a compact report, cut from its blob by their UTF-16 lengths (as api.js
    /// does), and the report's header words.
    fn strings(words: &[u32]) -> (Vec<String>, [u32; 4]) {
        let bytes = *words.last().unwrap() as usize;
        let start = words.len() - 1 - bytes.div_ceil(4);
        let blob: Vec<u8> = words[start..words.len() - 1]
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .take(bytes)
            .collect();
        let units: Vec<u16> = String::from_utf8(blob).unwrap().encode_utf16().collect();
        (
            vec![String::from_utf16(&units).unwrap()],
            [words[0], words[1], words[2], words[3]],
        )
    }

    #[test]
    fn a_compact_report_counts_utf16_units_and_packs_its_strings() {
        let h = open("").unwrap();
        let valid = check(h, br#"{"Type": "Public", "Name": "x"}"#, 0.0).unwrap();
        // valid, "rest" (4 units), nothing omitted, no diagnostics, then the 4-byte blob.
        assert_eq!(valid, [1, 4, 0, 0, u32::from_le_bytes(*b"rest"), 4]);
        // Over the Name limit, with the emoji early enough to be in the suggestion.
        let name = format!("群😀{}", "群".repeat(timlint::Limits::default().name / 3));
        let src = format!(r#"{{"Type": "Public", "Name": "{name}"}}"#);
        let words = check(h, src.as_bytes(), 0.0).unwrap();
        let (blob, [ok, dialect, omitted, n]) = strings(&words);
        assert_eq!((ok, dialect, omitted, n), (0, 4, 0, 1));
        // The suggestion, an emoji in it, is written as UTF-16 units: 😀 is two.
        let report = timlint::validate(&src, &Options::default());
        let suggestion = report.diagnostics[0].suggestion.as_deref().unwrap();
        assert!(suggestion.contains('😀'));
        assert!(blob[0].contains(suggestion));
        assert!(words.contains(&(suggestion.encode_utf16().count() as u32)));
        assert_ne!(
            suggestion.encode_utf16().count(),
            suggestion.len(),
            "the test needs a string whose two lengths differ"
        );
        close(h);
    }

    #[test]
    fn handles_are_validators_until_closed() {
        let a = open(r#"{"limits": {"name": 1}}"#).unwrap();
        let b = open("").unwrap();
        assert_ne!(a, b);
        let name = br#"{"Type": "Public", "Name": "xy"}"#;
        assert_eq!(check(a, name, 0.0).unwrap()[0], 0, "over the 1-byte limit");
        assert_eq!(check(b, name, 0.0).unwrap()[0], 1);
        close(a);
        assert_eq!(check(a, name, 0.0), None);
        assert_eq!(check(0, name, 0.0), None);
        assert_eq!(check(u32::MAX, name, 0.0), None);
        // A closed slot is reused; a length over the cap is the too-large report, unread.
        let c = open(r#"{"maxInputBytes": 9}"#).unwrap();
        assert_eq!(c, a);
        let (blob, _) = strings(&check(c, b"", 10.0).unwrap());
        assert!(blob[0].contains("input-too-large"));
        assert!(open("[]").unwrap_err().contains("invalid options"));
        close(b);
        close(c);
        close(c);
    }

    #[test]
    fn truncation_checks_its_bound() {
        assert_eq!(truncate("中文字", 7.0), Ok("中文"));
        assert_eq!(truncate("abc", 1e300), Ok("abc"));
        assert_eq!(truncate("abc", f64::INFINITY), Ok("abc"));
        assert!(truncate("abc", -1.0).is_err());
        assert!(truncate("abc", f64::NAN).is_err());
        assert!(truncate("abc", 1.5).is_err());
    }

    #[test]
    fn schema_by_dialect_name() {
        let s: serde_json::Value =
            serde_json::from_str(&json_schema_json("rest", r#"{"limits": {"name": 9}}"#).unwrap())
                .unwrap();
        assert_eq!(s["properties"]["Name"]["x-maxUtf8Bytes"], 9);
        assert!(
            json_schema_json("graphql", "")
                .unwrap_err()
                .contains("unknown dialect")
        );
        // The call is the options' `api`; a REST-only call has no Web schema.
        let card = r#"{"api": "setGroupMemberNameCard", "limits": {"nameCard": 7}}"#;
        let s: serde_json::Value =
            serde_json::from_str(&json_schema_json("web", card).unwrap()).unwrap();
        assert_eq!(s["properties"]["nameCard"]["x-maxUtf8Bytes"], 7);
        let import = json_schema_json("web", r#"{"api": "import-group", "dialect": "web"}"#);
        assert!(import.unwrap_err().contains("REST call"));
    }

    #[test]
    fn conversion_gives_a_body_or_a_report() {
        let ok = to_rest_json(
            r#"{"type": "Public", "name": "x"}"#.as_bytes(),
            r#"{"dialect": "web"}"#,
        )
        .unwrap();
        let v: serde_json::Value = serde_json::from_str(&ok).unwrap();
        assert_eq!(
            (v["ok"].as_bool(), v["body"]["Type"].as_str()),
            (Some(true), Some("Public"))
        );
        let bad = to_rest_json("[]".as_bytes(), "").unwrap();
        let v: serde_json::Value = serde_json::from_str(&bad).unwrap();
        assert_eq!(
            (v["ok"].as_bool(), v["body"].is_null()),
            (Some(false), true)
        );
        assert_eq!(v["report"]["valid"], false);
    }
}
