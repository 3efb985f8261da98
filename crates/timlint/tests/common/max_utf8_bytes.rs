//! The `x-maxUtf8Bytes` keyword for the `jsonschema` crate: a string's UTF-8 length is at most
//! the keyword's value. One copy, included with `#[path]` by the schema tests
//! (`crates/timlint/tests/schema.rs`) and the benchmarks (`crates/timlint-bench/src/lib.rs`).

use jsonschema::paths::Location;
use jsonschema::{Keyword, ValidationError};
use serde_json::{Map, Value};

struct MaxUtf8Bytes(u64);

impl<'i> Keyword<'i> for MaxUtf8Bytes {
    fn validate(&self, instance: &'i Value) -> Result<(), ValidationError<'i>> {
        if Keyword::is_valid(self, instance) {
            Ok(())
        } else {
            Err(ValidationError::custom(format!(
                "longer than {} bytes of UTF-8",
                self.0
            )))
        }
    }

    fn is_valid(&self, instance: &'i Value) -> bool {
        instance.as_str().is_none_or(|s| s.len() as u64 <= self.0)
    }
}

/// The keyword's factory: `.with_keyword(timlint::schema::UTF8_BYTES_KEYWORD, max_utf8_bytes)`.
pub fn max_utf8_bytes<'a>(
    _parent: &'a Map<String, Value>,
    value: &'a Value,
    _path: Location,
) -> Result<Box<dyn for<'i> Keyword<'i>>, ValidationError<'a>> {
    match value.as_u64() {
        Some(n) => Ok(Box::new(MaxUtf8Bytes(n))),
        None => Err(ValidationError::schema(
            "x-maxUtf8Bytes must be a non-negative integer",
        )),
    }
}
