//! The npm package's `timlint` command (`npx timlint check`): a run of `timlint check` over
//! inputs the JS side reads, printed by the same code as the Rust CLI's
//! (`timlint::render::run`), so the two print the same bytes. Only the `cli` module
//! (pkg/dist/cli/) has it: it writes prose, which pages never load.

use timlint::render::run::{Format, Run, not_utf8};
use timlint::{Dialect, Validator};
use wasm_bindgen::prelude::*;

use crate::parse_options;

/// One run: its format and counts, and a validator per options text (each input is checked
/// with its own options file's, as the CLI does). The methods return what to print next.
#[wasm_bindgen]
pub struct CheckRun {
    run: Run,
    validators: Vec<(String, Validator)>,
}

/// A run printing `format` (`text`, `json`, `sarif`, `github`), in colour or not, in the
/// language of `options` (the `--config` JSON shape: the current directory's options and the
/// flags); bad options or format throw their message.
#[wasm_bindgen(js_name = checkRun)]
pub fn check_run(
    options: &str,
    format: &str,
    snippets: bool,
    color: bool,
) -> Result<CheckRun, String> {
    let opts = parse_options(options)?;
    let format = Format::parse(format).ok_or_else(|| {
        format!("timlint: unknown format `{format}` (text, json, sarif or github)")
    })?;
    let mut run = Run::new(format, opts.lang, opts.dialect == Dialect::Auto, snippets);
    run.color = color;
    Ok(CheckRun {
        run,
        validators: Vec::new(),
    })
}

/// What `f` writes (the printers write UTF-8; writing to a Vec cannot fail).
fn printed(f: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    let _ = f(&mut out);
    String::from_utf8(out).unwrap_or_default()
}

impl CheckRun {
    /// The validator of these options (made on first use); bad options throw their message.
    fn validator(&mut self, options: &str) -> Result<&mut Validator, String> {
        let at = match self.validators.iter().position(|(o, _)| o == options) {
            Some(at) => at,
            None => {
                let v = Validator::new(parse_options(options)?);
                self.validators.push((options.to_string(), v));
                self.validators.len() - 1
            }
        };
        let v = &mut self.validators[at].1;
        self.run.auto = v.options().dialect == Dialect::Auto;
        Ok(v)
    }
}

#[wasm_bindgen]
impl CheckRun {
    /// What comes before the first verdict.
    pub fn start(&mut self) -> String {
        printed(|out| self.run.start(out))
    }

    /// The verdict on one input, checked with `options`; `name` is how it is shown. An input
    /// that is not UTF-8 is not checked: its message (the CLI's) is thrown, as are bad options.
    pub fn check(&mut self, src: &[u8], name: &str, options: &str) -> Result<String, String> {
        let src = std::str::from_utf8(src).map_err(|_| not_utf8(name, src).unwrap_or_default())?;
        let report = self.validator(options)?.validate(src);
        Ok(printed(|out| {
            self.run.emit(out, name, name, Some(src), &report)
        }))
    }

    /// The verdict on an input over `maxInputBytes`, not read whole: `size` bytes, or a
    /// negative `size` for a stream read one byte past the cap.
    #[wasm_bindgen(js_name = tooLarge)]
    pub fn too_large(&mut self, size: f64, name: &str, options: &str) -> Result<String, String> {
        let v = self.validator(options)?;
        let report = if size < 0.0 {
            v.too_large_unread()
        } else {
            // Saturating, as `as` converts: a size past usize::MAX is over any cap.
            v.too_large(size as usize)
        };
        Ok(printed(|out| self.run.emit(out, name, name, None, &report)))
    }

    /// `maxInputBytes` of these options: a larger input is not read.
    #[wasm_bindgen(js_name = maxInputBytes)]
    pub fn max_input_bytes(&mut self, options: &str) -> Result<f64, String> {
        Ok(self.validator(options)?.options().max_input_bytes as f64)
    }

    /// What comes after the last verdict.
    pub fn finish(&mut self) -> String {
        printed(|out| self.run.finish(out))
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
