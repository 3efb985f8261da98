// Node entry: compiles the wasm from the package's own file, synchronously.
import { readFileSync } from 'node:fs';
import { initSync } from './dist/timlint_wasm.js';
import * as raw from './dist/timlint_wasm.js';
import { bind } from './api.js';

initSync({ module: readFileSync(new URL('./dist/timlint_wasm_bg.wasm', import.meta.url)) });

export const { validate, limits, byteLength, truncateToBytes } = bind(raw);
export { xMaxUtf8Bytes, addTimlintKeywords } from './keywords.js';
export { renderMessage } from './render.js';
export { templates } from './messages.js';
