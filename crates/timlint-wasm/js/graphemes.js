// Grapheme clusters for the wasm, whose build leaves out Unicode's segmentation tables: the JS
// engine's Intl.Segmenter (extended grapheme clusters, UAX #29, as the native build's
// unicode-segmentation crate). wasm-bindgen copies this file next to the glue (dist/snippets/).

const segmenter =
  typeof Intl === 'object' && typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : undefined;

const printable = (c) => c >= 0x20 && c < 0x7f;

/**
 * The UTF-16 offsets at which the graphemes of `text` end; undefined without Intl.Segmenter.
 *
 * Between two printable ASCII characters there is always a boundary (no rule of UAX #29 joins
 * them), so such runs are counted here and only the rest goes to the segmenter, a window at a
 * time: V8's segment iterator costs time in proportion to the string for every segment.
 * Segmenting from a boundary gives the boundaries the whole text has (the rules look back only
 * within a cluster), and a boundary never depends on what follows the character after it, so
 * every boundary in a window but its last segment's end is final.
 */
export function graphemeEnds(text) {
  if (segmenter === undefined) return undefined;
  const n = text.length;
  const ends = [];
  let i = 0; // always at a boundary
  while (i < n) {
    if (printable(text.charCodeAt(i)) && (i + 1 === n || printable(text.charCodeAt(i + 1)))) {
      ends.push(++i);
      continue;
    }
    // Up to the next boundary between two printable ASCII characters (or the end).
    let j = i + 1;
    while (j < n && !(printable(text.charCodeAt(j - 1)) && printable(text.charCodeAt(j)))) j++;
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
