// RuleTester cases for the calls other than createGroup (issue #28): for each Web SDK method,
// on each name its object goes by, a payload it reports and a near miss it passes; REST
// helpers per call; the call's rules that depend on the group's type.
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter, RuleTester } from 'eslint';
import { validate } from 'timlint';
import { vocabularies } from 'timlint/options';
import plugin from '../index.js';
import { makeCreateGroup } from '../lib/rule.js';
import { DEFAULT_CALLEES, WEB_METHODS, WEB_OBJECTS, apiOf } from '../lib/calls.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// The remedies are the plugin's own here: the core's `fix` is core-fixes.test.mjs's.
const rule = makeCreateGroup((text, options) => {
  const report = validate(text, options);
  for (const d of report.diagnostics) delete d.fix;
  return report;
});
const js = new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } });

/** One expected report: the timlint rule ID starts the message. */
const at = (timlintRule, more = {}) => ({ message: new RegExp(`^${timlintRule}( \\((warning|info)\\))?: `), ...more });

/** Per Web SDK method: a payload with a mistake, its rule, and a near miss (and the suggestion, if any, that makes the one of the other). */
const CASES = {
  updateGroupProfile: [`{ groupID: 'g', name: 'n', muteAllMembers: 'On' }`, 'wrong-type', `{ groupID: 'g', name: 'n', muteAllMembers: true }`],
  addGroupMember: [`{ groupID: 'g', userIDList: ['bob', 'bob'] }`, 'duplicate-member', `{ groupID: 'g', userIDList: ['bob', 'amy'] }`],
  createTopicInCommunity: [`{ groupID: 'g', topicName: 'news' }`, 'topic-group-not-community', `{ groupID: '@TGS#_g', topicName: 'news' }`],
  setGroupMemberNameCard: [
    `{ groupID: 'g', nameCard: '${'名'.repeat(17)}' }`,
    'too-many-bytes',
    `{ groupID: 'g', nameCard: '${'名'.repeat(16)}' }`,
    'truncate',
  ],
  setGroupMemberCustomField: [
    `{ groupID: 'g', memberCustomField: [{ key: 'bad key', value: 'v' }] }`,
    'custom-key-invalid',
    `{ groupID: 'g', memberCustomField: [{ key: 'badkey', value: 'v' }] }`,
    'replace',
  ],
  setGroupMemberRole: [`{ groupID: 'g', userID: 'u', role: 'Owner' }`, 'invalid-member-role', `{ groupID: 'g', userID: 'u', role: 'Admin' }`],
  setGroupMemberMuteTime: [`{ groupID: 'g', userID: 'u', muteTime: -1 }`, 'invalid-mute-time', `{ groupID: 'g', userID: 'u', muteTime: 0 }`],
};

test('each Web SDK method is a call timlint names, and each call of the Web SDK has one', () => {
  assert.deepEqual(Object.keys(CASES).sort(), WEB_METHODS.filter((m) => m !== 'createGroup').sort());
  const calls = new Set(WEB_METHODS.map(apiOf));
  assert.ok(!calls.has(null), 'a method timlint does not read as a call');
  // Every call but the REST-only import-group.
  assert.deepEqual([...calls].sort(), vocabularies.api.values.filter((a) => a !== 'import-group').sort());
  assert.equal(DEFAULT_CALLEES.length, WEB_METHODS.length * WEB_OBJECTS.length);
});

describe('the Web SDK methods, on each of their objects', () => {
  const valid = [];
  const invalid = [];
  Object.entries(CASES).forEach(([method, [bad, ruleId, good, suggestion]], i) => {
    const object = WEB_OBJECTS[i % WEB_OBJECTS.length];
    for (const o of [object, WEB_OBJECTS[(i + 1) % WEB_OBJECTS.length]]) {
      const more = suggestion ? { suggestions: [{ messageId: suggestion, output: `${o}.${method}(${good});` }] } : {};
      invalid.push({ code: `${o}.${method}(${bad});`, errors: [at(ruleId, more)] });
      valid.push(`${o}.${method}(${good});`);
    }
    // Not the SDK's object: no report.
    valid.push(`api.${method}(${bad});`);
  });
  js.run('group-calls', rule, { valid, invalid });
});

describe('the calls that need more than one field', () => {
  js.run('group-calls', rule, {
    valid: [
      // The type comes from a group ID unknown at lint time: nothing said about a Community's role.
      "chat.setGroupMemberRole({ groupID: id, userID: 'u', role: 'Custom' });",
      // A spread may carry the change.
      "chat.updateGroupProfile({ groupID: 'g', ...changes });",
      // The Web SDK sets the caller's own name card: no userID needed.
      "chat.setGroupMemberNameCard({ groupID: 'g', nameCard: 'n' });",
    ],
    invalid: [
      { code: "chat.updateGroupProfile({ groupID: 'g' });", errors: [at('empty-update')] },
      { code: "chat.setGroupMemberMuteTime({ groupID: 'g', muteTime: 60 });", errors: [at('missing-required', { column: 29 })] },
      // The groupType option stands for the type the payload does not say: the ID unknown at
      // lint time does not matter then.
      {
        code: "chat.setGroupMemberMuteTime({ groupID: id, userID: 'u', muteTime: 60 });",
        options: [{ groupType: 'Private' }],
        errors: [at('mute-not-supported')],
      },
      {
        code: "const c = TencentCloudChat.create({ SDKAppID: 1 });\nc.addGroupMember({ groupID: 'g', userIDList: [1] });",
        errors: [at('wrong-type', { line: 2 })],
      },
    ],
  });
});

describe('REST helpers, each with its call', () => {
  const restCallees = [
    { callee: 'imRest.modifyGroup', api: 'modify-group' },
    { callee: 'imRest.importGroup', api: 'import_group' },
    'imRest.add_group_member',
  ];
  js.run('group-calls', rule, {
    valid: [
      { code: "imRest.modifyGroup({ GroupId: 'g', Name: 'n', MuteAllMember: 'On' });", options: [{ restCallees }] },
      { code: "imRest.add_group_member({ GroupId: 'g', MemberList: [{ Member_Account: 'bob' }] });", options: [{ restCallees }] },
      { code: "imRest.importGroup({ Type: 'Public', Name: 'n', CreateTime: 1700000000 });", options: [{ restCallees }] },
      // Not a helper named: no report.
      { code: "imRest.other({ GroupId: 'g', MuteAllMember: 'yes' });", options: [{ restCallees }] },
    ],
    invalid: [
      { code: "imRest.modifyGroup({ GroupId: 'g', MuteAllMember: 'yes' });", options: [{ restCallees }], errors: [at('invalid-switch-value')] },
      {
        code: "imRest.add_group_member({ GroupId: 'g', MemberList: ['bob'] });",
        options: [{ restCallees }],
        errors: [at('wrong-type')],
      },
      {
        code: "imRest.importGroup({ Type: 'Public', Name: 'n', CreateTime: 1700000000000 });",
        options: [{ restCallees }],
        errors: [at('timestamp-in-milliseconds')],
      },
      // The map form: pattern -> call.
      {
        code: "server.im.modify({ GroupId: 'g', MuteAllMember: 'yes' });",
        options: [{ restCallees: { '*.modify': 'modify_group_base_info' } }],
        errors: [at('invalid-switch-value')],
      },
      // A helper whose name says no call checks create_group's body, as before.
      {
        code: "imRest.make({ Type: 'Publich', Name: 'n' });",
        options: [{ restCallees: ['imRest.make'] }],
        output: "imRest.make({ Type: 'Public', Name: 'n' });",
        errors: [at('unknown-group-type')],
      },
    ],
  });
});

test('import-group has no Web SDK call: naming one is a configuration error', () => {
  const config = [{ plugins: { timlint: plugin }, rules: { 'timlint/group-calls': ['error', { callees: [{ callee: 'chat.importGroup', api: 'import-group' }] }] } }];
  assert.throws(() => new Linter().verify('chat.importGroup({});', config), /import-group has no Web SDK call/);
});

test('the rule is one under two names', () => {
  assert.equal(plugin.rules['group-calls'], plugin.rules['create-group']);
});
