//! The proptest configuration the property tests share (a module of its own: `tests/common`
//! is also compiled by crates without proptest).

use proptest::prelude::ProptestConfig;

/// `cases` cases, and no failure files written into the source tree.
pub fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}
