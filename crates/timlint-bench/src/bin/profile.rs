//! Runs one payload many times, for a profiler: `perf record target/release/profile`.
fn main() {
    let which = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "members-500".into());
    let (_, p) = timlint_bench::payloads()
        .into_iter()
        .find(|(n, _)| *n == which)
        .expect("payload name");
    let mut v = timlint::Validator::new(timlint::Options::default());
    let mut n = 0;
    for _ in 0..2000 {
        n += usize::from(v.validate(&p).valid());
    }
    println!("{n}");
}
