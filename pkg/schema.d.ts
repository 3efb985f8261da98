// Types of `timlint/schema`: the JSON Schema export (a module of its own, loaded only by
// those who import it).
import type { Dialect, Options } from './index.js';

/**
 * The JSON Schema (draft 2020-12; use ajv's `Ajv2020`) of a create-group payload in `dialect`
 * (default `'rest'`; `'auto'` gives an `anyOf` of the three), with the limits, plan and
 * enabled keys of `options` (`options.dialect` is not read). Byte caps are written as
 * `maxLength` and as the vendor keyword `x-maxUtf8Bytes`: register it with
 * `addTimlintKeywords(ajv)`. Throws an `Error` for an unknown dialect or bad options.
 */
export function jsonSchema(dialect?: Dialect, options?: Options): object;
export { xMaxUtf8Bytes, addTimlintKeywords, KeywordDefinition } from './keywords.js';
