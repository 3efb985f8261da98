// The package's API over the raw wasm-bindgen exports of one module instance. Values cross
// the boundary as JSON text: JSON.stringify on the way in, JSON.parse on the way out; the
// exports never throw, an error comes back as its message (see json below). Reports come back
// as data (message IDs and params); their texts are rendered here (render.js), in the
// options' language.
import { defaults } from './options.js';
import { addTexts, renderId } from './render.js';

/** Options as the JSON text the Rust side reads; undefined or null: the defaults. `messages`
 * (your own wording, which may hold functions) stays on this side: render.js reads it. */
function optionsText(options) {
  if (options === undefined || options === null) return '';
  let text;
  if (typeof options === 'object' && Object.hasOwn(options, 'messages')) {
    const { messages, ...rest } = options;
    if (messages !== undefined && messages !== null && typeof messages !== 'object') {
      throw new TypeError('timlint: options.messages must be an object of message IDs');
    }
    text = JSON.stringify(rest);
  } else {
    text = JSON.stringify(options);
  }
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

/** UTF-8 length of a string, as TextEncoder encodes it (a lone surrogate as U+FFFD, 3 bytes). */
function utf8Length(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c < 0x800 ? 1 : 2;
    // A pair: 2 units, 4 bytes.
    if ((c & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}

/** A result of the raw exports: a JSON object, or else the message of an error to throw. */
function json(text) {
  if (text.charCodeAt(0) !== 123 /* { */) throw new Error(text);
  return JSON.parse(text);
}

/** The functions of index.d.ts, bound to an instantiated module's raw exports. */
export function bind(raw) {
  // Every call into the module goes through this: the exports return errors as text, so an
  // exception is a trap (out of memory aborts), after which the instance is unsound and its
  // memory never freed: a fresh instance of the same module takes its place.
  const call = (f) => {
    try {
      return f();
    } catch (e) {
      raw.reinit?.();
      throw new Error(`timlint: ${e} (out of memory?); the module was restarted`, { cause: e });
    }
  };
  /**
   * The result of the raw export `run(bytes, opts)` with the payload as UTF-8 bytes (lone
   * surrogates become U+FFFD, as on the wire), or `tooLarge(report)` for a string over
   * maxInputBytes, never encoded nor copied into the module. The options are read first (a
   * getter of theirs may call the package again). The engine encodes natively, into a buffer
   * of this call's own (none is kept); a string argument would be copied into the module by
   * wasm-bindgen's glue a character at a time in JS, slower than the validation itself.
   */
  const withBytes = (input, options, run, tooLarge) => {
    const opts = optionsText(options);
    const text = inputText(input);
    // Over the default cap: is it over this one? (n UTF-16 units are at least n bytes.)
    if (text.length > defaults.maxInputBytes) {
      const r = json(call(() => raw.validateJson(new Uint8Array(), opts, utf8Length(text))));
      if (r.diagnostics[0]?.rule === 'input-too-large') return tooLarge(r);
    }
    return json(call(() => run(encoder.encode(text), opts, 0)));
  };
  return {
    /** Checks one create-group payload; the CLI's --format json report, without "file". */
    validate: (input, options) =>
      addTexts(
        withBytes(input, options, raw.validateJson, (r) => r),
        options?.lang,
        options?.messages,
      ),

    /** The byte and count limits in force for these options (preset plus overrides). */
    limits: (options) => json(raw.limitsJson(optionsText(options))),

    /** Validates an SDK / Web SDK / REST payload and, when it has no error, gives the REST body
     * (only the `timlint/rest` module has it). */
    toRest(input, options) {
      const c = withBytes(input, options, raw.toRestJson, (report) => ({ ok: false, body: null, dropped: [], report }));
      c.dropped = c.dropped.map((m) => renderId(m.messageId, m.params, null, options?.lang, options?.messages));
      addTexts(c.report, options?.lang, options?.messages);
      return c;
    },

    /** Number of UTF-8 bytes the server counts for this text. */
    byteLength(text) {
      if (typeof text !== 'string') throw new TypeError('timlint: byteLength expects a string');
      return utf8Length(text);
    },

    /** The longest prefix of text within max UTF-8 bytes, never splitting a grapheme. */
    truncateToBytes(text, max) {
      if (typeof text !== 'string') throw new TypeError('timlint: truncateToBytes expects a string');
      if (typeof max !== 'number') throw new TypeError('timlint: truncateToBytes: max must be a number');
      // Only a prefix matters: max bytes are at most max units, and whether a grapheme ends
      // at the cut is decided by the character after it, well within 64 more.
      const prefix = call(() => raw.truncateToBytes(text.slice(0, max + 64), max));
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
