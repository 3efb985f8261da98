// The hand-written .d.ts files compile and describe the package: test/types-check.ts uses
// every export (and misuses some, marked @ts-expect-error) through the package's own
// "exports" map, type-checked by tsc.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const PKG = fileURLToPath(new URL('..', import.meta.url));
const TSC = join(PKG, 'node_modules/.bin/tsc');

test('the type declarations compile and match the exports', { skip: !existsSync(TSC) && 'typescript is not installed (npm ci)' }, () => {
  // A consumer project whose node_modules/timlint is this package.
  const dir = mkdtempSync(join(tmpdir(), 'timlint-types-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(PKG, join(dir, 'node_modules/timlint'), 'dir');
    // The Standard Schema types, as a user of a form library has them.
    symlinkSync(join(PKG, 'node_modules/@standard-schema'), join(dir, 'node_modules/@standard-schema'), 'dir');
    symlinkSync(join(PKG, 'test/types-check.ts'), join(dir, 'check.ts'));
    writeFileSync(join(dir, 'package.json'), '{"type": "module"}');
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: false, types: [] },
      files: ['check.ts'],
    }));
    // tsc is killed, and the test fails, past two minutes (a hang would stop the whole run).
    const r = spawnSync(TSC, ['-p', dir], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, `${r.error ?? r.signal ?? ''} ${r.stdout}${r.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
