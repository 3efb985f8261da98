// Browser and bundler entry: instantiates the wasm (fetched next to this file) with a
// top-level await, so every export is ready once the import resolves.
import init, * as raw from './dist/timlint_wasm.js';
import { bind } from './api.js';
import { standardSchema, withApi } from './form.js';

await init({ module_or_path: new URL('./dist/timlint_wasm_bg.wasm', import.meta.url) });

export const { validate, limits, byteLength, truncateToBytes } = bind(raw);
/** The validator of one call as a Standard Schema v1 (and Standard JSON Schema), for form libraries (form.js). */
export const groupSchema = (api, options) => standardSchema(validate, withApi(api, options));
export const createGroupSchema = (options) => groupSchema('create-group', options);
export { xMaxUtf8Bytes, addTimlintKeywords } from './keywords.js';
export { renderMessage } from './render.js';
export { errorsByField } from './form.js';
export { templates } from './messages.js';
