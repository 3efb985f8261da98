// `timlint/schema` for Node: the JSON Schema export, from its own module (see schema.js).
import { readFileSync } from 'node:fs';
import { initSync } from './dist/schema/timlint_wasm.js';
import * as raw from './dist/schema/timlint_wasm.js';
import { bind } from './api.js';

initSync({ module: readFileSync(new URL('./dist/schema/timlint_wasm_bg.wasm', import.meta.url)) });

export const { jsonSchema } = bind(raw);
export { xMaxUtf8Bytes, addTimlintKeywords } from './keywords.js';
