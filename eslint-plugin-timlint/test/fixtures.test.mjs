// The TUIKit-shaped fixtures: one that must lint clean, one whose mistakes are marked on their
// lines (`// expect: rule-id`) and must be reported exactly, no more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import plugin from '../index.js';

const config = [
  plugin.configs.recommended,
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  { files: ['**/*.vue'], languageOptions: { parser: vueParser, parserOptions: { parser: tsParser } } },
  // The Name limit pinned at 30: the fixtures' over-long names are marked against it.
  { rules: { 'timlint/create-group': ['error', { limits: { name: 30 } }] } },
];

function lint(name) {
  const code = readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
  const messages = new Linter().verify(code, config, { filename: name });
  return { code, messages };
}

/** A message as `line rule-id`: the timlint rule ID that starts its text. */
const brief = (m) => `${m.line} ${m.ruleId === 'timlint/create-group' ? m.message.split(/[: ]/)[0] : `${m.ruleId}: ${m.message}`}`;

test('a TUIKit-shaped create-group form lints without a report', () => {
  const { messages } = lint('tuikit-create-group.ts');
  assert.deepEqual(messages.map(brief), []);
});

/** The `// expect: rule-id, …` marks of a fixture, as `line rule-id`. */
const marks = (code) =>
  code.split('\n').flatMap((line, i) => {
    const m = /\/\/ expect: (.+)$/.exec(line);
    return m ? m[1].split(/,\s*/).map((rule) => `${i + 1} ${rule}`) : [];
  });

test('the same form with deliberate mistakes reports exactly those', () => {
  const { code, messages } = lint('tuikit-create-group-mistakes.ts');
  const expected = marks(code);
  assert.ok(expected.length >= 10, 'the fixture marks its mistakes');
  assert.deepEqual(messages.map(brief), expected);
});

test('a Vue single-file component: its script is checked, exactly its marked mistakes reported', () => {
  const { code, messages } = lint('CreateGroupForm.vue');
  const expected = marks(code);
  assert.equal(expected.length, 2);
  assert.deepEqual(messages.map(brief), expected);
});
