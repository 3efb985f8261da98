// "Never guessed", checked as a property: making any part of a payload dynamic (a value
// replaced by a variable, a spread added to an object or a list) may take reports away but
// never add one, nor change one's text. Every such change of every object literal in the
// TUIKit-shaped fixtures and the example's files is linted and compared with the original's
// reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../index.js';

const config = [plugin.configs.recommended, { files: ['**/*.ts'], languageOptions: { parser: tsParser } }];
const linter = new Linter();
const lint = (code) => linter.verify(code, config, { filename: 'x.ts' });

/** Every node of the file (payloads written in the call or in a const before it). */
function allNodes(code) {
  const { ast } = tsParser.parseForESLint(code, { range: true, loc: true });
  const found = [];
  const visit = (n) => {
    if (!n || typeof n.type !== 'string') return;
    found.push(n);
    for (const [k, v] of Object.entries(n)) {
      if (k === 'parent') continue;
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') visit(v);
    }
  };
  visit(ast);
  return found;
}

/** The code with one part made dynamic, for every part. */
function* mutations(code) {
  const edit = (from, to, text) => code.slice(0, from) + text + code.slice(to);
  for (const n of allNodes(code)) {
    if (n.type === 'Property' && !n.shorthand && !n.computed) yield edit(n.value.range[0], n.value.range[1], 'dyn');
    if (n.type === 'ObjectExpression') {
      yield edit(n.range[0] + 1, n.range[0] + 1, ' ...dyn, ');
      const last = n.properties.at(-1);
      if (last) yield edit(last.range[1], last.range[1], ', ...dyn');
    }
    if (n.type === 'ArrayExpression') {
      yield edit(n.range[0] + 1, n.range[0] + 1, '...dyn, ');
      for (const el of n.elements) if (el) yield edit(el.range[0], el.range[1], 'dyn');
    }
  }
}

const texts = (messages) => messages.map((m) => (m.ruleId === 'timlint/create-group' ? m.message : `${m.ruleId}: ${m.message}`));

/** Does `sub` hold each of its texts at most as often as `all`? */
function isSubMultiset(sub, all) {
  const left = new Map();
  for (const t of all) left.set(t, (left.get(t) ?? 0) + 1);
  return sub.every((t) => {
    const n = left.get(t) ?? 0;
    left.set(t, n - 1);
    return n > 0;
  });
}

const files = ['fixtures/tuikit-create-group-mistakes.ts', 'fixtures/tuikit-create-group.ts', '../example/src/create-team.js', '../example/src/meeting.ts'];
for (const name of files) {
  test(`${name}: a dynamic part never adds a report`, () => {
    const code = readFileSync(new URL(name, import.meta.url), 'utf8');
    const original = texts(lint(code));
    let tried = 0;
    let fewer = 0;
    for (const mutated of mutations(code)) {
      const now = texts(lint(mutated));
      assert.ok(isSubMultiset(now, original), `${mutated}\n\nreports:\n${now.join('\n')}\n\nwhere the original has:\n${original.join('\n')}`);
      tried++;
      if (now.length < original.length) fewer++;
    }
    assert.ok(tried > 10, `${tried} changes tried`);
    // And the property has teeth: where there are mistakes, changes take some away.
    if (original.length) assert.ok(fewer >= original.length, `${fewer} changes took reports away`);
  });
}
