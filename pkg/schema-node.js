// `timlint/schema` for Node: the JSON Schema export, from its own module (see schema.js),
// compiled on first use: node.js imports this module for `~standard.jsonSchema`, and most of
// its users never ask for a schema.
import { readFileSync } from 'node:fs';
import * as raw from './dist/schema/timlint_wasm.js';
import { bind } from './api.js';
import { provideJsonSchema } from './form.js';

let api;

/** The JSON Schema of a payload (see index.d.ts). */
export function jsonSchema(dialect, options) {
  if (api === undefined) {
    raw.initSync({ module: readFileSync(new URL('./dist/schema/timlint_wasm_bg.wasm', import.meta.url)) });
    api = bind(raw);
  }
  return api.jsonSchema(dialect, options);
}
provideJsonSchema(jsonSchema);
export { xMaxUtf8Bytes, addTimlintKeywords } from './keywords.js';
