// index.d.ts type-checks, as a consumer's eslint.config.ts would use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

test('index.d.ts (checked too, no skipLibCheck): a flat config with typed options compiles; an unknown option does not', () => {
  const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
  const file = fileURLToPath(new URL('types-check.ts', import.meta.url));
  const run = spawnSync(
    process.execPath,
    [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', file],
    { encoding: 'utf8' },
  );
  assert.equal(run.stdout + run.stderr, '');
  assert.equal(run.status, 0);
});
