//! `truncate_to_bytes`: the output fits, is a prefix, ends on a grapheme boundary, and is the
//! longest such prefix.
#![no_main]

use libfuzzer_sys::fuzz_target;
use timlint::suggest::{graphemes, truncate_to_bytes};
use unicode_segmentation::UnicodeSegmentation;

fuzz_target!(|input: (String, u16)| {
    let (text, max) = (&input.0, usize::from(input.1) % (input.0.len() + 8));
    let out = truncate_to_bytes(text, max);
    assert!(out.len() <= max, "{} bytes > {max}", out.len());
    assert!(text.starts_with(out), "not a prefix");
    let bounds: Vec<usize> = text
        .grapheme_indices(true)
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    assert!(
        bounds.contains(&out.len()),
        "cut inside a grapheme at {}",
        out.len()
    );
    // Longest: the next grapheme boundary after the cut does not fit.
    if let Some(&next) = bounds.iter().find(|&&b| b > out.len()) {
        assert!(next > max, "a longer prefix ({next} bytes) fits in {max}");
    }
    assert!(graphemes(out) <= graphemes(text));
});
