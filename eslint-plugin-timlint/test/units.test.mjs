// The parts under the rule: the table of what each rule reads, the core's `fix`, the options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from 'eslint';
import { parseForESLint } from '@typescript-eslint/parser';
import { templates } from 'timlint';
import plugin from '../index.js';
import { RULE_READS, fieldsRead } from '../lib/dependencies.js';
import { evaluate, resolvePointer } from '../lib/evaluate.js';
import { serialize } from '../lib/serialize.js';
import { remedies, remedy, stringLiteral } from '../lib/fixes.js';
import { DEFAULT_SDK_OBJECTS } from '../lib/constants.js';
import { where } from '../lib/rule.js';

test('every rule of the core is in the table of fields each rule reads, and no other', () => {
  const fromTemplates = new Set(
    Object.keys(templates)
      .map((id) => id.split('.')[0])
      .filter((id) => id !== 'common' && id !== 'convert'),
  );
  assert.deepEqual([...fromTemplates].sort(), Object.keys(RULE_READS).sort());
  assert.equal(fieldsRead('a-rule-from-the-future', 'web'), null);
  assert.deepEqual(fieldsRead('exceeds-max-member-count', 'web'), ['type', 'maxMemberNum', 'memberList']);
  assert.deepEqual(fieldsRead('exceeds-max-member-count', 'rest'), ['Type', 'MaxMemberCount', 'MemberList', 'Owner_Account']);
});

/** The evaluated tree of the first object literal in `code`. */
function treeOf(code) {
  const { ast } = parseForESLint(code, { range: true, loc: true });
  let found = null;
  const visit = (n) => {
    if (found || !n || typeof n.type !== 'string') return;
    if (n.type === 'ObjectExpression') {
      found = n;
      return;
    }
    for (const [k, v] of Object.entries(n)) {
      if (k === 'parent') continue;
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') visit(v);
    }
  };
  visit(ast);
  return evaluate(found, DEFAULT_SDK_OBJECTS);
}

/** What a fixer call does, as data. */
const fixer = {
  replaceText: (node, text) => ({ range: node.range, text }),
  insertTextBefore: (node, text) => ({ range: [node.range[0], node.range[0]], text }),
};

/** The ESLint fix and suggestions of one diagnostic alone in its call. */
const remediesOf = (d, w, s) => remedies([remedy(d, w, s)])[0];

test("the core's fix, given as UTF-8 offsets into the text validated, lands on the value's node", () => {
  const code = "x({ type: 'Public', name: \"团队周会群\", memberList: [{ userID: 'a', role: 'admin' }] })";
  const tree = treeOf(code);
  const s = serialize(tree);
  assert.equal(s.text, '{"type":"Public","name":"团队周会群","memberList":[{"userID":"a","role":"admin"}]}');
  // The name before it is 15 bytes in 5 characters.
  const role = Buffer.byteLength(s.text.slice(0, s.text.indexOf('"admin"')));
  const d = {
    rule: 'invalid-member-role',
    path: '/memberList/0/role',
    suggestion: null,
    fix: { start: role, end: role + 7, replacement: '"Admin"', applicability: 'machine-applicable' },
  };
  const w = resolvePointer(tree, d.path);
  const safe = remediesOf(d, w, s);
  assert.deepEqual(safe.fix(fixer), { range: [code.indexOf("'admin'"), code.indexOf("'admin'") + 7], text: "'Admin'" });
  assert.deepEqual(safe.suggest, []);
  // Not safe to apply unasked: a suggestion.
  const maybe = remediesOf({ ...d, fix: { ...d.fix, applicability: 'maybe-incorrect' } }, w, s);
  assert.equal(maybe.fix, undefined);
  assert.equal(maybe.suggest.length, 1);
  assert.equal(maybe.suggest[0].fix(fixer).text, "'Admin'");
  // Offsets in UTF-16 units are not the core's: they cover nothing here (issue #26, item 1).
  const units = s.text.indexOf('"admin"');
  assert.deepEqual(remediesOf({ ...d, fix: { ...d.fix, start: units, end: units + 7 } }, w, s), { suggest: [] });
  // A fix that covers another value than the one reported is not used either.
  const userID = Buffer.byteLength(s.text.slice(0, s.text.indexOf('"a"')));
  assert.deepEqual(remediesOf({ ...d, fix: { ...d.fix, start: userID, end: userID + 3 } }, w, s), { suggest: [] });
  const nameStart = Buffer.byteLength(s.text.slice(0, s.text.indexOf('"团队')));
  const cut = remediesOf(
    { rule: 'too-many-bytes', path: '/name', suggestion: null, fix: { start: nameStart, end: nameStart + 17, replacement: '"团队"', applicability: 'maybe-incorrect' } },
    resolvePointer(tree, '/name'),
    s,
  );
  assert.deepEqual(cut.suggest[0].fix(fixer).text, '"团队"');
  // A cut is a suggestion even when the core calls it safe.
  const safeCut = remediesOf(
    { rule: 'too-many-bytes', path: '/name', suggestion: null, fix: { start: nameStart, end: nameStart + 17, replacement: '"团队"', applicability: 'machine-applicable' } },
    resolvePointer(tree, '/name'),
    s,
  );
  assert.equal(safeCut.fix, undefined);
  assert.equal(safeCut.suggest[0].messageId, 'truncate');
  // A constant is not rewritten, even by the core's fix.
  const constTree = treeOf("x({ type: 'Public', name: 'T', joinOption: TIM.TYPES.INVITE_OPTIONS_DISABLE_INVITE })");
  const cs = serialize(constTree);
  const j = cs.text.indexOf('"DisableInvite"');
  const onConst = remediesOf(
    { rule: 'invalid-apply-join-option', path: '/joinOption', suggestion: null, fix: { start: j, end: j + 15, replacement: '"DisableApply"', applicability: 'machine-applicable' } },
    resolvePointer(constTree, '/joinOption'),
    cs,
  );
  assert.deepEqual(onConst, { suggest: [] });
  // A range that is no value of ours: the fix is not used, and the suggestion takes its place.
  const off = remediesOf({ ...d, suggestion: 'Admin', fix: { ...d.fix, start: role + 1 } }, w, s);
  assert.equal(off.fix(fixer).text, "'Admin'");
});

test('string literals keep their quotes and escape what they must', () => {
  assert.equal(stringLiteral("it's", { type: 'Literal', raw: "'x'" }), "'it\\'s'");
  assert.equal(stringLiteral('say "hi"', { type: 'Literal', raw: '"x"' }), '"say \\"hi\\""');
  assert.equal(stringLiteral('a`b${c}\\\n', { type: 'TemplateLiteral' }), '`a\\`b\\${c}\\\\\\n`');
  assert.equal(stringLiteral('\u2028', { type: 'Literal', raw: "'x'" }), "'\u2028'");
});

test('the options are checked by the schema, and timlint values by timlint', () => {
  const linter = new Linter();
  const lint = (options) =>
    linter.verify('chat.createGroup({})', [{ plugins: { timlint: plugin }, rules: { 'timlint/create-group': ['error', options] } }]);
  for (const bad of [{ dialect: 'web' }, { plan: 'gold' }, { callees: ['chat..createGroup'] }, { restCallees: [{ callee: 'x', argument: -1 }] }, { lang: 'fr' }, { limits: { nmae: 3 } }]) {
    assert.throws(() => lint(bad), /Key "timlint\/create-group":\n\tValue/, JSON.stringify(bad));
  }
  // What only timlint knows: its own message.
  assert.throws(() => lint({ limits: { name: 1e12 } }), /`limits.name` must be at most 4294967295/);
  assert.equal(lint({ limits: { name: 100 }, plan: '旗舰版', groupKeys: null }).length, 2); // type and name missing
});

test('a diagnostic that reads an unknown field is dropped, whatever the core makes of its absence', () => {
  // The core skips type rules when the type is absent, so these are checked on diagnostics
  // written here: the table must hold even if the core one day assumed a default.
  const web = "x({ type: 'Private', name: 'W', isSupportTopic: true, maxMemberNum: 5, memberList: [{ userID: 'a', role: 'Admin' }] })";
  const cases = [
    ['admin-role-in-work-group', '/memberList/0/role', ['type']],
    ['members-not-allowed', '/memberList', ['type']],
    ['topic-requires-community', '/isSupportTopic', ['type']],
    ['exceeds-max-member-count', '/memberList', ['type', 'maxMemberNum', 'memberList']],
  ];
  for (const [rule, path, reads] of cases) {
    const d = { rule, path };
    assert.ok(where(d, treeOf(web), 'web'), `${rule} with everything known`);
    for (const field of reads) {
      const code = web.replace(new RegExp(`${field}: (\\[.*\\]|'[^']*'|\\d+)`), `${field}: dyn`);
      assert.notEqual(code, web);
      const drop = path.startsWith(`/${field}`) ? 'at the field' : `reading ${field}`;
      assert.equal(where(d, treeOf(code), 'web'), null, `${rule} ${drop}`);
    }
    // Another field unknown does not matter.
    assert.ok(where(d, treeOf(web.replace("name: 'W'", 'name: dyn')), 'web'), `${rule} with name unknown`);
  }
  const rest = "x({ Owner_Account: 'o', Type: 'Public', Name: 'R', MemberList: [{ Member_Account: 'o' }] })";
  const owner = { rule: 'owner-in-member-list', path: '/MemberList/0/Member_Account' };
  assert.ok(where(owner, treeOf(rest), 'rest'));
  assert.equal(where(owner, treeOf(rest.replace("Owner_Account: 'o'", 'Owner_Account: me')), 'rest'), null);
  // A rule the table does not know: dropped when anything at all is unknown.
  const future = { rule: 'a-rule-from-the-future', path: '/name' };
  assert.ok(where(future, treeOf(web), 'web'));
  assert.equal(where(future, treeOf(web.replace("userID: 'a'", 'userID: a')), 'web'), null);
});
