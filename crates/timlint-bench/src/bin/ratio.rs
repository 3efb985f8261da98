//! timlint against the floor (serde_json's IgnoredAny pass) and against its own reader alone,
//! in one process, alternating batches of 32 validations so that all three see the same
//! machine: `target/release/ratio all-in-one 4000` prints each one's minimum and median
//! nanoseconds per validation and the median of the per-round ratios. For comparing two
//! builds quickly; `scripts/bench` is the full, criterion-timed run.
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let which = args.next().unwrap_or_else(|| "all-in-one".into());
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(4000);
    let p = timlint_bench::payload(&which);
    let bytes = p.as_bytes();
    let mut v = timlint::Validator::new(timlint::Options::default());
    const BATCH: u32 = 32;
    let time = |f: &mut dyn FnMut() -> bool| {
        let t = Instant::now();
        for _ in 0..BATCH {
            black_box(f());
        }
        t.elapsed().as_nanos() as f64 / f64::from(BATCH)
    };
    let (mut floor, mut lint, mut ratio, mut parse) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut tape = Vec::new();
    for _ in 0..rounds {
        let f =
            time(&mut || serde_json::from_slice::<serde::de::IgnoredAny>(black_box(bytes)).is_ok());
        let t = time(&mut || v.validate_bytes(black_box(bytes)).valid());
        let p = time(&mut || timlint_bench::parse_only(black_box(&p), &mut tape));
        floor.push(f);
        lint.push(t);
        parse.push(p);
        ratio.push(t / f);
    }
    let stats = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        (v[0], v[v.len() / 2])
    };
    let (f, t, r, p) = (
        stats(&mut floor),
        stats(&mut lint),
        stats(&mut ratio),
        stats(&mut parse),
    );
    println!(
        "{which}: floor min {:.0} med {:.0} | parse min {:.0} med {:.0} | timlint min {:.0} med {:.0} | timlint/floor: of mins {:.2}, of medians {:.2}, median {:.2}",
        f.0,
        f.1,
        p.0,
        p.1,
        t.0,
        t.1,
        t.0 / f.0,
        t.1 / f.1,
        r.1
    );
}
