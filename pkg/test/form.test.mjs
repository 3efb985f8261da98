// The form kit: createGroupSchema (Standard Schema v1), errorsByField, custom wording, and
// the form libraries that take a Standard Schema as they are (react-hook-form's resolver,
// TanStack Form), run here in Node.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import { FormApi } from '@tanstack/form-core';

import { byteLength, createGroupSchema, errorsByField, limits, validate } from '../node.js';
import { createGroupSchema as fromRest } from '../rest-node.js';

// A Web SDK payload with two errors (a name over the Name limit, an unknown role on the fourth
// member) and a warning (a FaceUrl-style avatar that is not http(s)).
const members = ['a', 'b', 'c', 'd'].map((userID) => ({ userID }));
const maxName = limits().name;
const longName = '腾讯云即时通信IM开发者交流'.repeat(Math.ceil((maxName + 1) / 38));
const nameBytes = byteLength(longName);
const broken = {
  type: 'Public',
  name: longName,
  avatar: 'ftp://example.com/a.png',
  memberList: members.map((m, i) => (i === 3 ? { ...m, role: 'Owner' } : m)),
};
const fine = { type: 'Public', name: '交流群', memberList: members };

test('a valid payload is the success result, the same value, with its warnings beside it', () => {
  const schema = createGroupSchema({ dialect: 'web' });
  const std = schema['~standard'];
  assert.equal(std.version, 1);
  assert.equal(std.vendor, 'timlint');
  const r = std.validate(fine);
  assert.equal(r.issues, undefined);
  assert.equal(r.value, fine);
  assert.deepEqual(r.warnings, []);

  const warned = std.validate({ ...fine, avatar: 'ftp://example.com/a.png' });
  assert.equal(warned.issues, undefined);
  assert.deepEqual(warned.warnings.map((d) => [d.rule, d.severity]), [['face-url-scheme', 'warning']]);
});

test('errors are issues: message in the options language, path with indices as numbers, timlint fields', () => {
  const r = createGroupSchema({ dialect: 'web', lang: 'zh-CN' })['~standard'].validate(broken);
  assert.ok(r.issues, 'a failure');
  assert.deepEqual(
    r.issues.map((i) => [i.rule, i.path]),
    [
      ['too-many-bytes', ['name']],
      ['invalid-member-role', ['memberList', 3, 'role']],
    ],
  );
  const [bytes] = r.issues;
  assert.equal(bytes.severity, 'error');
  assert.equal(bytes.messageId, 'too-many-bytes');
  assert.equal(bytes.tencentCode, 10004);
  assert.equal(bytes.answeredBy, 'server');
  assert.equal(bytes.params.max, maxName);
  assert.match(bytes.message, /字节/);
  assert.equal(typeof bytes.suggestion, 'string');
  // The warning is not an issue, but it is there.
  assert.deepEqual(r.warnings.map((d) => d.rule), ['face-url-scheme']);
  // Everything an issue says is what validate says of the same payload.
  const d = validate(broken, { dialect: 'web', lang: 'zh-CN' }).diagnostics[0];
  assert.deepEqual(
    [bytes.message, bytes.help, bytes.params, bytes.suggestion],
    [d.message, d.help, d.params, d.suggestion],
  );
});

test('a string value is a string, not JSON text; what JSON cannot carry is an issue, never a throw', () => {
  const std = createGroupSchema()['~standard'];
  const s = std.validate('{"Type": "Public", "Name": "x"}');
  assert.deepEqual(s.issues.map((i) => [i.rule, i.path]), [['not-an-object', undefined]]);
  assert.equal(s.issues[0].params.found, 'string');

  const cycle = { Type: 'Public', Name: 'x' };
  cycle.self = cycle;
  for (const value of [undefined, () => 1, 10n, cycle]) {
    const r = std.validate(value);
    assert.ok(r.issues?.length === 1, `${typeof value}: one issue`);
    assert.equal(r.issues[0].path, undefined, 'about the whole value');
  }
});

test('a value JSON.stringify throws on, or whose own code throws, is one form-level issue saying so', () => {
  let deep = {};
  for (let i = 0; i < 5000; i++) deep = { a: deep };
  let deeper = [];
  for (let i = 0; i < 100_000; i++) deeper = [deeper];
  const cycle = { type: 'Public', name: 'x' };
  cycle.self = cycle;
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const hostile = new Proxy({}, { get() { throw hostile; }, getPrototypeOf() { throw hostile; } });
  const cases = [
    ['nested 5000 deep', deep, /RangeError/],
    ['nested 100000 deep', deeper, /RangeError/],
    ['a cycle', cycle, /circular/],
    ['a BigInt', { type: 'Public', name: 'x', maxMemberNum: 10n }, /BigInt/],
    ['a Proxy whose trap throws', new Proxy({}, { ownKeys() { throw new Error('trap says no'); } }), /trap says no/],
    ['a revoked Proxy', revoked.proxy, /revoked/],
    ['a toJSON that throws', { toJSON() { throw new TypeError('not today'); } }, /not today/],
    ['a getter that throws', { type: 'Public', get name() { throw new Error('getter'); } }, /getter/],
    ['a thrown number', { toJSON() { throw 42; } }, /42/],
    ['a thrown Proxy that throws on every read', { toJSON() { throw hostile; } }, /cannot be shown/],
    ['undefined', undefined, /undefined for a value of type undefined/],
    ['a function', () => 1, /type function/],
    ['a symbol', Symbol('s'), /type symbol/],
  ];
  for (const options of [{ dialect: 'web' }, { dialect: 'web', rules: { 'invalid-json': 'off' } }]) {
    const schema = createGroupSchema(options);
    for (const [what, value, says] of cases) {
      const r = schema['~standard'].validate(value);
      assert.equal(r.issues?.length, 1, `${what}: one issue`);
      const [i] = r.issues;
      assert.deepEqual([i.rule, i.messageId, i.path], ['invalid-json', 'invalid-json.unserializable', undefined], what);
      assert.match(i.message, /^the value cannot be written as JSON: /, what);
      assert.match(i.message, says, what);
      assert.equal(typeof i.params.error, 'string', what);
      // `report` returns the same, rather than throwing.
      const report = schema.report(value);
      assert.equal(report.valid, false, what);
      assert.deepEqual(report.diagnostics.map((d) => [d.rule, d.severity, d.path, d.message]), [['invalid-json', 'error', '', i.message]], what);
    }
  }
  // In the options' language, or your own wording.
  const zh = createGroupSchema({ lang: 'zh-CN' })['~standard'].validate(cycle).issues[0];
  assert.match(zh.message, /^该值无法转换为 JSON：TypeError: Converting circular structure/);
  const own = createGroupSchema({ messages: { 'invalid-json.unserializable': 'Not sendable ({error})' } });
  assert.equal(own.report(10n).diagnostics[0].message, 'Not sendable (TypeError: Do not know how to serialize a BigInt)');
});

test('a getter read once: the issues\' paths come from the JSON validated, not from reading the value again', () => {
  let reads = 0;
  const once = {
    type: 'Public',
    get name() {
      if (reads++ > 0) throw new Error('read twice');
      return longName;
    },
    memberList: [{ userID: 'a', role: 'Owner' }],
  };
  const r = createGroupSchema({ dialect: 'web' })['~standard'].validate(once);
  assert.deepEqual(r.issues.map((i) => i.path), [['name'], ['memberList', 0, 'role']]);
  assert.equal(reads, 1);
});

test('bad options throw when the schema is made, not on the first keystroke', () => {
  assert.throws(() => createGroupSchema({ dialect: 'graphql' }), /dialect/);
  assert.throws(() => createGroupSchema({ colour: 'red' }), /colour/);
  assert.throws(() => createGroupSchema({ messages: 'mine' }), /messages/);
});

test('your own wording per message ID, a template or a function, in validate, issues and toRest', () => {
  const messages = {
    'too-many-bytes': 'Group name: {bytes} of {max} bytes',
    'invalid-member-role': ({ params, lang }) => `${lang}: role ${params.value}?`,
  };
  const r = createGroupSchema({ dialect: 'web', messages })['~standard'].validate(broken);
  assert.deepEqual(r.issues.map((i) => i.message), [`Group name: ${nameBytes} of ${maxName} bytes`, 'en: role Owner?']);
  const zh = validate(broken, { dialect: 'web', lang: 'zh-CN', messages });
  assert.equal(zh.diagnostics.find((d) => d.rule === 'invalid-member-role').message, 'zh-CN: role Owner?');
  // Other message IDs keep the package's wording; the help too.
  assert.match(zh.diagnostics[0].help, /前缀/);
  const c = fromRest(undefined);
  assert.equal(typeof c['~standard'].validate, 'function');
});

test('errorsByField: diagnostics by dotted field path, whole-payload ones apart', () => {
  const report = validate(broken, { dialect: 'web' });
  const { fields, form } = errorsByField(report);
  assert.deepEqual(Object.keys(fields), ['name', 'avatar', 'memberList.3.role']);
  assert.equal(fields.name[0].rule, 'too-many-bytes');
  assert.deepEqual(form, []);

  const notJson = errorsByField(validate('{"Name": '));
  assert.deepEqual(Object.keys(notJson.fields), []);
  assert.deepEqual(notJson.form.map((d) => d.rule), ['invalid-json']);

  // `__proto__` and `constructor` are fields like any other: `fields` has no prototype.
  const proto = errorsByField({ diagnostics: [{ path: '/__proto__' }, { path: '/constructor' }, { path: '/__proto__' }] });
  assert.equal(Object.getPrototypeOf(proto.fields), null);
  assert.deepEqual(Object.keys(proto.fields), ['__proto__', 'constructor']);
  assert.equal(proto.fields.__proto__.length, 2);
  assert.equal(proto.fields.constructor.length, 1);

  // A pointer's escapes (~1 is '/', ~0 is '~') come back as the key they stand for.
  const escaped = errorsByField({ diagnostics: [{ path: '/a~1b/c~0d' }, { path: '/a~1b/c~0d' }] });
  assert.deepEqual(Object.keys(escaped.fields), ['a/b.c~d']);
  assert.equal(escaped.fields['a/b.c~d'].length, 2);
});

test("react-hook-form's standardSchemaResolver puts each issue on its field", async () => {
  const resolver = standardSchemaResolver(createGroupSchema({ dialect: 'web' }));
  const bad = await resolver(broken, undefined, { fields: {}, shouldUseNativeValidation: false });
  assert.deepEqual(bad.values, {});
  assert.ok(bad.errors.name.message.startsWith(`\`name\` is ${nameBytes} bytes`), bad.errors.name.message);
  assert.match(bad.errors.memberList[3].role.message, /Owner/);
  assert.equal(bad.errors.avatar, undefined, 'a warning is not a form error');

  const good = await resolver(fine, undefined, { fields: {}, shouldUseNativeValidation: false });
  assert.deepEqual(good.errors, {});
  assert.deepEqual(good.values, fine);
});

test('TanStack Form takes it as a form validator and maps issues to fields', async () => {
  const form = new FormApi({
    defaultValues: broken,
    validators: { onChange: createGroupSchema({ dialect: 'web' }) },
  });
  form.mount();
  await form.validate('change');
  assert.equal(form.state.isValid, false);
  const byField = form.state.errorMap.onChange;
  assert.ok(byField, 'errors on change');
  const names = Object.keys(byField).sort();
  assert.deepEqual(names, ['memberList[3].role', 'name']);
  assert.ok(byField.name[0].message.includes(`${nameBytes} bytes`), byField.name[0].message);

  form.setFieldValue('name', '交流群');
  form.setFieldValue('memberList', members);
  await form.validate('change');
  assert.equal(form.state.isValid, true);
});

test("each dialect's payload type in index.d.ts has exactly the fields of its JSON Schema", async () => {
  const { readFileSync } = await import('node:fs');
  const { jsonSchema } = await import('../schema-node.js');
  const dts = readFileSync(new URL('../index.d.ts', import.meta.url), 'utf8');
  const fieldsOf = (name) => {
    const body = dts.match(new RegExp(`export interface ${name} \\{\\n([\\s\\S]*?)\\n\\}`))?.[1];
    assert.ok(body, `${name} is in index.d.ts`);
    return [...body.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]).sort();
  };
  for (const [dialect, name] of [['rest', 'RestBody'], ['sdk', 'SdkCreateGroupParams'], ['web', 'WebCreateGroupOptions']]) {
    assert.deepEqual(fieldsOf(name), Object.keys(jsonSchema(dialect).properties).sort(), dialect);
  }
});

test("each call's payload type in index.d.ts has exactly the fields of its JSON Schema", async () => {
  const { readFileSync } = await import('node:fs');
  const { jsonSchema } = await import('../schema-node.js');
  const dts = readFileSync(new URL('../index.d.ts', import.meta.url), 'utf8');
  const payloads = dts.match(/export interface Payloads \{\n([\s\S]*?)\n\}/)?.[1];
  assert.ok(payloads, 'Payloads is in index.d.ts');
  const fieldsOf = (name) => {
    const body = dts.match(new RegExp(`export interface ${name} \\{\\n([\\s\\S]*?)\\n\\}`))?.[1];
    assert.ok(body, `${name} is in index.d.ts`);
    return [...body.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]).sort();
  };
  let n = 0;
  for (const [, api, row] of payloads.matchAll(/^ {2}'([a-z-]+)': \{ (.*) \};$/gm)) {
    for (const [, dialect, name] of row.matchAll(/(\w+): (\w+)/g)) {
      const schema = jsonSchema(dialect, { api });
      assert.deepEqual(fieldsOf(name), Object.keys(schema.properties).sort(), `${api} ${dialect}`);
      n++;
    }
  }
  assert.equal(n, 16);
});
