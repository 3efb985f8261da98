// Grapheme clusters for the wasm, whose build leaves out Unicode's segmentation tables: the JS
// engine's Intl.Segmenter (extended grapheme clusters, UAX #29, as the native build's
// unicode-segmentation crate). wasm-bindgen copies this file next to the glue (dist/snippets/).

const segmenter =
  typeof Intl === 'object' && typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : undefined;

// Ranges of UTF-16 code units (first, last) whose characters no rule of UAX #29 joins to one
// another (Grapheme_Cluster_Break Other, Control, LF, LV, LVT: not CR, Extend, ZWJ,
// SpacingMark, Prepend, Regional_Indicator, nor a Hangul L, V or T jamo): between two of them
// there is always a boundary. Latin-1, Latin Extended A and B, kana, CJK ideographs, Hangul
// syllables, fullwidth ASCII. crates/timlint-wasm/tests/graphemes_safe.rs checks every one
// against the native tables.
// prettier-ignore
const SAFE = [0x0000, 0x000c, 0x000e, 0x02ff, 0x3041, 0x3096, 0x30a1, 0x30fa, 0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xac00, 0xd7a3, 0xff01, 0xff5e];

const safe = (c) => {
  for (let k = 0; k < SAFE.length; k += 2) if (c <= SAFE[k + 1]) return c >= SAFE[k];
  return false;
};

/**
 * The UTF-16 offsets at which the graphemes of `text` end; undefined without Intl.Segmenter.
 *
 * Runs of SAFE characters are cut here; only the rest goes to the segmenter, a window at a time
 * (V8's segment iterator costs time in proportion to the string for every segment). Segmenting
 * from a boundary gives the boundaries the whole text has (the rules look back only within a
 * cluster), and a boundary never depends on what follows the character after it, so every
 * boundary in a window but its last segment's end is final.
 */
export function graphemeEnds(text) {
  if (segmenter === undefined) return undefined;
  const n = text.length;
  const ends = [];
  let i = 0; // always at a boundary
  while (i < n) {
    if (safe(text.charCodeAt(i)) && (i + 1 === n || safe(text.charCodeAt(i + 1)))) {
      ends.push(++i);
      continue;
    }
    // Up to the next boundary between two SAFE characters (or the end).
    let j = i + 1;
    while (j < n && !(safe(text.charCodeAt(j - 1)) && safe(text.charCodeAt(j)))) j++;
    for (let window = 256; i < j; ) {
      let end = Math.min(j, i + window);
      if (end < j && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--; // a pair stays whole
      let last = 0;
      for (const { index } of segmenter.segment(text.slice(i, end))) {
        if (index > 0) ends.push(i + index);
        last = index;
      }
      if (end === j) {
        ends.push((i = j));
      } else if (last === 0) {
        window *= 2; // one cluster fills the window: look further
      } else {
        i += last;
        window = 256;
      }
    }
  }
  return new Uint32Array(ends);
}
