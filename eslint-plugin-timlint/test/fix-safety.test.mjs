// Fixes that must never lose data (issue #26, items 1, 4 and 16), through the npm package's
// own `validate`, whose diagnostics carry the core's `fix`:
// - the core's offsets are UTF-8 bytes into the text the rule sent, and a key's fix lands on
//   that key, whatever the text before it (CJK, accents, emoji);
// - a rename whose target is already a key of the object, or the target of another rename
//   there, is no fix at all (not even a suggestion: it would repeat the key);
// - a rename in an object with a spread or a computed key may change what the call sends (the
//   spread may hold the new name): a suggestion, never an autofix.
import { describe, it } from 'node:test';
import { RuleTester } from 'eslint';
import { createGroup } from '../lib/rule.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } });
const unknownField = (column, more = {}) => ({ message: /^unknown-field \(warning\): /, line: 1, column, ...more });
const missingUserId = (column) => ({ message: /^missing-required: `userID` is required/, line: 1, column });
const rename = (output) => ({ messageId: 'rename', output });

describe('the core fix lands on the key it names (item 1)', () => {
  tester.run('create-group', createGroup, {
    valid: [],
    invalid: [
      {
        name: 'a CJK name before the key: the key is renamed, its value kept',
        code: "chat.createGroup({ type: 'Public', name: '产品研发部', groupid: 'team-01' });",
        output: "chat.createGroup({ type: 'Public', name: '产品研发部', groupID: 'team-01' });",
        errors: [unknownField(51)],
      },
      {
        name: '15 two-byte letters before the key: the outer key is renamed, not the one inside',
        code: "chat.createGroup({ type: 'Public', name: 'ééééééééééééééé', memberlist: [{ abcdefghij: 'v' }] });",
        output: "chat.createGroup({ type: 'Public', name: 'ééééééééééééééé', memberList: [{ abcdefghij: 'v' }] });",
        errors: [unknownField(61)],
      },
      {
        name: 'emoji (surrogate pairs, 4 bytes each) before a nested key',
        // 4 emoji and an é: the key's byte offset is the UTF-16 offset of its value.
        code: "chat.createGroup({ type: 'Public', name: '👍🎉👍🎉é', memberList: [{ userId: 'abcdef', role: 'Member' }] });",
        output: "chat.createGroup({ type: 'Public', name: '👍🎉👍🎉é', memberList: [{ userID: 'abcdef', role: 'Member' }] });",
        errors: [missingUserId(68), unknownField(70)],
      },
    ],
  });
});

describe('a rename never makes a duplicate key (item 4)', () => {
  tester.run('create-group', createGroup, {
    valid: [],
    invalid: [
      {
        name: 'groupId and GroupID both want groupID: neither is renamed',
        code: "chat.createGroup({ type: 'Public', name: 'T', groupId: 'a', GroupID: 'b' });",
        output: null,
        errors: [unknownField(47, { suggestions: [] }), unknownField(61, { suggestions: [] })],
      },
      {
        name: 'groupType wants type, which is there: not even a suggestion',
        code: "chat.createGroup({ type: 'Public', name: 'T', groupType: 'Private' });",
        output: null,
        errors: [unknownField(47, { suggestions: [] })],
      },
      {
        name: 'the key there already is written after the one renamed, as a string',
        code: "chat.createGroup({ name: 'T', groupId: 'a', 'groupID': 'b', type: 'Public' });",
        output: null,
        errors: [unknownField(31, { suggestions: [] })],
      },
      {
        name: 'two spellings of a member key in one member',
        code: "chat.createGroup({ type: 'Public', name: 'T', memberList: [{ userId: 'a', UserID: 'b' }] });",
        output: null,
        errors: [missingUserId(60), unknownField(62, { suggestions: [] }), unknownField(75, { suggestions: [] })],
      },
      {
        name: 'the same target in two different members is fine',
        code: "chat.createGroup({ type: 'Public', name: 'T', memberList: [{ userId: 'a' }, { userId: 'b' }] });",
        output: "chat.createGroup({ type: 'Public', name: 'T', memberList: [{ userID: 'a' }, { userID: 'b' }] });",
        errors: [missingUserId(60), unknownField(62), missingUserId(77), unknownField(79)],
      },
    ],
  });
});

describe('a rename beside a spread or a computed key is a suggestion (item 16)', () => {
  tester.run('create-group', createGroup, {
    valid: [],
    invalid: [
      {
        name: 'after a spread, which may hold groupID',
        code: "chat.createGroup({ ...rest, name: 'T', groupId: 'a' });",
        output: null,
        errors: [unknownField(40, { suggestions: [rename("chat.createGroup({ ...rest, name: 'T', groupID: 'a' });")] })],
      },
      {
        name: 'before a spread',
        code: "chat.createGroup({ type: 'Public', name: 'T', groupId: 'a', ...rest });",
        output: null,
        errors: [unknownField(47, { suggestions: [rename("chat.createGroup({ type: 'Public', name: 'T', groupID: 'a', ...rest });")] })],
      },
      {
        name: 'beside a computed key, which may be groupID',
        code: "chat.createGroup({ [key]: 'x', type: 'Public', name: 'T', groupId: 'a' });",
        output: null,
        errors: [unknownField(59, { suggestions: [rename("chat.createGroup({ [key]: 'x', type: 'Public', name: 'T', groupID: 'a' });")] })],
      },
      {
        name: 'beside a computed key with a static name, too',
        code: "chat.createGroup({ ['type']: 'Public', name: 'T', groupId: 'a' });",
        output: null,
        errors: [unknownField(51, { suggestions: [rename("chat.createGroup({ ['type']: 'Public', name: 'T', groupID: 'a' });")] })],
      },
      {
        name: 'a nested object with a spread; the outer one has none',
        code: "chat.createGroup({ type: 'Public', name: 'T', memberList: [{ ...m, userId: 'a' }] });",
        output: null,
        errors: [unknownField(68, { suggestions: [rename("chat.createGroup({ type: 'Public', name: 'T', memberList: [{ ...m, userID: 'a' }] });")] })],
      },
      {
        name: 'a key written twice: renaming the last would bring the first one back',
        code: "chat.createGroup({ type: 'Public', name: 'T', groupId: 'a', groupId: 'b' });",
        output: null,
        errors: [unknownField(61, { suggestions: [rename("chat.createGroup({ type: 'Public', name: 'T', groupId: 'a', groupID: 'b' });")] })],
      },
    ],
  });
});
