// `npx timlint check --fix FILE` against the native CLI on the cases of docs/hostile-input.md's
// "Fixes": under WASI the CLI writes the fixed text to a temporary file beside the file and
// renames it over it, and bin/timlint.js gives that file the owner and mode of the one it
// replaces in the rename (the hand-off described there). Each case runs both commands on the
// same setup and checks what each left: the texts, modes and owners, no temporary file, the
// exit code and the message. Cases that need root (a tmpfs, another user) say they skipped
// where they cannot run.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = process.env.TIMLINT_CLI ?? join(ROOT, 'target/debug/timlint');
const BIN = join(ROOT, 'pkg/bin/timlint.js');
const CHILD_TIMEOUT = 60_000;
const skip = !existsSync(CLI) && `the native CLI is not built (${CLI}): cargo build -p timlint-cli`;

/** The two commands: argv before the CLI's own arguments. */
const COMMANDS = { native: [CLI], npx: [process.execPath, BIN] };

/** A payload with one safe fix (`Publich` → `Public`), padded to about `len` bytes. */
const fixable = (len = 0) =>
  `{"Type": "Publich", "Name": "x", "Introduction": "${'x'.repeat(Math.max(0, len - 60))}"}\n`;
const FIXED = (len = 0) => fixable(len).replace('Publich', 'Public');

/** A fresh directory; removed when the test ends. */
function fresh(t) {
  const dir = mkdtempSync(join(tmpdir(), 'timlint-npx-fix-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `argv` run in `dir` with no stdin: status, stdout, stderr. */
function run(argv, dir) {
  const r = spawnSync(argv[0], argv.slice(1), { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], timeout: CHILD_TIMEOUT });
  assert.equal(r.error, undefined, `${argv.join(' ')}: ${r.error}`);
  return { status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

/** What a file is now: its text, mode and owner. */
function state(file) {
  const s = statSync(file);
  return { text: readFileSync(file, 'utf8'), mode: (s.mode & 0o7777).toString(8), owner: `${s.uid}:${s.gid}` };
}

/** The hidden files of `dir` (where a temporary file would be left). */
const hidden = (dir) => readdirSync(dir).filter((n) => n.startsWith('.'));

/** `setup(dir)` then `timlint ARGS` (through `wrap`, given the command's argv) in a fresh
 * directory, for each command: what it printed and left (`files`, paths from the dir). */
function each(t, { setup, args, files, wrap = (argv) => argv }) {
  const out = {};
  for (const [name, argv] of Object.entries(COMMANDS)) {
    const dir = fresh(t);
    setup(dir);
    const r = run(wrap([...argv, ...args]), dir);
    out[name] = { ...r, files: files.map((f) => state(join(dir, f))), hidden: hidden(dir) };
  }
  return out;
}

/** Both commands printed, exited and left the same. */
function alike({ native, npx }) {
  assert.deepEqual(npx, native);
}

test('modes and owners are kept: private, group-readable, executable, set-user-ID, another owner', { skip }, (t) => {
  const modes = [0o600, 0o640, 0o755, 0o4755, 0o444];
  const asRoot = process.getuid?.() === 0;
  const r = each(t, {
    setup: (dir) =>
      modes.forEach((m, i) => {
        const f = join(dir, `${i}.json`);
        writeFileSync(f, fixable());
        // As root: owned by nobody (root may give it back; the temporary file is root's).
        if (asRoot) chownSync(f, 65534, 65534);
        chmodSync(f, m);
      }),
    args: ['check', '--fix', ...modes.map((_, i) => `${i}.json`)],
    files: modes.map((_, i) => `${i}.json`),
  });
  alike(r);
  assert.equal(r.npx.status, 0, r.npx.stderr);
  assert.deepEqual(
    r.npx.files,
    modes.map((m) => ({ text: FIXED(), mode: m.toString(8), owner: asRoot ? '65534:65534' : `${process.getuid()}:${process.getgid()}` })),
  );
  assert.deepEqual(r.npx.hidden, []);
});

test('a file with another hard link is not fixed', { skip }, (t) => {
  const r = each(t, {
    setup: (dir) => {
      writeFileSync(join(dir, 'a.json'), fixable(), { mode: 0o600 });
      linkSync(join(dir, 'a.json'), join(dir, 'b.json.bak'));
    },
    args: ['check', '--fix', 'a.json'],
    files: ['a.json', 'b.json.bak'],
  });
  alike(r);
  assert.equal(r.npx.status, 2);
  assert.match(r.npx.stderr, /cannot fix a\.json: it has other hard links/);
  assert.deepEqual(r.npx.files.map((f) => f.text), [fixable(), fixable()]);
  assert.deepEqual(r.npx.hidden, []);
});

test('a link found in a directory is not written through; a link named is followed and stays a link', { skip }, (t) => {
  const setup = (dir) => {
    writeFileSync(join(dir, 'outside.json'), fixable(), { mode: 0o640 });
    mkdirSync(join(dir, 'tree'));
    symlinkSync(join(dir, 'outside.json'), join(dir, 'tree/link.json'));
    writeFileSync(join(dir, 'tree/own.json'), fixable(), { mode: 0o600 });
  };
  const walked = each(t, { setup, args: ['check', '--fix', 'tree'], files: ['outside.json', 'tree/own.json'] });
  alike(walked);
  assert.match(walked.npx.stderr, /symbolic link/);
  assert.deepEqual(walked.npx.files.map((f) => f.text), [fixable(), FIXED()]);

  // Named, and reached through a link to a directory: the file it points to is fixed, the
  // link stays.
  for (const args of [['check', '--fix', 'tree/link.json'], ['check', '--fix', 'link-dir/tree/link.json']]) {
    const named = {};
    for (const [name, argv] of Object.entries(COMMANDS)) {
      const dir = fresh(t);
      setup(dir);
      symlinkSync(dir, join(dir, 'link-dir'));
      const r = run([...argv, ...args], dir);
      named[name] = { ...r, files: [state(join(dir, 'outside.json'))], link: lstatSync(join(dir, 'tree/link.json')).isSymbolicLink() };
      named[name].hidden = hidden(dir).concat(hidden(join(dir, 'tree')));
    }
    alike(named);
    assert.equal(named.npx.status, 0, named.npx.stderr);
    assert.deepEqual(named.npx.files, [{ text: FIXED(), mode: '640', owner: named.native.files[0].owner }]);
    assert.equal(named.npx.link, true);
  }
});

test('what is not a regular file (a FIFO) is checked, not fixed, and nothing waits', { skip }, async (t) => {
  const out = {};
  for (const [name, argv] of Object.entries(COMMANDS)) {
    const dir = fresh(t);
    const fifo = join(dir, 'p.json');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
    const child = spawn(argv[0], [...argv.slice(1), 'check', '--fix', 'p.json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], timeout: CHILD_TIMEOUT });
    const [stdout, stderr] = [[], []];
    child.stdout.on('data', (b) => stdout.push(b));
    child.stderr.on('data', (b) => stderr.push(b));
    const closed = new Promise((done) => child.on('close', (status) => done(status)));
    // The writer's end: opening it waits for the command to open the reading end.
    writeFileSync(fifo, fixable());
    out[name] = { status: await closed, stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString() };
  }
  alike(out);
  assert.equal(out.npx.status, 2);
  assert.match(out.npx.stderr, /cannot fix p\.json: not a regular file/);
  assert.match(out.npx.stdout, /unknown-group-type/);
});

test('a write cut short by `ulimit -f` leaves the file whole, counts nothing, exit 2', { skip }, (t) => {
  const r = each(t, {
    setup: (dir) => writeFileSync(join(dir, 'big.json'), fixable(8297), { mode: 0o600 }),
    args: ['check', '--fix', 'big.json'],
    files: ['big.json'],
    // SIGXFSZ ignored, as Python-started children have it: the write fails with EFBIG.
    wrap: (argv) => ['sh', '-c', `trap '' XFSZ; ulimit -f 8; exec ${argv.map((a) => `'${a}'`).join(' ')}`],
  });
  alike(r);
  assert.equal(r.npx.status, 2, r.npx.stderr);
  assert.match(r.npx.stderr, /cannot write big\.json: File too large/);
  assert.match(r.npx.stderr, /0 fixes applied, inputs changed: 0/);
  assert.deepEqual(r.npx.files, [{ text: fixable(8297), mode: '600', owner: r.native.files[0].owner }]);
  assert.deepEqual(r.npx.hidden, []);
});

test('a full disk (a 64 KiB tmpfs) leaves the file whole, exit 2', { skip }, (t) => {
  const frame = (pad) => `{"Type": "Work", "Name": "x", "Introduction": "${pad}"}\n`;
  // One byte short of five pages: the fixed text (`Work` → `Private`) needs a sixth.
  const original = frame('x'.repeat(5 * 4096 - 1 - frame('').length));
  const out = {};
  for (const [name, argv] of Object.entries(COMMANDS)) {
    const dir = fresh(t);
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' }).status !== 0) {
      t.skip('cannot mount a tmpfs here (needs root)');
      return;
    }
    try {
      writeFileSync(join(dir, 'a.json'), original, { mode: 0o600 });
      try {
        writeFileSync(join(dir, 'filler'), Buffer.alloc(1 << 20));
      } catch {
        // the disk is full: what the test wants
      }
      const r = run([...argv, 'check', '--fix', 'a.json'], dir);
      out[name] = { ...r, files: [state(join(dir, 'a.json'))], hidden: hidden(dir) };
    } finally {
      spawnSync('umount', ['-l', dir]);
    }
  }
  alike(out);
  assert.equal(out.npx.status, 2);
  assert.match(out.npx.stderr, /cannot write a\.json: No space left on device/);
  assert.equal(out.npx.files[0].text, original);
  assert.deepEqual(out.npx.hidden, []);
});

/** `setpriv` arguments that run a command as nobody, or null where that cannot be done. */
function asNobody() {
  const nobody = ['--reuid=65534', '--regid=65534', '--clear-groups'];
  return spawnSync('setpriv', [...nobody, 'true']).status === 0 ? ['setpriv', ...nobody] : null;
}

test('as a user: a directory that user may not write, a file whose owner cannot be kept', { skip }, (t) => {
  const nobody = asNobody();
  if (!nobody) {
    t.skip('setpriv cannot run a command as nobody here');
    return;
  }
  // A directory open to read, closed to write: the temporary file has nowhere to go.
  const readOnly = each(t, {
    setup: (dir) => {
      writeFileSync(join(dir, 'a.json'), fixable(), { mode: 0o666 });
      chmodSync(dir, 0o755);
    },
    args: ['check', '--fix', 'a.json'],
    files: ['a.json'],
    wrap: (argv) => [...nobody, ...argv],
  });
  alike(readOnly);
  assert.equal(readOnly.npx.status, 2);
  assert.match(readOnly.npx.stderr, /cannot write a\.json: Permission denied/);
  assert.equal(readOnly.npx.files[0].text, fixable());

  // Another user's file that nobody may write, in a directory open to all: the new file
  // cannot be given its owner, so it is not written. The native CLI says whose; under WASI
  // the host's refusal reaches the CLI as the error of the rename.
  const owner = each(t, {
    setup: (dir) => {
      chmodSync(dir, 0o777);
      writeFileSync(join(dir, 'a.json'), fixable());
      chmodSync(join(dir, 'a.json'), 0o666);
    },
    args: ['check', '--fix', 'a.json'],
    files: ['a.json'],
    wrap: (argv) => [...nobody, ...argv],
  });
  for (const r of [owner.native, owner.npx]) {
    assert.equal(r.status, 2, r.stderr);
    assert.deepEqual(r.files, [{ text: fixable(), mode: '666', owner: owner.native.files[0].owner }]);
    assert.deepEqual(r.hidden, []);
  }
  assert.match(owner.native.stderr, /cannot write a\.json: the fixed file cannot be given its owner \(\d+:\d+\): Operation not permitted/);
  assert.match(owner.npx.stderr, /cannot write a\.json: Operation not permitted/);
  assert.equal(owner.npx.stdout, owner.native.stdout);
});

test('a file another program appends to while it is fixed loses no line', { skip, timeout: 300_000 }, async (t) => {
  // A 400 KB file, and a probe appending a numbered line to it every millisecond or so while
  // the command runs: whatever the command did, every line the probe wrote is in the file,
  // and a refusal says why.
  const probe = `const fs = require('fs'); let n = 0;
    setInterval(() => fs.appendFileSync(process.argv[1], '// line ' + n++ + '\\n'), 1);
    process.on('SIGTERM', () => { fs.writeFileSync(process.argv[1] + '.n', String(n)); process.exit(0); });
    process.stdout.write('ready');`;
  let refused = 0;
  for (const [name, argv] of Object.entries(COMMANDS)) {
    for (let i = 0; i < 4; i++) {
      const dir = fresh(t);
      const file = join(dir, 'a.jsonc');
      writeFileSync(file, fixable(400_000), { mode: 0o600 });
      const appender = spawn(process.execPath, ['-e', probe, file], { stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = new Promise((done) => appender.on('exit', done));
      await new Promise((done) => appender.stdout.once('data', done));
      const child = spawn(argv[0], [...argv.slice(1), 'check', '--fix', 'a.jsonc'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], timeout: CHILD_TIMEOUT });
      const err = [];
      child.stderr.on('data', (b) => err.push(b));
      const status = await new Promise((done) => child.on('close', done));
      appender.kill('SIGTERM');
      await exited;
      const n = Number(readFileSync(`${file}.n`, 'utf8'));
      const text = readFileSync(file, 'utf8');
      const stderr = Buffer.concat(err).toString();
      for (let line = 0; line < n; line++) assert.ok(text.includes(`// line ${line}\n`), `${name}: line ${line} of ${n} lost (exit ${status})\n${stderr}`);
      if (status === 2) {
        refused++;
        assert.match(stderr, /a\.jsonc changed while it was being fixed: not written, left as it is now/);
      } else {
        // Written: the Introduction is still over its limit (its cut is an unsafe fix), so the
        // run reports an error.
        assert.equal(status, 1, stderr);
        assert.match(stderr, /1 fixes applied/);
      }
      assert.deepEqual(hidden(dir), []);
    }
  }
  t.diagnostic(`${refused} of 8 runs refused (the others wrote with every line kept)`);
});
