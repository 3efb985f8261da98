// The calls other than create-group through the npm package (issue #28): `validate(x, { api })`,
// `groupSchema(api, options)` as a Standard Schema and a Standard JSON Schema
// (`~standard.jsonSchema`), `createGroupSchema` as its create-group, and the JSON Schema each
// gives judged by ajv (draft 2020-12 and draft-07) against the validator on the same payloads.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';

import { addTimlintKeywords, createGroupSchema, groupSchema, limits, validate } from '../node.js';
import { jsonSchema } from '../schema-node.js';
import { groupSchema as fromRest, toRest } from '../rest-node.js';

const caps = limits();
/** `n` three-byte characters. */
const cjk = (n) => '群'.repeat(n);
const over = (max) => cjk(Math.floor(max / 3) + 1);

/** One payload per call and dialect that is valid, and one with an error at `path` (`rule`). */
const CASES = [
  ['modify-group', 'rest', { GroupId: '@TGS#2abc', Name: '新群名', MuteAllMember: 'On' }, { GroupId: '@TGS#2abc', Name: over(caps.name) }, '/Name', 'too-many-bytes'],
  ['modify-group', 'sdk', { groupID: '@TGS#2abc', groupName: '新群名', isAllMuted: true }, { groupID: '@TGS#2abc', introduction: over(caps.introduction) }, '/introduction', 'too-many-bytes'],
  ['modify-group', 'web', { groupID: '@TGS#2abc', name: '新群名', muteAllMembers: false }, { groupID: '@TGS#2abc', muteAllMembers: 'On' }, '/muteAllMembers', 'wrong-type'],
  ['add-members', 'rest', { GroupId: '@TGS#2abc', MemberList: [{ Member_Account: 'alice' }] }, { GroupId: '@TGS#2abc', MemberList: [{ Role: 'Admin' }] }, '/MemberList/0/Member_Account', 'missing-required'],
  ['add-members', 'sdk', { groupID: '@TGS#2abc', userList: ['alice', 'bob'] }, { groupID: '@TGS#2abc', userList: ['x'.repeat(caps.account + 1)] }, '/userList/0', 'account-too-long'],
  ['add-members', 'web', { groupID: '@TGS#2abc', userIDList: ['alice'] }, { groupID: '@TGS#2abc', userIDList: Array.from({ length: caps.addMembers + 1 }, (_, i) => `u${i}`) }, '/userIDList', 'too-many-members'],
  ['create-topic', 'rest', { GroupId: '@TGS#_abc', TopicName: '公告' }, { GroupId: '@TGS#_abc', TopicName: over(caps.topicName) }, '/TopicName', 'too-many-bytes'],
  ['create-topic', 'sdk', { groupID: '@TGS#_abc', topicInfo: { topicName: '公告' } }, { groupID: '@TGS#_abc', topicInfo: { topicName: over(caps.topicName) } }, '/topicInfo/topicName', 'too-many-bytes'],
  ['create-topic', 'web', { groupID: '@TGS#_abc', topicName: '公告' }, { groupID: '@TGS#_abc' }, '/topicName', 'missing-required'],
  ['import-group', 'rest', { Type: 'Public', Name: '老群', CreateTime: 1700000000 }, { Type: 'Public', Name: '老群', CreateTime: '1700000000' }, '/CreateTime', 'wrong-type'],
  ['modify-member', 'rest', { GroupId: '@TGS#2abc', Member_Account: 'alice', NameCard: '组长' }, { GroupId: '@TGS#2abc', Member_Account: 'alice', NameCard: over(caps.nameCard) }, '/NameCard', 'too-many-bytes'],
  ['modify-member', 'sdk', { groupID: '@TGS#2abc', userID: 'alice', role: 300 }, { groupID: '@TGS#2abc', userID: 'alice', role: 400 }, '/role', 'invalid-member-role'],
  ['modify-member', 'web', { groupID: '@TGS#2abc', nameCard: '组长' }, { groupID: '@TGS#2abc', userID: 'alice', nameCard: over(caps.nameCard) }, '/nameCard', 'too-many-bytes'],
];

/** ajv for a target, with timlint's byte keyword. */
const ajvFor = (target) => addTimlintKeywords(target === 'draft-07' ? new Ajv({ strict: true }) : new Ajv2020({ strict: true }));

test('validate(x, { api }) checks each call, in each of its dialects', () => {
  for (const [api, dialect, fine, broken, path, rule] of CASES) {
    const ok = validate(fine, { api, dialect });
    assert.equal(ok.valid, true, `${api} ${dialect}: ${JSON.stringify(ok.diagnostics)}`);
    const bad = validate(broken, { api, dialect });
    assert.equal(bad.valid, false, `${api} ${dialect}`);
    assert.ok(bad.diagnostics.some((d) => d.rule === rule && d.path === path), `${api} ${dialect}: ${JSON.stringify(bad.diagnostics.map((d) => [d.rule, d.path]))}`);
    // The same payload as create-group's is another verdict: the call is read.
    assert.notDeepEqual(validate(fine, { dialect }).diagnostics, ok.diagnostics, `${api} ${dialect}`);
  }
});

test('api takes the REST and SDK names, case-insensitively; an unknown one throws with a suggestion', () => {
  const body = { GroupId: '@TGS#2abc', Name: over(caps.name) };
  for (const api of ['modify_group_base_info', 'v4/group_open_http_svc/modify_group_base_info', 'MODIFY-GROUP']) {
    assert.deepEqual(validate(body, { api }).diagnostics.map((d) => d.rule), ['too-many-bytes'], api);
  }
  assert.throws(() => validate(body, { api: 'modify-grop' }), /did you mean `modify-group`/);
  assert.throws(() => validate(body, { api: 'import-group', dialect: 'web' }), /REST call/);
});

test('groupSchema(api, options) is a Standard Schema of the call: issues at their paths', () => {
  for (const [api, dialect, fine, broken, path, rule] of CASES) {
    const std = groupSchema(api, { dialect })['~standard'];
    assert.equal(std.version, 1);
    assert.equal(std.vendor, 'timlint');
    const good = std.validate(fine);
    assert.equal(good.issues, undefined, `${api} ${dialect}`);
    assert.equal(good.value, fine);
    const r = std.validate(broken);
    const keys = path === '' ? undefined : path.slice(1).split('/').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    const at = r.issues.filter((i) => i.rule === rule).map((i) => i.path);
    assert.ok(at.some((p) => JSON.stringify(p) === JSON.stringify(keys)), `${api} ${dialect}: ${JSON.stringify(at)}`);
  }
  // The message names the call's own field and limit.
  const card = groupSchema('modify-member', { dialect: 'web' })['~standard'].validate({ groupID: 'g', nameCard: over(caps.nameCard) });
  assert.deepEqual(card.issues[0].params.max, caps.nameCard);
  assert.match(card.issues[0].message, /^`nameCard` is \d+ bytes/);
});

test('groupSchema: bad api or options throw when the schema is made', () => {
  assert.throws(() => groupSchema('modify-grop'), /did you mean `modify-group`/);
  assert.throws(() => groupSchema(undefined), /api must be a string/);
  assert.throws(() => groupSchema('import-group', { dialect: 'sdk' }), /REST call/);
});

test('createGroupSchema is groupSchema("create-group"): its api wins over an api in the options', () => {
  const body = { GroupId: '@TGS#2abc' };
  const a = createGroupSchema({ api: 'modify-group' })['~standard'].validate(body);
  const b = groupSchema('create-group')['~standard'].validate(body);
  assert.deepEqual(a, b);
  assert.ok(a.issues.some((i) => i.rule === 'missing-required'));
  assert.equal(groupSchema('modify-group', { api: 'create-group' })['~standard'].validate(body).issues, undefined);
});

test('~standard.jsonSchema gives the call\'s JSON Schema, for draft-2020-12 and draft-07; another target throws', () => {
  const schema = groupSchema('modify-member', { dialect: 'web', preset: 'extended' });
  const { input, output } = schema['~standard'].jsonSchema;
  const a = input({ target: 'draft-2020-12' });
  assert.deepEqual(a, jsonSchema('web', { api: 'modify-member', preset: 'extended' }));
  assert.deepEqual(output({ target: 'draft-2020-12' }), a);
  assert.equal(a.properties.nameCard['x-maxUtf8Bytes'], caps.nameCard);
  const seven = input({ target: 'draft-07' });
  assert.equal(seven.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.deepEqual({ ...seven, $schema: a.$schema }, a);
  assert.throws(() => input({ target: 'openapi-3.0' }), /no JSON Schema for target "openapi-3.0"/);
  // An SDK method's name as api reads that SDK's payloads, and its JSON Schema is that SDK's.
  const profile = groupSchema('updateGroupProfile')['~standard'];
  assert.deepEqual(profile.jsonSchema.input({ target: 'draft-2020-12' }), jsonSchema('web', { api: 'modify-group' }));
  assert.equal(profile.validate({ groupID: '@TGS#2abc', name: 'x' }).issues, undefined);
  // Each returns a fresh object: changing one changes nothing else.
  input({ target: 'draft-2020-12' }).properties.nameCard.maxLength = 1;
  assert.deepEqual(input({ target: 'draft-2020-12' }), a);
  // createGroupSchema has it too; timlint/rest's schemas as well.
  assert.deepEqual(createGroupSchema({ dialect: 'sdk' })['~standard'].jsonSchema.input({ target: 'draft-2020-12' }), jsonSchema('sdk'));
  assert.deepEqual(fromRest('add-members')['~standard'].jsonSchema.input({ target: 'draft-2020-12' }), jsonSchema('rest', { api: 'add-members' }));
});

test('ajv with the call schema (both targets) agrees with the validator on each case', () => {
  for (const target of ['draft-2020-12', 'draft-07']) {
    for (const [api, dialect, fine, broken] of CASES) {
      const check = ajvFor(target).compile(groupSchema(api, { dialect })['~standard'].jsonSchema.input({ target }));
      assert.equal(check(fine), true, `${target} ${api} ${dialect}: ${JSON.stringify(check.errors)}`);
      assert.equal(check(broken), false, `${target} ${api} ${dialect}`);
    }
  }
});

test('toRest takes api too', () => {
  const c = toRest({ groupID: '@TGS#2abc', userIDList: ['alice'] }, { api: 'add-members', dialect: 'web' });
  assert.equal(c.report.valid, true, JSON.stringify(c.report.diagnostics));
});
