// The package's functions one by one, and every kind of bad input: each returns diagnostics
// or throws an Error, and the module keeps working afterwards.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import * as timlint from '../node.js';
import { jsonSchema } from '../schema-node.js';
import * as rest from '../rest-node.js';
import { presetLimits } from '../options.js';

const { validate, limits, byteLength, truncateToBytes, addTimlintKeywords, xMaxUtf8Bytes, renderMessage, templates } = timlint;
const { toRest } = rest;
const GOOD = '{"Type": "Public", "Name": "TestGroup"}';
const rules = (report) => report.diagnostics.map((d) => d.rule);
const stillWorks = () => assert.equal(validate(GOOD).valid, true);

test('a valid payload, as text and as an object', () => {
  const r = validate(GOOD);
  assert.deepEqual(r, { dialect: 'rest', valid: true, diagnostics: [] });
  assert.deepEqual(validate({ Type: 'Public', Name: 'TestGroup' }), r);
});

test('a diagnostic has exactly the CLI JSON keys', () => {
  const [d] = validate('{"Type": "Publich", "Name": "x"}').diagnostics;
  assert.deepEqual(Object.keys(d), [
    'rule', 'severity', 'path', 'message', 'messageId', 'params', 'tencentCode', 'answeredBy', 'help',
    'helpId', 'suggestion', 'fix', 'line', 'column',
  ]);
  assert.equal(d.answeredBy, 'server');
  // The edit that resolves it: UTF-8 byte offsets in the text, and the source text to put there.
  assert.deepEqual(d.fix, { start: 9, end: 18, replacement: '"Public"', applicability: 'safe' });
  assert.equal(d.rule, 'unknown-group-type');
  assert.equal(d.messageId, 'unknown-group-type');
  assert.equal(d.helpId, 'common.did-you-mean-one-of');
  assert.deepEqual(d.params, {
    value: 'Publich', field: 'Type',
    choices: ['Private', 'Public', 'ChatRoom', 'AVChatRoom', 'BChatRoom', 'Community'],
  });
  assert.equal(d.message, 'unknown group type `Publich` in `Type`');
  assert.equal(d.path, '/Type');
  assert.equal(d.suggestion, 'Public');
});

test('options: dialect, lang, limits, maxDiagnostics', () => {
  const web = validate({ type: 'Public', name: 'x' }, { dialect: 'web' });
  assert.equal(web.dialect, 'web');
  assert.equal(validate({ type: 'Public', name: 'x' }, { dialect: 'auto' }).dialect, 'web');
  const over = limits().name + 1;
  const long = JSON.stringify({ Type: 'Public', Name: 'x'.repeat(over) });
  const en = validate(long).diagnostics[0];
  const zh = validate(long, { lang: 'zh-CN' }).diagnostics[0];
  assert.equal(en.rule, zh.rule);
  assert.notEqual(en.message, zh.message);
  assert.match(zh.message, /[\u4e00-\u9fff]/);
  assert.equal(validate(long, { limits: { name: over } }).valid, true);
  assert.equal(validate(long, { preset: 'extended' }).valid, true);
  const many = validate('{"a": 1, "b": 2, "c": 3, "Type": "Public", "Name": "x"}', { maxDiagnostics: 2 });
  assert.equal(many.diagnostics.length, 2);
  assert.equal(many.omitted, 1);
});

test('a report re-renders in the other language, or in your own words, without validating', () => {
  const long = JSON.stringify({ Type: 'Public', Name: '腾讯云即时通信 IM 产品研发部周会群' });
  // The limit is pinned: the messages state it.
  const pinned = { limits: { name: 30 } };
  const [en] = validate(long, pinned).diagnostics;
  const [zh] = validate(long, { ...pinned, lang: 'zh-CN' }).diagnostics;
  assert.deepEqual(renderMessage(en, 'zh-CN'), { message: zh.message, help: zh.help });
  assert.deepEqual(renderMessage(zh, 'en'), { message: en.message, help: en.help });
  assert.equal(en.message, '`Name` is 49 bytes (19 characters); the limit is 30 bytes (UTF-8)');
  assert.equal(zh.message, '`Name` 为 49 字节（19 个字符），上限为 30 字节（UTF-8）');
  const own = renderMessage(en, 'en', {
    'too-many-bytes': 'Group name: {bytes}/{max} bytes',
    'too-many-bytes.help': ({ suggestion }) => `Try: ${suggestion}`,
  });
  assert.deepEqual(own, { message: 'Group name: 49/30 bytes', help: 'Try: 腾讯云即时通信 IM 产' });
  // Every message ID a report can carry has a template in both languages.
  for (const id of [en.messageId, en.helpId]) {
    assert.ok(templates[id]?.every((t) => typeof t === 'string' && t.length > 0), id);
  }
});

test('bad options throw an Error with a message, and the module goes on', () => {
  for (const bad of [{ lang: 'fr' }, { nope: 1 }, { dialect: 'graphql' }, { limits: { name: 'x' } },
    { limits: { bogus: 1 } }, { maxDepth: -1 }, 42, 'rest', [], true]) {
    for (const call of [() => validate(GOOD, bad), () => limits(bad), () => toRest(GOOD, bad)]) {
      assert.throws(call, (e) => e instanceof Error && /invalid options/.test(e.message), JSON.stringify(bad));
    }
  }
  assert.throws(() => validate(GOOD, { f: () => 1, g: 1n }), TypeError);
  stillWorks();
});

test('undefined, null, absent options are the defaults', () => {
  for (const o of [undefined, null, {}]) assert.deepEqual(limits(o), limits());
});

test('bad inputs give diagnostics', () => {
  const cases = [
    ['{', 'invalid-json'],
    ['', 'invalid-json'],
    ['not json at all', 'invalid-json'],
    ['{"Type": "Public", "Name": "x",}', 'invalid-json'],
    ['[]', 'not-an-object'],
    ['"a string"', 'not-an-object'],
    [42, 'not-an-object'],
    [null, 'not-an-object'],
    [true, 'not-an-object'],
    [['Type', 'Public'], 'not-an-object'],
    ['{"Type": "Public", "Name": "x" /* c */}', 'json-comments'],
    ['\uFEFF{"Type": "Public", "Name": "x"}', 'byte-order-mark'],
    ['['.repeat(100_000), 'too-deep'],
  ];
  for (const [input, rule] of cases) {
    const r = validate(input);
    assert.ok(rules(r).includes(rule), `${JSON.stringify(input).slice(0, 40)}: ${rules(r)}`);
  }
  stillWorks();
});

test('inputs that are no JSON value throw a TypeError', () => {
  const circular = {};
  circular.self = circular;
  for (const input of [undefined, () => 1, Symbol('s'), 10n, circular, { n: 1n }]) {
    assert.throws(() => validate(input), TypeError);
    assert.throws(() => toRest(input), TypeError);
  }
  assert.throws(() => validate(), TypeError);
  stillWorks();
});

test('a 10 MB string is refused unread, or read when allowed', () => {
  const big = JSON.stringify({ Type: 'Public', Name: 'x'.repeat(10 * 1024 * 1024) });
  assert.deepEqual(rules(validate(big)), ['input-too-large']);
  const read = validate(big, { maxInputBytes: 16 * 1024 * 1024 });
  assert.deepEqual(rules(read), ['too-many-bytes']);
  assert.equal(read.diagnostics[0].suggestion, 'x'.repeat(limits().name));
  const garbage = '\u00e9'.repeat(5 * 1024 * 1024); // 10 MiB of UTF-8, not JSON
  assert.deepEqual(rules(validate(garbage)), ['input-too-large']);
  assert.deepEqual(rules(validate(garbage, { maxInputBytes: 11 * 1024 * 1024 })), ['invalid-json']);
  stillWorks();
});

test('lone surrogates do not throw', () => {
  for (const s of ['\uD800', '\uDC00', 'a\uD83Db', '\uDE00\uD83D']) {
    // In JSON text they reach Rust as U+FFFD, which is a character like any other.
    const r = validate(`{"Type": "Public", "Name": "${s}"}`);
    assert.equal(r.valid, true);
    // JSON.stringify writes them as `\ud800` escapes, which are not characters: invalid JSON.
    const obj = validate({ Type: 'Public', Name: s });
    assert.deepEqual(rules(obj), ['invalid-json']);
    assert.equal(byteLength(s), new TextEncoder().encode(s).length);
    assert.equal(typeof truncateToBytes(s, 2), 'string');
  }
  // Lone surrogates are 3 bytes of U+FFFD each, as TextEncoder would send them: one more than
  // fits is over the Name limit.
  const surrogates = Math.floor(limits().name / 3) + 1;
  assert.deepEqual(rules(validate(`{"Type": "Public", "Name": "${'\uD800'.repeat(surrogates)}"}`)), ['too-many-bytes']);
  stillWorks();
});

test('limits: presets and overrides', () => {
  const d = limits();
  const x = limits({ preset: 'extended' });
  assert.deepEqual(Object.keys(d).sort(), [
    'account', 'addMembers', 'customKey', 'faceUrl', 'groupCustomFields', 'groupCustomValue', 'groupId',
    'introduction', 'memberCustomFields', 'memberCustomValue', 'members', 'name', 'nameCard', 'notification',
    'sdkMembers', 'topicCustomString', 'topicId', 'topicName',
  ]);
  // The REST page's caps (as declared, read from timlint/options) and the newer SDK pages'
  // (see shared/reference/create-group-rules.md).
  assert.deepEqual(d, { ...presetLimits.default });
  assert.deepEqual([x.name, x.introduction, x.notification, x.faceUrl], [100, 400, 400, 500]);
  for (const k of ['name', 'introduction', 'notification', 'faceUrl']) assert.ok(d[k] < x[k], k);
  assert.equal(x.members, d.members);
  const o = limits({ preset: 'extended', limits: { name: 7, members: 3 } });
  assert.deepEqual({ ...o, name: x.name, members: x.members }, x);
  assert.deepEqual([o.name, o.members], [7, 3]);
  // The caps are the ones validate() applies.
  for (const opts of [{}, { preset: 'extended' }, { limits: { name: 5 } }]) {
    const cap = limits(opts).name;
    assert.equal(validate({ Type: 'Public', Name: 'n'.repeat(cap) }, opts).valid, true);
    assert.equal(validate({ Type: 'Public', Name: 'n'.repeat(cap + 1) }, opts).valid, false);
  }
});

const SAMPLES = ['', 'abc', '中文', 'é', 'e\u0301', '👍', '👨‍👩‍👧‍👦', '🇨🇳🇺🇸', 'a\u0000b', '\u{10FFFF}', 'ümlaut 群名称 🎉 x'];

test('byteLength is the UTF-8 length', () => {
  for (const s of SAMPLES) assert.equal(byteLength(s), new TextEncoder().encode(s).length, s);
  assert.throws(() => byteLength(5), TypeError);
  assert.throws(() => byteLength(), TypeError);
});

test('truncateToBytes keeps the longest whole-grapheme prefix that fits', () => {
  const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const s of SAMPLES) {
    const graphemes = [...seg.segment(s)].map((g) => g.segment);
    for (let max = 0; max <= byteLength(s) + 2; max++) {
      // Expected from the platform's own segmenter: whole graphemes while they fit.
      let want = '';
      for (const g of graphemes) {
        if (byteLength(want + g) > max) break;
        want += g;
      }
      assert.equal(truncateToBytes(s, max), want, `${JSON.stringify(s)} at ${max}`);
    }
  }
  assert.equal(truncateToBytes('abc', Number.MAX_SAFE_INTEGER), 'abc');
  assert.equal(truncateToBytes('abc', Infinity), 'abc');
  for (const bad of [-1, NaN, 1.5, -Infinity]) assert.throws(() => truncateToBytes('abc', bad), Error);
  for (const bad of ['3', undefined, null]) assert.throws(() => truncateToBytes('abc', bad), TypeError);
  stillWorks();
});

test('toRest converts an SDK payload into a valid REST body', () => {
  const sdk = {
    groupType: 'Work', groupName: '团队', addOpt: 2, approveOpt: 'V2TIM_GROUP_ADD_AUTH',
    isAllMuted: true, memberList: [{ userID: 'bob', role: 300 }],
  };
  const c = toRest(sdk, { dialect: 'sdk' });
  assert.equal(c.ok, true);
  assert.equal(c.report.valid, true);
  assert.equal(c.report.dialect, 'sdk');
  assert.equal(c.body.Name, '团队');
  assert.deepEqual(c.body.MemberList, [{ Member_Account: 'bob', Role: 'Admin' }]);
  assert.equal(validate(c.body).valid, true, 'the body is itself a valid REST payload');
  assert.ok(c.dropped.length >= 1 && c.dropped.every((s) => typeof s === 'string'));
  const zh = toRest(sdk, { dialect: 'sdk', lang: 'zh-CN' });
  assert.equal(zh.dropped.length, c.dropped.length);
  assert.ok(zh.dropped.some((s) => /[\u4e00-\u9fff]/.test(s)));
  // Auto-detection picks the SDK spelling.
  assert.equal(toRest(sdk, { dialect: 'auto' }).report.dialect, 'sdk');
});

test('toRest is in timlint/rest alone, whose other functions are the validator\'s', () => {
  assert.equal('toRest' in timlint, false, 'pages that only validate do not load the converter');
  const inputs = ['{"Type": "Public", "Name": "x"}', '{"groupType": "Work", "groupName": ""}', '{', 7];
  for (const input of inputs) {
    for (const opts of [{}, { dialect: 'auto', lang: 'zh-CN' }]) {
      assert.deepEqual(rest.validate(input, opts), validate(input, opts));
    }
  }
  assert.deepEqual(rest.limits({ preset: 'extended' }), limits({ preset: 'extended' }));
  assert.equal(rest.truncateToBytes('群群', 5), truncateToBytes('群群', 5));
});

test('toRest gives no body for an invalid payload, and its report is validate()', () => {
  for (const [input, opts] of [['{"type": "Public"}', { dialect: 'web' }], ['[]', {}], ['{', {}], [7, {}]]) {
    const c = toRest(input, opts);
    assert.equal(c.ok, false);
    assert.equal(c.body, null);
    assert.deepEqual(c.dropped, []);
    assert.deepEqual(c.report, validate(input, opts));
  }
});

test('the x-maxUtf8Bytes keyword agrees with byteLength, in ajv', () => {
  const ajv = addTimlintKeywords(new Ajv());
  const check = ajv.compile({ type: 'string', 'x-maxUtf8Bytes': 6 });
  for (const s of SAMPLES) assert.equal(check(s), byteLength(s) <= 6, s);
  assert.equal(xMaxUtf8Bytes.keyword, 'x-maxUtf8Bytes');
  // Non-strings are left to `type`.
  assert.equal(ajv.compile({ 'x-maxUtf8Bytes': 1 })(12345), true);
});

test('jsonSchema gives a draft 2020-12 schema that ajv compiles, with the options\' limits', () => {
  for (const dialect of ['rest', 'sdk', 'web', 'auto']) {
    const schema = jsonSchema(dialect);
    assert.match(schema.$schema, /2020-12/);
    addTimlintKeywords(new Ajv2020({ allErrors: true, strict: false })).compile(schema);
  }
  const ajv = addTimlintKeywords(new Ajv2020({ allErrors: true, strict: false }));
  for (const opts of [undefined, { preset: 'extended' }, { limits: { name: 5 } }]) {
    const check = ajv.compile(jsonSchema('rest', opts));
    const cap = limits(opts).name;
    assert.equal(check({ Type: 'Public', Name: '群'.repeat(Math.floor(cap / 3)) }), true);
    // Within maxLength in characters, over the cap in bytes: only x-maxUtf8Bytes refuses it.
    assert.equal(check({ Type: 'Public', Name: '群'.repeat(Math.floor(cap / 3) + 1) }), false);
  }
  assert.equal(jsonSchema().$schema, jsonSchema('rest').$schema);
  assert.equal('jsonSchema' in timlint, false, 'the main module stays without schemars');
  assert.throws(() => jsonSchema('graphql'), /unknown dialect/);
  assert.throws(() => jsonSchema('rest', { nope: 1 }), /invalid options/);
  assert.throws(() => jsonSchema(5), TypeError);
  stillWorks();
});
