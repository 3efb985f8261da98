//! Which options file an input is checked with: `--config FILE` for every input, else the
//! nearest `timlint.json` in the input's directory or one above it (for stdin, from the
//! current directory), else none; `--no-config` turns both off.

use std::path::{Path, PathBuf};

/// The name of the options file `check` looks for.
pub const FILE_NAME: &str = "timlint.json";

pub struct Configs {
    /// `--config FILE`.
    pub explicit: Option<PathBuf>,
    /// `--no-config`.
    pub off: bool,
}

impl Configs {
    /// The options file for `input`, if any.
    pub fn for_input(&self, input: &Path) -> Option<PathBuf> {
        if self.off {
            return None;
        }
        self.explicit.clone().or_else(|| nearest(input))
    }
}

/// The nearest `timlint.json` up from `input`'s directory (`-`: the current directory).
fn nearest(input: &Path) -> Option<PathBuf> {
    let dir = match input.parent() {
        Some(dir) if input.as_os_str() != "-" && !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let dir = std::path::absolute(dir).ok()?;
    dir.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|file| file.is_file())
}

/// A path as `--verbose` shows it: relative to the current directory when under it.
pub fn shown(path: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    path.strip_prefix(&cwd)
        .unwrap_or(path)
        .display()
        .to_string()
}
