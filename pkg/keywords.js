// The vendor keyword of timlint's JSON Schema export, for ajv (or any validator with the same
// keyword-definition shape). Plain JS: it needs no wasm, so it is cheap to import alone.

const encoder = new TextEncoder();

/** `x-maxUtf8Bytes`: a string may hold at most this many UTF-8 bytes (what Tencent counts). */
export const xMaxUtf8Bytes = {
  keyword: 'x-maxUtf8Bytes',
  type: 'string',
  schemaType: 'number',
  validate: (max, data) => encoder.encode(data).length <= max,
};

/** Adds timlint's vendor keywords to an ajv instance and returns it. */
export function addTimlintKeywords(ajv) {
  ajv.addKeyword(xMaxUtf8Bytes);
  return ajv;
}
