//! The comparison of timlint's JSON reader with serde_json, shared by the differential test
//! (`tests/json_differential.rs`) and the fuzz target of the same name
//! (`fuzz/fuzz_targets/json_differential.rs`, which includes this file by `#[path]`).
//!
//! `check(text)`: timlint accepts exactly when serde_json accepts the text with timlint's
//! extensions taken out (comments and a leading BOM, blanked by `strip_extensions`), and for
//! accepted text the two agree on the value: kinds, decoded strings (`str`, `str_len`,
//! `chars`), numbers (`raw` parsed as f64, `integer()` as i64), array items in order, and
//! object members with last-wins semantics for duplicate keys (serde_json's `Value` map keeps
//! one entry per key, the last one written; its order is not compared). The spans are checked
//! too: a scalar's `raw` text is a JSON text of the same value, and the root's span is the
//! whole input but its surrounding white space.
//!
//! Intended differences, allowed here and nowhere else:
//! - comments and a leading BOM (timlint notes them in `doc.notes`; serde_json refuses them);
//! - a number too large for an f64 (`1e400`): RFC 8259 §6 lets an implementation limit the
//!   range of numbers; serde_json refuses it ("number out of range"), timlint keeps numbers as
//!   text and accepts it (the linter reports what it can about the rest of the payload).
//!
//! Depth: serde_json refuses the 128th level of nesting (its recursion limit, 128, counts down
//! to zero), so timlint runs here with `max_depth` 127 and the two must agree at the boundary.

use serde_json::Value;
use timlint::json::{Document, Kind, NodeId};

/// Returns `Err(message)` from the enclosing function unless the condition holds.
macro_rules! ensure {
    ($cond:expr, $($message:tt)+) => {
        if !$cond {
            return Err(format!($($message)+));
        }
    };
}

/// Returns `Err` from the enclosing function unless the two are equal.
macro_rules! ensure_eq {
    ($left:expr, $right:expr, $($message:tt)+) => {{
        let (left, right) = (&$left, &$right);
        if left != right {
            return Err(format!("{:?} != {:?}: {}", left, right, format!($($message)+)));
        }
    }};
}

/// The deepest nesting serde_json accepts (`serde_json::from_str` refuses 128 levels).
pub const SERDE_MAX_DEPTH: usize = 127;

/// `src` with timlint's extensions taken out: a leading BOM dropped, each comment replaced by
/// spaces (so that what it separated stays separated). `None` when a `/` outside a string does
/// not open a complete comment: timlint must refuse such text.
pub fn strip_extensions(src: &str) -> Option<String> {
    let body = src.strip_prefix('\u{feff}').unwrap_or(src);
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let (mut i, mut in_string) = (0, false);
    while i < b.len() {
        let c = b[i];
        if in_string {
            out.push(c);
            if c == b'\\' {
                if let Some(&next) = b.get(i + 1) {
                    out.push(next);
                    i += 1;
                }
            } else if c == b'"' {
                in_string = false;
            }
            i += 1;
            continue;
        }
        match (c, b.get(i + 1)) {
            (b'"', _) => {
                in_string = true;
                out.push(c);
                i += 1;
            }
            (b'/', Some(b'/')) => {
                while i < b.len() && b[i] != b'\n' {
                    out.push(b' ');
                    i += 1;
                }
            }
            (b'/', Some(b'*')) => {
                let end = body[i + 2..].find("*/")? + i + 4;
                out.resize(out.len() + (end - i), b' ');
                i = end;
            }
            (b'/', _) => return None,
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    // Only ASCII bytes were replaced, by ASCII.
    Some(String::from_utf8(out).expect("still UTF-8"))
}

/// Checks one text (see the module comment).
pub fn check(src: &str) -> Result<(), String> {
    let ours = Document::parse_into(src, Vec::new(), SERDE_MAX_DEPTH);
    let plain = strip_extensions(src);
    let theirs = plain.as_deref().map(serde_json::from_str::<Value>);
    match (ours, theirs) {
        (Err(_), None | Some(Err(_))) => {}
        (Err((e, _)), Some(Ok(v))) => {
            return Err(format!(
                "timlint refuses ({e:?}), serde_json accepts {v}\ninput: {src:?}"
            ));
        }
        (Ok(doc), None) => {
            return Err(format!(
                "timlint accepts a text with a stray '/' outside strings: {src:?} (notes {:?})",
                doc.notes
            ));
        }
        (Ok(doc), Some(Err(e))) => {
            // The one allowed refusal: a number beyond f64 (RFC 8259 §6 leaves the range open).
            ensure!(
                e.to_string().starts_with("number out of range"),
                "serde_json refuses ({e}), timlint accepts\ninput: {src:?}\nplain: {plain:?}"
            );
            let huge = (0..doc.tape.len()).any(|id| {
                doc.kind(id) == Kind::Number
                    && doc.raw(id).parse::<f64>().is_ok_and(f64::is_infinite)
            });
            ensure!(huge, "serde_json: {e}, but no number overflows: {src:?}");
        }
        (Ok(doc), Some(Ok(v))) => {
            let plain = plain.as_deref().unwrap_or_default();
            let extended = plain != src;
            ensure_eq!(
                extended,
                doc.notes.bom || doc.notes.comments > 0,
                "notes {:?} for {:?}",
                doc.notes,
                src
            );
            if extended {
                // serde_json itself refuses the extensions.
                ensure!(serde_json::from_str::<Value>(src).is_err(), "{src:?}");
            }
            ensure_eq!(
                doc.tape[0].next as usize,
                doc.tape.len(),
                "root subtree ends the tape"
            );
            if !extended {
                let trimmed = src.trim_matches([' ', '\t', '\n', '\r']);
                ensure_eq!(doc.raw(0), trimmed, "root span");
            }
            compare(&doc, 0, &v, !extended, src)?;
            // A reused tape (cleared by parse_into) gives the same tape.
            let flat = |d: &Document<'_>| {
                d.tape
                    .iter()
                    .map(|n| (n.kind, n.start, n.end, n.next))
                    .collect::<Vec<_>>()
            };
            let mut used = doc.tape.clone();
            used.extend_from_slice(&doc.tape);
            let again = Document::parse_into(src, used, SERDE_MAX_DEPTH);
            ensure!(
                again.as_ref().is_ok_and(|a| flat(a) == flat(&doc)),
                "reparse"
            );
        }
    }
    Ok(())
}

/// timlint's node `id` against serde_json's value. `spans`: the input holds no comment, so the
/// raw text of any node is JSON on its own.
fn compare(
    doc: &Document<'_>,
    id: NodeId,
    v: &Value,
    spans: bool,
    src: &str,
) -> Result<(), String> {
    let raw = doc.raw(id);
    match (doc.kind(id), v) {
        (Kind::Null, Value::Null) => ensure_eq!(raw, "null", "null"),
        (Kind::Bool(b), Value::Bool(c)) => ensure_eq!(b, *c, "{raw}"),
        (Kind::Number, Value::Number(n)) => {
            let integral = !raw.contains(['.', 'e', 'E']);
            if let Some(i) = n.as_i64() {
                ensure!(integral, "{} read as the integer {}", raw, i);
                ensure_eq!(doc.integer(id), Some(i), "integer() of {}", raw);
            } else if let Some(u) = n.as_u64() {
                ensure!(integral, "{} read as the integer {}", raw, u);
                ensure_eq!(raw.parse::<u64>().ok(), Some(u), "{raw}");
                ensure_eq!(doc.integer(id), None, "{} > i64::MAX", raw);
            } else {
                // serde_json's f64 is the correctly rounded one only with its `float_roundtrip`
                // feature (on for the tests through jsonschema, and named in fuzz/Cargo.toml);
                // without it, it is a best effort that can miss by an ULP or more. One ULP
                // is allowed here.
                let theirs = n.as_f64().expect("a Number is i64, u64 or f64");
                let ours: f64 = raw.parse().map_err(|e| format!("{raw}: {e}"))?;
                let close = ours == theirs
                    || (ours.to_bits().abs_diff(theirs.to_bits()) <= 1
                        && ours.is_sign_negative() == theirs.is_sign_negative());
                ensure!(
                    close,
                    "{} is {} for timlint, {} for serde_json",
                    raw,
                    ours,
                    theirs
                );
                ensure!(
                    ours.is_sign_negative() == theirs.is_sign_negative(),
                    "sign of {}",
                    raw
                );
                if let Some(i) = doc.integer(id) {
                    ensure!(integral && i as f64 == ours, "integer() {} of {}", i, raw);
                }
            }
        }
        (Kind::String { escaped }, Value::String(s)) => {
            ensure_eq!(escaped, raw.contains('\\'), "escaped flag of {}", raw);
            let decoded = doc.str(id);
            ensure_eq!(decoded.as_ref(), s.as_str(), "decoded {}", raw);
            ensure_eq!(doc.str_len(id), s.len(), "str_len of {}", raw);
            ensure_eq!(
                doc.chars(id).collect::<String>(),
                s.as_str(),
                "chars of {raw}"
            );
        }
        (Kind::Array, Value::Array(items)) => {
            ensure!(
                raw.starts_with('[') && raw.ends_with(']'),
                "array span {}",
                raw
            );
            ensure_eq!(doc.len(id), items.len(), "len of {raw}");
            let ours: Vec<_> = doc.items(id).collect();
            ensure_eq!(ours.len(), items.len(), "items of {}", raw);
            for ((index, item), (want, value)) in ours.into_iter().zip(items.iter().enumerate()) {
                ensure_eq!(index, want, "index in {raw}");
                compare(doc, item, value, spans, src)?;
            }
            return Ok(());
        }
        (Kind::Object, Value::Object(map)) => {
            ensure!(
                raw.starts_with('{') && raw.ends_with('}'),
                "object span {}",
                raw
            );
            let members: Vec<_> = doc.members(id).collect();
            ensure_eq!(doc.len(id), members.len(), "len of {raw}");
            // Last wins: the value serde_json keeps for a key is the last one written.
            let mut last: Vec<(String, NodeId)> = Vec::new();
            for &(k, value) in &members {
                ensure!(matches!(doc.kind(k), Kind::String { .. }), "key kind");
                let key = doc.str(k).into_owned();
                match last.iter_mut().find(|(seen, _)| *seen == key) {
                    Some(entry) => entry.1 = value,
                    None => last.push((key, value)),
                }
            }
            ensure_eq!(last.len(), map.len(), "distinct keys of {}", raw);
            for (key, value) in &last {
                let theirs = map.get(key);
                ensure!(
                    theirs.is_some(),
                    "key {:?} missing from serde_json's map",
                    key
                );
                compare(doc, *value, theirs.unwrap(), spans, src)?;
            }
            return Ok(());
        }
        (kind, v) => {
            return Err(format!(
                "timlint reads {raw:?} as {kind:?}, serde_json as {v}\ninput: {src:?}"
            ));
        }
    }
    if spans {
        // A scalar's span is exactly its token.
        let alone: Value =
            serde_json::from_str(raw).map_err(|e| format!("span {raw:?} is not JSON: {e}"))?;
        ensure_eq!(&alone, v, "span {}", raw);
    }
    Ok(())
}
