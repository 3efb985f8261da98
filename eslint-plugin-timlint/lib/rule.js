// The rule `timlint/group-calls` (also registered as `timlint/create-group`, its first name):
// each group call's object literal (createGroup, updateGroupProfile, addGroupMember, …),
// evaluated where it is static, checked by timlint as that call (`api`), and each diagnostic
// reported on the node of the field at fault.
import { validate, limits } from 'timlint';
import { presetLimits, vocabularies } from 'timlint/options';
import { DEFAULT_SDK_OBJECTS } from './constants.js';
import { evaluate, hasUnknown, isUnknownField, resolvePointer } from './evaluate.js';
import { serialize } from './serialize.js';
import { fieldsRead } from './dependencies.js';
import { KEY_RULES, remedies, remedy } from './fixes.js';
import { MESSAGES, messageOf } from './messages.js';
import { calleeSegments, sdkInstanceMethod, matchesPattern, payloadLiteral } from './callee.js';
import { API_NAMES, DEFAULT_CALLEES, WEB_METHODS, apiOf, apiOfPattern } from './calls.js';

export { DEFAULT_CALLEES };

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
// The names timlint reads, from its own declaration (`timlint/options`), not restated here.
const LIMIT_KEYS = Object.keys(presetLimits.default);
/** A vocabulary's names and aliases, as timlint accepts them. */
const names = (v) => [...vocabularies[v].values, ...Object.keys(vocabularies[v].aliases)];
/** The options passed on to timlint as they are (pkg/index.d.ts `Options`, less `dialect`). */
const TIMLINT_OPTION_KEYS = ['preset', 'limits', 'plan', 'groupType', 'groupKeys', 'memberKeys', 'lang', 'maxDiagnostics', 'messages'];

const PATTERN = '^(\\*|[^.*]+)(\\.(\\*|[^.*]+))*$';
const calleeSchema = {
  anyOf: [
    { type: 'string', pattern: PATTERN },
    {
      type: 'object',
      properties: {
        callee: { type: 'string', pattern: PATTERN },
        argument: { type: 'integer', minimum: 0 },
        // The call its payload is for (any name timlint reads); default: its method's, else create-group.
        api: { enum: API_NAMES },
      },
      required: ['callee'],
      additionalProperties: false,
    },
  ],
};
/** A list of callees, or a map of callee patterns to the call each is for. */
const calleesSchema = {
  anyOf: [
    { type: 'array', items: calleeSchema },
    { type: 'object', propertyNames: { pattern: PATTERN }, additionalProperties: { enum: API_NAMES } },
  ],
};
const keysSchema = { anyOf: [{ type: 'array', items: { type: 'string' }, uniqueItems: true }, { type: 'null' }] };

/** JSON Schema of the rule's one options object. */
export const optionsSchema = [
  {
    type: 'object',
    properties: {
      callees: calleesSchema,
      restCallees: calleesSchema,
      sdkObjects: { type: 'array', items: { type: 'string' } },
      minSeverity: { enum: ['error', 'warning', 'info'] },
      help: { type: 'boolean' },
      preset: { enum: names('preset') },
      limits: {
        type: 'object',
        properties: Object.fromEntries(LIMIT_KEYS.map((k) => [k, { type: 'integer', minimum: 0 }])),
        additionalProperties: false,
      },
      plan: { anyOf: [{ enum: names('plan') }, { type: 'null' }] },
      // The type of the groups the calls change, when their payloads do not say.
      groupType: { anyOf: [{ enum: names('groupType') }, { type: 'null' }] },
      groupKeys: keysSchema,
      memberKeys: keysSchema,
      lang: { enum: names('lang') },
      maxDiagnostics: { type: 'integer', minimum: 1 },
      // Your own wording per message ID: templates with timlint's placeholders ({field}, …).
      messages: { type: 'object', additionalProperties: { type: 'string' } },
    },
    additionalProperties: false,
  },
];

/** Each callee as `{ callee, argument, api }`, `api` the call's own name. */
function normalizeCallees(list, dialect) {
  const entries = Array.isArray(list) ? list : Object.entries(list).map(([callee, api]) => ({ callee, api }));
  return entries.map((c) => {
    const e = typeof c === 'string' ? { callee: c } : c;
    const api = e.api === undefined ? apiOfPattern(e.callee) : apiOf(e.api);
    if (dialect === 'web' && api === 'import-group') {
      throw new Error(`timlint: ${e.callee}: import-group has no Web SDK call; list a REST helper under restCallees`);
    }
    return { callee: e.callee, argument: e.argument ?? 0, api };
  });
}

/** The rule's settings from its options; bad timlint options throw here, once per file. */
function settings(raw = {}) {
  const timlint = {};
  for (const k of TIMLINT_OPTION_KEYS) if (raw[k] !== undefined) timlint[k] = raw[k];
  limits(timlint); // throws the package's own message for a wrong value
  return {
    timlint,
    web: normalizeCallees(raw.callees ?? DEFAULT_CALLEES, 'web'),
    rest: normalizeCallees(raw.restCallees ?? [], 'rest'),
    sdkObjects: raw.sdkObjects ?? DEFAULT_SDK_OBJECTS,
    minRank: SEVERITY_RANK[raw.minSeverity ?? 'warning'],
    help: raw.help ?? true,
  };
}

/** The dialect, argument index and call of a group call, or null. */
function classify(sourceCode, call, s) {
  const segments = calleeSegments(call.callee);
  for (const [dialect, list] of [['rest', s.rest], ['web', s.web]]) {
    const hit = list.find((c) => matchesPattern(c.callee, segments));
    if (hit) return { dialect, argument: hit.argument, api: hit.api };
  }
  const method = sdkInstanceMethod(sourceCode, call.callee, s.sdkObjects, WEB_METHODS);
  return method ? { dialect: 'web', argument: 0, api: apiOf(method) } : null;
}

/**
 * Where a diagnostic lands in the tree (resolvePointer), or null when it says nothing true of
 * the code: it is about, or depends on, an unknown value.
 */
export function where(d, tree, dialect, api = 'create-group', groupType = null) {
  const w = resolvePointer(tree, d.path);
  if (!w) return null;
  if (w.at === 'dynamic-key' && !KEY_RULES.has(d.rule)) return null;
  const reads = fieldsRead(d.rule, dialect, api, groupType);
  if (reads === null ? hasUnknown(tree) : reads.some((f) => isUnknownField(tree, f))) return null;
  return w;
}

function reportNode(d, w) {
  if (w.at === 'missing') return w.object.node;
  if (w.at === 'dynamic-key') return w.entry.prop.key;
  return KEY_RULES.has(d.rule) && w.entry ? w.entry.prop.key : w.tree.node;
}

/** The text of a diagnostic ESLint's messages cannot say (messages.js): rendered by timlint. */
function text(d, withHelp) {
  const severity = d.severity === 'error' ? '' : ` (${d.severity})`;
  return `${d.rule}${severity}: ${d.message}${withHelp && d.help ? `; ${d.help}` : ''}`;
}

/**
 * The rule, checking with `check` (timlint's `validate`; the tests give one whose diagnostics
 * carry the core's `fix`, which the package's build may not have yet).
 * @returns {import('eslint').Rule.RuleModule}
 */
export const makeCreateGroup = (check) => ({
  meta: {
    type: 'problem',
    docs: {
      description:
        'Check Tencent Cloud IM group calls (Web SDK createGroup, updateGroupProfile, addGroupMember, createTopicInCommunity, setGroupMember* options; REST bodies) with timlint',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: optionsSchema,
    messages: {
      diagnostic: '{{text}}',
      replace: 'Replace with {{value}}',
      truncate: 'Cut to the longest prefix that fits: {{value}}',
      rename: 'Rename `{{from}}` to `{{to}}`',
      remove: 'Remove `{{key}}`',
      // One per timlint message ID (messages.js; docs/messages.md lists them).
      ...MESSAGES,
    },
  },
  create(context) {
    const s = settings(context.options[0]);
    const sourceCode = context.sourceCode;
    return {
      CallExpression(call) {
        const c = classify(sourceCode, call, s);
        if (!c) return;
        const literal = payloadLiteral(sourceCode, call.arguments[c.argument]);
        if (!literal) return;
        const tree = evaluate(literal, s.sdkObjects);
        const serialized = serialize(tree);
        // create-group is timlint's default call: its options are what they always were.
        const callOption = c.api === 'create-group' ? {} : { api: c.api };
        const report = check(serialized.text, { ...s.timlint, dialect: c.dialect, ...callOption });
        const found = [];
        for (const d of report.diagnostics) {
          if (SEVERITY_RANK[d.severity] > s.minRank) continue;
          const w = where(d, tree, c.dialect, c.api, s.timlint.groupType);
          if (w) found.push({ d, w, edit: remedy(d, w, serialized) });
        }
        // The call's fixes together: one rename may forbid another (fixes.js).
        const fixes = remedies(found.map((f) => f.edit), sourceCode);
        found.forEach(({ d, w }, i) => {
          const { fix, suggest } = fixes[i];
          context.report({
            node: reportNode(d, w),
            ...(messageOf(d, s.timlint, s.help) ?? { messageId: 'diagnostic', data: { text: text(d, s.help) } }),
            ...(fix ? { fix } : {}),
            ...(suggest.length ? { suggest } : {}),
          });
        });
      },
    };
  },
});

export const createGroup = makeCreateGroup(validate);
