//! Bytes to verdict, side by side on each payload: serde_json's bare syntax pass (the floor),
//! serde_json into a `Value`, the `jsonschema` crate with timlint's exported schema (parse +
//! validate), and timlint. `scripts/bench` prints the medians as one table
//! with the ratios.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    for (name, payload) in timlint_bench::payloads() {
        let mut g = c.benchmark_group(name);
        let docs = timlint_bench::documents(name, &payload);
        let each = |check: &mut dyn FnMut(&[u8]) -> bool| {
            timlint_bench::each(&docs, |d| check(black_box(d.as_bytes())))
        };
        g.throughput(criterion::Throughput::Bytes(payload.len() as u64));
        g.bench_function("floor", |b| b.iter(|| each(&mut timlint_bench::floor)));
        g.bench_function("value", |b| b.iter(|| each(&mut timlint_bench::value)));
        let schema = timlint_bench::jsonschema_validator();
        g.bench_function("jsonschema", |b| {
            b.iter(|| each(&mut |d| timlint_bench::jsonschema_check(&schema, d)))
        });
        let mut v = timlint::Validator::new(timlint::Options::default());
        g.bench_function("timlint", |b| {
            b.iter(|| each(&mut |d| v.validate_bytes(d).valid()))
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
