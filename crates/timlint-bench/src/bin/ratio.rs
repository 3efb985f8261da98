//! The contenders on one payload in one process, in turn, in batches of about a millisecond:
//! serde_json's IgnoredAny pass (the floor), timlint's reader alone, timlint from bytes to
//! verdict, and the jsonschema crate (parse + validate). Each round runs one batch of each, so
//! every round's ratios compare contenders that ran within milliseconds of each other, under
//! the same load; other work on a shared machine moves whole rounds, not one contender.
//!
//!     target/release/ratio all-in-one 5        # about 5 seconds, a line for people
//!     target/release/ratio all-in-one 5 json   # the same as JSON, for scripts/bench
//!
//! `corpus` is many payloads: each contender's run is one pass over all of them.
//!
//! Per contender: the lowest and the median batch time per validation (per pass); the verdicts: the median
//! over the rounds of each round's timlint/floor and jsonschema/timlint.
use std::hint::black_box;
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let which = args.next().unwrap_or_else(|| "all-in-one".into());
    let seconds: f64 = args.next().and_then(|n| n.parse().ok()).unwrap_or(5.0);
    let json = args.next().as_deref() == Some("json");
    let p = timlint_bench::payload(&which);
    let docs = timlint_bench::documents(&which, &p);
    let mut v = timlint::Validator::new(timlint::Options::default());
    let schema = timlint_bench::jsonschema_validator();
    let mut tape = Vec::new();
    // About a millisecond of timlint per batch (timed after a warm-up): each contender runs
    // warm, as in a loop of its own, and a burst of other work spans batches of all four.
    let check = |v: &mut timlint::Validator| {
        timlint_bench::each(&docs, |d| v.validate_bytes(black_box(d.as_bytes())).valid())
    };
    (0..100).for_each(|_| _ = check(&mut v));
    let warm = Instant::now();
    (0..100).for_each(|_| _ = check(&mut v));
    let batch = (100_000_000 / warm.elapsed().as_nanos().max(1)).clamp(1, 100_000) as u32;
    let time = |f: &mut dyn FnMut() -> bool| {
        let t = Instant::now();
        for _ in 0..batch {
            black_box(f());
        }
        t.elapsed().as_nanos() as f64 / f64::from(batch)
    };
    let [
        mut floor,
        mut parse,
        mut lint,
        mut js,
        mut over_floor,
        mut js_over,
    ] = std::array::from_fn::<Vec<f64>, 6, _>(|_| Vec::new());
    let end = Instant::now() + Duration::from_secs_f64(seconds);
    while Instant::now() < end || floor.len() < 3 {
        let f = time(&mut || {
            timlint_bench::each(&docs, |d| timlint_bench::floor(black_box(d.as_bytes())))
        });
        let r = time(&mut || {
            timlint_bench::each(&docs, |d| {
                timlint_bench::parse_only(black_box(d), &mut tape)
            })
        });
        let t = time(&mut || check(&mut v));
        let j = time(&mut || {
            timlint_bench::each(&docs, |d| {
                timlint_bench::jsonschema_check(&schema, black_box(d.as_bytes()))
            })
        });
        floor.push(f);
        parse.push(r);
        lint.push(t);
        js.push(j);
        over_floor.push(t / f);
        js_over.push(j / t);
    }
    let rounds = floor.len();
    let stats = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        (v[0], v[v.len() / 2])
    };
    let [f, r, t, j, a, b] =
        [floor, parse, lint, js, over_floor, js_over].map(|mut v| stats(&mut v));
    if json {
        println!(
            r#"{{"payload":"{which}","rounds":{},"batch":{batch},"ns":{{"floor":[{:.1},{:.1}],"parse":[{:.1},{:.1}],"timlint":[{:.1},{:.1}],"jsonschema":[{:.1},{:.1}]}},"timlint_over_floor":{:.4},"jsonschema_over_timlint":{:.4}}}"#,
            rounds, f.0, f.1, r.0, r.1, t.0, t.1, j.0, j.1, a.1, b.1
        );
    } else {
        println!(
            "{which}, {rounds} rounds: floor {:.0} ns (median {:.0}) | reader {:.0} ({:.0}) | timlint {:.0} ({:.0}) | jsonschema {:.0} ({:.0}) | median round: timlint/floor {:.2}, jsonschema/timlint {:.2}",
            f.0, f.1, r.0, r.1, t.0, t.1, j.0, j.1, a.1, b.1
        );
    }
}
