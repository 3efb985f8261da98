// toRest with `{ api }`: each call's payload converts to that call's REST body (issue #28).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toRest } from 'timlint/rest';

test('toRest converts each call by its own fields', () => {
  const cases = [
    ['modify-group', 'web', { groupID: 'g', name: 'n', muteAllMembers: true }, { GroupId: 'g', Name: 'n', MuteAllMember: 'On' }],
    ['addGroupMember', undefined, { groupID: 'g', userIDList: ['a'] }, { GroupId: 'g', MemberList: [{ Member_Account: 'a' }] }],
    ['create-topic', 'sdk', { groupID: '@TGS#_g', topicInfo: { topicName: 't' } }, { GroupId: '@TGS#_g', TopicName: 't' }],
    ['modify-member', 'sdk', { groupID: 'g', userID: 'u', role: 300, customInfo: { k: 'v' } },
      { GroupId: 'g', Member_Account: 'u', Role: 'Admin', AppMemberDefinedData: [{ Key: 'k', Value: 'v' }] }],
  ];
  for (const [api, dialect, payload, body] of cases) {
    const c = toRest(JSON.stringify(payload), { api, ...(dialect ? { dialect } : {}) });
    assert.equal(c.ok, true, `${api}: ${JSON.stringify(c.report.diagnostics)}`);
    assert.deepEqual(c.body, body, api);
  }
  // The default is still create-group's.
  assert.deepEqual(toRest('{"type": "Public", "name": "x"}', { dialect: 'web' }).body, { Type: 'Public', Name: 'x' });
});

test('toRest says what REST must be told: the Web SDK sets the caller\'s own name card', () => {
  const c = toRest('{"groupID": "g", "nameCard": "n"}', { api: 'setGroupMemberNameCard' });
  assert.deepEqual(c.body, { GroupId: 'g', NameCard: 'n' });
  assert.match(c.dropped[0], /Member_Account/);
});

test('import-group has no Web SDK payload to convert', () => {
  assert.throws(() => toRest('{}', { api: 'import-group', dialect: 'web' }), /REST call/);
});
