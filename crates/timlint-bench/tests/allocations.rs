//! A valid payload allocates nothing that grows with its size, but for the set that finds
//! duplicate members: counted with a counting global allocator (one test in this binary, so
//! no other test allocates meanwhile).

use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};
use std::alloc::System;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

fn payload(members: usize) -> String {
    let list: Vec<String> = (0..members)
        .map(|i| format!(r#"{{"Member_Account": "user_{i}", "Role": "Admin"}}"#))
        .collect();
    format!(
        r#"{{"Owner_Account": "owner", "Type": "Public", "Name": "名称", "Introduction": "intro",
        "AppDefinedData": [{{"Key": "K1", "Value": "v"}}], "MemberList": [{}]}}"#,
        list.join(",")
    )
}

/// (allocations, bytes) of one validation by a warmed-up validator.
fn measure(src: &str) -> (usize, usize) {
    let mut v = timlint::Validator::new(timlint::Options::default());
    assert!(v.validate(src).diagnostics.is_empty(), "{src}");
    let region = Region::new(GLOBAL);
    let report = v.validate(src);
    let stats = region.change();
    assert!(report.valid());
    (stats.allocations, stats.bytes_allocated)
}

#[test]
fn valid_payloads_allocate_only_the_duplicate_sets() {
    let (small_allocs, small_bytes) = measure(&payload(1));
    // 64 members: past the stack's ten, and without the warning that 101 and more get
    // (`member-list-over-newer-cap`), so that only the checking allocates.
    let (big_allocs, big_bytes) = measure(&payload(64));
    // Short lists are checked for repeats on the stack; the member set of a long list is two
    // allocations (its hash slots and the strings they index), whatever its size.
    assert_eq!(small_allocs, 0, "allocations for one member");
    assert!(big_allocs <= 2, "{big_allocs} allocations for 64 members");
    // What grows is the member set alone: a few pointers per member.
    let per_member = big_bytes.saturating_sub(small_bytes) / 63;
    assert!(per_member <= 64, "{per_member} bytes per member");
    // The REST page's ALL IN ONE example: nothing at all.
    assert_eq!(measure(timlint_bench::ALL_IN_ONE), (0, 0));
}
