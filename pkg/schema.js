// `timlint/schema` for browsers and bundlers: the JSON Schema export. A module of its own
// (dist/schema/, the validator plus schemars) so that pages that only validate never load it.
import init, * as raw from './dist/schema/timlint_wasm.js';
import { bind } from './api.js';

await init({ module_or_path: new URL('./dist/schema/timlint_wasm_bg.wasm', import.meta.url) });

export const { jsonSchema } = bind(raw);
export { xMaxUtf8Bytes, addTimlintKeywords } from './keywords.js';
