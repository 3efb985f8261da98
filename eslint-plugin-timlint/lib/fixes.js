// A diagnostic's remedy as ESLint fixes and suggestions.
//
// - The core's `fix` ({start, end, replacement, applicability}), when a diagnostic has one:
//   start/end are byte offsets into the text validated, which is ours (serialize.js), so they
//   are traced back to what they cover: a value (`replacement` is its JSON text), a key (a
//   JSON string: a rename), or a whole member (`replacement` empty: a removal). Applied as
//   an autofix when its applicability is safe, offered as a suggestion otherwise.
// - Without it, the `suggestion`: an enum spelling ('Publich' -> 'Public') is an autofix; a
//   cut to the longest prefix that fits, a key's other spelling, anything else: a suggestion.
// Only literals are rewritten (a string's quote style kept); a constant or a template with
// expressions is not touched.

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

/** UTF-8 offset of each UTF-16 offset of `text` (the core's offsets are bytes). */
const byteOffsets = new WeakMap();
function bytesOf(serialized) {
  let table = byteOffsets.get(serialized);
  if (!table) {
    const { text } = serialized;
    table = new Uint32Array(text.length + 1);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      table[i + 1] = table[i] + (c < 0x80 ? 1 : c < 0x800 ? 2 : (c & 0xfc00) === 0xd800 ? 4 : (c & 0xfc00) === 0xdc00 ? 0 : 3);
    }
    byteOffsets.set(serialized, table);
  }
  return table;
}

/** The core's fix as an ESLint edit, with its message, when it lands on something of ours. */
function coreEdit(d, serialized, sourceCode) {
  const { start, end, replacement } = d.fix;
  if (typeof start !== 'number' || typeof end !== 'number' || typeof replacement !== 'string') return null;
  const bytes = bytesOf(serialized);
  // Offsets in bytes, as the core documents them; in UTF-16 units, as JS would count.
  const is = (s, e) => (bytes[s] === start && bytes[e] === end) || (s === start && e === end);
  const within = (s, e) => (bytes[s] >= start && bytes[e] <= end) || (s >= start && e <= end);
  if (replacement === '') {
    // A removal: from a member's key to the next key (or from the comma before it).
    const covered = serialized.members.filter((m) => within(m.keySpan[0], m.end));
    if (covered.length !== 1 || covered[0].prop.type !== 'Property') return null;
    const { key, prop } = covered[0];
    return { messageId: 'remove', data: { key }, fix: (fixer) => removeProperty(fixer, sourceCode, prop) };
  }
  let value;
  try {
    value = JSON.parse(replacement);
  } catch {
    return null;
  }
  for (const [tree, [s, e]] of serialized.spans) {
    if (tree.kind !== 'value' || !is(s, e)) continue;
    if (!isLiteral(tree.node)) return null; // a constant, a concatenation: left as written
    const text = jsFor(value, tree.node);
    const messageId = TRUNCATE_RULES.has(d.rule) ? 'truncate' : 'replace';
    return { messageId, data: { value: text }, fix: (fixer) => fixer.replaceText(tree.node, text) };
  }
  const renamed = serialized.members.find((m) => is(m.keySpan[0], m.keySpan[1]));
  if (renamed && typeof value === 'string' && !renamed.prop.computed) {
    return { messageId: 'rename', data: { from: renamed.key, to: value }, fix: renameFix(renamed.prop, value) };
  }
  return null;
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

/**
 * @returns {{ fix?: object, suggest: object[] }} the `fix` and `suggest` of context.report
 *   (`fix` a function of the fixer; each suggestion { messageId, data, fix })
 */
export function remedies(d, where, serialized, sourceCode) {
  const out = { suggest: [] };
  // The core's own fix, traced to a value or key of ours.
  const core = d.fix ? coreEdit(d, serialized, sourceCode) : null;
  if (core) {
    // A cut loses text: never applied unasked, whatever the core says.
    if (SAFE.has(d.fix.applicability) && !TRUNCATE_RULES.has(d.rule)) out.fix = core.fix;
    else out.suggest.push(core);
    return out;
  }
  if (typeof d.suggestion !== 'string') return out;
  if (KEY_RULES.has(d.rule)) {
    const prop = where.entry?.prop;
    if (prop && !prop.computed) {
      out.suggest.push({ messageId: 'rename', data: { from: where.entry.key, to: d.suggestion }, fix: renameFix(prop, d.suggestion) });
    }
    return out;
  }
  if (where.at !== 'value' || !isStringLiteral(where.tree.node)) return out;
  const node = where.tree.node;
  const text = stringLiteral(d.suggestion, node);
  const fix = (fixer) => fixer.replaceText(node, text);
  if (ENUM_RULES.has(d.rule)) out.fix = fix;
  else out.suggest.push({ messageId: TRUNCATE_RULES.has(d.rule) ? 'truncate' : 'replace', data: { value: text }, fix });
  return out;
}
