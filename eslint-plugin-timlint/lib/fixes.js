// A diagnostic's remedy as ESLint fixes and suggestions.
//
// - The core's `fix` ({start, end, replacement, applicability}), when a diagnostic has one:
//   start/end are offsets into the text validated, which is ours (serialize.js), so they are
//   traced back to the value whose span they cover; `replacement` is JSON text. Applied as an
//   autofix when its applicability says it is safe, offered as a suggestion otherwise.
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

function utf8Offset(text, units) {
  return Buffer.byteLength(text.slice(0, units), 'utf8');
}

/** The value of the tree whose span in `text` is [start, end), in UTF-16 units or in bytes. */
function valueAt(spans, text, start, end) {
  for (const [tree, [s, e]] of spans) {
    if (tree.kind !== 'value') continue;
    if ((s === start && e === end) || (utf8Offset(text, s) === start && utf8Offset(text, e) === end)) return tree;
  }
  return null;
}

/**
 * @returns {{ fix?: object, suggest: object[] }} the `fix` and `suggest` of context.report
 *   (`fix` a function of the fixer; each suggestion { messageId, data, fix })
 */
export function remedies(d, where, serialized) {
  const out = { suggest: [] };
  // The core's own fix, traced to a value of ours.
  if (d.fix && typeof d.fix.start === 'number' && typeof d.fix.end === 'number' && typeof d.fix.replacement === 'string') {
    const tree = valueAt(serialized.spans, serialized.text, d.fix.start, d.fix.end);
    let value;
    try {
      value = JSON.parse(d.fix.replacement);
    } catch {
      value = undefined;
    }
    if (tree && value !== undefined && isLiteral(tree.node)) {
      const text = jsFor(value, tree.node);
      const fix = (fixer) => fixer.replaceText(tree.node, text);
      // A cut loses text: never applied unasked, whatever the core says.
      if (SAFE.has(d.fix.applicability) && !TRUNCATE_RULES.has(d.rule)) out.fix = fix;
      else out.suggest.push({ messageId: TRUNCATE_RULES.has(d.rule) ? 'truncate' : 'replace', data: { value: text }, fix });
      return out;
    }
  }
  if (typeof d.suggestion !== 'string') return out;
  if (KEY_RULES.has(d.rule)) {
    const prop = where.entry?.prop;
    if (prop && !prop.computed) {
      const to = keyText(d.suggestion, prop.key);
      out.suggest.push({
        messageId: 'rename',
        data: { from: where.entry.key, to: d.suggestion },
        // `{ groupId }` becomes `{ groupID: groupId }`: the value stays the same variable.
        fix: (fixer) => (prop.shorthand ? fixer.insertTextBefore(prop, `${to}: `) : fixer.replaceText(prop.key, to)),
      });
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
