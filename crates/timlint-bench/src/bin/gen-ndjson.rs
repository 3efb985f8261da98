//! Writes COUNT REST payloads, one per line, to stdout: the NDJSON throughput file of
//! `scripts/bench` (`gen-ndjson COUNT [SEED]`; see `timlint_bench::NdjsonGen` for the mix).
use std::io::Write;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let count: u64 = args
        .next()
        .and_then(|n| n.parse().ok())
        .expect("usage: gen-ndjson COUNT [SEED]");
    let seed: u64 = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let mut g = timlint_bench::NdjsonGen::new(seed);
    let mut out = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
    let (mut line, mut valid) = (String::new(), 0u64);
    for _ in 0..count {
        line.clear();
        valid += u64::from(g.line(&mut line));
        line.push('\n');
        out.write_all(line.as_bytes())?;
    }
    out.flush()?;
    eprintln!("gen-ndjson: {count} payloads, {valid} valid");
    Ok(())
}
