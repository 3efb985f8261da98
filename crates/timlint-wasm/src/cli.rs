//! The npm package's `timlint` command (`npx timlint check`): a run of `timlint check` over
//! inputs the JS side reads, printed by the same code as the Rust CLI's
//! (`timlint::render::run`), so the two print the same bytes. Only the `cli` module
//! (pkg/dist/cli/) has it: it writes prose, which pages never load.

use timlint::render::run::{Format, Run, not_utf8};
use timlint::{Dialect, Validator};
use wasm_bindgen::prelude::*;

use crate::parse_options;

/// One run: its options, format and counts. The methods return what to print next.
#[wasm_bindgen]
pub struct CheckRun {
    run: Run,
    validator: Validator,
}

/// A run with these options (the `--config` JSON shape) and format (`text`, `json`, `sarif`,
/// `github`); bad options or format throw their message.
#[wasm_bindgen(js_name = checkRun)]
pub fn check_run(options: &str, format: &str, snippets: bool) -> Result<CheckRun, String> {
    let opts = parse_options(options)?;
    let format = Format::parse(format).ok_or_else(|| {
        format!("timlint: unknown format `{format}` (text, json, sarif or github)")
    })?;
    let run = Run::new(format, opts.lang, opts.dialect == Dialect::Auto, snippets);
    Ok(CheckRun {
        run,
        validator: Validator::new(opts),
    })
}

/// What `f` writes (the printers write UTF-8; writing to a Vec cannot fail).
fn printed(f: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    let _ = f(&mut out);
    String::from_utf8(out).unwrap_or_default()
}

#[wasm_bindgen]
impl CheckRun {
    /// What comes before the first verdict.
    pub fn start(&mut self) -> String {
        printed(|out| self.run.start(out))
    }

    /// The verdict on one input; `name` is how it is shown. An input that is not UTF-8 is
    /// not checked: its message (the CLI's) is thrown.
    pub fn check(&mut self, src: &[u8], name: &str) -> Result<String, String> {
        let src = std::str::from_utf8(src).map_err(|_| not_utf8(name, src).unwrap_or_default())?;
        let report = self.validator.validate(src);
        Ok(printed(|out| {
            self.run.emit(out, name, name, Some(src), &report)
        }))
    }

    /// The verdict on an input over `maxInputBytes`, not read whole: `size` bytes, or a
    /// negative `size` for a stream read one byte past the cap.
    #[wasm_bindgen(js_name = tooLarge)]
    pub fn too_large(&mut self, size: f64, name: &str) -> String {
        let report = if size < 0.0 {
            self.validator.too_large_unread()
        } else {
            // Saturating, as `as` converts: a size past usize::MAX is over any cap.
            self.validator.too_large(size as usize)
        };
        printed(|out| self.run.emit(out, name, name, None, &report))
    }

    /// What comes after the last verdict.
    pub fn finish(&mut self) -> String {
        printed(|out| self.run.finish(out))
    }

    /// `maxInputBytes` of the options: a larger input is not read.
    #[wasm_bindgen(getter, js_name = maxInputBytes)]
    pub fn max_input_bytes(&self) -> f64 {
        self.validator.options().max_input_bytes as f64
    }

    /// Inputs with at least one error.
    #[wasm_bindgen(getter)]
    pub fn failing(&self) -> u32 {
        u32::try_from(self.run.failing).unwrap_or(u32::MAX)
    }

    /// Warnings in all inputs.
    #[wasm_bindgen(getter)]
    pub fn warnings(&self) -> u32 {
        u32::try_from(self.run.warnings).unwrap_or(u32::MAX)
    }
}
