// Messages rendered from data: a diagnostic carries `messageId`, `helpId` and `params`; its
// text is made here, in the language asked for, from the templates of messages.js (generated
// from the Rust rules; the Chinese ones once `timlint/locales/zh-CN` is imported, as the
// Node entries do). This is the Rust renderer (`timlint::diagnostic::render`) in JS, and
// the corpus test holds the two to the same output.
import { templates, vocabulary } from './messages.js';

/** 0 for English, 1 for Simplified Chinese ('zh-CN', 'zh', 'zh-cn'). */
export function langIndex(lang) {
  return typeof lang === 'string' && lang.toLowerCase().startsWith('zh') ? 1 : 0;
}

/**
 * Throws unless the texts of `lang` are there: a page imports `timlint/locales/zh-CN` once to
 * render Chinese (the Node entries import it themselves), so that other pages download English
 * alone.
 */
export function checkLang(lang) {
  if (langIndex(lang) === 1 && templates['not-an-object'][1] === undefined) {
    throw new Error("timlint: lang 'zh-CN' needs its texts: import 'timlint/locales/zh-CN' once (the Node entries do)");
  }
}

const word = (group, key, l) => vocabulary[group]?.[key]?.[l] ?? key;

/** A string as a JSON-style literal, with the escapes `timlint::suggest::quoted` writes. */
function quoted(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function showString(s, format, l) {
  if (format === 'quoted') return quoted(s);
  if (format === 'type' || format === 'dialect') return word(format, s, l);
  return s;
}

function show(value, format, l) {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (format === 'types') return value.map((t) => word('type', t, l)).join(word('sep', 'or', l));
    return value.map((s) => showString(s, format, l)).join(word('sep', 'list', l));
  }
  return showString(String(value), format, l);
}

/** A template split once into literal text and placeholders: `['a ', ['name', 'format'], ' b']`. */
const compiled = new Map();
function compile(text) {
  let parts = compiled.get(text);
  if (parts !== undefined) return parts;
  parts = [];
  let at = 0;
  for (;;) {
    const open = text.indexOf('{', at);
    const close = open < 0 ? -1 : text.indexOf('}', open);
    if (close < 0) break;
    const inner = text.slice(open + 1, close);
    const colon = inner.indexOf(':');
    parts.push(text.slice(at, open), colon < 0 ? [inner, ''] : [inner.slice(0, colon), inner.slice(colon + 1)]);
    at = close + 1;
  }
  parts.push(text.slice(at));
  compiled.set(text, parts);
  return parts;
}

/**
 * Fills a template: `{name}` shows the param as it is, `{name:type}` / `{name:dialect}`
 * through the vocabulary (`types` joins several with "or"), `{name:quoted}` as a string
 * literal; `{suggestion}` is the diagnostic's suggestion. Unknown placeholders stay as written.
 */
export function fill(text, params, suggestion, lang) {
  const l = langIndex(lang);
  let out = '';
  for (const part of compile(text)) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const [name, format] = part;
    if (params && Object.hasOwn(params, name)) out += show(params[name], format, l);
    else if (name === 'suggestion' && typeof suggestion === 'string') out += showString(suggestion, format, l);
    else out += format ? `{${name}:${format}}` : `{${name}}`;
  }
  return out;
}

/** The text of a message ID with these params; `messages` may override the wording. */
export function renderId(id, params, suggestion, lang, messages) {
  const own = messages?.[id];
  if (typeof own === 'function') return own({ params, suggestion, lang, messageId: id });
  if (typeof own !== 'string') checkLang(lang);
  const template = typeof own === 'string' ? own : templates[id]?.[langIndex(lang)];
  return template === undefined ? id : fill(template, params, suggestion, lang);
}

/**
 * `{ message, help }` of a diagnostic (an element of `validate(...).diagnostics`) in `lang`,
 * without validating again. `messages` maps a message ID to your own template (same
 * placeholders) or to a function `({ params, suggestion, lang, messageId }) => string`.
 */
export function renderMessage(diagnostic, lang = 'en', messages = undefined) {
  const { messageId, helpId, params, suggestion } = diagnostic;
  return {
    message: renderId(messageId, params, suggestion, lang, messages),
    help: helpId == null ? null : renderId(helpId, params, suggestion, lang, messages),
  };
}

/** Adds `message` and `help` to each diagnostic of a report (keys in the CLI's order). */
export function addTexts(report, lang, messages) {
  report.diagnostics = report.diagnostics.map((d) => {
    const { message, help } = renderMessage(d, lang, messages);
    const { rule, severity, path, messageId, params, tencentCode, answeredBy, helpId, suggestion, fix, line, column } = d;
    return { rule, severity, path, message, messageId, params, tencentCode, answeredBy, help, helpId, suggestion, ...(fix && { fix }), line, column };
  });
  return report;
}
