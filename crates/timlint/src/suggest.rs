//! Help builders: "did you mean", byte counting and cutting on grapheme boundaries.

#[cfg(feature = "unicode-segmentation")]
use unicode_segmentation::UnicodeSegmentation;

/// Edit distance (Levenshtein) between two short strings, counted in characters, ignoring
/// ASCII case. Names and values compared here are ASCII; ASCII folding keeps Unicode's case
/// tables out of the wasm download.
pub fn edit_distance(a: &str, b: &str) -> usize {
    bounded_distance(a, b, usize::MAX)
}

/// The edit distance when it is at most `max`; otherwise some number above `max` (the work
/// stops as soon as a whole row of the table is above it).
fn bounded_distance(a: &str, b: &str, max: usize) -> usize {
    // Short ASCII names, the usual case: lowercased once into stack buffers, then compared
    // byte for byte (no case folding and no UTF-8 decoding in the inner loop).
    let (mut x, mut y) = ([0u8; 48], [0u8; 48]);
    if let (Some(x), Some(y)) = (lower(a, &mut x), lower(b, &mut y)) {
        return distance(x, y, max, u8::eq);
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    distance(&a, &b, max, char::eq_ignore_ascii_case)
}

/// `s` lowercased into `buf`, when it is ASCII and fits.
fn lower<'b>(s: &str, buf: &'b mut [u8; 48]) -> Option<&'b [u8]> {
    let out = buf.get_mut(..s.len()).filter(|_| s.is_ascii())?;
    out.copy_from_slice(s.as_bytes());
    out.make_ascii_lowercase();
    Some(out)
}

fn distance<T>(a: &[T], b: &[T], max: usize, same: impl Fn(&T, &T) -> bool) -> usize {
    let n = b.len();
    let mut small = [0usize; 48];
    let mut large = Vec::new();
    let row: &mut [usize] = if n < small.len() {
        &mut small[..=n]
    } else {
        large.resize(n + 1, 0);
        &mut large
    };
    for (j, r) in row.iter_mut().enumerate() {
        *r = j;
    }
    for (i, ca) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        let mut lowest = row[0];
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            let differ = !same(ca, cb);
            row[j + 1] = (above + 1).min(row[j] + 1).min(diag + usize::from(differ));
            lowest = lowest.min(row[j + 1]);
            diag = above;
        }
        if lowest > max {
            return lowest;
        }
    }
    row[n]
}

/// The candidate a user most likely meant: a case-insensitive match first, then the closest
/// within edit distance 2 (ignoring case), for inputs long enough for that to mean something.
pub fn did_you_mean<'c, I>(input: &str, candidates: I) -> Option<&'c str>
where
    I: IntoIterator<Item = &'c str>,
    I::IntoIter: Clone,
{
    let candidates = candidates.into_iter();
    if let Some(c) = candidates.clone().find(|c| c.eq_ignore_ascii_case(input)) {
        return Some(c).filter(|c| !c.is_empty());
    }
    let len = input.chars().count();
    let mut best: Option<(usize, &'c str)> = None;
    for c in candidates {
        let c_len = c.chars().count();
        // The distance is at least the difference in length: skip hopeless (or huge) inputs.
        if len.abs_diff(c_len) > 2 {
            continue;
        }
        let d = bounded_distance(input, c, 2);
        if d <= 2 && d < c_len && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// A string as a JSON string literal: quotes, backslashes and control characters escaped, any
/// other character as it is (so CJK and emoji stay readable, and a NUL shows as `\u0000`).
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `items` joined with `sep`: what `[S]::join` does, in a fraction of its code in the wasm.
pub fn join<S: AsRef<str>>(items: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(s.as_ref());
    }
    out
}

/// Where each grapheme of a text ends, as byte offsets in increasing order (the last is the
/// text's length). See [`set_grapheme_segmenter`].
pub type GraphemeSegmenter = fn(&str) -> Vec<usize>;

#[cfg(not(feature = "unicode-segmentation"))]
static SEGMENTER: std::sync::OnceLock<GraphemeSegmenter> = std::sync::OnceLock::new();

/// Supplies grapheme boundaries to a build without the `unicode-segmentation` feature (the npm
/// package's wasm takes them from the JS engine's `Intl.Segmenter` rather than carry Unicode's
/// tables). The first call wins; it returns whether it was that one. With the feature (the
/// default) the crate's own tables are used and this does nothing. A build without the
/// feature and without a segmenter counts code points.
pub fn set_grapheme_segmenter(segmenter: GraphemeSegmenter) -> bool {
    #[cfg(feature = "unicode-segmentation")]
    {
        let _ = segmenter;
        false
    }
    #[cfg(not(feature = "unicode-segmentation"))]
    SEGMENTER.set(segmenter).is_ok()
}

/// Where each grapheme ends (byte offsets), from the segmenter supplied, or code points.
#[cfg(not(feature = "unicode-segmentation"))]
fn grapheme_ends(text: &str) -> Vec<usize> {
    match SEGMENTER.get() {
        Some(segmenter) => segmenter(text),
        None => text.char_indices().map(|(i, c)| i + c.len_utf8()).collect(),
    }
}

/// Printable ASCII and CJK ideographs: Unicode's grapheme rules put a boundary between any
/// two of them, so a text made only of these has one grapheme per character, and most names
/// and notices are (no tables, no call out to a segmenter for them).
fn one_grapheme_per_char(text: &str) -> bool {
    text.chars()
        .all(|c| matches!(c, ' '..='~' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'))
}

/// Number of user-perceived characters (extended grapheme clusters).
pub fn graphemes(text: &str) -> usize {
    if one_grapheme_per_char(text) {
        return text.chars().count();
    }
    #[cfg(feature = "unicode-segmentation")]
    return text.graphemes(true).count();
    #[cfg(not(feature = "unicode-segmentation"))]
    grapheme_ends(text).len()
}

/// The longest text whose characters [`characters`] counts as graphemes; a longer one is
/// counted in code points. (The npm package segments with the JS engine's `Intl.Segmenter`,
/// about 40 times slower than the native tables on emoji: 0.2 s for 1 MiB.)
pub const GRAPHEME_COUNT_MAX: usize = 16 * 1024;

/// The characters of a text as a message gives them: graphemes ([`graphemes`]) up to
/// [`GRAPHEME_COUNT_MAX`] bytes, code points (Unicode characters) past it, so that the work
/// is bounded whatever the text; the two agree but for emoji sequences, flags and combining
/// marks. The same in every build, so that the CLI and the npm package say the same.
pub fn characters(text: &str) -> usize {
    if text.len() <= GRAPHEME_COUNT_MAX {
        graphemes(text)
    } else {
        text.chars().count()
    }
}

/// The longest prefix of `text` that fits in `max` UTF-8 bytes, cut between graphemes, so an
/// emoji, a flag or a letter with its combining marks is never split. Only a prefix a little
/// longer than `max` is looked at (a boundary depends only on the characters before it and
/// the one after it), so the work is bounded by `max`, not by the text.
pub fn truncate_to_bytes(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    // The characters up to `max` and at least one past it: every grapheme boundary at or
    // before `max` is found in it as in the whole text; its own end (past `max`) is not used.
    let mut cut = (max + 64).min(text.len());
    while !text.is_char_boundary(cut) {
        cut += 1;
    }
    let text = &text[..cut];
    if one_grapheme_per_char(text) {
        let end = (0..=max)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        return &text[..end];
    }
    let mut end = 0;
    #[cfg(feature = "unicode-segmentation")]
    for (i, g) in text.grapheme_indices(true) {
        if i + g.len() > max {
            break;
        }
        end = i + g.len();
    }
    #[cfg(not(feature = "unicode-segmentation"))]
    for e in grapheme_ends(text) {
        // A boundary that is not a character's (a segmenter's mistake) is skipped, not cut.
        if e > max {
            break;
        }
        if text.is_char_boundary(e) {
            end = e;
        }
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(edit_distance("Publich", "Public"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("Ünïcode", "unicode"), 2);
        assert_eq!(edit_distance("中文", "中"), 1);
        // Bounded: exact up to the bound, above it past the bound.
        assert_eq!(bounded_distance("owner_account", "Owner_Account", 2), 0);
        assert_eq!(bounded_distance("Publich", "Public", 2), 1);
        assert!(bounded_distance("Notification", "Type", 2) > 2);
    }

    #[test]
    fn suggestions() {
        let types = ["Private", "Public", "ChatRoom", "AVChatRoom", "Community"];
        assert_eq!(did_you_mean("Publich", types), Some("Public"));
        assert_eq!(did_you_mean("public", types), Some("Public"));
        assert_eq!(did_you_mean("chatroom", types), Some("ChatRoom"));
        assert_eq!(did_you_mean("Zebra", types), None);
        assert_eq!(
            did_you_mean("owner_account", ["Owner_Account", "Name"]),
            Some("Owner_Account")
        );
        // Two edits on a two-letter word is not a suggestion.
        assert_eq!(did_you_mean("xy", ["ab"]), None);
    }

    /// The table's edges: the first column (deleting `a`'s characters) and insertions each
    /// cost one, and a name of 48 characters or more (past the stack row) is measured on the
    /// heap with the same result.
    #[test]
    fn distances_at_the_edges_of_the_table() {
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("ab", "b"), 1);
        assert_eq!(edit_distance("a", "abc"), 2);
        // Exact up to the bound, even when only the last column is within it.
        assert_eq!(bounded_distance("a", "a", 0), 0);
        assert_eq!(bounded_distance("ab", "b", 1), 1);
        // 47 characters fit the stack row; 48 and 49 do not.
        for n in [47, 48, 49, 60] {
            let b = "x".repeat(n);
            let a = format!("y{}", "x".repeat(n - 2));
            assert_eq!(edit_distance(&a, &b), 2, "{n}");
            assert_eq!(edit_distance(&b, &b), 0, "{n}");
            assert_eq!(edit_distance("", &b), n, "{n}");
            assert_eq!(edit_distance(&format!("{b}z"), &b), 1, "{n}");
            assert_eq!(bounded_distance(&a, &b, 2), 2, "{n}");
        }
        // Past the stack buffer and not ASCII: the char-by-char path, heap row included.
        let long = "中".repeat(50);
        assert_eq!(edit_distance(&long, &format!("{long}文")), 1);
        // ASCII case is ignored there too (only ASCII's: `Ü` and `ü` differ).
        let (upper, lower) = (
            format!("Ü{}", "A".repeat(48)),
            format!("Ü{}", "a".repeat(48)),
        );
        assert_eq!(edit_distance(&upper, &lower), 0);
        assert_eq!(edit_distance(&format!("ü{}", "a".repeat(48)), &lower), 1);
    }

    /// Length differences up to two are compared; the closest candidate wins, and on equal
    /// distances the first one listed.
    #[test]
    fn suggestions_filter_by_length_and_prefer_the_closest() {
        // Two characters short: still a suggestion (distance 2); three short is not.
        assert_eq!(did_you_mean("Priva", ["Private"]), Some("Private"));
        assert_eq!(did_you_mean("Priv", ["Private"]), None);
        assert_eq!(did_you_mean("Privateer", ["Private"]), Some("Private"));
        // The closer one, in either order.
        assert_eq!(did_you_mean("abcd", ["abcx", "abxy"]), Some("abcx"));
        assert_eq!(did_you_mean("abcd", ["abxy", "abcx"]), Some("abcx"));
        // A tie goes to the first.
        assert_eq!(did_you_mean("abcd", ["abcx", "abcy"]), Some("abcx"));
        assert_eq!(did_you_mean("abcd", ["abcy", "abcx"]), Some("abcy"));
    }

    #[test]
    fn quoting() {
        assert_eq!(quoted("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(quoted("中\u{0}\n😀"), r#""中\u0000\n😀""#);
    }

    /// The shortcut for ASCII and CJK agrees with Unicode's tables, at every cut.
    #[test]
    #[cfg(feature = "unicode-segmentation")]
    fn ascii_and_cjk_shortcut_matches_the_tables() {
        fn tables(t: &str, max: usize) -> (usize, &str) {
            let mut end = 0;
            for (i, g) in t.grapheme_indices(true) {
                if i + g.len() > max {
                    break;
                }
                end = i + g.len();
            }
            (t.graphemes(true).count(), &t[..end])
        }
        for text in [
            "腾讯云即时通信 IM 产品研发部周会群",
            "a~ }{ 䶵㐀一龥",
            "plain text",
            "",
        ] {
            assert!(one_grapheme_per_char(text), "{text}");
            for max in 0..=text.len() {
                assert_eq!(
                    (graphemes(text), truncate_to_bytes(text, max)),
                    tables(text, max)
                );
            }
        }
        // Not for anything that may join: a combining mark, a CRLF, an emoji, fullwidth marks.
        for text in ["e\u{301}", "a\r\nb", "一😀", "〪一", "\u{3099}"] {
            assert!(!one_grapheme_per_char(text), "{text}");
        }
    }

    #[test]
    #[cfg(feature = "unicode-segmentation")]
    fn truncation_keeps_graphemes_whole() {
        assert_eq!(truncate_to_bytes("abc", 5), "abc");
        assert_eq!(truncate_to_bytes("中文字", 7), "中文");
        // Family emoji: one grapheme of 25 bytes.
        let family = "👨\u{200d}👩\u{200d}👧\u{200d}👦";
        assert_eq!(truncate_to_bytes(&format!("ab{family}"), 20), "ab");
        // e + combining acute accent is one grapheme of 3 bytes.
        assert_eq!(truncate_to_bytes("ae\u{301}", 2), "a");
        assert_eq!(graphemes(family), 1);
    }

    /// Truncation segments only a prefix a little past `max`: the same cut as the whole text's
    /// graphemes give, at every `max`, for texts of long clusters and of joining pairs.
    #[test]
    #[cfg(feature = "unicode-segmentation")]
    fn truncation_of_a_prefix_is_truncation_of_the_whole() {
        let family = "👨\u{200d}👩\u{200d}👧\u{200d}👦";
        let long_cluster = format!("a{}", "\u{301}".repeat(100));
        for text in [
            family.repeat(20),
            "🇨🇳🇯🇵🇺🇸".repeat(20),
            format!("x{}", "🇨🇳".repeat(40)),
            long_cluster.repeat(3),
            "a\r\nb\u{301}".repeat(40),
        ] {
            for max in 0..=text.len() {
                let mut end = 0;
                for (i, g) in text.grapheme_indices(true) {
                    if i + g.len() > max {
                        break;
                    }
                    end = i + g.len();
                }
                assert_eq!(truncate_to_bytes(&text, max), &text[..end], "{max}");
            }
        }
        // The count: graphemes up to 16 KiB, code points past it.
        assert_eq!(characters(&family.repeat(600)), 600);
        assert_eq!(characters(&family.repeat(1000)), 7000);
    }

    /// Without Unicode's tables: code points until a segmenter is supplied, then its
    /// boundaries (a boundary inside a character is skipped rather than cut at).
    #[test]
    #[cfg(not(feature = "unicode-segmentation"))]
    fn without_tables_the_supplied_segmenter_decides() {
        let family = "👨\u{200d}👩\u{200d}👧\u{200d}👦";
        assert_eq!(graphemes(family), 7);
        assert_eq!(truncate_to_bytes("ae\u{301}", 2), "ae");
        // A stand-in segmenter: no boundary before U+0301; and in "ae\u{301}" a bad one at
        // byte 3, inside the accent.
        fn segmenter(text: &str) -> Vec<usize> {
            let mut ends: Vec<usize> = text
                .char_indices()
                .map(|(i, c)| i + c.len_utf8())
                .filter(|&end| !text[end..].starts_with('\u{301}'))
                .collect();
            if text == "ae\u{301}" {
                ends.insert(1, 3);
            }
            ends
        }
        assert!(set_grapheme_segmenter(segmenter));
        assert!(!set_grapheme_segmenter(segmenter));
        assert_eq!(graphemes("e\u{301}e"), 2);
        assert_eq!(truncate_to_bytes("ae\u{301}", 3), "a");
        assert_eq!(truncate_to_bytes("ae\u{301}x", 4), "ae\u{301}");
    }
}
