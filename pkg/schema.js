// `timlint/schema` for browsers and bundlers: the JSON Schema export. A module of its own
// (dist/schema/, the validator plus schemars) so that pages that only validate never load it.
import init, * as raw from './dist/schema/timlint_wasm.js';
import { bind } from './api.js';
import { provideJsonSchema } from './form.js';

await init({ module_or_path: new URL('./dist/schema/timlint_wasm_bg.wasm', import.meta.url) });

export const { jsonSchema } = bind(raw);
// The schemas' `~standard.jsonSchema` (groupSchema, createGroupSchema of `timlint`) answer from now on.
provideJsonSchema(jsonSchema);
export { xMaxUtf8Bytes, addTimlintKeywords } from './keywords.js';
