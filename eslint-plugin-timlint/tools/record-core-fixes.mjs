// Records, with a timlint CLI whose JSON diagnostics carry `fix`, the reports the core gives
// on the texts the rule sends for test/fixtures/core-fixes.cases.json, into
// test/fixtures/core-fixes.json:
//   node tools/record-core-fixes.mjs path/to/timlint
// (Needed only while the npm package's build has no `fix`: core-fixes.test.mjs then uses
// the package itself.)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Linter } from 'eslint';
import { makeCreateGroup } from '../lib/rule.js';

const cases = JSON.parse(readFileSync(new URL('../test/fixtures/core-fixes.cases.json', import.meta.url), 'utf8'));

const cli = process.argv[2];
const recorded = {};
const rule = makeCreateGroup((text, options) => {
  const args = ['check', '--format', 'json', '--dialect', options.dialect];
  if (options.plan) args.push('--plan', options.plan);
  const run = spawnSync(cli, [...args, '-'], { input: text, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${cli}: ${run.stderr}`);
  const { file, ...report } = JSON.parse(run.stdout)[0];
  recorded[JSON.stringify([text, options])] = report;
  return report;
});
// The code, and the outputs RuleTester lints again after fixing.
for (const c of cases) {
  const outputs = c.errors.flatMap((e) => (e.suggestions ?? []).map((s) => s.output));
  for (const code of [c.code, c.output ?? c.code, ...outputs]) {
    new Linter().verify(code, [{ plugins: { t: { rules: { r: rule } } }, rules: { 't/r': ['error', c.options ?? {}] } }]);
  }
}
writeFileSync(new URL('../test/fixtures/core-fixes.json', import.meta.url), JSON.stringify(recorded, null, 1) + '\n');
console.log(`${Object.keys(recorded).length} reports recorded`);
