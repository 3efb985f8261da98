//! Which options file an input is checked with: `--config FILE` for every input, else the
//! nearest `timlint.json` in the input's directory or one above it (for stdin, from the
//! current directory), else none; `--no-config` turns both off.

use std::path::{Path, PathBuf};

use crate::streams::Fatal;

/// The name of the options file `check` looks for.
pub const FILE_NAME: &str = "timlint.json";

pub struct Configs {
    /// `--config FILE`.
    pub explicit: Option<PathBuf>,
    /// `--no-config`.
    pub off: bool,
}

impl Configs {
    /// The options file for `input`, if any: from its directory up (`-`: the current one).
    pub fn for_input(&self, input: &Path) -> Result<Option<PathBuf>, String> {
        let dir = match input.parent() {
            Some(dir) if input.as_os_str() != "-" => dir,
            _ => Path::new("."),
        };
        self.for_dir(dir)
    }

    /// The options file for the files of directory `dir`, if any. A `timlint.json` that is
    /// there but cannot be looked at (a link into a directory closed to us, a link loop) or is
    /// not a file is an error: checking with no options instead would pass what it forbids.
    pub fn for_dir(&self, dir: &Path) -> Result<Option<PathBuf>, String> {
        if self.off {
            return Ok(None);
        }
        if let Some(file) = &self.explicit {
            return Ok(Some(file.clone()));
        }
        for dir in absolute(dir).ancestors() {
            let file = dir.join(FILE_NAME);
            match std::fs::metadata(&file) {
                Ok(m) if m.is_file() => return Ok(Some(file)),
                Ok(_) => return Err(format!("{} is not a file", file.display())),
                // Nothing by that name (not even a link to nothing): look further up.
                Err(e)
                    if e.kind() == std::io::ErrorKind::NotFound
                        && std::fs::symlink_metadata(&file).is_err() => {}
                Err(e) => return Err(format!("cannot read {}: {e}", file.display())),
            }
        }
        Ok(None)
    }
}

/// A path as `--verbose` shows it: relative to the current directory when under it.
pub fn shown(path: &Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    path.strip_prefix(&cwd)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// The keys of an options file that are the CLI's, not [`timlint::Options`]'.
const CLI_KEYS: [&str; 2] = ["include", "exclude"];

/// An options file's text without the CLI's keys (as it is when it has none, so that the
/// options reader's messages point into it), and those keys' globs: `(include, exclude)`.
pub fn split(text: &str) -> Result<(String, Vec<String>, Vec<String>), String> {
    let map = match serde_json::from_str(text) {
        Ok(serde_json::Value::Object(map)) if CLI_KEYS.iter().any(|k| map.contains_key(*k)) => {
            Some(map)
        }
        // Not JSON, not an object, or no key of ours: the options reader judges it.
        _ => None,
    };
    let Some(mut map) = map else {
        return Ok((text.to_string(), Vec::new(), Vec::new()));
    };
    let mut globs = CLI_KEYS.map(|key| match map.remove(key) {
        None => Ok(Vec::new()),
        Some(serde_json::Value::Array(items)) => items
            .into_iter()
            .map(|g| match g {
                serde_json::Value::String(g) => Ok(g),
                _ => Err(format!("`{key}` must be an array of glob strings")),
            })
            .collect(),
        Some(_) => Err(format!("`{key}` must be an array of glob strings")),
    });
    let exclude = std::mem::replace(&mut globs[1], Ok(Vec::new()))?;
    let include = std::mem::replace(&mut globs[0], Ok(Vec::new()))?;
    Ok((serde_json::Value::Object(map).to_string(), include, exclude))
}

/// Which files a directory stands for: those the `include` globs match (by default, the
/// payload extensions), but for those the `exclude` globs match. A glob is matched against
/// the path relative to its base (the options file's directory; the current directory for
/// `--exclude`); one without a `/` matches a name at any depth, as in `.gitignore`.
pub struct Filter {
    include: Option<(PathBuf, globset::GlobSet)>,
    exclude: Vec<(PathBuf, globset::GlobSet)>,
}

impl Filter {
    /// The filter of the options file `config` (its `include` and `exclude`, read within the
    /// options cap) and `--exclude`.
    pub fn new(config: Option<&Path>, cli_exclude: &[String]) -> Result<Filter, Fatal> {
        let mut filter = Filter {
            include: None,
            exclude: Vec::new(),
        };
        if let Some(file) = config {
            let text = crate::streams::read_config(file)?;
            let in_file = |e: String| Fatal::Msg(format!("{}: {e}", file.display()));
            let (_, include, exclude) = split(&text).map_err(in_file)?;
            let base = absolute(file.parent().unwrap_or(Path::new(".")));
            if !include.is_empty() {
                filter.include = Some((base.clone(), globs(&include).map_err(in_file)?));
            }
            filter
                .exclude
                .push((base, globs(&exclude).map_err(in_file)?));
        }
        let cwd = absolute(Path::new("."));
        filter
            .exclude
            .push((cwd, globs(cli_exclude).map_err(Fatal::Msg)?));
        Ok(filter)
    }

    /// True when a glob of `exclude` matches `path`.
    pub fn excluded(&self, path: &Path) -> bool {
        let path = absolute(path);
        self.exclude.iter().any(|(base, set)| {
            path.strip_prefix(base)
                .is_ok_and(|relative| set.is_match(relative))
        })
    }

    /// Whether `include` takes `path`: `None` when the file has no `include`.
    pub fn included(&self, path: &Path) -> Option<bool> {
        let (base, set) = self.include.as_ref()?;
        let path = absolute(path);
        Some(path.strip_prefix(base).is_ok_and(|r| set.is_match(r)))
    }
}

/// `path` made absolute (as it is, when that fails).
fn absolute(path: &Path) -> PathBuf {
    let path = if path.as_os_str().is_empty() {
        Path::new(".")
    } else {
        path
    };
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// A set of gitignore-like globs: `*` stays within a path segment, and a glob without a `/`
/// matches a name at any depth.
fn globs(patterns: &[String]) -> Result<globset::GlobSet, String> {
    let mut set = globset::GlobSetBuilder::new();
    for p in patterns {
        let anywhere = if p.contains('/') {
            p.trim_start_matches("./").to_string()
        } else {
            format!("**/{p}")
        };
        let glob = globset::GlobBuilder::new(&anywhere)
            .literal_separator(true)
            .build()
            .map_err(|e| format!("bad glob `{p}`: {e}"))?;
        set.add(glob);
    }
    set.build().map_err(|e| e.to_string())
}
