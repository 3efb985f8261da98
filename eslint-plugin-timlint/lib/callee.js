// Which calls are group calls, and which object literal is their payload.
import { staticName, unwrap } from './evaluate.js';

/**
 * A callee as dotted segments: `this.chat.createGroup` -> ['this', 'chat', 'createGroup'].
 * A segment that is not a name (a call, a computed key) is '?', which only `*` matches.
 */
export function calleeSegments(callee) {
  const segments = [];
  let node = callee;
  for (;;) {
    node = unwrap(node);
    if (node.type === 'ChainExpression') node = unwrap(node.expression);
    if (node.type === 'MemberExpression') {
      segments.unshift(staticName(node.property, node.computed) ?? '?');
      node = node.object;
    } else {
      segments.unshift(node.type === 'Identifier' ? node.name : node.type === 'ThisExpression' ? 'this' : '?');
      return segments;
    }
  }
}

/**
 * A pattern (`chat.createGroup`, `*.createGroup`) matches a callee whose segments end with the
 * pattern's; `*` stands for any one segment.
 */
export function matchesPattern(pattern, segments) {
  const p = pattern.split('.');
  if (p.length > segments.length) return false;
  const offset = segments.length - p.length;
  return p.every((s, i) => s === '*' || s === segments[offset + i]);
}

function findVariable(scope, name) {
  for (let s = scope; s; s = s.upper) {
    const v = s.set.get(name);
    if (v) return v;
  }
  return null;
}

/** The `const` a name is bound to, with its initializer; null for anything else. */
function constInit(sourceCode, identifier) {
  const v = findVariable(sourceCode.getScope(identifier), identifier.name);
  if (!v || v.defs.length !== 1) return null;
  const def = v.defs[0];
  if (def.type !== 'Variable' || def.parent.kind !== 'const' || def.node.id.type !== 'Identifier' || !def.node.init) {
    return null;
  }
  return { variable: v, init: unwrap(def.node.init) };
}

/**
 * `x.updateGroupProfile(…)` where `x` is a `const` made by `TencentCloudChat.create(…)` (or
 * another SDK object's `create`): a Web SDK instance whatever its name. The method's name when
 * it is one of `methods`, else null.
 */
export function sdkInstanceMethod(sourceCode, callee, sdkObjects, methods) {
  callee = unwrap(callee);
  if (callee.type === 'ChainExpression') callee = unwrap(callee.expression);
  if (callee.type !== 'MemberExpression') return null;
  const method = staticName(callee.property, callee.computed);
  if (!methods.includes(method)) return null;
  const object = unwrap(callee.object);
  if (object.type !== 'Identifier') return null;
  const bound = constInit(sourceCode, object);
  if (!bound || bound.init.type !== 'CallExpression') return null;
  const segments = calleeSegments(bound.init.callee);
  return segments.length === 2 && sdkObjects.includes(segments[0]) && segments[1] === 'create' ? method : null;
}

/**
 * The object literal a call passes: written in place, or a `const` bound to one and used
 * nowhere else (a const used elsewhere may be mutated, `options.memberList = …`, before the
 * call: then nothing is known and the call is skipped).
 */
export function payloadLiteral(sourceCode, arg) {
  if (!arg || arg.type === 'SpreadElement') return null;
  const node = unwrap(arg);
  if (node.type === 'ObjectExpression') return node;
  if (node.type !== 'Identifier') return null;
  const bound = constInit(sourceCode, node);
  if (!bound || bound.init.type !== 'ObjectExpression') return null;
  const reads = bound.variable.references.filter((r) => !r.init);
  return reads.length === 1 && reads[0].identifier === node ? bound.init : null;
}
