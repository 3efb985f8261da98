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
    /// Not UTF-8: the bytes as read, for the core's verdict on them (`invalid-json`).
    NotUtf8(Vec<u8>),
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
    Ok(match String::from_utf8(bytes) {
        Ok(text) => Input::Text(text),
        Err(e) => Input::NotUtf8(e.into_bytes()),
    })
}

/// The largest options file read (`--config`): real ones are a few hundred bytes.
const MAX_CONFIG_BYTES: usize = timlint::options::DEFAULT_MAX_INPUT_BYTES;

/// Reads an options file (`--config`), refusing it past 1 MiB.
pub fn read_config(path: &Path) -> Result<String, Fatal> {
    match read_input(path, MAX_CONFIG_BYTES)? {
        Input::Text(text) => Ok(text),
        Input::NotUtf8(bytes) => {
            let shown = path.display().to_string();
            Err(Fatal::Msg(
                timlint::render::run::not_utf8(&shown, &bytes).unwrap_or(shown),
            ))
        }
        Input::TooLarge(_) => Err(Fatal::Msg(format!(
            "{} is larger than an options file may be ({MAX_CONFIG_BYTES} bytes)",
            path.display()
        ))),
    }
}

/// Writes `fixed` over the file `path`, which held `original` when it was read, or says why
/// not (the file is then as it was). The text goes to a new file beside it
/// (`.NAME.timlint-PID-N.tmp`, with the file's owner and mode, synced), which is renamed over
/// it, so that a failed write (a full disk, `ulimit -f`) never leaves it cut short. A link
/// named on the command line is followed: the file it points to is replaced, the link stays.
/// Refused: what is not a regular file (opening a FIFO for writing would wait for a reader), a
/// file with other hard links (they would keep the old text), and a file that changed since
/// it was read (another program's edit would be lost).
///
/// Built for WASI (`npx timlint`), the program can neither see nor set owners, modes and link
/// counts: the host (pkg/bin/timlint.js) does that part in the rename, its one hand-off. It
/// creates files 0600 (its umask), and when renaming a `.NAME.timlint-*.tmp` file over a file
/// it refuses one with other hard links (EMLINK: said here as natively), gives the new file
/// the file's owner and mode, and syncs it; any failure is the rename's error. Under WASI the
/// file is known to be unchanged by its bytes alone (no device and inode numbers).
pub fn write_fixed(path: &Path, original: &str, fixed: &str) -> Result<(), String> {
    let shown = path.display();
    let hard_links =
        || format!("cannot fix {shown}: it has other hard links, which would keep the old text");
    let cannot = |e: std::io::Error| format!("cannot write {shown}: {e}");
    let real = real_path(path).map_err(cannot)?;
    let meta = std::fs::metadata(&real).map_err(cannot)?;
    if !meta.is_file() {
        return Err(format!("cannot fix {shown}: not a regular file"));
    }
    #[cfg(unix)]
    if std::os::unix::fs::MetadataExt::nlink(&meta) > 1 {
        return Err(hard_links());
    }
    let (temp, mut file) = create_beside(&real).map_err(cannot)?;
    let written = fill(&mut file, fixed, &meta).map_err(cannot);
    drop(file);
    let result = written
        .and_then(|()| match unchanged(&real, &meta, original) {
            Ok(true) => Ok(()),
            Ok(false) => Err(format!(
                "{shown} changed while it was being fixed: not written, left as it is now"
            )),
            Err(e) => Err(cannot(e)),
        })
        .and_then(|()| {
            std::fs::rename(&temp, &real).map_err(|e| match e.kind() {
                // The WASI host's refusal (above); a native rename of a file never says it.
                ErrorKind::TooManyLinks => hard_links(),
                _ => cannot(e),
            })
        });
    match result {
        Ok(()) => {
            // The rename itself on disk: best effort (not every system syncs a directory).
            if let Some(dir) = real.parent() {
                let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
            }
            Ok(())
        }
        Err(e) => {
            let _ = std::fs::remove_file(&temp);
            Err(e)
        }
    }
}

/// `path` with the links it names followed to the file, as `canonicalize` gives it. WASI's C
/// library has no `realpath`: there the links are read in turn (the host follows the
/// directories' own), after `metadata` has followed them all (a loop or a dangling link is its
/// error, as natively).
fn real_path(path: &Path) -> std::io::Result<std::path::PathBuf> {
    if !cfg!(target_os = "wasi") {
        return std::fs::canonicalize(path);
    }
    std::fs::metadata(path)?;
    let mut path = path.to_path_buf();
    // Linux follows at most 40 links; `metadata` succeeded, so there are fewer.
    for _ in 0..40 {
        match std::fs::read_link(&path) {
            Ok(target) => path = path.parent().unwrap_or(Path::new("")).join(target),
            Err(e) if e.kind() == ErrorKind::InvalidInput => return Ok(path),
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// A new file in the directory of `file`, readable by its owner only until [`fill`] gives it
/// the file's mode; a name no other file has.
fn create_beside(file: &Path) -> std::io::Result<(std::path::PathBuf, std::fs::File)> {
    let dir = file.parent().unwrap_or(Path::new("."));
    let name = file.file_name().unwrap_or_default();
    // The process ID; WASI has none (std panics asking), so there a random number.
    let tag = if cfg!(target_os = "wasi") {
        std::hash::BuildHasher::hash_one(&std::hash::RandomState::new(), 0) % 1_000_000_000
    } else {
        u64::from(std::process::id())
    };
    let mut n = 0;
    loop {
        let mut temp = std::ffi::OsString::from(".");
        temp.push(name);
        temp.push(format!(".timlint-{tag}-{n}.tmp"));
        let temp = dir.join(temp);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&temp) {
            Ok(f) => return Ok((temp, f)),
            Err(e) if e.kind() == ErrorKind::AlreadyExists && n < 100 => n += 1,
            Err(e) => return Err(e),
        }
    }
}

/// Writes `text` into the new file and gives it the owner (first: a change of owner clears
/// set-user-ID bits) and mode of `like`, then syncs it. (Under WASI the host gives both in
/// the rename: see [`write_fixed`].)
fn fill(file: &mut std::fs::File, text: &str, like: &std::fs::Metadata) -> std::io::Result<()> {
    file.write_all(text.as_bytes())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let now = file.metadata()?;
        let (uid, gid) = (like.uid(), like.gid());
        if (now.uid(), now.gid()) != (uid, gid) {
            std::os::unix::fs::fchown(&*file, Some(uid), Some(gid)).map_err(|e| {
                let why = format!("the fixed file cannot be given its owner ({uid}:{gid}): {e}");
                std::io::Error::new(e.kind(), why)
            })?;
        }
    }
    #[cfg(not(target_os = "wasi"))]
    file.set_permissions(like.permissions())?;
    #[cfg(target_os = "wasi")]
    let _ = like;
    file.sync_all()
}

/// Whether `path` is still the file `was` (same device and inode) and holds `original`.
fn unchanged(path: &Path, was: &std::fs::Metadata, original: &str) -> std::io::Result<bool> {
    let file = std::fs::File::open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let now = file.metadata()?;
        if (now.dev(), now.ino()) != (was.dev(), was.ino()) {
            return Ok(false);
        }
    }
    #[cfg(not(unix))]
    let _ = was;
    let now = read_capped(file, original.len())?;
    Ok(now.is_some_and(|now| now == original.as_bytes()))
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

    /// A file of `text` in a directory of its own.
    fn file_in_own_dir(test: &str, text: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("timlint-streams-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.json");
        std::fs::write(&path, text).unwrap();
        path
    }

    /// Issue #26, item 5: a file changed between its read and the write (another program
    /// appended to it, or wrote it anew) is not overwritten, and no temporary file stays.
    #[test]
    fn a_file_changed_since_it_was_read_is_not_written() {
        for (test, now) in [("appended", "{}\n{\"more\": 1}"), ("rewritten", "[]")] {
            let path = file_in_own_dir(test, now);
            let said = write_fixed(&path, "{}", "{\"fixed\": 1}").unwrap_err();
            assert!(said.contains("changed while it was being fixed"), "{said}");
            assert_eq!(std::fs::read_to_string(&path).unwrap(), now);
            let dir = path.parent().unwrap();
            assert_eq!(
                std::fs::read_dir(dir).unwrap().count(),
                1,
                "a file left in {dir:?}"
            );
        }
        // Unchanged: written, through the rename.
        let path = file_in_own_dir("unchanged", "{}");
        write_fixed(&path, "{}", "{\"fixed\": 1}").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"fixed\": 1}");
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
