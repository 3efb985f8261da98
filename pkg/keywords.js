// The vendor keyword of timlint's JSON Schema export, for ajv (or any validator with the same
// keyword-definition shape). Plain JS with no import: it needs no wasm, so it is cheap to import
// alone, and it is the one definition (tests/schema/keyword.mjs re-exports it); copy it freely.

/**
 * Whether `s` holds at most `max` bytes in UTF-8, exactly as `new TextEncoder().encode(s).length
 * <= max` says, without encoding it: each UTF-16 code unit below 0x80 is 1 byte, below 0x800 2,
 * a high surrogate followed by a low one 4 (for the pair), any other unit 3 (a lone surrogate
 * too: TextEncoder writes U+FFFD for it). Each unit is 1 to 3 bytes, so the length alone
 * decides most strings; otherwise the count stops as soon as it passes `max`.
 */
function fitsUtf8Bytes(s, max) {
  const n = s.length;
  if (n > max) return false;
  if (n * 3 <= max) return true;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c < 0xdc00 && c >= 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > max) return false;
  }
  // Also the verdict for a `max` no count passes (NaN): false, as `length <= NaN` is.
  return bytes <= max;
}

/** `x-maxUtf8Bytes`: a string may hold at most this many UTF-8 bytes (what Tencent counts). */
export const xMaxUtf8Bytes = {
  keyword: 'x-maxUtf8Bytes',
  type: 'string',
  schemaType: 'number',
  validate: (max, data) => fitsUtf8Bytes(data, max),
};

/** Adds timlint's vendor keywords to an ajv instance and returns it. */
export function addTimlintKeywords(ajv) {
  ajv.addKeyword(xMaxUtf8Bytes);
  return ajv;
}
