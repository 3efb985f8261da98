//! The shared corpus as the library's test binaries read it: every fixture under
//! `tests/corpus/<dialect>/<rule-id>/`, its options and its sibling files. The CLI's and the
//! wasm crate's tests include it too (`#[path]`); each binary uses part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use timlint::{Api, Dialect, Options};

pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

/// Every fixture: (dialect, rule directory, payload path). create_group's are in
/// `<dialect>/<rule-id>/`, another call's in `<api>/<dialect>/<rule-id>/` ([`api_of`]).
pub fn fixtures() -> Vec<(Dialect, String, PathBuf)> {
    let mut out = Vec::new();
    let mut dirs = Vec::new();
    for d in std::fs::read_dir(corpus_dir()).expect("tests/corpus exists") {
        let d = d.unwrap().path();
        let name = d.file_name().unwrap().to_str().unwrap().to_string();
        if !d.is_dir() {
            continue; // README.md
        }
        if Api::from_name(&name).is_some() {
            for sub in std::fs::read_dir(&d).unwrap() {
                dirs.push(sub.unwrap().path());
            }
        } else {
            dirs.push(d);
        }
    }
    for d in dirs {
        let dialect =
            Dialect::parse(d.file_name().unwrap().to_str().unwrap()).expect("dialect directory");
        for r in std::fs::read_dir(&d).unwrap() {
            let r = r.unwrap().path();
            let rule = r.file_name().unwrap().to_str().unwrap().to_string();
            for f in std::fs::read_dir(&r).unwrap() {
                let f = f.unwrap().path();
                let name = f.file_name().unwrap().to_str().unwrap();
                if is_payload(name) {
                    out.push((dialect, rule.clone(), f));
                }
            }
        }
    }
    out.sort_by(|a, b| a.2.cmp(&b.2));
    out
}

pub fn is_payload(name: &str) -> bool {
    (name.ends_with(".json") && !name.ends_with(".options.json"))
        || name.ends_with(".jsonc")
        || name.ends_with(".txt")
}

pub fn sibling(payload: &Path, ext: &str) -> PathBuf {
    let name = payload.file_name().unwrap().to_str().unwrap();
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    payload.with_file_name(format!("{stem}.{ext}"))
}

pub fn options_for(dialect: Dialect, payload: &Path) -> Options {
    let path = sibling(payload, "options.json");
    let mut opts: Options = match std::fs::read_to_string(&path) {
        Ok(text) => {
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        }
        Err(_) => Options::default(),
    };
    opts.dialect = dialect;
    opts.api = api_of(payload);
    opts
}

/// The call of a fixture: the folder under `tests/corpus/` when it names one, else
/// create_group.
pub fn api_of(payload: &Path) -> Api {
    let rel = payload.strip_prefix(corpus_dir()).unwrap_or(payload);
    rel.components()
        .next()
        .and_then(|c| c.as_os_str().to_str())
        .and_then(Api::from_name)
        .unwrap_or_default()
}

/// A checked-in generated file (`path` from the repository's root) is `want`; with
/// `TIMLINT_BLESS` set, it is rewritten instead. `test` names the test binary that makes it.
pub fn generated_file(path: &str, want: &str, test: &str) {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path);
    if std::env::var_os("TIMLINT_BLESS").is_some() {
        std::fs::write(&full, want).unwrap();
        return;
    }
    let got = std::fs::read_to_string(&full).unwrap_or_default();
    assert!(
        got == want,
        "{path} is stale: run TIMLINT_BLESS=1 cargo test -p timlint --test {test}"
    );
}
