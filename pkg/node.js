// Node entry: compiles the wasm from the package's own file, synchronously.
import { readFileSync } from 'node:fs';
import { initSync } from './dist/timlint_wasm.js';
import * as raw from './dist/timlint_wasm.js';
import { bind } from './api.js';
// Node loads both languages: no download to save (a page imports the locale when it wants it).
import './locales/zh-CN.js';
import { standardSchema, withApi } from './form.js';
// `~standard.jsonSchema`: the JSON Schema module, compiled on first use.
import './schema-node.js';

initSync({ module: readFileSync(new URL('./dist/timlint_wasm_bg.wasm', import.meta.url)) });

export const { validate, limits, byteLength, truncateToBytes } = bind(raw);
/** The validator of one call as a Standard Schema v1 (and Standard JSON Schema), for form libraries (form.js). */
export const groupSchema = (api, options) => standardSchema(validate, withApi(api, options));
export const createGroupSchema = (options) => groupSchema('create-group', options);
export { xMaxUtf8Bytes, addTimlintKeywords } from './keywords.js';
export { renderMessage } from './render.js';
export { errorsByField } from './form.js';
export { templates } from './messages.js';
