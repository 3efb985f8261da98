//! Reading inputs within a byte cap, writing stdout with every failure seen, and printing
//! names from outside (file names, option keys) so that a terminal shows them, not obeys them.

use std::borrow::Cow;
use std::fmt::Write as _;
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

/// Text from outside as printed to a terminal: control characters (the tab and newline
/// included) and the bidirectional formatting characters become `\u001b`-style escapes.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    let unsafe_char = |ch: char| {
        ch.is_control()
            || matches!(ch, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(unsafe_char) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        if unsafe_char(ch) {
            let _ = write!(out, "\\u{:04x}", u32::from(ch));
        } else {
            out.push(ch);
        }
    }
    out.into()
}

/// A file name as a URI reference (SARIF's `artifactLocation.uri`): every byte but the
/// unreserved characters and `/` is percent-encoded, `:` included (a colon in the first
/// segment would read as a scheme).
pub fn uri(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for &b in name.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

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
        let at = e.utf8_error().valid_up_to();
        let (line, col) = timlint::json::line_col(std::str::from_utf8(&e.as_bytes()[..at]).unwrap_or(""), at);
        Fatal::Msg(format!(
            "{shown} is not UTF-8 (invalid byte at offset {at}, line {line}, column {col}); save it as UTF-8"
        ))
    })
}

/// The largest options file read (`--config`): real ones are a few hundred bytes.
const MAX_CONFIG_BYTES: usize = 1 << 20;

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
    fn names_are_escaped_for_the_terminal() {
        assert_eq!(terminal_safe("a.json"), "a.json");
        assert_eq!(
            terminal_safe("a\x1b[2J\u{202e}\n.json"),
            "a\\u001b[2J\\u202e\\u000a.json"
        );
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri("dir/a-b_c.json"), "dir/a-b_c.json");
        assert_eq!(uri("a b%#?:é.json"), "a%20b%25%23%3F%3A%C3%A9.json");
    }

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
