// The plugin's fixes, property-tested over generated create-group calls (issue #26): CJK,
// emoji and accented names, nested members, spreads, computed keys, several spellings of one
// key, keys written twice, in the Web SDK and REST dialects. For every autofix ESLint gets:
// - the output parses;
// - it changes only the node reported (its range is inside the node's);
// - the call sends the same thing, but for that node: every value, static or not, stays
//   where it was, the one reported excepted (a rename moves its value to the new key, and
//   only there). The payloads are compared by running the code, not by the plugin's own
//   evaluation, so a spread or a computed key that the rename would collide with is seen.
// And fixing everything reaches a fixed point (no circular fixes), whose output parses.
//
// fast-check generates and shrinks the calls (a failure prints the smallest call it found).
// Seeded and bounded: FC_SEED and FC_RUNS change them for a longer local run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Linter } from 'eslint';
import plugin from '../index.js';

const SEED = Number(process.env.FC_SEED ?? 26);
const RUNS = Number(process.env.FC_RUNS ?? 200);

// --- generated calls, as source text ---------------------------------------------------------

/** Text units: ASCII, quotes and backslash, an accent, CJK, emoji (a pair, a ZWJ family). */
const text = fc.string({
  unit: fc.constantFrom('a', 'Z', '7', ' ', '-', "'", '"', '`', '\\', '$', '{', 'é', '产', '品', '研', '👍', '👨‍👩‍👧'),
  maxLength: 14,
});

/** A string literal of `value` in one of the three quotes. */
function literal(value, quote) {
  const json = JSON.stringify(value);
  if (quote === '"') return json;
  const inner = json.slice(1, -1).replaceAll('\\"', '"');
  if (quote === "'") return `'${inner.replaceAll("'", "\\'")}'`;
  return '`' + inner.replaceAll('`', '\\`').replaceAll('${', '\\${') + '`';
}
const quote = fc.constantFrom("'", '"', '`');
const str = (values) => fc.tuple(values, quote).map(([v, q]) => literal(v, q));
const oneOf = (...values) => str(fc.constantFrom(...values));

/** A key as written: a name, a string in quotes, or a computed string. */
const keySource = (name) =>
  fc.constantFrom('name', "'", '"', 'computed').map((style) => {
    if (style === 'name' && /^[A-Za-z_$][\w$]*$/.test(name)) return name;
    return style === 'computed' ? `[${literal(name, "'")}]` : literal(name, style === '"' ? '"' : "'");
  });

/** An object literal whose entries are drawn from `fields` (spellings -> value), a spread, a computed key. */
function objectOf(fields, extras, maxLength) {
  const field = fc.constantFrom(...Object.keys(fields)).chain((k) =>
    fc.tuple(keySource(k), fields[k]).map(([key, value]) => `${key}: ${value}`),
  );
  const entry = fc.oneof({ weight: 24, arbitrary: field }, ...extras.map((e) => ({ weight: 1, arbitrary: fc.constant(e) })));
  // Mostly one spelling a key, sometimes a key written twice.
  const keyOf = (e) => e.split(':')[0].replace(/[[\]'"`]/g, '');
  const entries = fc.oneof(
    { weight: 3, arbitrary: fc.uniqueArray(entry, { maxLength, selector: keyOf }) },
    { weight: 1, arbitrary: fc.array(entry, { maxLength }) },
  );
  return entries.map((es) => `{ ${es.join(', ')} }`);
}

const listOf = (item, spread) =>
  fc.tuple(fc.array(item, { maxLength: 3 }), fc.boolean()).map(([items, s]) => `[${(s ? [...items, spread] : items).join(', ')}]`);

const webMember = objectOf(
  {
    userID: oneOf('a', 'bob', '产品'),
    userId: oneOf('a', 'bob'),
    UserID: oneOf('a', 'c'),
    role: oneOf('Admin', 'admin', 'Member', 'Owner', 'Custom'),
    Role: oneOf('Admin', 'member'),
    abcdefghij: str(text),
  },
  ['...m', "[key]: 'x'"],
  4,
);
const sdkType = fc.constantFrom('TencentCloudChat.TYPES.GRP_WORK', 'TencentCloudChat.TYPES.GRP_PUBLIC', 'TencentCloudChat.TYPES.GRP_ROOM');
const web = objectOf(
  {
    type: fc.oneof(oneOf('Public', 'Publich', 'public', 'Private', 'Work', 'ChatRoom', 'AVChatRoom', 'Community'), sdkType),
    groupType: oneOf('Public', 'Private'),
    Type: oneOf('Public'),
    name: str(text),
    Name: str(text),
    groupName: str(text),
    groupID: str(text),
    groupId: str(text),
    GroupID: str(text),
    groupid: oneOf('team-01', '@TGS#_x'),
    introduction: str(text),
    avatar: oneOf('https://a/b.png', 'ftp://a'),
    joinOption: oneOf('FreeAccess', 'FreeAcess', 'freeaccess', 'NeedPermission', 'DisableApply'),
    inviteOption: oneOf('FreeAccess', 'DisableInvite', 'disableinvite'),
    maxMemberNum: fc.integer({ min: 0, max: 9000 }).map(String),
    isSupportTopic: fc.boolean().map(String),
    memberList: listOf(webMember, '...others'),
    memberlist: listOf(webMember, '...others'),
  },
  ['...rest', "[key]: 'x'", 'groupId'],
  7,
);

const restMember = objectOf(
  {
    Member_Account: oneOf('a', 'bob'),
    member_account: oneOf('a'),
    userID: oneOf('a'),
    Role: oneOf('Admin', 'admin', 'Member'),
    role: oneOf('Admin'),
  },
  ['...m'],
  3,
);
const rest = objectOf(
  {
    Type: oneOf('Public', 'Publich', 'Work', 'public', 'ChatRoom'),
    type: oneOf('Public', 'Private'),
    Name: str(text),
    name: str(text),
    GroupId: str(text),
    groupId: str(text),
    GroupID: str(text),
    Owner_Account: oneOf('admin', 'bob'),
    owner_account: oneOf('admin'),
    OWNER_ACCOUNT: oneOf('root'),
    Introduction: str(text),
    ApplyJoinOption: oneOf('FreeAccess', 'freeaccess', 'NeedPermission'),
    MemberList: listOf(restMember, '...others'),
    memberList: listOf(restMember, '...others'),
  },
  ['...rest', "[key]: 'x'"],
  7,
);

const call = fc.oneof(
  web.map((o) => ({ code: `chat.createGroup(${o});`, options: {} })),
  rest.map((o) => ({ code: `imRest.createGroup(${o});`, options: { restCallees: ['imRest.createGroup'] } })),
);

// --- what the code sends ---------------------------------------------------------------------

/** The payload the call passes, by running it with these bindings. */
function sent(code) {
  let payload;
  const capture = { createGroup: (p) => (payload = p) };
  const bindings = {
    chat: capture,
    imRest: capture,
    rest: { groupID: 'from-spread', GroupId: 'from-spread', type: 'Public', Name: 'spread' },
    m: { userID: 'from-m', Role: 'Admin' },
    others: [{ userID: 'o', Member_Account: 'o' }],
    key: 'groupID',
    groupId: 'from-variable',
    TencentCloudChat: { TYPES: { GRP_WORK: 'Private', GRP_PUBLIC: 'Public', GRP_ROOM: 'Room' } },
  };
  new Function(...Object.keys(bindings), code)(...Object.values(bindings));
  return payload;
}

/** Every leaf of a value by its path (a JSON array of keys), empty objects and lists included. */
function leaves(value, path = [], out = new Map()) {
  if (value !== null && typeof value === 'object' && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  } else {
    out.set(JSON.stringify(path), JSON.stringify(value));
  }
  return out;
}

/**
 * Why `after` is not `before` changed at one place only: one leaf's value (a value fixed), or
 * one key renamed with everything under it (a rename, to a key that was not there); null if
 * it is.
 */
function moreThanOneChange(before, after) {
  const b = leaves(before);
  const a = leaves(after);
  const gone = [...b].filter(([p, v]) => a.get(p) !== v).map(([p]) => JSON.parse(p));
  const added = [...a].filter(([p, v]) => b.get(p) !== v).map(([p]) => JSON.parse(p));
  if (gone.length === 0 && added.length === 0) return 'nothing changed';
  if (gone.length === 1 && added.length === 1 && JSON.stringify(gone[0]) === JSON.stringify(added[0])) return null;
  if (gone.length !== added.length) return `${gone.length} leaves gone, ${added.length} added`;
  // A rename: the same leaves, with one key at one depth renamed, and nothing else.
  const d = gone[0].findIndex((k, i) => added[0][i] !== k);
  if (d < 0) return `not one key renamed: ${JSON.stringify([gone, added])}`;
  const [from, to] = [gone[0][d], added[0][d]];
  for (let i = 0; i < gone.length; i++) {
    const moved = [...gone[i].slice(0, d), to, ...gone[i].slice(d + 1)];
    if (gone[i][d] !== from || JSON.stringify(moved) !== JSON.stringify(added[i])) return `not one key renamed: ${JSON.stringify([gone, added])}`;
    if (b.get(JSON.stringify(gone[i])) !== a.get(JSON.stringify(added[i]))) return `a value changed on the way: ${JSON.stringify(gone[i])}`;
    if (a.has(JSON.stringify(gone[i])) || b.has(JSON.stringify(added[i]))) return `a key repeated or overwritten: ${JSON.stringify(added[i])}`;
  }
  return null;
}

// --- the properties --------------------------------------------------------------------------

const linter = new Linter();
const config = (options) => [{ plugins: { timlint: plugin }, rules: { 'timlint/create-group': ['error', options] } }];
const parseErrors = (code) => linter.verify(code, [{}]).filter((m) => m.fatal).map((m) => m.message);
const apply = (code, { range: [s, e], text: t }) => code.slice(0, s) + t + code.slice(e);

/** The offset of a 1-based line and column. */
function offset(code, line, column) {
  let at = 0;
  for (let l = 1; l < line; l++) at = code.indexOf('\n', at) + 1;
  return at + column - 1;
}

test('every autofix parses, edits only the node reported, and keeps every value not reported', () => {
  let fixes = 0;
  fc.assert(
    fc.property(call, ({ code, options }) => {
      assert.deepEqual(parseErrors(code), [], 'the generated code parses');
      const before = sent(code);
      for (const m of linter.verify(code, config(options))) {
        assert.ok(!m.fatal, m.message);
        for (const s of m.suggestions ?? []) assert.deepEqual(parseErrors(apply(code, s.fix)), [], `suggestion of ${m.message}`);
        if (!m.fix) continue;
        fixes++;
        const out = apply(code, m.fix);
        const why = `${m.message}\n  fixed: ${out}`;
        assert.deepEqual(parseErrors(out), [], why);
        const [ns, ne] = [offset(code, m.line, m.column), offset(code, m.endLine, m.endColumn)];
        assert.ok(ns <= m.fix.range[0] && m.fix.range[1] <= ne, `the fix ${JSON.stringify(m.fix)} is inside the node reported [${ns}, ${ne}): ${why}`);
        assert.equal(moreThanOneChange(before, sent(out)), null, why);
      }
      const all = linter.verifyAndFix(code, config(options));
      assert.deepEqual(parseErrors(all.output), [], all.output);
      const left = linter.verify(all.output, config(options)).filter((m) => m.fix);
      assert.deepEqual(left.map((m) => m.message), [], `fixes still to make after fixing: ${all.output}`);
    }),
    { seed: SEED, numRuns: RUNS, includeErrorInReport: true },
  );
  // The generator reaches what it must: a run with no fix to weigh would prove nothing.
  assert.ok(fixes > RUNS / 4, `${fixes} autofixes in ${RUNS} calls`);
});

test('the property sees a fix that loses data: renaming beside a spread, or onto a key', () => {
  const rename = (code, from, to) => code.replace(`${from}:`, `${to}:`);
  const spread = "chat.createGroup({ ...rest, groupId: 'a' });";
  assert.notEqual(moreThanOneChange(sent(spread), sent(rename(spread, "groupId", "groupID"))), null);
  const twice = "chat.createGroup({ type: 'Public', groupId: 'a', GroupID: 'b' });";
  assert.notEqual(moreThanOneChange(sent(twice), sent(rename(rename(twice, 'groupId', 'groupID'), 'GroupID', 'groupID'))), null);
  const value = "chat.createGroup({ type: 'Publich', name: 'T' });";
  assert.equal(moreThanOneChange(sent(value), sent(value.replace('Publich', 'Public'))), null);
  assert.notEqual(moreThanOneChange(sent(value), sent(value.replace("'T'", "'U'").replace('Publich', 'Public'))), null);
});
