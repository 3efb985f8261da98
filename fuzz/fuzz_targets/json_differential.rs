//! timlint's JSON reader against serde_json on arbitrary text: the same verdict, and for
//! accepted text the same value (the comparison, and the differences intended, are those of
//! the differential test: crates/timlint/tests/json_oracle/mod.rs, included here).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/timlint/tests/json_oracle/mod.rs"]
mod json_oracle;

fuzz_target!(|data: &[u8]| {
    // Bytes that are not UTF-8 never reach the reader (`validate_bytes` refuses them first).
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = json_oracle::check(src) {
        panic!("timlint and serde_json disagree: {e}");
    }
});
