// `timlint/rest` for Node: everything `timlint` has, plus toRest, from its own module (see
// rest.js).
import { readFileSync } from 'node:fs';
import { initSync } from './dist/rest/timlint_wasm.js';
import * as raw from './dist/rest/timlint_wasm.js';
import { bind } from './api.js';

initSync({ module: readFileSync(new URL('./dist/rest/timlint_wasm_bg.wasm', import.meta.url)) });

export const { validate, limits, toRest, byteLength, truncateToBytes } = bind(raw);
export { xMaxUtf8Bytes, addTimlintKeywords } from './keywords.js';
export { renderMessage } from './render.js';
export { templates } from './messages.js';
