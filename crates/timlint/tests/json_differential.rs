//! Differential test of timlint's JSON reader (`timlint::json`) against serde_json as the
//! oracle, over generated text:
//!
//! - JSON values built from a strategy and written out with every escape form (short escapes,
//!   `\uXXXX` in either case, surrogate pairs, escaped `/`), numbers of every form, deep and
//!   wide nesting, duplicate keys (also spelled differently: `"a"` and `"\u0061"`), and white
//!   space of every kind between tokens;
//! - the same with `//` and `/* */` comments and a leading BOM, timlint's two extensions;
//! - those texts mutated (bytes deleted, inserted, replaced, slices repeated, cut short);
//! - soups of JSON tokens and near-tokens (lone surrogates, bad escapes, `01`, `1.`, `tru`, ...).
//!
//! Each text goes through `json_oracle::check` (tests/json_oracle/mod.rs, shared with the
//! fuzz target `json_differential`): see there what is compared and which differences are
//! intended (comments and a BOM, numbers past f64).

mod json_oracle;

use json_oracle::SERDE_MAX_DEPTH;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::Value;
use timlint::json::Document;

/// The oracle's verdict as a proptest result.
fn check(src: &str) -> Result<(), TestCaseError> {
    json_oracle::check(src).map_err(TestCaseError::fail)
}

// --- generated JSON text -----------------------------------------------------------------------

/// A JSON value as it will be written: numbers as their text, strings as the characters they
/// decode to (how each one is written is chosen while writing).
#[derive(Clone, Debug)]
enum J {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

/// Numbers of every form: sign, zero or not, fraction, exponent (either case, either sign or
/// none), long mantissas, exponents past f64's range and below its smallest subnormal.
fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "-?(0|[1-9][0-9]{0,3})(\\.[0-9]{1,4})?([eE][+-]?[0-9]{1,2})?",
        1 => "-?(0|[1-9][0-9]{15,25})(\\.[0-9]{10,30})?",
        // Below the smallest subnormal (serde_json reads 0), and near the top of f64's range
        // (past it serde_json refuses the number, and so compares nothing: see huge_number).
        1 => "-?[1-9](\\.[0-9]{1,20})?[eE]-(3[0-3][0-9]|[0-9]{4})",
        1 => "-?[1-9](\\.[0-9]{1,3})?[eE]\\+?30[0-7]",
        1 => Just("-0".to_string()),
        1 => prop::sample::select(vec![
            "9223372036854775807", "9223372036854775808", "-9223372036854775808",
            "-9223372036854775809", "18446744073709551615", "18446744073709551616",
            "2.2250738585072014e-308", "4.9e-324", "2e-324", "1.7976931348623157e308", "0.1", "1E+2", "1e-0", "0e0", "-0.0e-0",
        ])
        .prop_map(String::from),
    ]
}

/// Numbers past f64's range, which serde_json refuses and timlint accepts.
fn huge_number() -> impl Strategy<Value = String> {
    prop_oneof![
        "-?[1-9](\\.[0-9]{1,20})?[eE]\\+?(309|3[1-9][0-9]|[1-9][0-9]{3,5})",
        "-?[1-9][0-9]{309,330}(\\.[0-9]{1,5})?",
        Just("1.7976931348623159e308".to_string()),
    ]
}

/// Characters that exercise the escapes: quotes, backslashes, controls, `/`, DEL, multi-byte
/// text, the last BMP code point, supplementary planes, line separators, a BOM in a string.
fn character() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => any::<char>(),
        3 => prop::char::range(' ', '~'),
        2 => prop::sample::select(vec![
            '"', '\\', '/', '\0', '\u{1f}', '\u{7f}', '\u{80}', '\n', '\t', '\r', '\u{8}',
            '\u{c}', 'é', '中', '😀', '𝄞', '\u{ffff}', '\u{fffd}', '\u{10000}', '\u{10ffff}',
            '\u{2028}', '\u{feff}', '\u{d7ff}', '\u{e000}',
        ]),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(character(), 0..12).prop_map(|cs| cs.into_iter().collect())
}

/// Keys from a small pool most of the time, so that objects repeat keys.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec!["a", "b", "", "é", "😀", "a/b"]).prop_map(String::from),
        1 => text(),
    ]
}

fn leaf() -> impl Strategy<Value = J> {
    prop_oneof![
        1 => Just(J::Null),
        1 => any::<bool>().prop_map(J::Bool),
        3 => number().prop_map(J::Num),
        3 => text().prop_map(J::Str),
    ]
}

fn value() -> impl Strategy<Value = J> {
    leaf().prop_recursive(6, 64, 10, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..12).prop_map(J::Arr),
            prop::collection::vec((key(), inner), 0..12).prop_map(J::Obj),
        ]
    })
}

/// A wide container: many leaves (and a few small containers) in one array or object.
fn wide() -> impl Strategy<Value = J> {
    let item = prop_oneof![
        8 => leaf(),
        1 => prop::collection::vec(leaf(), 0..4).prop_map(J::Arr),
    ];
    prop_oneof![
        prop::collection::vec(item.clone(), 100..300).prop_map(J::Arr),
        prop::collection::vec((key(), item), 100..300).prop_map(J::Obj),
    ]
}

/// Writing choices: each byte picks how the next string character is written, or which white
/// space goes between the next two tokens. Cycled.
struct Writer<'s> {
    out: String,
    seeds: &'s [u8],
    at: usize,
    comments: bool,
}

impl Writer<'_> {
    fn seed(&mut self) -> u8 {
        let s = self
            .seeds
            .get(self.at % self.seeds.len().max(1))
            .copied()
            .unwrap_or(0);
        self.at += 1;
        s
    }

    fn ws(&mut self) {
        const PLAIN: [&str; 8] = ["", "", "", " ", "\n", "\t", "\r\n", "    "];
        const COMMENTS: [&str; 4] = ["/* c */", "//c\n", "/**/", "/* // \" * / */"];
        let s = self.seed();
        if self.comments && s.is_multiple_of(5) {
            let c = COMMENTS[usize::from(s / 5) % COMMENTS.len()];
            self.out.push_str(c);
        } else {
            self.out.push_str(PLAIN[usize::from(s) % PLAIN.len()]);
        }
    }

    fn unit(&mut self, u: u32, upper: bool) {
        use std::fmt::Write;
        if upper {
            write!(self.out, "\\u{u:04X}").unwrap();
        } else {
            write!(self.out, "\\u{u:04x}").unwrap();
        }
    }

    fn string(&mut self, s: &str) {
        self.out.push('"');
        for c in s.chars() {
            let style = self.seed() % 4;
            let (escape, upper) = (style >= 2, style == 3);
            let short = match c {
                '"' => Some('"'),
                '\\' => Some('\\'),
                '/' => Some('/'),
                '\n' => Some('n'),
                '\t' => Some('t'),
                '\r' => Some('r'),
                '\u{8}' => Some('b'),
                '\u{c}' => Some('f'),
                _ => None,
            };
            let must = c < ' ' || c == '"' || c == '\\';
            if !(escape || must) {
                self.out.push(c);
            } else if let (Some(e), false) = (short, upper) {
                self.out.push('\\');
                self.out.push(e);
            } else if let Ok(u) = u16::try_from(u32::from(c)) {
                self.unit(u32::from(u), upper);
            } else {
                let v = u32::from(c) - 0x10000;
                self.unit(0xD800 + (v >> 10), upper);
                self.unit(0xDC00 + (v & 0x3ff), !upper);
            }
        }
        self.out.push('"');
    }

    fn value(&mut self, j: &J) {
        self.ws();
        match j {
            J::Null => self.out.push_str("null"),
            J::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            J::Num(n) => self.out.push_str(n),
            J::Str(s) => self.string(s),
            J::Arr(items) => {
                self.out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.value(item);
                }
                self.ws();
                self.out.push(']');
            }
            J::Obj(members) => {
                self.out.push('{');
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.ws();
                    self.string(k);
                    self.ws();
                    self.out.push(':');
                    self.value(v);
                }
                self.ws();
                self.out.push('}');
            }
        }
        self.ws();
    }
}

fn write(j: &J, seeds: &[u8], comments: bool) -> String {
    let mut w = Writer {
        out: String::new(),
        seeds,
        at: 0,
        comments,
    };
    w.value(j);
    w.out
}

fn seeds() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u8>(), 1..64)
}

/// A text written from a value, with or without the extensions (comments, a BOM).
fn written(extensions: bool) -> impl Strategy<Value = String> {
    (
        prop_oneof![4 => value(), 1 => wide()],
        seeds(),
        any::<bool>(),
    )
        .prop_map(move |(j, seeds, bom)| {
            let text = write(&j, &seeds, extensions);
            if extensions && bom {
                format!("\u{feff}{text}")
            } else {
                text
            }
        })
}

/// Nesting around the boundary of serde_json's recursion limit: `levels` containers, each an
/// array or an object (chosen by the bits of `shape`), around a leaf or nothing.
fn deep() -> impl Strategy<Value = String> {
    (
        prop_oneof![3 => 120usize..=135, 1 => 1usize..=300],
        any::<u64>(),
        prop::sample::select(vec!["", "1", "\"x\"", "[]", "{}", "[1,2]"]),
    )
        .prop_map(|(levels, shape, leaf)| {
            let obj = |i: usize| shape.rotate_left(i as u32) & 1 == 1;
            let mut s = String::new();
            let outer = if leaf.is_empty() { levels - 1 } else { levels };
            for i in 0..outer {
                s.push_str(if obj(i) { "{\"k\":" } else { "[" });
            }
            match (leaf.is_empty(), obj(outer)) {
                // The innermost container is empty.
                (true, true) => s.push_str("{}"),
                (true, false) => s.push_str("[]"),
                (false, _) => s.push_str(leaf),
            }
            for i in (0..outer).rev() {
                s.push(if obj(i) { '}' } else { ']' });
            }
            s
        })
}

/// One edit of a text's bytes.
#[derive(Clone, Debug)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
    Replace(usize, u8),
    Repeat(usize, usize),
    Truncate(usize),
}

/// Bytes worth inserting: JSON's structural characters, escape letters, digits and signs,
/// literal fragments, comment openers, a lone high surrogate escape, a BOM, a UTF-8 lead byte.
fn fragment() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "{", "}", "[", "]", ":", ",", "\"", "\\", "/", "*", "u", "0", "1", "9", "-", "+", ".",
            "e", "E", "t", "f", "n", "\\u", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\x", " ",
            "\n", "\t", "\r", "\u{0}", "\u{1f}", "\u{7f}", "\u{feff}", "é", "//", "/*", "*/",
            "true", "null", "\u{a0}", "\u{2028}",
        ])
        .prop_map(|s| s.as_bytes().to_vec()),
        1 => prop::collection::vec(any::<u8>(), 1..4),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = any::<usize>();
    prop_oneof![
        (at, 1usize..4).prop_map(|(a, n)| Edit::Delete(a, n)),
        (at, fragment()).prop_map(|(a, f)| Edit::Insert(a, f)),
        (at, any::<u8>()).prop_map(|(a, b)| Edit::Replace(a, b)),
        (at, 1usize..8).prop_map(|(a, n)| Edit::Repeat(a, n)),
        at.prop_map(Edit::Truncate),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut b = text.as_bytes().to_vec();
    for e in edits {
        let len = b.len();
        let pos = |a: usize| if len == 0 { 0 } else { a % (len + 1) };
        match e {
            Edit::Delete(a, n) => {
                let p = pos(*a);
                b.drain(p..(p + n).min(len));
            }
            Edit::Insert(a, f) => {
                let p = pos(*a);
                b.splice(p..p, f.iter().copied());
            }
            Edit::Replace(a, x) => {
                if len > 0 {
                    b[a % len] = *x;
                }
            }
            Edit::Repeat(a, n) => {
                let p = pos(*a);
                let slice = b[p..(p + n).min(len)].to_vec();
                b.splice(p..p, slice);
            }
            Edit::Truncate(a) => b.truncate(pos(*a)),
        }
    }
    // Bytes that are not UTF-8 never reach the parser (validate_bytes refuses them first).
    String::from_utf8_lossy(&b).into_owned()
}

/// Tokens and near-tokens, joined: mostly not JSON, sometimes JSON, with every error kind.
fn soup() -> impl Strategy<Value = String> {
    let token = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        ", ",
        " ",
        "\n",
        "\"a\"",
        "\"\"",
        "\"\\u00e9\"",
        "\"\\ud83d\\ude00\"",
        "\"\\uDBFF\\uDFFF\"",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"\\ud800\\u0041\"",
        "\"\\ud800\\ud800\"",
        "\"\\udc00\\ud800\"",
        "\"\\ud800x\"",
        "\"\\u12\"",
        "\"\\u12g4\"",
        "\"\\x\"",
        "\"\\'\"",
        "\"a\tb\"",
        "\"\u{7f}\"",
        "\"",
        "\\",
        "0",
        "1",
        "-0",
        "-",
        "01",
        "1.",
        ".5",
        "1e",
        "1e+",
        "1.5e3",
        "-1E-2",
        "+1",
        "00",
        "0x1",
        "1_0",
        "Infinity",
        "NaN",
        "true",
        "false",
        "null",
        "tru",
        "nul",
        "True",
        "None",
        "/*c*/",
        "//c\n",
        "/",
        "/*",
        "\u{feff}",
        "\u{a0}",
        "\u{b}",
        "\u{c}",
        "'a'",
    ]);
    prop::collection::vec(token, 0..16).prop_map(|ts| ts.concat())
}

// --- the properties -------------------------------------------------------------------------

mod proptest_config;
use proptest_config::config;

// Case counts: about 3 s in all on one core of a debug build (the generated trees are the
// cost). PROPTEST_CASES does not change them; edit them here for a longer run.

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn written_json_agrees(src in written(false)) {
        // Generated JSON, without extensions or numbers past f64: both accept it.
        prop_assert!(serde_json::from_str::<Value>(&src).is_ok(), "serde_json refuses {:?}", src);
        check(&src)?;
    }

    #[test]
    fn written_json_with_comments_and_bom_agrees(src in written(true)) {
        check(&src)?;
    }

    #[test]
    fn mutated_json_agrees(src in written(true), edits in prop::collection::vec(edit(), 1..4)) {
        check(&apply(&src, &edits))?;
    }
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn deep_nesting_agrees_at_serde_jsons_limit(src in deep()) {
        check(&src)?;
    }

    #[test]
    fn numbers_past_f64_are_the_one_refusal_allowed(
        n in huge_number(),
        seeds in seeds(),
        j in leaf(),
    ) {
        let src = write(&J::Arr(vec![j, J::Num(n)]), &seeds, false);
        check(&src)?;
        prop_assert!(Document::parse_into(&src, Vec::new(), SERDE_MAX_DEPTH).is_ok());
        prop_assert!(serde_json::from_str::<Value>(&src).is_err());
    }
}

proptest! {
    #![proptest_config(config(2048))]

    #[test]
    fn token_soup_agrees(src in soup()) {
        check(&src)?;
    }

    #[test]
    fn mutated_small_json_agrees(
        j in leaf(),
        seeds in seeds(),
        comments in any::<bool>(),
        edits in prop::collection::vec(edit(), 1..3),
    ) {
        let src = write(&J::Arr(vec![j]), &seeds, comments);
        check(&apply(&src, &edits))?;
    }
}

// --- fixed cases ------------------------------------------------------------------------------

/// Cases worth keeping whatever the generators find: each side of every decision.
#[test]
fn fixed_cases_agree() {
    let cases = [
        "0",
        "-0",
        "1.5e-3",
        "1E400",
        "-1e400",
        "1e-400",
        "[1e400]",
        "18446744073709551616",
        "\"\\ud83d\\ude00\"",
        "\"\\ud800\"",
        "\"\\udc00\"",
        "\"\\ud800\\udbff\"",
        "\"\\u0000\"",
        "{\"a\":1,\"a\":2}",
        "{\"a\":1,\"\\u0061\":[2]}",
        "{\"a\":{\"b\":1},\"a\":{\"c\":2}}",
        "\u{feff}{}",
        "\u{feff}",
        "{} \u{feff}",
        "[1,/*x*/2]",
        "1 // end",
        "/* */ 1",
        "/ 1",
        "1 /",
        "[1 /* x",
        "\"a/*b*/c\"",
        "\"a//b\"",
        "[\"\\/\"]",
        "\"\u{7f}\"",
        "\"\u{1f}\"",
        " \t\r\n1\n",
        "\u{b}1",
        "\u{c}1",
        "\u{a0}1",
        "[1,]",
        "{\"a\":1,}",
        "[,1]",
        "{,}",
        "",
        "   ",
        "nulll",
        "[-]",
        "[01]",
        "[1.]",
        "[.1]",
        "[1e]",
        "[+1]",
        "\"\\u00G0\"",
        "\"\\uD834\\uDD1E\"",
        "\"\\uDBFF\\uDFFF\"",
        "{\"a\" 1}",
        "{1:1}",
        "[\"a\":1]",
    ];
    for src in cases {
        if let Err(e) = check(src) {
            panic!("{src:?}: {e}");
        }
    }
    for levels in [126, 127, 128, 129] {
        for (open, close) in [("[", "]"), ("{\"k\":", "}")] {
            let inner = if open == "[" { "[]" } else { "{}" };
            let src = format!(
                "{}{inner}{}",
                open.repeat(levels - 1),
                close.repeat(levels - 1)
            );
            if let Err(e) = check(&src) {
                panic!("{levels} levels of {open}: {e}");
            }
            let accepted = Document::parse_into(&src, Vec::new(), SERDE_MAX_DEPTH).is_ok();
            assert_eq!(
                accepted,
                levels <= SERDE_MAX_DEPTH,
                "{levels} levels of {open}"
            );
        }
    }
}
