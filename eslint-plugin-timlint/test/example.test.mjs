// End to end: ESLint itself, as a project runs it, on example/ with its eslint.config.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const example = fileURLToPath(new URL('../example/', import.meta.url));
const bin = fileURLToPath(new URL('../node_modules/eslint/bin/eslint.js', import.meta.url));

/** What the README shows: file, line:column, timlint rule, one per report. */
const EXPECTED = [
  'src/create-team.js 15:11 unknown-group-type',
  'src/create-team.js 18:5 unknown-field',
  'src/create-team.js 25:11 too-many-bytes',
  'src/create-team.js 26:17 members-not-allowed',
  'src/meeting.ts 15:19 max-member-count-range',
  'src/server/provision.js 6:14 community-group-id-prefix',
];

const rows = (results) =>
  results.flatMap((r) =>
    r.messages.map((m) => `${r.filePath.slice(example.length)} ${m.line}:${m.column} ${m.message.split(/[: ]/)[0]}`),
  );

test('the bin on the example: the reports of the README, exit code 1', () => {
  const run = spawnSync(process.execPath, [bin, '--format', 'json', '.'], { cwd: example, encoding: 'utf8' });
  assert.equal(run.stderr, '');
  assert.equal(run.status, 1);
  const results = JSON.parse(run.stdout);
  assert.deepEqual(rows(results), EXPECTED);
  assert.ok(results.every((r) => r.messages.every((m) => m.ruleId === 'timlint/create-group' && m.severity === 2)));
});

test('the bin on a file without a problem: no output, exit code 0', () => {
  const run = spawnSync(process.execPath, [bin, '--max-warnings', '0', 'src/chat-room.ts'], { cwd: example, encoding: 'utf8' });
  assert.equal(run.stdout + run.stderr, '');
  assert.equal(run.status, 0);
});

test("the Node API with --fix: the enum typo and the key's case are fixed, the truncation is left to the user's choice", async () => {
  const eslint = new ESLint({ cwd: example, fix: true });
  const results = await eslint.lintFiles(['src/create-team.js']);
  const [r] = results;
  assert.match(r.output, /type: 'Public',\n/);
  // The core's safe fix for a key in the wrong case: the Web SDK spells it groupID.
  assert.match(r.output, /groupID: 'announcements',\n/);
  assert.match(r.output, /name: '腾讯云即时通信 IM 直播间弹幕互动群'/);
  const fixed = ['unknown-group-type', 'unknown-field'];
  assert.deepEqual(rows(results), EXPECTED.filter((e) => e.startsWith('src/create-team.js ') && !fixed.some((id) => e.endsWith(id))));
  const cut = r.messages.find((m) => m.message.startsWith('too-many-bytes'));
  assert.deepEqual(cut.suggestions.map((s) => s.fix.text), ["'腾讯云即时通信 IM 直'"]);
});

test("the README's output is what `npx eslint .` prints in example/", () => {
  const run = spawnSync(process.execPath, [bin, '.'], { cwd: example, encoding: 'utf8' });
  assert.equal(run.status, 1);
  const printed = run.stdout.replaceAll(example.replace(/\/$/, ''), '…/example').trim();
  const readmeUrl = new URL('../README.md', import.meta.url);
  const readme = readFileSync(readmeUrl, 'utf8');
  const start = readme.indexOf('```text\n…/example/') + '```text\n'.length;
  const end = readme.indexOf('\n```', start);
  assert.ok(start > '```text\n'.length && end > start, 'README has the example output');
  if (process.env.TIMLINT_BLESS) {
    writeFileSync(readmeUrl, readme.slice(0, start) + printed + readme.slice(end));
    return;
  }
  assert.equal(readme.slice(start, end), printed, 'stale: TIMLINT_BLESS=1 node --test test/example.test.mjs writes it');
});
