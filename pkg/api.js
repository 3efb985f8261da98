// The package's API over the raw wasm-bindgen exports of one module instance. Values cross
// the boundary as JSON text: JSON.stringify on the way in, JSON.parse on the way out; the
// exports never throw, an error comes back as its message (see json below). Reports come back
// as data (message IDs and params); their texts are rendered here (render.js), in the
// options' language.
import { addTexts, renderId } from './render.js';

/** Options as the JSON text the Rust side reads; undefined or null: the defaults. */
function optionsText(options) {
  if (options === undefined || options === null) return '';
  const text = JSON.stringify(options);
  if (text === undefined) throw new TypeError('timlint: options must be an object');
  return text;
}

/** A payload as text: strings are read as they are, anything else is JSON.stringify'd. */
function inputText(input) {
  if (typeof input === 'string') return input;
  const text = input === undefined ? undefined : JSON.stringify(input);
  if (text === undefined) {
    throw new TypeError(`timlint: the payload must be a JSON string or a value, got ${typeof input}`);
  }
  return text;
}

const encoder = new TextEncoder();
let scratch = new Uint8Array(4096);

/** A payload as UTF-8 bytes (lone surrogates become U+FFFD, as they would on the wire), in a
 * buffer reused between calls (the module copies them in before it returns). The engine
 * encodes natively; a string argument would be copied into the module by wasm-bindgen's glue a
 * character at a time in JS, slower than the validation itself on a large payload. */
function inputBytes(input) {
  const text = inputText(input);
  // At most 3 bytes per UTF-16 unit.
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  const { written } = encoder.encodeInto(text, scratch);
  return scratch.subarray(0, written);
}

/** A result of the raw exports: a JSON object, or else the message of an error to throw. */
function json(text) {
  if (text.charCodeAt(0) !== 123 /* { */) throw new Error(text);
  return JSON.parse(text);
}

/** The functions of index.d.ts, bound to an instantiated module's raw exports. */
export function bind(raw) {
  return {
    /** Checks one create-group payload; the CLI's --format json report, without "file". */
    validate: (input, options) =>
      addTexts(json(raw.validateJson(inputBytes(input), optionsText(options))), options?.lang),

    /** The byte and count limits in force for these options (preset plus overrides). */
    limits: (options) => json(raw.limitsJson(optionsText(options))),

    /** Validates an SDK / Web SDK / REST payload and, when it has no error, gives the REST body
     * (only the `timlint/rest` module has it). */
    toRest(input, options) {
      const c = json(raw.toRestJson(inputBytes(input), optionsText(options)));
      const lang = options?.lang;
      c.dropped = c.dropped.map((m) => renderId(m.messageId, m.params, null, lang));
      addTexts(c.report, lang);
      return c;
    },

    /** Number of UTF-8 bytes the server counts for this text. */
    byteLength(text) {
      if (typeof text !== 'string') throw new TypeError('timlint: byteLength expects a string');
      return raw.byteLength(text);
    },

    /** The longest prefix of text within max UTF-8 bytes, never splitting a grapheme. */
    truncateToBytes(text, max) {
      if (typeof text !== 'string') throw new TypeError('timlint: truncateToBytes expects a string');
      if (typeof max !== 'number') throw new TypeError('timlint: truncateToBytes: max must be a number');
      const prefix = raw.truncateToBytes(text, max);
      if (prefix === undefined) throw new Error('timlint: truncateToBytes: max must be a non-negative integer');
      return prefix;
    },

    /** The JSON Schema of a dialect's payload (only the `timlint/schema` module has it). */
    jsonSchema(dialect = 'rest', options = undefined) {
      if (typeof dialect !== 'string') throw new TypeError('timlint: jsonSchema: dialect must be a string');
      return json(raw.jsonSchemaJson(dialect, optionsText(options)));
    },
  };
}
