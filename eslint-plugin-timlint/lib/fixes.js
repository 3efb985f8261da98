// A diagnostic's remedy as ESLint fixes and suggestions.
//
// - The core's `fix` ({start, end, replacement, applicability}), when a diagnostic has one:
//   start/end are UTF-8 byte offsets into the text validated, which is ours (serialize.js),
//   so they are traced back to the UTF-16 offsets of that text and to what they cover. It is
//   used only when it covers the thing reported: that key (a rename), that value (its JSON
//   text), or that member (`replacement` empty: a removal). Applied as an autofix when its
//   applicability is safe, offered as a suggestion otherwise.
// - Without it, the `suggestion`: an enum spelling ('Publich' -> 'Public') is an autofix; a
//   cut to the longest prefix that fits, a key's other spelling, anything else: a suggestion.
// - The renames of one call are weighed together (`remedies`): none that repeats a key, and
//   none unasked where a spread or a computed key may hold the new name.
// Only literals are rewritten (a string's quote style kept); a constant or a template with
// expressions is not touched.
import { staticName } from './evaluate.js';

/** Rules whose suggestion is the right spelling of an enum value: safe to apply. */
const ENUM_RULES = new Set([
  'unknown-group-type',
  'group-type-spelling',
  'invalid-apply-join-option',
  'invalid-invite-join-option',
  'invalid-member-role',
]);
/** Rules whose suggestion is the longest prefix that fits. */
const TRUNCATE_RULES = new Set(['too-many-bytes', 'custom-value-too-long']);
/** Rules about a key (its name), reported on the key; their suggestion is another name. */
export const KEY_RULES = new Set(['unknown-field', 'mixed-dialect', 'duplicate-key']);
/** The core's applicabilities that mean "apply without asking" (rustc's, ruff's, plain). */
const SAFE = new Set(['machine-applicable', 'MachineApplicable', 'safe', 'always', 'fix']);

/** A JS string literal for `value`, written like the node it replaces. */
export function stringLiteral(value, like) {
  const inner = JSON.stringify(value).slice(1, -1).replaceAll('\\"', '"');
  if (like?.type === 'TemplateLiteral') return '`' + inner.replaceAll('`', '\\`').replaceAll('${', '\\${') + '`';
  const quote = like?.type === 'Literal' && typeof like.raw === 'string' && like.raw[0] === '"' ? '"' : "'";
  return quote + inner.replaceAll(quote, '\\' + quote) + quote;
}

/** A key node renamed: an identifier when the name is one, else a string literal. */
function keyText(name, keyNode) {
  if (keyNode.type === 'Identifier' && /^[A-Za-z_$][\w$]*$/.test(name)) return name;
  return stringLiteral(name, keyNode);
}

/** A string written as a literal (not a constant, a concatenation, a template with holes). */
function isStringLiteral(node) {
  return (node.type === 'Literal' && typeof node.value === 'string') ||
    (node.type === 'TemplateLiteral' && node.expressions.length === 0);
}

/** Any value written as a literal: a string as above, a number, `-1`, a boolean, null. */
function isLiteral(node) {
  if (node.type === 'UnaryExpression') return isLiteral(node.argument);
  return node.type === 'Literal' || isStringLiteral(node);
}

/** JS source for a JSON value replacing `node`. */
function jsFor(value, node) {
  return typeof value === 'string' ? stringLiteral(value, node) : JSON.stringify(value);
}

/**
 * The UTF-8 offset of each UTF-16 offset of `text`, strictly increasing: a surrogate pair
 * counts 2 bytes a unit, so that its middle maps to no character's start.
 */
const byteOffsets = new WeakMap();
function bytesOf(serialized) {
  let table = byteOffsets.get(serialized);
  if (!table) {
    const { text } = serialized;
    table = new Uint32Array(text.length + 1);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      table[i + 1] = table[i] + (c < 0x80 ? 1 : c < 0x800 || (c & 0xf800) === 0xd800 ? 2 : 3);
    }
    byteOffsets.set(serialized, table);
  }
  return table;
}

/** The UTF-16 offset into the text validated of the core's byte offset `byte`, or -1. */
function utf16Offset(serialized, byte) {
  const bytes = bytesOf(serialized);
  let lo = 0;
  let hi = bytes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (bytes[mid] === byte) return mid;
    if (bytes[mid] < byte) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const replaceMessage = (rule) => (TRUNCATE_RULES.has(rule) ? 'truncate' : 'replace');

/** A rename of a written key; a computed one is left as it is. */
function rename(prop, from, to, safe) {
  return prop?.type === 'Property' && !prop.computed ? { kind: 'rename', prop, from, to, safe } : null;
}

/**
 * The core's fix, when it is an edit of the very thing reported: the key (a rename), the
 * value (when it is written as a literal), or the member holding it (a removal). Its offsets
 * are UTF-8 bytes into the text validated.
 */
function coreRemedy(d, where, serialized) {
  const { replacement } = d.fix;
  const start = utf16Offset(serialized, d.fix.start);
  const end = utf16Offset(serialized, d.fix.end);
  if (typeof replacement !== 'string' || start < 0 || end < start) return null;
  const member = serialized.members.find((m) => m.prop === where.entry?.prop);
  if (replacement === '') {
    // A removal: from the member's key to the next key (or from the comma before it).
    const covered = serialized.members.filter((m) => m.keySpan[0] >= start && m.end <= end);
    if (covered.length !== 1 || covered[0] !== member || member.prop.type !== 'Property') return null;
    return { kind: 'remove', prop: member.prop, key: member.key };
  }
  let value;
  try {
    value = JSON.parse(replacement);
  } catch {
    return null;
  }
  const safe = SAFE.has(d.fix.applicability) && !TRUNCATE_RULES.has(d.rule);
  if (KEY_RULES.has(d.rule)) {
    const [s, e] = member?.keySpan ?? [];
    return s === start && e === end && typeof value === 'string' ? rename(member.prop, member.key, value, safe) : null;
  }
  if (where.at !== 'value') return null;
  const [s, e] = serialized.spans.get(where.tree) ?? [];
  const node = where.tree.node;
  if (s !== start || e !== end || !isLiteral(node)) return null; // a constant, a concatenation
  return { kind: 'replace', node, text: jsFor(value, node), messageId: replaceMessage(d.rule), safe };
}

/** The diagnostic's `suggestion` as an edit of the key or string literal reported. */
function suggestionRemedy(d, where) {
  if (typeof d.suggestion !== 'string') return null;
  if (KEY_RULES.has(d.rule)) return where.entry ? rename(where.entry.prop, where.entry.key, d.suggestion, false) : null;
  if (where.at !== 'value' || !isStringLiteral(where.tree.node)) return null;
  const node = where.tree.node;
  return { kind: 'replace', node, text: stringLiteral(d.suggestion, node), messageId: replaceMessage(d.rule), safe: ENUM_RULES.has(d.rule) };
}

/**
 * A diagnostic's remedy as an edit of the code, or null:
 *   { kind: 'rename', prop, from, to, safe }          the key reported renamed
 *   { kind: 'replace', node, text, messageId, safe }  the literal reported rewritten
 *   { kind: 'remove', prop, key }                     the property removed (never unasked)
 * `safe`: an autofix, unless the other remedies of the call say otherwise (`remedies`).
 */
export function remedy(d, where, serialized) {
  return (d.fix ? coreRemedy(d, where, serialized) : null) ?? suggestionRemedy(d, where);
}

/** `{ groupId: x }` -> `{ groupID: x }`; a shorthand keeps its variable: `{ groupID: groupId }`. */
function renameFix(prop, name) {
  const to = keyText(name, prop.key);
  return (fixer) => (prop.shorthand ? fixer.insertTextBefore(prop, `${to}: `) : fixer.replaceText(prop.key, to));
}

/** A property removed with its comma, the next one taking its place. */
function removeProperty(fixer, sourceCode, prop) {
  const after = sourceCode.getTokenAfter(prop);
  if (after?.value === ',') return fixer.removeRange([prop.range[0], sourceCode.getTokenAfter(after).range[0]]);
  const before = sourceCode.getTokenBefore(prop);
  if (before?.value === ',') return fixer.removeRange([before.range[0], prop.range[1]]);
  return fixer.remove(prop);
}

/** The names written as keys of an object literal's properties other than `prop`. */
const otherKeys = (prop) =>
  prop.parent.properties.filter((p) => p !== prop && p.type === 'Property').map((p) => staticName(p.key, p.computed));

/**
 * The `fix` and `suggest` (context.report's) of each remedy of one call, its renames checked
 * against the object they are in and against each other:
 * - a rename to a key the object has, or to the name another rename in it gives, would
 *   repeat a key (the SDK and the server keep one of the two): no fix, no suggestion;
 * - a rename in an object with a spread or a computed key, or of a key written twice, may
 *   change what the call sends (the spread may hold the new name; the first of the two
 *   comes back): a suggestion, never an autofix.
 * @returns {{ fix?: Function, suggest: object[] }[]}
 */
export function remedies(edits, sourceCode) {
  const targets = new Map(); // object literal -> the names renames give in it, with a count
  for (const e of edits) {
    if (e?.kind !== 'rename') continue;
    const names = targets.get(e.prop.parent) ?? new Map();
    names.set(e.to, (names.get(e.to) ?? 0) + 1);
    targets.set(e.prop.parent, names);
  }
  return edits.map((e) => {
    if (!e) return { suggest: [] };
    if (e.kind === 'remove') {
      return { suggest: [{ messageId: 'remove', data: { key: e.key }, fix: (fixer) => removeProperty(fixer, sourceCode, e.prop) }] };
    }
    let safe = e.safe;
    let edit;
    if (e.kind === 'rename') {
      const others = otherKeys(e.prop);
      if (others.includes(e.to) || targets.get(e.prop.parent).get(e.to) > 1) return { suggest: [] };
      const open = e.prop.parent.properties.some((p) => p.type !== 'Property' || p.computed);
      safe &&= !open && !others.includes(e.from);
      edit = { messageId: 'rename', data: { from: e.from, to: e.to }, fix: renameFix(e.prop, e.to) };
    } else {
      edit = { messageId: e.messageId, data: { value: e.text }, fix: (fixer) => fixer.replaceText(e.node, e.text) };
    }
    return safe ? { fix: edit.fix, suggest: [] } : { suggest: [edit] };
  });
}
