//! One direction of dependency in crates/timlint: each module uses only the modules of lower
//! layers (and its own), never one above it, so there is no import cycle. The layers, bottom
//! up, as `lib.rs` declares them: the error type, the reader and small helpers; options; the
//! vocabularies; the dialect model; diagnostics; the rules; the validator (`lib.rs`); the
//! typed request; the converter and the schema; the printers.

use std::path::Path;

const LAYERS: &[&[&str]] = &[
    &["error", "json", "pointer", "seen", "suggest", "write"],
    &["options"],
    &["domain"],
    &["model"],
    &["diagnostic"],
    &["rules"],
    &["lib"],
    &["request"],
    &["convert", "schema"],
    &["render"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The modules a source file names (`crate::x`, and in lib.rs a bare `x::`), outside its
/// tests, comments and (in lib.rs) the `pub use` / `mod` lines of the crate's front.
fn uses(text: &str, is_lib: bool) -> Vec<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    let mut found = Vec::new();
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//")
            || (is_lib && (line.starts_with("pub use ") || line.starts_with("pub mod ")))
        {
            continue;
        }
        let line = line.split("//").next().unwrap_or("");
        let mut names: Vec<&str> = line
            .match_indices("crate::")
            .map(|(i, _)| &line[i + 7..])
            .collect();
        if is_lib {
            names.extend(LAYERS.iter().flat_map(|l| l.iter()).filter_map(|m| {
                let at = line.find(&format!("{m}::"))?;
                let before = line[..at].chars().last();
                (!before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':'))
                    .then(|| &line[at..])
            }));
        }
        for rest in names {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // `crate::{A, B}` and `crate::item`: the crate's front (lib.rs) re-exports them.
            found.push(if layer(&name).is_some() {
                name
            } else {
                "lib".to_string()
            });
        }
    }
    found
}

#[test]
fn no_module_uses_one_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let mut dirs = vec![src.clone()];
    while let Some(dir) = dirs.pop() {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                files.push(p);
            }
        }
    }
    let mut wrong = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let module = first.trim_end_matches(".rs").to_string();
        let own =
            layer(&module).unwrap_or_else(|| panic!("{}: add its module to LAYERS", rel.display()));
        let text = std::fs::read_to_string(f).unwrap();
        for used in uses(&text, module == "lib") {
            let theirs = layer(&used).unwrap();
            if theirs > own && used != module {
                wrong.push(format!(
                    "{} ({module}) uses {used}, a layer above",
                    rel.display()
                ));
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "upward dependencies:\n{}",
        wrong.join("\n")
    );
}

/// The check itself catches an upward use, in both forms.
#[test]
fn an_upward_use_is_found() {
    assert_eq!(uses("use crate::rules::Ctx;\n", false), ["rules"]);
    assert_eq!(uses("let x = crate::render::json::f();", false), ["render"]);
    assert_eq!(uses("use crate::{Options, validate};", false), ["lib"]);
    assert_eq!(
        uses("let d = rules::check(x);\npub use render::templates;", true),
        ["rules"]
    );
    assert!(uses("// crate::render\n#[cfg(test)]\nuse crate::render;", false).is_empty());
}
