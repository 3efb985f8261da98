//! `timlint check`: whole files, or NDJSON streams checked on every core in bounded memory.
//! Reports stream out in input order as they are made, SARIF too (its rule table first, its
//! results as they come, nothing kept of them).

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

use timlint::render::run::{self, Run};
use timlint::{Options, Report, Validator};

use crate::config::{self, Configs, Filter};
use crate::streams::{self, Fatal, Input, read_input};
use crate::{CheckArgs, ColorChoice, Format};

/// Where verdicts go, in input order: stdout, printed by the core's [`Run`] (which the npm
/// package's `timlint` command prints through too).
struct Sink<W: Write> {
    out: W,
    run: Run,
    /// `--diff`: the diffs are the output; no verdict is written.
    quiet: bool,
    /// Fixes applied (or, with `--diff`, that would be), and the inputs they change.
    fixes: usize,
    changed: usize,
}

impl<W: Write> Sink<W> {
    fn start(&mut self) -> std::io::Result<()> {
        if self.quiet {
            return Ok(());
        }
        self.run.start(&mut self.out)
    }

    /// Writes one input's verdict; `name` is as given; `file` is the input's path (the name
    /// without an NDJSON line's number), for GitHub's annotations.
    fn emit(
        &mut self,
        name: String,
        file: &str,
        src: Option<&str>,
        report: Report,
    ) -> std::io::Result<()> {
        if self.quiet {
            return Ok(());
        }
        self.run.emit(&mut self.out, &name, file, src, &report)
    }

    fn finish(&mut self) -> std::io::Result<()> {
        if self.quiet {
            return self.out.flush();
        }
        self.run.finish(&mut self.out)
    }
}

pub fn run(args: &CheckArgs) -> Result<ExitCode, Fatal> {
    let configs = Configs {
        explicit: args.opts.config.clone(),
        off: args.no_config,
    };
    // The output's language: the options of the current directory's file and the flags.
    let here = configs.for_input(Path::new("-")).map_err(Fatal::Msg)?;
    let opts = args.opts.resolve_from(here.as_deref())?;
    let mut files = args.files.clone();
    if files.is_empty() {
        files.push(PathBuf::from("-"));
        // Run with no argument at a prompt, it would seem to hang: say what it waits for.
        if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            streams::warn(
                "reading a payload from stdin, ended by Ctrl-D (or name files: timlint check FILE...)",
            );
        }
    }
    // `--fix` on stdin writes the fixed text on stdout: the report goes to stderr.
    let fixing_stdin = args.fix && !args.diff && files.iter().any(|f| f.as_os_str() == "-");
    let out: Box<dyn Write> = if fixing_stdin {
        Box::new(std::io::BufWriter::new(std::io::stderr().lock()))
    } else {
        Box::new(std::io::BufWriter::with_capacity(
            1 << 16,
            std::io::stdout().lock(),
        ))
    };
    let format = match args.format {
        Format::Text => run::Format::Text,
        Format::Json => run::Format::Json,
        Format::Sarif => run::Format::Sarif,
        Format::Github => run::Format::Github,
    };
    let auto = opts.dialect == timlint::Dialect::Auto;
    let mut run = Run::new(format, opts.lang, auto, !args.no_snippets);
    run.color = use_color(args.color, fixing_stdin);
    let mut sink = Sink {
        out,
        run,
        quiet: args.diff,
        fixes: 0,
        changed: 0,
    };
    let fixing = (args.fix || args.diff).then_some(Fixing {
        unsafe_fixes: args.unsafe_fixes,
        diff: args.diff,
        walked_link: false,
    });
    sink.start().map_err(Fatal::Write)?;
    let mut io_failed = false;
    // One validator per options file, made when an input first needs it.
    let mut validators: HashMap<Option<PathBuf>, Validator> = HashMap::new();
    let mut expanded = Vec::with_capacity(files.len());
    for path in &files {
        // A file named is checked as it is: no options file to read for its globs.
        if path.as_os_str() == "-" || !path.is_dir() {
            expanded.push(Target {
                path: path.clone(),
                walked_link: false,
            });
            continue;
        }
        // A directory whose options file is bad is that directory's error; the rest goes on.
        let filter = configs
            .for_dir(path)
            .map_err(Fatal::Msg)
            .and_then(|config| Filter::new(config.as_deref(), &args.exclude));
        let problems = match filter {
            Ok(filter) => expand(path, args.ndjson, &filter, &mut expanded),
            Err(Fatal::Msg(msg)) => vec![msg],
            Err(write) => return Err(write),
        };
        for msg in problems {
            streams::warn(&msg);
            io_failed = true;
        }
    }
    for Target { path, walked_link } in &expanded {
        let config = match configs.for_input(path) {
            Ok(config) => config,
            Err(msg) => {
                streams::warn(&msg);
                io_failed = true;
                continue;
            }
        };
        if args.verbose {
            let used = config
                .as_deref()
                .map_or("no options file".into(), config::shown);
            streams::warn(&format!("{}: options from {used}", path.display()));
        }
        let v = match validators.entry(config) {
            Entry::Occupied(v) => Ok(v.into_mut()),
            Entry::Vacant(slot) => {
                let opts = args.opts.resolve_from(slot.key().as_deref());
                opts.map(|o| slot.insert(Validator::new(o)))
            }
        };
        let result = v.and_then(|v| {
            sink.run.auto = v.options().dialect == timlint::Dialect::Auto;
            if args.ndjson {
                let opts = v.options().clone();
                ndjson(path, &opts, &mut sink)
            } else {
                let fixing = fixing.as_ref().map(|f| Fixing {
                    walked_link: *walked_link,
                    ..*f
                });
                whole(path, v, &mut sink, fixing.as_ref())
            }
        });
        match result {
            Ok(()) => {}
            Err(Fatal::Msg(msg)) => {
                streams::warn(&msg);
                io_failed = true;
            }
            // Output that cannot be written ends the run: the next input could not be either.
            Err(write) => return Err(write),
        }
    }
    sink.finish().map_err(Fatal::Write)?;
    if let Some(f) = &fixing {
        let (n, files) = (sink.fixes, sink.changed);
        streams::warn(&match f.diff {
            true => format!(
                "{n} fixes would be applied, inputs changed: {files} (--diff: nothing written)"
            ),
            false => format!("{n} fixes applied, inputs changed: {files}"),
        });
        if f.diff {
            return Ok(ExitCode::from(if io_failed {
                2
            } else {
                u8::from(files > 0)
            }));
        }
    }
    // `--max-warnings N`: more warnings than N in all fail the run, as ESLint's does.
    let too_many_warnings = match args.max_warnings {
        Some(max) if sink.run.warnings > max => {
            streams::warn(&format!(
                "{} warnings, more than --max-warnings {max} allows",
                sink.run.warnings
            ));
            true
        }
        _ => false,
    };
    Ok(if io_failed {
        ExitCode::from(2)
    } else if sink.run.failing > 0 || too_many_warnings {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Whether the text output is in colour: `--color always` or `never`, else (`auto`) when
/// it goes to a terminal, `NO_COLOR` is unset or empty (no-color.org) and `TERM` is not `dumb`.
fn use_color(choice: ColorChoice, to_stderr: bool) -> bool {
    use std::io::IsTerminal;
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            let set = |name| std::env::var_os(name).filter(|v| !v.is_empty());
            let terminal = if to_stderr {
                std::io::stderr().is_terminal()
            } else {
                std::io::stdout().is_terminal()
            };
            terminal && set("NO_COLOR").is_none() && set("TERM").is_none_or(|t| t != "dumb")
        }
    }
}

/// An input to check: a path named, or found in a directory named.
struct Target {
    path: PathBuf,
    /// A symbolic link met while walking a directory: checked, never written through.
    walked_link: bool,
}

/// Checks one whole input, read no further than `maxInputBytes` + 1 bytes; with `fixing`,
/// fixes it first and reports what remains. The input is reported even when its fix could
/// not be written (then on its text as it is, and the run ends with exit 2).
fn whole<W: Write>(
    path: &Path,
    v: &mut Validator,
    sink: &mut Sink<W>,
    fixing: Option<&Fixing>,
) -> Result<(), Fatal> {
    let name = path.display().to_string();
    let mut failed = None;
    let (src, report) = match read_input(path, v.options().max_input_bytes)? {
        Input::Text(src) => {
            let src = match fixing {
                Some(f) => {
                    let (src, problem) = fix(path, &name, src, v, sink, f)?;
                    failed = problem;
                    src
                }
                None => src,
            };
            let report = v.validate(&src);
            (Some(src), report)
        }
        // The core's verdict (`invalid-json` at the first bad byte), as every front door
        // gives it; there is nothing to fix, and stdin's text goes to stdout as it came.
        Input::NotUtf8(bytes) => {
            if fixing.is_some_and(|f| !f.diff) && path.as_os_str() == "-" {
                streams::print(|out| out.write_all(&bytes))?;
            }
            (None, v.validate_bytes(&bytes))
        }
        Input::TooLarge(size) => {
            // `--fix` on stdin promises the fixed text on stdout: none is not an empty text;
            // `--diff` exit 0 would say there is nothing to change.
            let (max, stdin) = (v.options().max_input_bytes, path.as_os_str() == "-");
            let input = if stdin { "stdin" } else { &name };
            failed = match fixing {
                Some(f) if f.diff => Some(format!(
                    "{input} is larger than maxInputBytes ({max} bytes): not read, no diff"
                )),
                Some(_) if stdin => Some(format!(
                    "stdin is larger than maxInputBytes ({max} bytes): not fixed, and nothing was printed on stdout"
                )),
                _ => None,
            };
            (None, too_large(v, size))
        }
    };
    sink.emit(name.clone(), &name, src.as_deref(), report)
        .map_err(Fatal::Write)?;
    failed.map_or(Ok(()), |msg| Err(Fatal::Msg(msg)))
}

/// `--fix`, `--diff` and `--unsafe-fixes`.
#[derive(Clone, Copy)]
struct Fixing {
    unsafe_fixes: bool,
    diff: bool,
    /// The input is a symbolic link met while walking a directory: not fixed.
    walked_link: bool,
}

/// Applies an input's fixes: writes the file back (stdin: prints the text, changed or not),
/// or with `--diff` prints the unified diff. Returns the text to report on, and why the fix
/// was not written when it was not (the text is then the input's as it is). Only writes that
/// happened are counted.
fn fix<W: Write>(
    path: &Path,
    name: &str,
    src: String,
    v: &mut Validator,
    sink: &mut Sink<W>,
    f: &Fixing,
) -> Result<(String, Option<String>), Fatal> {
    let (fixed, n) = v.fix(&src, f.unsafe_fixes);
    if n > 0 && f.walked_link {
        streams::warn(&format!(
            "{name}: not fixed: a symbolic link found in a directory is not written through (name it to fix the file it points to)"
        ));
        return Ok((src, None));
    }
    let count = |sink: &mut Sink<W>| {
        if n > 0 {
            sink.fixes += n;
            sink.changed += 1;
        }
    };
    if f.diff {
        count(sink);
        if n > 0 {
            let name = streams::terminal_safe(name);
            let diff = similar::TextDiff::from_lines(&src, &fixed);
            let diff = diff.unified_diff().header(&name, &name).to_string();
            sink.out
                .write_all(shown_lines(&diff).as_bytes())
                .map_err(Fatal::Write)?;
        }
        return Ok((src, None));
    }
    if path.as_os_str() == "-" {
        streams::print(|out| out.write_all(fixed.as_bytes()))?;
    } else if n > 0
        && let Err(msg) = streams::write_fixed(path, &src, &fixed)
    {
        return Ok((src, Some(msg)));
    }
    count(sink);
    Ok((fixed, None))
}

/// A diff as printed: a payload's control and bidirectional characters shown as `�`, as the
/// text output's source lines show them; the ends of lines kept.
fn shown_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line
            .strip_suffix('\n')
            .map_or(line, |l| l.trim_end_matches('\r'));
        out.extend(body.chars().map(timlint::render::text::shown_as));
        out.push_str(&line[body.len()..]);
    }
    out
}

/// The verdict on an input over `maxInputBytes` that was not read whole: its size when known
/// (a file's), else that it is larger than the limit (a stream, read one byte past it).
pub fn too_large(v: &Validator, size: Option<u64>) -> Report {
    let Some(size) = size else {
        return v.too_large_unread();
    };
    v.too_large(usize::try_from(size).unwrap_or(usize::MAX))
}

/// The payload files of a directory: every file under it with a payload's extension (`.json`,
/// `.jsonc`; with `--ndjson`, `.ndjson`, `.jsonl`), or that `filter`'s `include` takes, in path
/// order, leaving out hidden entries (`.git`, …), `node_modules`, options files
/// (`timlint.json`) and what `filter` excludes. Symbolic links to files are checked (marked:
/// `--fix` does not write through them), links to directories are not followed (no loops).
/// Returns what could not be read (a subdirectory, say), or that a directory holds no payload
/// file; the rest is still listed.
fn expand(path: &Path, ndjson: bool, filter: &Filter, out: &mut Vec<Target>) -> Vec<String> {
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
            if name.starts_with('.') || name == "node_modules" || name == config::FILE_NAME {
                continue;
            }
            let path = entry.path();
            if filter.excluded(&path) {
                continue;
            }
            let kind = entry.file_type();
            if kind.as_ref().is_ok_and(|t| t.is_dir()) {
                dirs.push(path);
            } else if path.is_file()
                && filter.included(&path).unwrap_or_else(|| {
                    path.extension()
                        .is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)))
                })
            {
                let walked_link = kind.map_or(true, |t| t.is_symlink());
                out.push(Target { path, walked_link });
            }
        }
    }
    out[before..].sort_by(|a, b| a.path.cmp(&b.path));
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
    /// Longer than `maxInputBytes`: its length (unknown for a line with no end); the bytes
    /// were skipped, not kept.
    TooLarge(Option<u64>),
    /// Not UTF-8: the bytes, for the core's verdict on them.
    NotUtf8(Vec<u8>),
}

/// Lines with their 1-based numbers, and the batch's place in the input.
type Batch<T> = (u64, Vec<(u64, T)>);

/// Lines are handed to the workers in batches, to keep channel traffic low.
const BATCH_LINES: usize = 512;
const BATCH_BYTES: u64 = 1 << 20;

/// A blank NDJSON line (empty, or only spaces, tabs and CRs) gets no verdict; every other
/// line gets one. Other white space (a form feed, a vertical tab) is not JSON's, so a line of
/// it is `invalid-json`, as a whole input of it is.
fn is_blank(line: &[u8]) -> bool {
    line.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r'))
}

/// Checks one payload per line on every core. Memory stays flat however long the stream:
/// batches in flight are bounded, and a line over `maxInputBytes` is skipped as it is read.
fn ndjson<W: Write>(path: &Path, opts: &Options, sink: &mut Sink<W>) -> Result<(), Fatal> {
    let shown = path.display().to_string();
    let reader: Box<dyn BufRead + Send> = if path.as_os_str() == "-" {
        Box::new(std::io::BufReader::with_capacity(1 << 16, std::io::stdin()))
    } else {
        let f = std::fs::File::open(path)
            .map_err(|e| Fatal::Msg(format!("cannot read {shown}: {e}")))?;
        Box::new(std::io::BufReader::with_capacity(1 << 16, f))
    };
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 16);
    let (batch_tx, batch_rx) = sync_channel::<Batch<Line>>(workers * 2);
    let batch_rx = Arc::new(Mutex::new(batch_rx));
    let (done_tx, done_rx) = sync_channel::<Batch<Report>>(workers * 2);
    // Threads that are not scoped, and hold the only ends of the channels: when the output
    // fails this returns at once, dropping `done_rx`; the workers then stop at their next
    // send, the reader at its next one, or with the process if it waits on a silent stream.
    for _ in 0..workers {
        let (rx, tx) = (Arc::clone(&batch_rx), done_tx.clone());
        let v = Validator::new(opts.clone());
        std::thread::spawn(move || check_batches(v, &rx, &tx));
    }
    drop((batch_rx, done_tx));
    let (cap, name) = (opts.max_input_bytes, shown.clone());
    let reading = std::thread::spawn(move || {
        read_batches(reader, cap, &batch_tx)
            .map_err(|e| Fatal::Msg(format!("cannot read {name}: {e}")))
    });
    // Put batches back in input order as the workers finish them.
    let mut pending = BTreeMap::new();
    let mut next = 0u64;
    for (i, checked) in done_rx {
        pending.insert(i, checked);
        while let Some(checked) = pending.remove(&next) {
            next += 1;
            for (no, mut report) in checked {
                // The line of the input, where the report can hold it (the name always does).
                let line = u32::try_from(no).ok();
                for d in &mut report.diagnostics {
                    if d.line.is_some() {
                        d.line = line;
                    }
                }
                sink.emit(format!("{shown}:{no}"), &shown, None, report)
                    .map_err(Fatal::Write)?;
            }
        }
    }
    reading
        .join()
        .unwrap_or_else(|_| Err(Fatal::Msg("the reader thread failed".into())))
}

/// A worker: checks batches until there are no more, or no one to take the verdicts.
fn check_batches(
    mut v: Validator,
    batches: &Mutex<Receiver<Batch<Line>>>,
    done: &SyncSender<Batch<Report>>,
) {
    while let Ok(Ok((i, lines))) = batches.lock().map(|r| r.recv()) {
        let checked = lines
            .into_iter()
            .map(|(no, line)| {
                let verdict = match line {
                    Line::Text(src) => v.validate(&src),
                    Line::TooLarge(len) => too_large(&v, len),
                    Line::NotUtf8(bytes) => v.validate_bytes(&bytes),
                };
                (no, verdict)
            })
            .collect();
        if done.send((i, checked)).is_err() {
            return;
        }
    }
}

/// The reader: splits the input into numbered lines and hands them out in batches, until the
/// input ends or no worker is left to take them.
fn read_batches(
    mut reader: impl BufRead,
    cap: usize,
    batches: &SyncSender<Batch<Line>>,
) -> std::io::Result<()> {
    let cap64 = u64::try_from(cap).unwrap_or(u64::MAX);
    let give_up = cap64.saturating_add(MAX_SKIP);
    let (mut batch, mut bytes, mut index, mut line_no) = (Vec::new(), 0u64, 0u64, 0u64);
    let mut buf = Vec::new();
    let mut endless = false;
    while let Some(found) = read_line_capped(&mut reader, &mut buf, cap, give_up)? {
        line_no += 1;
        let Found::Line(len) = found else {
            batch.push((line_no, Line::TooLarge(None)));
            endless = true;
            break;
        };
        let whole = u64::try_from(buf.len()).is_ok_and(|kept| kept == len);
        if whole && is_blank(&buf) {
            continue;
        }
        let line = if len > cap64 {
            Line::TooLarge(Some(len))
        } else {
            match String::from_utf8(std::mem::take(&mut buf)) {
                Ok(s) => Line::Text(s),
                Err(e) => Line::NotUtf8(e.into_bytes()),
            }
        };
        bytes = bytes.saturating_add(len);
        batch.push((line_no, line));
        if batch.len() >= BATCH_LINES || bytes >= BATCH_BYTES {
            if batches.send((index, std::mem::take(&mut batch))).is_err() {
                return Ok(());
            }
            (index, bytes) = (index + 1, 0);
        }
    }
    if !batch.is_empty() {
        let _ = batches.send((index, batch));
    }
    if endless {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("line {line_no} has no end within {give_up} bytes; the rest was not read"),
        ));
    }
    Ok(())
}

/// How far past `maxInputBytes` a line is skipped in search of its end (the next line). A line
/// longer still (`/dev/zero`) ends the stream: its verdict is given, the rest is not read.
const MAX_SKIP: u64 = 256 << 20;

/// A line as [`read_line_capped`] found it.
#[derive(Debug, PartialEq)]
enum Found {
    /// A line of this many bytes, its end of line not counted.
    Line(u64),
    /// A line longer than the limit given, not read to its end.
    Endless,
}

/// Reads one line (without its `\n` or `\r\n`) into `buf`, keeping at most `cap + 1` bytes of
/// it (one more while a `\r` may follow); returns the line's full length, or `None` at the
/// end of input. Past `give_up` bytes with no end of line, stops reading: `Found::Endless`.
fn read_line_capped(
    r: &mut impl BufRead,
    buf: &mut Vec<u8>,
    cap: usize,
    give_up: u64,
) -> std::io::Result<Option<Found>> {
    buf.clear();
    let keep_at_most = cap.saturating_add(2);
    let mut total = 0u64;
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
        let keep = chunk.len().min(keep_at_most.saturating_sub(buf.len()));
        buf.extend_from_slice(&chunk[..keep]);
        total = total.saturating_add(u64::try_from(chunk.len()).unwrap_or(u64::MAX));
        let used = chunk.len() + usize::from(done);
        r.consume(used);
        if done {
            break;
        }
        if total > give_up {
            return Ok(Some(Found::Endless));
        }
    }
    if !any {
        return Ok(None);
    }
    if last == Some(b'\r') {
        total = total.saturating_sub(1);
        buf.truncate(usize::try_from(total).unwrap_or(usize::MAX));
    }
    Ok(Some(Found::Line(total)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capped_lines_keep_their_length_but_not_their_bytes() {
        let mut r = std::io::BufReader::with_capacity(4, &b"abc\r\n0123456789\n\nlast"[..]);
        let mut buf = Vec::new();
        assert_eq!(
            read_line_capped(&mut r, &mut buf, 5, 99).unwrap(),
            Some(Found::Line(3))
        );
        assert_eq!(buf, b"abc");
        assert_eq!(
            read_line_capped(&mut r, &mut buf, 5, 99).unwrap(),
            Some(Found::Line(10))
        );
        assert!(buf.len() <= 7);
        assert_eq!(
            read_line_capped(&mut r, &mut buf, 5, 99).unwrap(),
            Some(Found::Line(0))
        );
        assert_eq!(
            read_line_capped(&mut r, &mut buf, 5, 99).unwrap(),
            Some(Found::Line(4))
        );
        assert_eq!(buf, b"last");
        assert_eq!(read_line_capped(&mut r, &mut buf, 5, 99).unwrap(), None);
    }

    #[test]
    fn a_line_with_no_end_is_given_up_on() {
        let mut r = std::io::BufReader::with_capacity(4, std::io::repeat(0));
        let mut buf = Vec::new();
        let found = read_line_capped(&mut r, &mut buf, 5, 99).unwrap();
        assert_eq!(found, Some(Found::Endless));
        assert!(buf.len() <= 7);
    }

    #[test]
    fn diff_lines_keep_their_ends_but_no_control_character() {
        let diff = "-a\u{1b}[2J\tb\r\n+a\rb\u{202e}\n\\ No newline at end of file";
        assert_eq!(
            shown_lines(diff),
            "-a\u{fffd}[2J\tb\r\n+a\u{fffd}b\u{fffd}\n\\ No newline at end of file"
        );
    }

    #[test]
    fn blank_lines_are_spaces_tabs_and_crs() {
        assert!(is_blank(b"") && is_blank(b" \t\r"));
        assert!(!is_blank(b"\x0c") && !is_blank(b"\x0b") && !is_blank(b" x"));
    }
}
