//! js/graphemes.js cuts runs of its SAFE characters itself, without asking Intl.Segmenter: it
//! takes a boundary between any two of them. Checked here for every character of every SAFE
//! range, next to characters from every range, with the native build's Unicode tables (the
//! CLI's, through `timlint::suggest::graphemes`).

use timlint::suggest::graphemes;

/// The (first, last) ranges of the `const SAFE = [...]` line of js/graphemes.js.
fn safe_ranges() -> Vec<(u32, u32)> {
    let js = include_str!("../js/graphemes.js");
    let line = js
        .lines()
        .find(|l| l.starts_with("const SAFE = ["))
        .expect("a `const SAFE = [...]` line");
    let inner = &line[line.find('[').unwrap() + 1..line.find(']').unwrap()];
    let numbers: Vec<u32> = inner
        .split(',')
        .map(|n| u32::from_str_radix(n.trim().trim_start_matches("0x"), 16).unwrap())
        .collect();
    assert!(numbers.len().is_multiple_of(2) && !numbers.is_empty());
    let ranges: Vec<(u32, u32)> = numbers.chunks(2).map(|p| (p[0], p[1])).collect();
    // In order and within the BMP (the JS compares UTF-16 code units).
    assert!(ranges.windows(2).all(|w| w[0].1 < w[1].0));
    assert!(
        ranges
            .iter()
            .all(|&(a, b)| a <= b && b < 0xd800 || (0xe000..=0xffff).contains(&a))
    );
    ranges
}

#[test]
fn safe_characters_never_join() {
    let ranges = safe_ranges();
    let chars: Vec<char> = ranges
        .iter()
        .flat_map(|&(a, b)| (a..=b).filter_map(char::from_u32))
        .collect();
    // Neighbours: each range's ends and middle, and the special members (controls, LF, ©, ®,
    // the soft hyphen).
    let mut probes: Vec<char> = ranges
        .iter()
        .flat_map(|&(a, b)| [a, (a + b) / 2, b])
        .filter_map(char::from_u32)
        .collect();
    probes.extend([
        '\0', '\t', '\n', '\u{b}', '\u{c}', '\u{7f}', '\u{85}', '\u{a9}', '\u{ad}', '\u{ae}',
    ]);
    probes.extend(['x', 'é', '中', '한', 'あ', 'ア', 'Ａ']);
    for &c in &chars {
        let mut text = String::new();
        for &p in &probes {
            text.push(p);
            text.push(c);
        }
        text.push(c);
        assert_eq!(
            graphemes(&text),
            text.chars().count(),
            "U+{:04X} joins a neighbour",
            u32::from(c)
        );
    }
    assert!(chars.len() > 35_000);
}

#[test]
fn what_is_left_out_does_join() {
    // The range list is not wider than it should be: each of these joins its neighbour.
    let ranges = safe_ranges();
    let inside = |c: char| ranges.iter().any(|&(a, b)| (a..=b).contains(&u32::from(c)));
    for (pair, what) in [
        ("\r\n", "CR LF"),
        ("e\u{301}", "a combining mark (Extend)"),
        ("\u{915}\u{93f}", "a spacing mark"),
        ("\u{600}1", "a prepended mark"),
        ("\u{1100}\u{1161}", "Hangul L V"),
        ("\u{ac00}\u{11a8}", "Hangul LV T"),
        ("\u{30ab}\u{3099}", "a kana voicing mark"),
        ("a\u{200d}", "ZWJ"),
    ] {
        assert_eq!(graphemes(pair), 1, "{what}");
        assert!(pair.chars().any(|c| !inside(c)), "{what}: inside SAFE");
    }
}
