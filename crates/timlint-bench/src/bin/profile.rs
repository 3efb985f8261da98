//! Runs one payload many times through one contender, for a profiler or an instruction
//! count: `perf stat -e instructions target/release/profile members-500 timlint 10000`.
fn main() {
    let mut args = std::env::args().skip(1);
    let which = args.next().unwrap_or_else(|| "members-500".into());
    let who = args.next().unwrap_or_else(|| "timlint".into());
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let p = timlint_bench::payload(&which);
    let docs = timlint_bench::documents(&which, &p);
    let mut v = timlint::Validator::new(timlint::Options::default());
    let mut ok = 0;
    let mut tape = Vec::new();
    // Compiled once, outside the loop, as in the criterion bench (a run of 0 subtracts it).
    let schema = (who == "jsonschema").then(timlint_bench::jsonschema_validator);
    for _ in 0..n {
        ok += usize::from(timlint_bench::each(&docs, |d| {
            let bytes = std::hint::black_box(d.as_bytes());
            match who.as_str() {
                "floor" => timlint_bench::floor(bytes),
                "value" => timlint_bench::value(bytes),
                "jsonschema" => schema
                    .as_ref()
                    .is_some_and(|s| timlint_bench::jsonschema_check(s, bytes)),
                "parse" => timlint_bench::parse_only(d, &mut tape),
                _ => v.validate_bytes(bytes).valid(),
            }
        }));
    }
    println!("{ok}");
}
