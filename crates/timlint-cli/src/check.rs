//! `timlint check`: whole files, or NDJSON streams checked on every core in bounded memory.
//! Reports stream out in input order as they are made (text and JSON); SARIF, being one
//! document with a rule table, is written at the end.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, sync_channel};
use std::sync::{Arc, Mutex};

use timlint::render::json::JsonReport;
use timlint::{Lang, Options, Report, Severity, Validator};

use crate::{CheckArgs, Fatal, Format, read_input};

/// Where verdicts go, in input order.
struct Sink<W: Write> {
    out: W,
    format: Format,
    lang: Lang,
    /// `--dialect auto`: the text output says which dialect each input was read as.
    auto: bool,
    sarif: Vec<(String, Report)>,
    inputs: usize,
    errors: usize,
    warnings: usize,
    failing: usize,
}

impl<W: Write> Sink<W> {
    fn start(&mut self) -> std::io::Result<()> {
        match self.format {
            Format::Json => self.out.write_all(b"["),
            _ => Ok(()),
        }
    }

    fn emit(&mut self, name: String, src: Option<&str>, report: Report) -> std::io::Result<()> {
        let errors = report.errors;
        self.errors += errors;
        self.failing += usize::from(errors > 0);
        self.warnings += report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count();
        self.inputs += 1;
        match self.format {
            Format::Text => {
                if self.auto {
                    let dialect = report.dialect.as_str();
                    match self.lang {
                        Lang::En => {
                            writeln!(self.out, "{name}: read as {dialect} (--dialect auto)")?
                        }
                        Lang::ZhCn => {
                            writeln!(self.out, "{name}：按 {dialect} 写法读取（--dialect auto）")?
                        }
                    }
                }
                let text = timlint::render::text::render(&name, src, &report, self.lang);
                self.out.write_all(text.as_bytes())
            }
            Format::Json => {
                self.out
                    .write_all(if self.inputs == 1 { b"\n" } else { b",\n" })?;
                serde_json::to_writer_pretty(
                    &mut self.out,
                    &JsonReport::new(Some(&name), &report, self.lang),
                )
                .map_err(std::io::Error::other)
            }
            Format::Sarif => {
                self.sarif.push((name, report));
                Ok(())
            }
        }
    }

    fn finish(&mut self) -> std::io::Result<()> {
        match self.format {
            Format::Text => {
                let summary = timlint::render::text::summary(
                    self.errors,
                    self.warnings,
                    self.inputs,
                    self.lang,
                );
                writeln!(self.out, "{summary}")?;
            }
            Format::Json => self
                .out
                .write_all(if self.inputs == 0 { b"]\n" } else { b"\n]\n" })?,
            Format::Sarif => {
                let log = timlint::render::sarif::render(
                    self.sarif.iter().map(|(n, r)| (n.as_str(), r)),
                    self.lang,
                );
                serde_json::to_writer_pretty(&mut self.out, &log).map_err(std::io::Error::other)?;
                writeln!(self.out)?;
            }
        }
        self.out.flush()
    }
}

pub fn run(args: &CheckArgs) -> Result<ExitCode, Fatal> {
    let opts = args.opts.resolve()?;
    let mut files = args.files.clone();
    if files.is_empty() {
        files.push(PathBuf::from("-"));
        // Run with no argument at a prompt, it would seem to hang: say what it waits for.
        if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            eprintln!(
                "timlint: reading a payload from stdin, ended by Ctrl-D (or name files: timlint check FILE...)"
            );
        }
    }
    let stdout = std::io::stdout();
    let mut sink = Sink {
        out: std::io::BufWriter::with_capacity(1 << 16, stdout.lock()),
        format: args.format,
        lang: opts.lang,
        auto: opts.dialect == timlint::Dialect::Auto,
        sarif: Vec::new(),
        inputs: 0,
        errors: 0,
        warnings: 0,
        failing: 0,
    };
    let write_failed = |e: std::io::Error| Fatal(format!("cannot write output: {e}"));
    sink.start().map_err(write_failed)?;
    let mut io_failed = false;
    let mut validator = Validator::new(opts.clone());
    let mut expanded = Vec::with_capacity(files.len());
    for path in &files {
        for msg in expand(path, args.ndjson, &mut expanded) {
            eprintln!("timlint: {msg}");
            io_failed = true;
        }
    }
    for path in &expanded {
        let result = if args.ndjson {
            ndjson(path, &opts, &mut sink)
        } else {
            read_input(path).and_then(|src| {
                let report = validator.validate(&src);
                sink.emit(path.display().to_string(), Some(&src), report)
                    .map_err(write_failed)
            })
        };
        if let Err(Fatal(msg)) = result {
            eprintln!("timlint: {msg}");
            io_failed = true;
        }
    }
    sink.finish().map_err(write_failed)?;
    Ok(if io_failed {
        ExitCode::from(2)
    } else if sink.failing > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The payload files a path names: itself, or for a directory every file under it with a
/// payload's extension (`.json`, `.jsonc`; with `--ndjson`, `.ndjson`, `.jsonl`), in path
/// order, leaving out hidden entries (`.git`, …) and `node_modules`. Symbolic links to files
/// are followed, links to directories are not (no loops). Returns what could not be read (a
/// subdirectory, say), or that a directory holds no payload file; the rest is still listed.
fn expand(path: &Path, ndjson: bool, out: &mut Vec<PathBuf>) -> Vec<String> {
    if path.as_os_str() == "-" || !path.is_dir() {
        out.push(path.to_path_buf());
        return Vec::new();
    }
    let extensions: &[&str] = if ndjson {
        &["ndjson", "jsonl"]
    } else {
        &["json", "jsonc"]
    };
    let (before, mut problems) = (out.len(), Vec::new());
    let mut dirs = vec![path.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                problems.push(format!("cannot read {}: {e}", dir.display()));
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    problems.push(format!("cannot read {}: {e}", dir.display()));
                    continue;
                }
            };
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') || name == "node_modules" {
                continue;
            }
            let path = entry.path();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                dirs.push(path);
            } else if path.is_file()
                && path
                    .extension()
                    .is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)))
            {
                out.push(path);
            }
        }
    }
    out[before..].sort();
    if out.len() == before && problems.is_empty() {
        problems.push(format!(
            "{} holds no payload file (*.{})",
            path.display(),
            extensions.join(", *.")
        ));
    }
    problems
}

/// One NDJSON line as read: its text, or why it has none.
enum Line {
    Text(String),
    /// Longer than `maxInputBytes`: its length; the bytes were skipped, not kept.
    TooLarge(usize),
    /// Not UTF-8: the 1-based column of the first bad byte.
    NotUtf8(usize),
}

/// Lines are handed to the workers in batches, to keep channel traffic low.
const BATCH_LINES: usize = 512;
const BATCH_BYTES: usize = 1 << 20;

/// Checks one payload per line on every core. Memory stays flat however long the stream:
/// batches in flight are bounded, and a line over `maxInputBytes` is skipped as it is read.
fn ndjson<W: Write>(path: &Path, opts: &Options, sink: &mut Sink<W>) -> Result<(), Fatal> {
    let shown = path.display().to_string();
    let mut reader: Box<dyn BufRead + Send> = if path.as_os_str() == "-" {
        Box::new(std::io::BufReader::with_capacity(1 << 16, std::io::stdin()))
    } else {
        let f =
            std::fs::File::open(path).map_err(|e| Fatal(format!("cannot read {shown}: {e}")))?;
        Box::new(std::io::BufReader::with_capacity(1 << 16, f))
    };
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 16);
    let (batch_tx, batch_rx) = sync_channel::<(u64, Vec<(u32, Line)>)>(workers * 2);
    let batch_rx: Arc<Mutex<Receiver<_>>> = Arc::new(Mutex::new(batch_rx));
    let (done_tx, done_rx) = sync_channel::<(u64, Vec<(u32, Result<Report, usize>)>)>(workers * 2);
    let cap = opts.max_input_bytes;
    std::thread::scope(|s| {
        for _ in 0..workers {
            let (rx, tx) = (Arc::clone(&batch_rx), done_tx.clone());
            let mut v = Validator::new(opts.clone());
            s.spawn(move || {
                loop {
                    let Ok(next) = rx.lock().map(|r| r.recv()) else {
                        return;
                    };
                    let Ok((i, lines)) = next else { return };
                    let checked = lines
                        .into_iter()
                        .map(|(no, line)| {
                            let verdict = match line {
                                Line::Text(src) => Ok(v.validate(&src)),
                                Line::TooLarge(len) => Ok(v.too_large(len)),
                                Line::NotUtf8(col) => Err(col),
                            };
                            (no, verdict)
                        })
                        .collect();
                    if tx.send((i, checked)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        let reader_name = shown.clone();
        let reading = s.spawn(move || -> Result<(), Fatal> {
            let shown = reader_name;
            let (mut batch, mut bytes, mut index, mut line_no) = (Vec::new(), 0, 0u64, 0u32);
            let mut buf = Vec::new();
            loop {
                let len = read_line_capped(&mut reader, &mut buf, cap)
                    .map_err(|e| Fatal(format!("cannot read {shown}: {e}")))?;
                let Some(len) = len else { break };
                line_no += 1;
                if buf.iter().all(u8::is_ascii_whitespace) && len == buf.len() {
                    continue;
                }
                let line = if len > cap {
                    Line::TooLarge(len)
                } else {
                    match String::from_utf8(std::mem::take(&mut buf)) {
                        Ok(s) => Line::Text(s),
                        Err(e) => Line::NotUtf8(e.utf8_error().valid_up_to() + 1),
                    }
                };
                bytes += len;
                batch.push((line_no, line));
                if batch.len() >= BATCH_LINES || bytes >= BATCH_BYTES {
                    if batch_tx.send((index, std::mem::take(&mut batch))).is_err() {
                        return Ok(());
                    }
                    (index, bytes) = (index + 1, 0);
                }
            }
            if !batch.is_empty() {
                let _ = batch_tx.send((index, batch));
            }
            Ok(())
        });
        // Put batches back in input order as the workers finish them.
        let mut pending = BTreeMap::new();
        let mut next = 0u64;
        let mut not_utf8 = 0;
        for (i, checked) in done_rx {
            pending.insert(i, checked);
            while let Some(checked) = pending.remove(&next) {
                next += 1;
                for (no, verdict) in checked {
                    let mut report = match verdict {
                        Ok(report) => report,
                        Err(col) => {
                            eprintln!(
                                "timlint: {shown}:{no} is not UTF-8 (invalid byte at column {col})"
                            );
                            not_utf8 += 1;
                            continue;
                        }
                    };
                    for d in &mut report.diagnostics {
                        if d.line.is_some() {
                            d.line = Some(no);
                        }
                    }
                    sink.emit(format!("{shown}:{no}"), None, report)
                        .map_err(|e| Fatal(format!("cannot write output: {e}")))?;
                }
            }
        }
        reading
            .join()
            .unwrap_or_else(|_| Err(Fatal("the reader thread failed".into())))?;
        match not_utf8 {
            0 => Ok(()),
            n => Err(Fatal(format!(
                "{shown}: {n} lines are not UTF-8 and were not checked"
            ))),
        }
    })
}

/// Reads one line (without its `\n` or `\r\n`) into `buf`, keeping at most `cap + 1` bytes of
/// it (one more while a `\r` may follow); returns the line's full length, or `None` at the
/// end of input.
fn read_line_capped(
    r: &mut impl BufRead,
    buf: &mut Vec<u8>,
    cap: usize,
) -> std::io::Result<Option<usize>> {
    buf.clear();
    let mut total = 0;
    let mut any = false;
    let mut last = None;
    loop {
        let avail = r.fill_buf()?;
        if avail.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (&avail[..i], true),
            None => (avail, false),
        };
        last = chunk.last().copied().or(last);
        let keep = chunk.len().min((cap + 2).saturating_sub(buf.len()));
        buf.extend_from_slice(&chunk[..keep]);
        total += chunk.len();
        let used = chunk.len() + usize::from(done);
        r.consume(used);
        if done {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if last == Some(b'\r') {
        total -= 1;
        buf.truncate(total);
    }
    Ok(Some(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capped_lines_keep_their_length_but_not_their_bytes() {
        let mut r = std::io::BufReader::with_capacity(4, &b"abc\r\n0123456789\n\nlast"[..]);
        let mut buf = Vec::new();
        assert_eq!(read_line_capped(&mut r, &mut buf, 5).unwrap(), Some(3));
        assert_eq!(buf, b"abc");
        assert_eq!(read_line_capped(&mut r, &mut buf, 5).unwrap(), Some(10));
        assert!(buf.len() <= 7);
        assert_eq!(read_line_capped(&mut r, &mut buf, 5).unwrap(), Some(0));
        assert_eq!(read_line_capped(&mut r, &mut buf, 5).unwrap(), Some(4));
        assert_eq!(buf, b"last");
        assert_eq!(read_line_capped(&mut r, &mut buf, 5).unwrap(), None);
    }
}
