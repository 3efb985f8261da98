// The `x-maxUtf8Bytes` keyword of timlint's JSON Schema, for ajv. The one definition is the npm
// package's pkg/keywords.js (`timlint/keywords`: plain JS, no import, fine to copy); this file
// re-exports it under the name these tests use.
//
// The server counts text limits in UTF-8 bytes (a CJK character is 3, an emoji 4); JSON Schema's
// `maxLength` counts characters. The schema carries both: `maxLength` (never refuses a valid
// payload) and `x-maxUtf8Bytes` (exact once registered).
//
//   import Ajv2020 from "ajv/dist/2020.js";
//   import { maxUtf8Bytes } from "./keyword.mjs";
//   const ajv = new Ajv2020({ strict: true });
//   ajv.addKeyword(maxUtf8Bytes);
//   const validate = ajv.compile(schema); // from `timlint schema --dialect rest`
export { xMaxUtf8Bytes as maxUtf8Bytes } from "../../pkg/keywords.js";
