//! Writes the benchmark payloads as `DIR/<name>.json` (the Node benchmark reads them), and
//! their names, one per line, to stdout.
fn main() -> std::io::Result<()> {
    let dir = match std::env::args().nth(1) {
        Some(dir) if !dir.starts_with('-') => std::path::PathBuf::from(dir),
        _ => {
            eprintln!("usage: bench-payloads DIR");
            std::process::exit(2);
        }
    };
    std::fs::create_dir_all(&dir)?;
    for (name, payload) in timlint_bench::payloads() {
        std::fs::write(dir.join(format!("{name}.json")), payload)?;
        println!("{name}");
    }
    Ok(())
}
