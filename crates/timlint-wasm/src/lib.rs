//! The npm package `timlint`: the validator compiled to WebAssembly.
//!
//! Everything crosses the boundary as JSON text (the package's JS wrapper calls
//! `JSON.stringify` on the way in and `JSON.parse` on the way out), which keeps the module
//! small: no serde-wasm-bindgen, no reflection on JS objects. Nor serde_json: options are read
//! by `Options::from_json` (the CLI's `--config` reader) and results are written by the core's
//! compact writer (`timlint::render::json`), which gives what serde_json would, so a report is
//! the very `timlint::render::json` structure the CLI prints with `--format json`.
//!
//! Nothing here panics on input: bad options are an error message (a thrown JS `Error`, see
//! `js`), and bad payloads are diagnostics. The wasm build aborts on panic, so this matters: a trap would
//! leave the module unusable.
#![forbid(unsafe_code)]

#[cfg(any(feature = "schema", test))]
use timlint::Dialect;
use timlint::Options;
use timlint::render::json::{JsonReport, ObjectWriter, write_array, write_message};
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
    let mut v = timlint::Validator::new(parse_options(options)?);
    // Saturating, as `as` converts: a length past usize::MAX is over any cap.
    let len = len as usize;
    let report = if len > v.options().max_input_bytes {
        v.too_large(len)
    } else {
        v.validate_bytes(src)
    };
    Ok(JsonReport::data(None, &report).to_json())
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

#[wasm_bindgen(js_name = validateJson)]
pub fn validate_js(src: &[u8], options: &str, len: f64) -> String {
    js(validate_sized_json(src, options, len))
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
        assert_eq!(d["params"], serde_json::json!({"field": "Name", "max": 30}));
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
