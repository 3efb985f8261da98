// Static evaluation of an argument's AST: what a payload is known to be at lint time, and what
// is not. Nothing is guessed: a value that is not a literal, a constant-free template, an
// array or object literal, or one of the SDK's TYPES constants is `dynamic`.
//
// The result is a tree that keeps, for every value, the AST node it came from:
//   { kind: 'value', node, value }                 string, finite number, boolean or null
//   { kind: 'object', node, props, dynamicKeys, open }
//       props: Map key -> { key, prop, keyNode, value: tree }  (the static properties, in
//              JavaScript's order: a repeated key keeps its first place and its last value)
//       dynamicKeys: Map key -> its Property node, for keys that are there, value unknown
//       open: a spread or computed key may add keys nobody can see
//   { kind: 'array', node, items: [tree], incomplete }  (items: the static elements only;
//       incomplete: a spread, a hole or a dynamic element was left out)
//   { kind: 'dynamic', node }
import { SDK_TYPES } from './constants.js';

/** Type-only wrappers of TypeScript (`as const`, `satisfies T`, `<T>x`, `x!`) and parentheses. */
export function unwrap(node) {
  while (
    node.type === 'TSAsExpression' ||
    node.type === 'TSSatisfiesExpression' ||
    node.type === 'TSTypeAssertion' ||
    node.type === 'TSNonNullExpression' ||
    node.type === 'TSInstantiationExpression'
  ) {
    node = node.expression;
  }
  return node;
}

/** A property or member name known statically: `a`, `'a'`, `` `a` ``, `[ 'a' ]`; else null. */
export function staticName(node, computed) {
  node = unwrap(node);
  if (!computed && node.type === 'Identifier') return node.name;
  if (node.type === 'Literal' && (typeof node.value === 'string' || typeof node.value === 'number')) {
    return String(node.value);
  }
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked ?? null;
  return null;
}

/** Evaluates an expression. `sdkObjects`: the names whose `.TYPES.X` are the SDK's constants. */
export function evaluate(expr, sdkObjects) {
  const node = unwrap(expr);
  const dynamic = { kind: 'dynamic', node };
  switch (node.type) {
    case 'Literal': {
      const v = node.value;
      if (v === null && node.raw === 'null') return { kind: 'value', node, value: null };
      if (typeof v === 'string' || typeof v === 'boolean') return { kind: 'value', node, value: v };
      if (typeof v === 'number' && Number.isFinite(v)) return { kind: 'value', node, value: v };
      return dynamic; // RegExp, BigInt
    }
    case 'TemplateLiteral': {
      const cooked = node.expressions.length === 0 ? node.quasis[0].value.cooked : null;
      return typeof cooked === 'string' ? { kind: 'value', node, value: cooked } : dynamic;
    }
    case 'UnaryExpression': {
      if (node.operator !== '-' && node.operator !== '+') return dynamic;
      const arg = evaluate(node.argument, sdkObjects);
      if (arg.kind !== 'value' || typeof arg.value !== 'number') return dynamic;
      const v = node.operator === '-' ? -arg.value : arg.value;
      return { kind: 'value', node, value: Object.is(v, -0) ? 0 : v };
    }
    case 'BinaryExpression': {
      // 'a' + 'b': strings only (numbers would need JavaScript's own arithmetic and rounding).
      if (node.operator !== '+') return dynamic;
      const l = evaluate(node.left, sdkObjects);
      const r = evaluate(node.right, sdkObjects);
      if (l.kind === 'value' && r.kind === 'value' && typeof l.value === 'string' && typeof r.value === 'string') {
        return { kind: 'value', node, value: l.value + r.value };
      }
      return dynamic;
    }
    case 'MemberExpression': {
      const value = sdkConstant(node, sdkObjects);
      return value === undefined ? dynamic : { kind: 'value', node, value };
    }
    case 'ArrayExpression':
      return evaluateArray(node, sdkObjects);
    case 'ObjectExpression':
      return evaluateObject(node, sdkObjects);
    default:
      return dynamic;
  }
}

/** `TencentCloudChat.TYPES.GRP_WORK` and the like: the constant's value, or undefined. */
function sdkConstant(node, sdkObjects) {
  if (node.optional) return undefined;
  const name = staticName(node.property, node.computed);
  if (name === null || !Object.hasOwn(SDK_TYPES, name)) return undefined;
  const types = unwrap(node.object);
  if (types.type !== 'MemberExpression' || types.optional || staticName(types.property, types.computed) !== 'TYPES') {
    return undefined;
  }
  const root = unwrap(types.object);
  return root.type === 'Identifier' && sdkObjects.includes(root.name) ? SDK_TYPES[name] : undefined;
}

function evaluateArray(node, sdkObjects) {
  const items = [];
  let incomplete = false;
  for (const el of node.elements) {
    if (el === null || el.type === 'SpreadElement') {
      incomplete = true;
      continue;
    }
    const item = evaluate(el, sdkObjects);
    if (item.kind === 'dynamic') incomplete = true;
    else items.push(item);
  }
  return { kind: 'array', node, items, incomplete };
}

function evaluateObject(node, sdkObjects) {
  const props = new Map();
  const dynamicKeys = new Map();
  let open = false;
  // A spread or a computed key may set any key, those written before it included: what was
  // known before it becomes "present, value unknown".
  const forgetEarlier = () => {
    for (const [key, entry] of props) dynamicKeys.set(key, entry.prop);
    props.clear();
    open = true;
  };
  for (const prop of node.properties) {
    if (prop.type !== 'Property') {
      forgetEarlier(); // SpreadElement (ExperimentalSpreadProperty in old parsers)
      continue;
    }
    const key = staticName(prop.key, prop.computed);
    if (key === null) {
      forgetEarlier();
      continue;
    }
    if (key === '__proto__' && !prop.computed && !prop.shorthand && prop.kind === 'init' && !prop.method) {
      open = true; // sets the prototype, not a key: nothing to check, nothing known
      continue;
    }
    const value = prop.kind === 'init' && !prop.method ? evaluate(prop.value, sdkObjects) : { kind: 'dynamic', node: prop };
    if (value.kind === 'dynamic') {
      props.delete(key);
      dynamicKeys.set(key, prop);
    } else {
      dynamicKeys.delete(key);
      props.set(key, { key, prop, keyNode: prop.key, value });
    }
  }
  return { kind: 'object', node, props, dynamicKeys, open };
}

/** JSON Pointer segments (RFC 6901). */
export function pointerSegments(pointer) {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * Where a diagnostic's pointer lands in the tree:
 *   { at: 'value', entry? , tree }  the value at the pointer (entry: its property, when it is one)
 *   { at: 'missing', object }       a key the object lacks (the pointer names a missing field)
 *   { at: 'dynamic-key', entry }    a key whose value is unknown: only what is said of the key
 *                                   itself (its name) may be reported
 *   null                            nothing to say: the pointer is at or under a dynamic value,
 *                                   a key an open object may have, or an incomplete array itself
 */
export function resolvePointer(tree, pointer) {
  const segments = pointerSegments(pointer);
  let cur = tree;
  let entry = null;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const last = i === segments.length - 1;
    if (cur.kind === 'object') {
      const found = cur.props.get(seg);
      if (found) {
        entry = found;
        cur = found.value;
        continue;
      }
      if (cur.dynamicKeys.has(seg)) return last ? { at: 'dynamic-key', entry: { key: seg, prop: cur.dynamicKeys.get(seg) } } : null;
      if (cur.open || !last) return null;
      return { at: 'missing', object: cur };
    }
    if (cur.kind === 'array' && /^(0|[1-9][0-9]*)$/.test(seg) && Number(seg) < cur.items.length) {
      entry = null;
      cur = cur.items[Number(seg)];
      continue;
    }
    return null;
  }
  if (cur.kind === 'array' && cur.incomplete) return null;
  return { at: 'value', entry, tree: cur };
}

/** A field of the root object whose value is not known: dynamic, or possibly set by a spread. */
export function isUnknownField(tree, key) {
  if (tree.dynamicKeys.has(key)) return true;
  const entry = tree.props.get(key);
  if (!entry) return tree.open;
  const v = entry.value;
  return v.kind === 'array' ? v.incomplete : false;
}

/** Anything in the tree not known: for a rule whose reads are not known either. */
export function hasUnknown(tree) {
  if (tree.kind === 'dynamic') return true;
  if (tree.kind === 'array') return tree.incomplete || tree.items.some(hasUnknown);
  if (tree.kind === 'object') {
    return tree.open || tree.dynamicKeys.size > 0 || [...tree.props.values()].some((e) => hasUnknown(e.value));
  }
  return false;
}
