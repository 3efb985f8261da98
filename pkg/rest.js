// `timlint/rest` for browsers and bundlers: everything `timlint` has, plus toRest (a REST, SDK
// or Web SDK payload converted to the REST body). A module of its own (dist/rest/, the
// validator plus the converter) so that pages that only validate never load the converter;
// a page that converts imports this entry alone.
import init, * as raw from './dist/rest/timlint_wasm.js';
import { bind } from './api.js';
import { standardSchema, withApi } from './form.js';

await init({ module_or_path: new URL('./dist/rest/timlint_wasm_bg.wasm', import.meta.url) });

export const { validate, limits, toRest, byteLength, truncateToBytes } = bind(raw);
/** The validator of one call as a Standard Schema v1 (and Standard JSON Schema), for form libraries (form.js). */
export const groupSchema = (api, options) => standardSchema(validate, withApi(api, options));
export const createGroupSchema = (options) => groupSchema('create-group', options);
export { xMaxUtf8Bytes, addTimlintKeywords } from './keywords.js';
export { renderMessage } from './render.js';
export { errorsByField } from './form.js';
export { templates } from './messages.js';
