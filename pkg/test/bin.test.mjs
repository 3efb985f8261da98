// `npx timlint check` (bin/timlint.js over the wasm's `cli` module) against the Rust CLI
// (`target/debug/timlint check`): the same stdout byte for byte, the same stderr and the same
// exit code, over the whole corpus in every format, with options files, stdin, and the
// failures that end in exit 1, 2 or 141.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = process.env.TIMLINT_CLI ?? join(ROOT, 'target/debug/timlint');
const BIN = join(ROOT, 'pkg/bin/timlint.js');
// A child process running longer than this is killed and the test fails.
const CHILD_TIMEOUT = 60_000;

function run(command, args, input) {
  const r = spawnSync(command, args, { cwd: ROOT, input, timeout: CHILD_TIMEOUT, maxBuffer: 1 << 28 });
  assert.equal(r.error, undefined, `${command} ${args.join(' ')}: ${r.error}`);
  return { status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

/** Both commands on the same arguments: the same output, errors and exit code. */
function same(args, input) {
  const rust = run(CLI, ['check', ...args], input);
  const npm = run(process.execPath, [BIN, 'check', ...args], input);
  const what = `timlint check ${args.join(' ')}`;
  assert.equal(npm.stdout, rust.stdout, `${what}: stdout`);
  assert.equal(npm.stderr, rust.stderr, `${what}: stderr`);
  assert.equal(npm.status, rust.status, `${what}: exit code`);
  return rust;
}

const skip = !existsSync(CLI) && `the native CLI is not built (${CLI}): cargo build -p timlint-cli`;

test('the whole corpus, each dialect folder in one run, in every format, as the Rust CLI prints it', { skip }, () => {
  for (const dialect of ['rest', 'sdk', 'web', 'auto']) {
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const r = same(['--format', format, '--dialect', dialect, `tests/corpus/${dialect}`]);
      assert.equal(r.status, 1, 'the corpus has errors');
      assert.ok(r.stdout.length > 200, `${dialect} ${format}: a real output`);
    }
    same(['--lang', 'zh-CN', '--dialect', dialect, `tests/corpus/${dialect}`]);
    same(['--no-snippets', '--format', 'text', '--dialect', dialect, `tests/corpus/${dialect}`]);
  }
});

test("fixtures with their own options, read with --config; flags over a config's values", { skip }, () => {
  let n = 0;
  for (const dialect of ['rest', 'sdk', 'web', 'auto']) {
    for (const rule of readdirSync(join(ROOT, 'tests/corpus', dialect))) {
      const dir = join('tests/corpus', dialect, rule);
      for (const f of readdirSync(join(ROOT, dir))) {
        if (!f.endsWith('.options.json')) continue;
        const payload = readdirSync(join(ROOT, dir)).find(
          (p) => p !== f && /\.jsonc?$/.test(p) && p.startsWith(f.slice(0, -'.options.json'.length) + '.'),
        );
        same(['--format', 'json', '--dialect', dialect, '--config', join(dir, f), join(dir, payload)]);
        n++;
      }
    }
  }
  assert.ok(n >= 20, `${n} fixtures with options`);
  same(['--config', 'tests/corpus/rest/too-many-members/option-100.options.json', '--max-members', '600',
    'tests/corpus/rest/too-many-members/one-over.json']);
  same(['--preset', 'extended', '--plan', 'trial', '--group-keys', 'a,b', '--max-name-bytes', '12',
    '--format', 'json', 'tests/corpus/rest']);
});

test('stdin, exit codes and failures: --max-warnings, missing files, empty directories, bad flags, not UTF-8', { skip }, () => {
  assert.equal(same(['-'], '{"Type": "Public", "Name": "x"}').status, 0);
  assert.equal(same([], '{"Type": "Publich", "Name": "x"}').status, 1);
  const warned = same(['--max-warnings', '0', 'examples/create-group.json']);
  assert.equal(warned.status, 1);
  assert.equal(same(['--max-warnings', '3', 'examples/create-group.json']).status, 0);
  assert.equal(run(CLI, ['check', 'no/such/file.json']).status, 2);
  assert.equal(run(process.execPath, [BIN, 'check', 'no/such/file.json']).status, 2);

  const dir = mkdtempSync(join(tmpdir(), 'timlint-bin-'));
  try {
    writeFileSync(join(dir, 'latin1.json'), Buffer.from('{"Type": "Public", "Name": "caf\xe9"}', 'latin1'));
    writeFileSync(join(dir, 'fine.json'), '{"Type": "Public", "Name": "x"}');
    const r = same([dir]);
    assert.equal(r.status, 2, 'not UTF-8 is an I/O error');
    assert.match(r.stderr, /latin1\.json is not UTF-8 \(invalid byte at offset 31, line 1, column 32\)/);
    assert.match(r.stdout, /fine\.json|1 input/, 'the other file is still checked');
    rmSync(join(dir, 'latin1.json'));
    rmSync(join(dir, 'fine.json'));
    // Path order is component by component, as Rust sorts paths: a/x before a-b/x ('/' > '-').
    for (const sub of ['a', 'a-b', 'a.c', '.hidden', 'node_modules']) {
      mkdirSync(join(dir, 'tree', sub), { recursive: true });
      writeFileSync(join(dir, 'tree', sub, 'x.json'), '{"Type": "Publich", "Name": "x"}');
    }
    writeFileSync(join(dir, 'tree', 'a', 'X.JSONC'), '{"Type": "Public", "Name": "x"}');
    const order = same(['--format', 'github', join(dir, 'tree')]).stdout.match(/tree\/[^,]+/g);
    assert.deepEqual(order, ['tree/a/x.json', 'tree/a-b/x.json', 'tree/a.c/x.json']);
    assert.equal(same([`${join(dir, 'tree')}/`]).status, 1, 'a trailing slash');
    rmSync(join(dir, 'tree'), { recursive: true });
    assert.equal(same([dir]).status, 2, 'a directory with no payload');
    // Over --max-input-bytes: refused unread, by size.
    writeFileSync(join(dir, 'big.json'), `{"Type": "Public", "Name": "${'x'.repeat(5000)}"}`);
    assert.equal(same(['--max-input-bytes', '4096', '--format', 'json', join(dir, 'big.json')]).status, 1);
    assert.equal(same(['--max-input-bytes', '4096', '-'], 'x'.repeat(5000)).status, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  for (const bad of [['--format', 'xml'], ['--dialect', 'graphql'], ['--max-warnings', 'many'], ['--colour']]) {
    const r = run(process.execPath, [BIN, 'check', ...bad, 'examples/create-group.json']);
    assert.equal(r.status, 2, bad.join(' '));
    assert.match(r.stderr, /^timlint: /);
    assert.equal(run(CLI, ['check', ...bad, 'examples/create-group.json']).status, 2, `the Rust CLI too: ${bad}`);
  }
  assert.equal(run(process.execPath, [BIN, 'lint', 'x.json']).status, 2);
  assert.match(run(process.execPath, [BIN, '--help']).stdout, /timlint check/);
  assert.match(run(process.execPath, [BIN, '--version']).stdout, /^timlint \d+\.\d+\.\d+\n$/);
});

test('a reader that goes away ends the run with 141 and nothing on stderr, as the Rust CLI', { skip }, () => {
  for (const command of [`"${process.execPath}" "${BIN}"`, `"${CLI}"`]) {
    const r = spawnSync('bash', ['-c', `set -o pipefail; ${command} check --format json tests/corpus | head -c 1 >/dev/null`], {
      cwd: ROOT,
      timeout: CHILD_TIMEOUT,
    });
    assert.equal(r.status, 141, `${command}: ${r.stderr}`);
    assert.equal(r.stderr.toString(), '');
  }
});

test('installed from its tarball as a user would: `npx timlint check` and `require` work', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'timlint-npx-'));
  try {
    const npm = (args, cwd) => {
      const r = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 120_000 });
      assert.equal(r.status, 0, `npm ${args.join(' ')}: ${r.error ?? ''}${r.stderr}`);
      return r.stdout;
    };
    const tarball = npm(['pack', '--silent', '--pack-destination', dir], join(ROOT, 'pkg')).trim().split('\n').pop();
    writeFileSync(join(dir, 'package.json'), '{"name": "consumer", "private": true}');
    npm(['install', '--offline', '--no-audit', '--no-fund', join(dir, tarball)], dir);
    writeFileSync(join(dir, 'bad.json'), '{"Type": "Publich", "Name": "x"}');
    const r = spawnSync('npx', ['--no-install', 'timlint', 'check', '--format', 'github', 'bad.json'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: CHILD_TIMEOUT,
    });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^::error file=bad\.json,line=1,col=10,.*title=unknown-group-type::/);
    // CommonJS: require(esm) loads the Node entry (no top-level await), from Node 20.19 / 22.12.
    writeFileSync(join(dir, 'check.cjs'), "const { validate } = require('timlint'); process.stdout.write(String(validate({ Type: 'Public', Name: 'x' }).valid));");
    const cjs = spawnSync(process.execPath, ['check.cjs'], { cwd: dir, encoding: 'utf8', timeout: CHILD_TIMEOUT });
    assert.equal(cjs.stdout, 'true', cjs.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('options files found up from each input, --config, --no-config, --rule, --verbose, --color', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'timlint-bin-config-'));
  try {
    // A project: its timlint.json turns a rule off and speaks Chinese; a sub-project's own
    // file (nearest wins) keeps the defaults but raises another rule.
    mkdirSync(join(dir, 'payloads', 'team', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'timlint.json'), JSON.stringify({ lang: 'zh-CN', rules: { 'unknown-field': 'off' }, exclude: ['**/skip/**'] }));
    writeFileSync(join(dir, 'payloads', 'team', 'sub', 'timlint.json'), JSON.stringify({ rules: { 'face-url-scheme': 'error' } }));
    const payload = '{"Type": "Public", "Name": "x", "Nmae": "y", "FaceUrl": "ftp://a/b.png"}';
    writeFileSync(join(dir, 'payloads', 'a.json'), payload);
    writeFileSync(join(dir, 'payloads', 'team', 'sub', 'b.json'), payload);
    const a = join(dir, 'payloads', 'a.json');
    const b = join(dir, 'payloads', 'team', 'sub', 'b.json');

    const both = same(['--verbose', '--format', 'json', a, b]);
    const [ra, rb] = JSON.parse(both.stdout);
    assert.deepEqual(ra.diagnostics.map((d) => d.rule), ['face-url-scheme'], 'unknown-field is off in the project');
    assert.deepEqual(rb.diagnostics.map((d) => [d.rule, d.severity]), [['unknown-field', 'warning'], ['face-url-scheme', 'error']]);
    assert.match(both.stderr, /a\.json: options from .*timlint\.json/);
    same(['--no-config', '--verbose', a, b]);
    same(['--config', join(dir, 'payloads', 'team', 'sub', 'timlint.json'), a]);
    same(['--rule', 'unknown-field=error', '--rule', 'face-url-scheme=off', a, b]);
    same(['--color', 'always', a, b]);
    same(['--color', 'never', a]);
    assert.equal(same(['--rule', 'unknown-feild=off', a]).status, 2, 'an unknown rule ID');
    assert.equal(run(process.execPath, [BIN, 'check', '--rule', 'unknown-field', a]).status, 2);
    writeFileSync(join(dir, 'payloads', 'team', 'timlint.json'), '{"lang": "fr"}');
    writeFileSync(join(dir, 'payloads', 'team', 'c.json'), payload);
    assert.equal(same([join(dir, 'payloads', 'team', 'c.json'), a]).status, 2, 'bad options: said, the others checked');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const flag of ['--fix', '--diff', '--ndjson', '--exclude=x']) {
    const r = run(process.execPath, [BIN, 'check', flag, 'examples/create-group.json']);
    assert.equal(r.status, 2, flag);
    assert.match(r.stderr, /Rust CLI/);
  }
});
