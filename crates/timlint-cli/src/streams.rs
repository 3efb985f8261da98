//! Reading inputs within a byte cap, writing stdout with every failure seen, and printing
//! names from outside (file names, option keys) so that a terminal shows them, not obeys them.

use std::io::{ErrorKind, Read, Write};
use std::path::Path;
use std::process::ExitCode;

/// A failure that ends the command.
pub enum Fatal {
    /// Exit 2 with this message on stderr.
    Msg(String),
    /// Writing stdout failed: a closed pipe ends quietly, anything else is exit 2.
    Write(std::io::Error),
}

/// The exit code after the reader of stdout went away (`timlint … | head -1`): the code a
/// shell reports for a process ended by SIGPIPE, so that `set -o pipefail` sees what it sees
/// for other tools, and no caller takes a half-written check for a pass.
pub const CLOSED_PIPE: u8 = 141;

/// The exit code of a command's result, with its message (if any) on stderr.
pub fn exit_code(result: Result<ExitCode, Fatal>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(Fatal::Write(e)) if e.kind() == ErrorKind::BrokenPipe => ExitCode::from(CLOSED_PIPE),
        Err(Fatal::Write(e)) => {
            warn(&format!("cannot write output: {e}"));
            ExitCode::from(2)
        }
        Err(Fatal::Msg(msg)) => {
            warn(&msg);
            ExitCode::from(2)
        }
    }
}

/// Ends clap's own exits (`--help`, `--version`, a usage error) like the commands': a help
/// text that could not be written is not a success.
pub fn clap_exit(e: &clap::Error) -> ExitCode {
    let printed = e.print().and_then(|()| std::io::stdout().flush());
    match printed {
        Err(failed) if !e.use_stderr() => exit_code(Err(Fatal::Write(failed))),
        _ => ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2)),
    }
}

/// `timlint: MSG` on stderr, made terminal-safe; a stderr that cannot be written is ignored
/// (there is nowhere left to say so).
pub fn warn(msg: &str) {
    let _ = writeln!(std::io::stderr().lock(), "timlint: {}", terminal_safe(msg));
}

/// Writes to stdout through a buffer, then flushes: every write failure is returned.
pub fn print(f: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<(), Fatal> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    f(&mut out).and_then(|()| out.flush()).map_err(Fatal::Write)
}

pub use timlint::render::run::terminal_safe;

/// A whole input, read no further than its cap.
pub enum Input {
    Text(String),
    /// Over the cap: its size when known (a file's metadata), else only that it is larger.
    TooLarge(Option<u64>),
}

/// Reads a whole input (a file, or stdin for `-`) as UTF-8, refusing it past `cap` bytes after
/// reading at most `cap + 1` (none, when the file's size already says it is too large).
pub fn read_input(path: &Path, cap: usize) -> Result<Input, Fatal> {
    let shown = path.display();
    let cannot = |e: std::io::Error| Fatal::Msg(format!("cannot read {shown}: {e}"));
    let bytes = if path.as_os_str() == "-" {
        read_capped(std::io::stdin().lock(), cap)
            .map_err(|e| Fatal::Msg(format!("cannot read stdin: {e}")))?
    } else {
        let file = std::fs::File::open(path).map_err(cannot)?;
        match file.metadata() {
            Ok(m) if m.is_file() && m.len() > u64::try_from(cap).unwrap_or(u64::MAX) => {
                return Ok(Input::TooLarge(Some(m.len())));
            }
            _ => read_capped(file, cap).map_err(cannot)?,
        }
    };
    let Some(bytes) = bytes else {
        return Ok(Input::TooLarge(None));
    };
    String::from_utf8(bytes).map(Input::Text).map_err(|e| {
        let shown = shown.to_string();
        Fatal::Msg(timlint::render::run::not_utf8(&shown, e.as_bytes()).unwrap_or(shown))
    })
}

/// The largest options file read (`--config`): real ones are a few hundred bytes.
const MAX_CONFIG_BYTES: usize = timlint::options::DEFAULT_MAX_INPUT_BYTES;

/// Reads an options file (`--config`), refusing it past 1 MiB.
pub fn read_config(path: &Path) -> Result<String, Fatal> {
    match read_input(path, MAX_CONFIG_BYTES)? {
        Input::Text(text) => Ok(text),
        Input::TooLarge(_) => Err(Fatal::Msg(format!(
            "{} is larger than an options file may be ({MAX_CONFIG_BYTES} bytes)",
            path.display()
        ))),
    }
}

/// All of `r` if it holds at most `cap` bytes, else `None` after reading `cap + 1`.
fn read_capped(r: impl Read, cap: usize) -> std::io::Result<Option<Vec<u8>>> {
    let limit = u64::try_from(cap).unwrap_or(u64::MAX).saturating_add(1);
    let mut bytes = Vec::new();
    r.take(limit).read_to_end(&mut bytes)?;
    Ok((bytes.len() <= cap).then_some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capped_reads_stop_one_past_the_cap() {
        assert_eq!(read_capped(&b"abc"[..], 3).unwrap(), Some(b"abc".to_vec()));
        assert_eq!(read_capped(&b"abcd"[..], 3).unwrap(), None);
        assert_eq!(read_capped(std::io::repeat(0), 10).unwrap(), None);
        assert_eq!(
            read_capped(&b"abc"[..], usize::MAX).unwrap(),
            Some(b"abc".to_vec())
        );
    }
}
