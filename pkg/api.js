// The package's API over the raw wasm-bindgen exports of one module instance. Options cross
// the boundary once per distinct options (JSON text, read into a validator the module keeps
// under a handle); a report comes back as compact data (numbers and one UTF-8 blob, see
// `report` below, and `compact` in crates/timlint-wasm/src/lib.rs), not JSON. Its texts are
// rendered here (render.js) in the options' language. The other exports
// answer in JSON text and never throw: an error comes back as its message (see json below).
import { defaults } from './options.js';
import { addTexts, checkLang, renderId } from './render.js';

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

const decoder = new TextDecoder();

/**
 * The report of the raw `check` as validate gives it: the CLI's --format json report without
 * "file". The words are read in the order `compact`
 * (crates/timlint-wasm/src/lib.rs) writes them.
 */
function report(u, lang, messages) {
  const bytes = u[u.length - 1];
  const blob = bytes === 0 ? '' : decoder.decode(new Uint8Array(u.buffer, u.byteOffset + (u.length - 1 - ((bytes + 3) >> 2)) * 4, bytes));
  let i = 0;
  let at = 0;
  const str = () => {
    const n = u[i++];
    if (n === 0xffffffff) return null;
    return blob.slice(at, (at += n));
  };
  const num = () => {
    const n = u[i++];
    return n === 0xffffffff ? null : n;
  };
  const valid = u[i++] === 1;
  const dialect = str();
  const omitted = u[i++];
  const diagnostics = new Array(u[i++]);
  for (let k = 0; k < diagnostics.length; k++) {
    const rule = str();
    const severity = str();
    const path = str();
    const messageId = str();
    const code = num();
    // The top bit: the SDK answers the code, not the server (crates/timlint-wasm `compact`).
    const tencentCode = code === null ? null : code & 0x7fffffff;
    const answeredBy = code === null ? null : code >= 0x80000000 ? 'sdk' : 'server';
    const helpId = str();
    const suggestion = str();
    const line = u[i++] || null;
    const column = u[i++] || null;
    const params = {};
    for (let p = u[i++]; p > 0; p--) {
      const name = str();
      const kind = u[i++];
      if (kind === 0) {
        params[name] = u[i + 1] * 4294967296 + u[i];
        i += 2;
      } else if (kind === 1) {
        params[name] = str();
      } else {
        const list = new Array(u[i++]);
        for (let j = 0; j < list.length; j++) list[j] = str();
        params[name] = list;
      }
    }
    const fix = u[i++] === 1 ? { start: u[i++], end: u[i++], replacement: str(), applicability: str() } : undefined;
    diagnostics[k] = diagnostic(rule, severity, path, messageId, params, tencentCode, answeredBy, helpId, suggestion, fix, line, column, lang, messages);
  }
  return omitted === 0 ? { dialect, valid, diagnostics } : { dialect, valid, diagnostics, omitted };
}

/**
 * A diagnostic with the CLI's keys in the CLI's order, its texts rendered. (Rendering them
 * when first read, with accessors, was measured: building the accessors cost as much as the
 * texts, and reading one then cost more; see docs/benchmarks.md.)
 */
function diagnostic(rule, severity, path, messageId, params, tencentCode, answeredBy, helpId, suggestion, fix, line, column, lang, messages) {
  const message = renderId(messageId, params, suggestion, lang, messages);
  const help = helpId === null ? null : renderId(helpId, params, suggestion, lang, messages);
  // Two literals, with and without `fix`, so that every diagnostic has one of two shapes.
  return fix === undefined
    ? { rule, severity, path, message, messageId, params, tencentCode, answeredBy, help, helpId, suggestion, line, column }
    : { rule, severity, path, message, messageId, params, tencentCode, answeredBy, help, helpId, suggestion, fix, line, column };
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
  // Validators by their options' JSON text: the module reads each distinct options once and
  // keeps a validator for them (its buffers reused); the oldest of more than 16 is closed.
  const handles = new Map();
  const call = (f) => {
    try {
      return f();
    } catch (e) {
      raw.reinit?.();
      handles.clear(); // the fresh instance has none of them
      throw new Error(`timlint: ${e} (out of memory?); the module was restarted`, { cause: e });
    }
  };
  const handle = (opts) => {
    let h = handles.get(opts);
    if (h === undefined) {
      h = call(() => raw.open(opts));
      if (h === 0) throw new Error(raw.openError());
      if (handles.size >= 16) {
        const [oldest, old] = handles.entries().next().value;
        handles.delete(oldest);
        raw.close(old);
      }
      handles.set(opts, h);
    }
    return h;
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
    validate(input, options) {
      const opts = optionsText(options);
      const text = inputText(input);
      const h = handle(opts);
      const lang = options?.lang ?? 'en'; // as renderMessage's default
      const messages = options?.messages;
      checkLang(lang);
      // Over the default cap: is it over this one? (n UTF-16 units are at least n bytes.)
      if (text.length > defaults.maxInputBytes) {
        const r = report(call(() => raw.check(h, new Uint8Array(), utf8Length(text))), lang, messages);
        if (r.diagnostics[0]?.rule === 'input-too-large') return r;
      }
      const u = call(() => raw.check(h, encoder.encode(text), 0));
      // (No such validator: the module was re-entered mid-validation, which nothing here does.)
      if (u === undefined) throw new Error('timlint: validate was called again while validating');
      return report(u, lang, messages);
    },

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
