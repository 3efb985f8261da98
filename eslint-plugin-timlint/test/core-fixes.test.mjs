// The core's `fix` through ESLint: autofixes for what it calls safe, suggestions otherwise,
// traced from byte offsets in the text validated back to literals, keys and members.
//
// The cases run on the npm package's `validate`, whose diagnostics carry `fix` (they ran on
// reports recorded from the CLI while the package had none; the recording went stale with the
// Name limit, and the package's own reports are the ones ESLint users get).
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { RuleTester } from 'eslint';
import { createGroup } from '../lib/rule.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const fixture = (name) => JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8'));
const cases = fixture('core-fixes.cases.json');
const tests = {
  valid: [],
  invalid: cases.map((c) => ({
    name: c.name,
    code: c.code,
    options: c.options ? [c.options] : [],
    output: c.output,
    errors: c.errors.map(({ rule, line = 1, ...rest }) => ({ message: new RegExp(`^${rule}[: ]`), line, ...rest })),
  })),
};

const tester = new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } });
describe('the npm package', () => tester.run('create-group', createGroup, tests));
