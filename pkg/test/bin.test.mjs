// `npx timlint` (bin/timlint.js: the Rust CLI built for WASI, run by node:wasi) against the
// native CLI (`target/debug/timlint`): the same stdout byte for byte, the same stderr and the
// same exit code, for every command, flag, value and alias of the CLI's clap definition
// (cli-flags.json, which a Rust test keeps equal to it), over the whole corpus in every
// format, with options files, stdin, and the failures that end in exit 1, 2 or 141.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = process.env.TIMLINT_CLI ?? join(ROOT, 'target/debug/timlint');
const BIN = join(ROOT, 'pkg/bin/timlint.js');
// A child process running longer than this is killed and the test fails.
const CHILD_TIMEOUT = 60_000;

function run(command, args, input, cwd = ROOT) {
  const r = spawnSync(command, args, { cwd, input, timeout: CHILD_TIMEOUT, maxBuffer: 1 << 28 });
  assert.equal(r.error, undefined, `${command} ${args.join(' ')}: ${r.error}`);
  return { status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

/** Both commands on the same arguments (`setup` run before each): the same output, errors
 * and exit code. */
function both(args, { input, cwd = ROOT, setup = () => {} } = {}) {
  setup();
  const rust = run(CLI, args, input, cwd);
  setup();
  const npm = run(process.execPath, [BIN, ...args], input, cwd);
  const what = `timlint ${args.join(' ')}`;
  assert.equal(npm.stdout, rust.stdout, `${what}: stdout`);
  assert.equal(npm.stderr, rust.stderr, `${what}: stderr`);
  assert.equal(npm.status, rust.status, `${what}: exit code`);
  return rust;
}

/** `timlint check ARGS` through both. */
const same = (args, input) => both(['check', ...args], { input });

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
  assert.equal(same(['no/such/file.json']).status, 2, 'the OS error as the host numbers it');

  const dir = mkdtempSync(join(tmpdir(), 'timlint-bin-'));
  try {
    writeFileSync(join(dir, 'latin1.json'), Buffer.from('{"Type": "Public", "Name": "caf\xe9"}', 'latin1'));
    writeFileSync(join(dir, 'fine.json'), '{"Type": "Public", "Name": "x"}');
    const r = same([dir]);
    assert.equal(r.status, 1, 'not UTF-8 is invalid-json, as the library says');
    assert.match(r.stdout, /error\[invalid-json\]: the input is not UTF-8 \(bad byte at offset 31\)/);
    assert.match(r.stdout, /latin1\.json:1:32/);
    assert.match(r.stdout, /in 2 inputs/, 'the other file is checked too');
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
    assert.equal(same([...bad, 'examples/create-group.json']).status, 2, bad.join(' '));
  }
  assert.equal(both(['lint', 'x.json']).status, 2);
  assert.match(both(['--help']).stdout, /check/);
  assert.match(both(['--version']).stdout, /^timlint \d+\.\d+\.\d+\n$/);
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
    assert.equal(same(['--rule', 'unknown-field', a]).status, 2);
    writeFileSync(join(dir, 'payloads', 'team', 'timlint.json'), '{"lang": "fr"}');
    writeFileSync(join(dir, 'payloads', 'team', 'c.json'), payload);
    assert.equal(same([join(dir, 'payloads', 'team', 'c.json'), a]).status, 2, 'bad options: said, the others checked');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The walk: every argument of every command of the CLI's clap definition, each possible value
// and alias of it, or for a free value the samples of its value name, through both commands.
const DEFINITION = JSON.parse(readFileSync(new URL('./cli-flags.json', import.meta.url), 'utf8'));

/** Values to try for an argument with no list of possible values, by its value name. A value
 * name not here fails the walk until it gets its samples. */
const SAMPLES = {
  N: ['0', '3', '600', 'many', '-1'],
  BYTES: ['12', '4294967295', '99999999999999999999', 'x'],
  CONFIG: ['opts.json', 'bad-opts.json', 'no-such.json', '.'],
  GLOB: ['*.jsonc', 'bad.json', '[z-a]'],
  GROUP_KEYS: ['Tag_x,Tag_y', '', 'a,,b'],
  MEMBER_KEYS: ['Tag_m', ''],
  'ID=off|info|warning|error': ['unknown-field=off', 'face-url-scheme=error', 'unknown-feild=off', 'unknown-field', 'unknown-field=loud'],
  FILES: ['bad.json', '.', 'lines.ndjson', '-', 'no-such.json'],
  FILE: ['sdk.json', 'bad.json', '-', 'no-such.json', '.'],
  RULE: ['unknown-field', 'unknwn-field'],
  COMMAND: ['check', 'convert', 'nope'],
};

/** What a command checks when the case names no input of its own. */
const BASE = { check: ['bad.json'], convert: ['sdk.json'], explain: ['unknown-field'], completions: ['bash'] };

/** The files each case starts from, in a directory of its own (`--fix` rewrites them). */
const FILES = {
  'bad.json': '{"Type": "Public", "name": "产品研发部", "FaceUrl": "ftp://a/b.png", "Introduction": "' + 'x'.repeat(300) +
    '", "MemberList": [{"Member_Account": "a"}], "AppDefinedData": [{"Key": "Tag_z", "Value": "v"}]}\n',
  'sdk.json': '{"type": "Public", "name": "x", "memberList": [{"userID": "a"}, {"userID": "b"}]}\n',
  'lines.ndjson': '{"Type": "Public", "Name": "x"}\n\n{"Type": "Publich", "Name": "y"}\nnot json\n',
  'opts.json': '{"lang": "zh-CN", "rules": {"face-url-scheme": "error"}, "exclude": ["sdk.json"]}\n',
  'bad-opts.json': '{"lang": "fr"}\n',
};
const STDIN = '{"Type": "Publich", "Name": "x"}';

/** The argument lists of the walk: one or more per argument and value. */
function walkCases() {
  const cases = [];
  const seen = new Set();
  for (const { name, args } of DEFINITION.commands) {
    const at = name === '' ? [] : [name];
    const base = BASE[name] ?? [];
    if (args.length === 0) cases.push([...at]);
    for (const a of args) {
      if (a.id === 'help' || a.id === 'version') {
        cases.push([...at, `--${a.long}`], [...at, `-${a.short}`]);
        continue;
      }
      const values = a.values.length > 0 ? a.values.flat() : a.takesValue ? SAMPLES[a.valueNames[0]] : [];
      assert.ok(values !== undefined, `no samples for ${a.valueNames[0]} (${name} ${a.long ?? a.id}): add them to SAMPLES`);
      if (a.positional) {
        for (const v of values) cases.push([...at, v]);
        continue;
      }
      // An option shared by commands (OptionArgs) is walked whole in the first only.
      const key = JSON.stringify([a.long, a.values, a.valueNames]);
      const walked = seen.has(key) ? values.slice(0, 1) : values;
      seen.add(key);
      const names = [`--${a.long}`, ...(a.short ? [`-${a.short}`] : []), ...a.aliases.map((n) => `--${n}`)];
      if (!a.takesValue) {
        for (const flag of names) cases.push([...at, flag, ...base]);
        continue;
      }
      for (const v of walked) cases.push([...at, names[0], v, ...base]);
      for (const flag of names) cases.push([...at, `${flag}=${walked[0]}`, ...base]);
      cases.push([...at, ...base, names[0]]);
    }
  }
  return cases;
}

/** Runs `command` in `cwd` with STDIN: its status, stdout and stderr. */
function runAsync(command, args, cwd) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, timeout: CHILD_TIMEOUT });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', fail);
    child.on('close', (status, signal) =>
      done({ status, signal, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }),
    );
    child.stdin.on('error', () => {}); // a command that does not read stdin may close it first
    child.stdin.end(STDIN);
  });
}

/** How many cases of the walk changed a file (with the native CLI). */
let filesFixed = 0;

/** One case through both commands, each in a fresh copy of FILES: what differs (output, exit,
 * the files' modes and texts after), or null. */
async function compare(args) {
  const results = [];
  for (const command of [[CLI], [process.execPath, BIN]]) {
    const dir = mkdtempSync(join(tmpdir(), 'timlint-walk-'));
    try {
      // Private files, as payloads with passwords are: --fix must keep them so.
      for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text, { mode: 0o600 });
      const r = await runAsync(command[0], [...command.slice(1), ...args], dir);
      const after = Object.keys(FILES).map((f) => [statSync(join(dir, f)).mode.toString(8), readFileSync(join(dir, f), 'utf8')]);
      results.push({ ...r, files: after });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const [rust, npm] = results;
  // --fix on a file: both rewrite it, and the texts and modes after are compared below.
  if (rust.files.some(([, text], i) => text !== Object.values(FILES)[i])) filesFixed++;
  for (const what of ['stdout', 'stderr', 'status', 'signal', 'files']) {
    try {
      assert.deepEqual(npm[what], rust[what]);
    } catch (e) {
      return `timlint ${args.join(' ')}: ${what} differs\n${e.message}`;
    }
  }
  return null;
}

test('every command, flag, value and alias of the CLI: npx timlint prints, exits and writes as timlint', { skip, timeout: 900_000 }, async () => {
  const cases = walkCases();
  for (const must of [['check', '--lang', 'zh', 'bad.json'], ['check', '--plan', '体验版', 'bad.json'], ['check', '--fix', 'bad.json'], ['check', '--ndjson', 'bad.json']]) {
    assert.ok(cases.some((c) => c.join(' ') === must.join(' ')), `the walk has ${must.join(' ')}`);
  }
  // Cases mixing flags, which the walk does not.
  cases.push(
    ['check', '--fix', '--ndjson', 'bad.json'],
    ['check', '--no-config', '--config', 'opts.json', 'bad.json'],
    ['check', '--diff', '--unsafe-fixes', 'bad.json'],
    ['check', '--fix', '--unsafe-fixes', '--format', 'json', 'bad.json', 'sdk.json'],
    ['check', '--fix', '-'],
    ['check', '--ndjson', '--format', 'sarif', 'lines.ndjson', '-'],
    ['check', '--config', 'opts.json', '--verbose', '.'],
    ['check', '--exclude', '*.ndjson', '--exclude', 'opts.json', '.'],
    ['convert', '--from', 'sdk', '--lang', 'zh-CN', 'bad.json'],
  );
  const failures = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const failed = await compare(cases[next++]);
      if (failed) failures.push(failed);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  assert.ok(cases.length > 200, `${cases.length} cases`);
  assert.deepEqual(failures, [], `${failures.length} of ${cases.length} cases differ:\n${failures.slice(0, 5).join('\n\n')}`);
  // `check --fix bad.json`, and with `--unsafe-fixes` (which fixes sdk.json too).
  assert.ok(filesFixed >= 2, `${filesFixed} cases fixed a file`);
});

test('a directory with a timlint.json: its options, not a payload (issue #26 item 10)', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'timlint-bin-dir-'));
  try {
    writeFileSync(join(dir, 'timlint.json'), '{"rules": {"unknown-field": "off"}}');
    writeFileSync(join(dir, 'a.json'), '{"Type": "Public", "Name": "x", "Nmae": "y"}');
    const r = same([dir]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /0 errors, 0 warnings in 1 input\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a non-blocking stdin with nothing to read yet: both say so and exit 2, no spinning (issue #26 items 18, 20)', { skip: skip || (spawnSync('python3', ['-c', '']).status !== 0 && 'no python3 (it makes the stdin non-blocking)') }, async () => {
  // The stdin a pipe this test keeps open and silent, made non-blocking (O_NONBLOCK, as a
  // parent that shares its own non-blocking pipe leaves it) before the command starts.
  const nonBlocking = (command) =>
    new Promise((done) => {
      const child = spawn('python3', ['-c', 'import os,sys; os.set_blocking(0, False); os.execvp(sys.argv[1], sys.argv[1:])', ...command, 'check'], {
        cwd: ROOT,
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const out = [];
      const err = [];
      child.stdout.on('data', (b) => out.push(b));
      child.stderr.on('data', (b) => err.push(b));
      child.on('close', (status, signal) => {
        clearTimeout(timer);
        child.stdin.end();
        done({ status, signal, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
      });
    });
  const rust = await nonBlocking([CLI]);
  const npm = await nonBlocking([process.execPath, BIN]);
  assert.equal(rust.status, 2, rust.stderr);
  assert.match(rust.stderr, /^timlint: cannot read stdin: /);
  assert.deepEqual(npm, rust, 'the same path: output, message, exit code (a spinning command is killed at 10 s)');
});

test("no entry of the package reaches the command's module: a page never downloads it", () => {
  const pkgDir = join(ROOT, 'pkg');
  const { exports } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const todo = Object.values(exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)));
  const reached = new Set();
  while (todo.length > 0) {
    const file = join(pkgDir, todo.pop());
    if (reached.has(file) || !existsSync(file) || file.endsWith('.json') || file.endsWith('.d.ts')) continue;
    reached.add(file);
    if (!/\.m?js$/.test(file)) continue;
    // Static and dynamic imports, and files named by `new URL(…, import.meta.url)`.
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import\(|new URL\()\s*'(\.[^']+)'/g)) {
      todo.push(relative(pkgDir, join(dirname(file), spec)));
    }
  }
  const files = [...reached].map((f) => relative(pkgDir, f));
  assert.ok(files.includes('dist/timlint_wasm_bg.wasm'), `the walk follows the wasm: ${files}`);
  assert.deepEqual(files.filter((f) => f.startsWith('dist/cli/') || f.startsWith('bin/')), []);
});
