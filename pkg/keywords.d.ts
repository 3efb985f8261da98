// Types of `timlint/keywords` (also re-exported by `timlint` and `timlint/schema`).

/** An ajv keyword definition (ajv's `KeywordDefinition` shape). */
export interface KeywordDefinition {
  keyword: string;
  type: 'string';
  schemaType: 'number';
  validate: (max: number, data: string) => boolean;
}
/** `x-maxUtf8Bytes`: a string holds at most this many UTF-8 bytes (what Tencent counts). */
export const xMaxUtf8Bytes: KeywordDefinition;
/** Adds timlint's vendor keywords to an ajv instance and returns it. */
export function addTimlintKeywords<A extends { addKeyword(def: KeywordDefinition): unknown }>(ajv: A): A;
