// The package as a user's bundler sees it: `npm pack` of pkg/, installed into a fresh project
// (bundler-app/: an index.html and src/index.js importing `timlint`), built with the commands
// pkg/README.md gives for esbuild, Vite and webpack, and each page loaded in Chromium, where
// it validates a payload and shows the diagnostics. Vite's dev server too. The bundlers are
// pkg's devDependencies, run from pkg/node_modules/.bin as a user's would run from theirs;
// nothing is fetched (the tarball is installed with npm --offline).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { limits } from '../node.js';
import { launch, serveDir, STEP_TIMEOUT, watchedPage, within } from './harness.mjs';

const PKG = fileURLToPath(new URL('..', import.meta.url));
const APP = fileURLToPath(new URL('./bundler-app/', import.meta.url));
const BIN = join(PKG, 'node_modules/.bin');
const BUILD_TIMEOUT = 60_000; // one bundler's run, or npm's

/**
 * Runs a shell command line in `cwd` with pkg's bundlers on PATH, in a process group of its
 * own, killed whole (the shell and whatever it started) after BUILD_TIMEOUT; rejects unless
 * it exits 0. Resolves to its stdout.
 */
function sh(cwd, line) {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', line], {
      cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH}`, NO_COLOR: '1' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone already */ }
    }, BUILD_TIMEOUT);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`\`${line}\` failed (${signal ?? `exit ${code}`}):\n${out}${err}`));
    });
  });
}

/** The page built at `url`: the diagnostics it shows, in Chinese as it asked. */
async function checkPage(context, url) {
  const { page, problems, ready } = await watchedPage(context);
  const wasm = [];
  page.on('response', (r) => r.url().endsWith('.wasm') && wasm.push(r.headers()['content-type']));
  try {
    await page.goto(url);
    await ready('body[data-rules]');
    assert.equal(await page.getAttribute('body', 'data-rules'), 'unknown-group-type too-many-bytes');
    // The app builds its name one byte over the package's default limit.
    const over = limits().name + 1;
    assert.equal(await page.getAttribute('body', 'data-bytes'), String(over));
    const text = await page.textContent('#out');
    assert.match(text, /^unknown-group-type \/Type: `Type` 的群类型 `Publich` 无效$/m);
    assert.match(text, new RegExp(`^too-many-bytes /Name: \`Name\` 为 ${over} 字节`, 'm'));
    assert.deepEqual(wasm, ['application/wasm'], 'the wasm, fetched once from the build');
    assert.deepEqual(problems, []);
  } finally {
    await within(STEP_TIMEOUT, page.close());
  }
}

/** The built page's index.html: the app's, with its script pointing at the bundle. */
function pageFor(outDir, script) {
  const html = readFileSync(join(APP, 'index.html'), 'utf8');
  const tag = '<script type="module" src="/src/index.js"></script>';
  assert.ok(html.includes(tag));
  writeFileSync(join(outDir, 'index.html'), html.replace(tag, script));
}

test('timlint from its npm tarball, bundled by esbuild, Vite and webpack, in Chromium', { timeout: 180_000 }, async (t) => {
  const work = mkdtempSync(join(tmpdir(), 'timlint-bundlers-'));
  t.after(() => rmSync(work, { recursive: true, force: true }));
  const context = await launch(t);

  // The project: what `npm install timlint` gives, from the tarball `npm pack` makes.
  const packed = JSON.parse(await sh(PKG, `npm pack --json --pack-destination "${work}"`));
  assert.ok(packed[0].files.some((f) => f.path === 'dist/timlint_wasm_bg.wasm'), 'the tarball has the wasm (run scripts/build-wasm)');
  const project = join(work, 'app');
  cpSync(APP, project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({
    name: 'app', private: true, type: 'module', dependencies: { timlint: `file:../${packed[0].filename}` },
  }));
  await sh(project, 'npm install --offline --no-audit --no-fund --loglevel=error');

  await t.test('esbuild: the bundle, and the wasm copied beside it as dist/', async () => {
    // pkg/README.md's recipe: esbuild leaves `new URL('./dist/…wasm', import.meta.url)` as it
    // is, so the wasm goes where that URL points from the bundle.
    await sh(project, 'esbuild src/index.js --bundle --format=esm --outdir=out/esbuild');
    await sh(project, 'mkdir -p out/esbuild/dist && cp node_modules/timlint/dist/timlint_wasm_bg.wasm out/esbuild/dist/');
    const out = join(project, 'out/esbuild');
    pageFor(out, '<script type="module" src="./index.js"></script>');
    await checkPage(context, await serveDir(t, out));
  });

  await t.test('Vite: vite build, nothing to configure', async () => {
    await sh(project, 'vite build --outDir out/vite --logLevel warn');
    const out = join(project, 'out/vite');
    assert.ok(readdirSync(join(out, 'assets')).some((f) => f.endsWith('.wasm')), 'Vite emitted the wasm');
    await checkPage(context, await serveDir(t, out));
  });

  await t.test('Vite: the dev server', async (st) => {
    const { createServer } = await import(join(PKG, 'node_modules/vite/dist/node/index.js'));
    const server = await createServer({
      root: project, configFile: false, logLevel: 'warn',
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    });
    st.after(() => within(STEP_TIMEOUT, server.close()));
    await server.listen();
    await checkPage(context, server.resolvedUrls.local[0]);
  });

  await t.test('webpack 5: webpack, nothing to configure', async () => {
    await sh(project, 'webpack --mode production --output-path out/webpack');
    const out = join(project, 'out/webpack');
    assert.ok(readdirSync(out).some((f) => f.endsWith('.wasm')), 'webpack emitted the wasm');
    pageFor(out, '<script src="./main.js" defer></script>');
    await checkPage(context, await serveDir(t, out));
  });
});
