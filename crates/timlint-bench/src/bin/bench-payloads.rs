//! Writes the benchmark payloads as `DIR/<name>.json` (the Node benchmark reads them), and
//! their names, one per line, to stdout.
fn main() -> std::io::Result<()> {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: bench-payloads DIR"));
    std::fs::create_dir_all(&dir)?;
    for (name, payload) in timlint_bench::payloads() {
        std::fs::write(dir.join(format!("{name}.json")), payload)?;
        println!("{name}");
    }
    Ok(())
}
