// Types of `timlint/schema`: the JSON Schema export (a module of its own, loaded only by
// those who import it).
import type { Dialect, Options } from './index.js';

/**
 * The JSON Schema (draft 2020-12; use ajv's `Ajv2020`) of a payload of the call `options.api`
 * (create-group by default) in `dialect` (default `'rest'`; `'auto'` gives an `anyOf` of the
 * call's dialects), with the limits, plan, group type and enabled keys of `options`
 * (`options.dialect` is not read). Byte caps are written as
 * `maxLength` and as the vendor keyword `x-maxUtf8Bytes`: register it with
 * `addTimlintKeywords(ajv)`. Throws an `Error` for an unknown dialect or bad options.
 */
export function jsonSchema(dialect?: Dialect, options?: Options): JSONSchema;

type JSONSchemaType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** A JSON Schema (draft 2020-12) as `jsonSchema` writes it: the keywords it uses, typed. */
export interface JSONSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JSONSchema>;
  title?: string;
  description?: string;
  type?: JSONSchemaType | JSONSchemaType[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JSONSchema>;
  required?: string[];
  additionalProperties?: boolean | JSONSchema;
  items?: JSONSchema;
  minItems?: number;
  maxItems?: number;
  maxProperties?: number;
  propertyNames?: JSONSchema;
  if?: JSONSchema | boolean;
  then?: JSONSchema;
  else?: JSONSchema;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  not?: JSONSchema;
  anyOf?: JSONSchema[];
  oneOf?: JSONSchema[];
  allOf?: JSONSchema[];
  /** The UTF-8 byte cap, timlint's vendor keyword: register it with `addTimlintKeywords(ajv)`. */
  'x-maxUtf8Bytes'?: number;
  [keyword: string]: unknown;
}
export { xMaxUtf8Bytes, addTimlintKeywords, KeywordDefinition } from './keywords.js';
