//! A compact JSON writer. The npm package's wasm writes its results with these instead of
//! serde_json, which would bring its serializer, float printing and error messages into the
//! download. The output is byte for byte what `serde_json::to_string` gives for the same values
//! (tests/json_writer.rs checks it over the whole corpus).
#![allow(
    clippy::single_char_add_str,
    reason = "push_str, not push(char): see write_str"
)]

/// Appends `s` as a JSON string literal, escaped as serde_json escapes: `"` and `\`, the
/// short forms `\b \f \n \r \t`, any other control character below U+0020 as `\u00XX`
/// (lowercase hex), and nothing else.
///
/// This writer and its callers append with `push_str` only: in the size-optimised wasm nothing
/// is inlined, and `String::push(char)` is a call that encodes a character where `push_str`
/// copies bytes (measured by hand, builds side by side in one Node process: the package's
/// `validate` took 0.95× the time on a fifteen-diagnostic report; docs/benchmarks.md).
pub fn write_str(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push_str("\"");
    let mut start = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        // `i` is at an ASCII byte, so a char boundary.
        out.push_str(&s[start..i]);
        write_escape(out, b);
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push_str("\"");
}

/// Appends the escape of a byte that needs one: `"`, `\\` or a control character.
#[cold]
fn write_escape(out: &mut String, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match b {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        0x08 => "\\b",
        0x0c => "\\f",
        b'\n' => "\\n",
        b'\r' => "\\r",
        b'\t' => "\\t",
        _ => {
            let escape = [
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xf)],
            ];
            out.push_str(std::str::from_utf8(&escape).unwrap_or_default());
            return;
        }
    };
    out.push_str(short);
}

/// Appends an unsigned integer in decimal (without core::fmt).
pub fn write_u64(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // Digits only, so always UTF-8.
    out.push_str(std::str::from_utf8(&buf[i..]).unwrap_or_default());
}

/// Writes one JSON object's members in order: `{"a":1,"b":"x"}`. Keys are written as given
/// (the callers' keys are plain ASCII names that need no escaping).
pub struct ObjectWriter<'o> {
    out: &'o mut String,
    first: bool,
}

impl<'o> ObjectWriter<'o> {
    /// Opens the object (`{`).
    pub fn new(out: &'o mut String) -> Self {
        out.push_str("{");
        ObjectWriter { out, first: true }
    }

    /// Starts a member: writes `"key":` and returns the output for its value.
    pub fn key(&mut self, key: &str) -> &mut String {
        self.out.push_str(if self.first { "\"" } else { ",\"" });
        self.first = false;
        self.out.push_str(key);
        self.out.push_str("\":");
        self.out
    }

    /// Adds a string member.
    pub fn str(&mut self, key: &str, value: &str) -> &mut Self {
        write_str(self.key(key), value);
        self
    }

    /// A string, or `null` when absent.
    pub fn opt_str(&mut self, key: &str, value: Option<&str>) -> &mut Self {
        match value {
            Some(v) => write_str(self.key(key), v),
            None => self.key(key).push_str("null"),
        }
        self
    }

    /// Adds a number member.
    pub fn u64(&mut self, key: &str, value: u64) -> &mut Self {
        write_u64(self.key(key), value);
        self
    }

    /// A number, or `null` when absent.
    pub fn opt_u64(&mut self, key: &str, value: Option<u64>) -> &mut Self {
        match value {
            Some(v) => write_u64(self.key(key), v),
            None => self.key(key).push_str("null"),
        }
        self
    }

    /// Adds a boolean member.
    pub fn bool(&mut self, key: &str, value: bool) -> &mut Self {
        self.key(key).push_str(if value { "true" } else { "false" });
        self
    }

    /// Closes the object (`}`).
    pub fn end(self) {
        self.out.push_str("}");
    }
}

/// Writes `[a,b,c]`, each item by `write`.
pub fn write_array<T>(
    out: &mut String,
    items: impl IntoIterator<Item = T>,
    mut write: impl FnMut(&mut String, T),
) {
    out.push_str("[");
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(",");
        }
        write(out, item);
    }
    out.push_str("]");
}
