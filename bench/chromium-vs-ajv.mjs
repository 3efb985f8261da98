// The npm package's `validate` (wasm) against ajv in Chromium, as bench/wasm-vs-ajv.mjs does
// in Node, from a bench page served locally to Debian's Chromium (the browser tests' harness,
// pkg/browser-test/harness.mjs):
//   node bench/chromium-vs-ajv.mjs PAYLOAD_DIR SCHEMA_JSON NAME...
// Both sides are what a page would ship: esbuild bundles (minified ESM) of an entry importing
// `validate` from the browser entry (its wasm fetched next to the bundle) and of ajv
// (Ajv2020, `allErrors`, timlint's exported REST schema, the package's non-allocating
// x-maxUtf8Bytes keyword, compiled once). Each ajv call is `JSON.parse(text)` then the
// compiled validator; each timlint call `validate(text)` (every text rendered). `wasm-raw`,
// not a contender, is the bare `check` export (the report left as numbers), as in Node.
// In one page, the contenders run in turn, in rotating order, ROUNDS batches of ~BATCH_MS
// each (performance.now(), coarse in a page but not at that length): the times are the
// median batch, the verdict wasm/ajv the median of each round's own ratio (with the lowest
// and highest). Then the time to a first verdict: a fresh browser context (its own renderer,
// nothing cached) loads a page that imports the bundle (and compiles the schema) and
// validates the first payload once, timlint and ajv in turn, FIRST_RUNS times each
// (performance.now() at the verdict: since the navigation started).
// Every step is bounded (the harness's timeouts, STEP_MS per payload): a browser that cannot
// start or a page that hangs fails the run instead of stalling scripts/bench.
// Prints one JSON object to stdout, the shape of wasm-vs-ajv.mjs's: { chromium, ajv, rounds,
// payloads: { name: { bytes, diagnostics, valid, ajvValid, ns: { wasm, 'wasm-raw', ajv }, ratio } },
// first: { timlint: [ms…], ajv: [ms…] } }.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('../pkg/', import.meta.url));
const require = createRequire(join(pkg, 'package.json'));
const { build } = require('esbuild');
const { chromium } = require('playwright-core');
const ajvVersion = require('ajv/package.json').version;
const { CHROMIUM, LAUNCH_TIMEOUT, STEP_TIMEOUT, serveDir, watchedPage, within } = await import(
  join(pkg, 'browser-test/harness.mjs')
);

const [dir, schemaPath, ...names] = process.argv.slice(2);
if (!dir || !schemaPath || names.length === 0) {
  console.error('usage: node bench/chromium-vs-ajv.mjs PAYLOAD_DIR SCHEMA_JSON NAME...');
  process.exit(2);
}
const ROUNDS = Number(process.env.ROUNDS ?? 15);
const BATCH_MS = Number(process.env.BATCH_MS ?? 40);
const WARMUP_MS = Number(process.env.WARMUP_MS ?? 400);
const FIRST_RUNS = Number(process.env.FIRST_RUNS ?? 7);
// A payload's whole measurement: warm-up and ROUNDS batches of each of the three, with room for load.
const STEP_MS = Number(process.env.STEP_MS ?? 4 * 3 * (2 * WARMUP_MS + ROUNDS * BATCH_MS) + 20_000);

// --- the site: two bundles, the wasm next to timlint's, the payloads, the pages -------------
const site = mkdtempSync(join(tmpdir(), 'timlint-chromium-bench-'));
const cleanups = [() => rmSync(site, { recursive: true, force: true })];
const t = { after: (fn) => cleanups.unshift(fn) }; // the harness's cleanup hook, outside node:test
try {
  const bundle = (entry, outfile) =>
    build({
      entryPoints: [entry], outfile, bundle: true, minify: true, format: 'esm', platform: 'browser',
      target: 'es2022', logLevel: 'error', absWorkingDir: site, nodePaths: [join(pkg, 'node_modules')],
    });
  // The page imports `validate`; `raw` (the glue's exports, the instance index.js set up) is
  // only for the wasm-raw column, as in Node.
  writeFileSync(
    join(site, 'timlint-entry.js'),
    `export { validate } from ${JSON.stringify(join(pkg, 'index.js'))};
export * as raw from ${JSON.stringify(join(pkg, 'dist/timlint_wasm.js'))};\n`,
  );
  await bundle(join(site, 'timlint-entry.js'), join(site, 'timlint.js'));
  mkdirSync(join(site, 'dist'));
  copyFileSync(join(pkg, 'dist/timlint_wasm_bg.wasm'), join(site, 'dist/timlint_wasm_bg.wasm'));
  copyFileSync(schemaPath, join(site, 'schema.json'));
  writeFileSync(
    join(site, 'ajv-entry.js'),
    `import Ajv2020 from 'ajv/dist/2020.js';
import { xMaxUtf8Bytes } from ${JSON.stringify(join(pkg, 'keywords.js'))};
import schema from './schema.json';
export const compile = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addKeyword(xMaxUtf8Bytes);
  return ajv.compile(schema);
};
`,
  );
  await bundle(join(site, 'ajv-entry.js'), join(site, 'ajv.js'));
  mkdirSync(join(site, 'payloads'));
  for (const n of names) copyFileSync(join(dir, `${n}.json`), join(site, 'payloads', `${n}.json`));

  // The bench page: both bundles loaded, then `window.bench(name, …)` measures one payload.
  writeFileSync(join(site, 'bench.js'), `import { validate, raw } from './timlint.js';
import { compile } from './ajv.js';
const check = compile();
const utf8 = new TextEncoder();
const handle = raw.open('');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
let sink = 0;
const time = (fn, n) => { const t0 = performance.now(); for (let i = 0; i < n; i++) sink += fn() ? 1 : 0; return ((performance.now() - t0) * 1e6) / n; };
window.bench = async (name, rounds, batchMs, warmupMs) => {
  const text = await (await fetch('payloads/' + name + '.json')).text();
  const docs = name === 'corpus' ? text.split('\\n') : [text];
  const every = (f) => docs.reduce((n, d) => n + (f(d) ? 1 : 0), 0) === docs.length;
  const contenders = {
    wasm: () => every((d) => validate(d).valid),
    'wasm-raw': () => every((d) => raw.check(handle, utf8.encode(d), 0).length > 0),
    ajv: () => every((d) => { let data; try { data = JSON.parse(d); } catch { return false; } return check(data); }),
  };
  const valid = contenders.wasm(), ajvValid = contenders.ajv();
  const iters = {};
  for (const [k, fn] of Object.entries(contenders)) {
    let n = 1, per = 0;
    const end = performance.now() + warmupMs;
    while (performance.now() < end) { per = time(fn, n); n = Math.min(n * 2, 1 << 20); }
    iters[k] = Math.max(1, Math.round((batchMs * 1e6) / Math.max(per, 1)));
  }
  const keys = Object.keys(contenders);
  const samples = Object.fromEntries(keys.map((k) => [k, []])), ratios = [];
  for (let r = 0; r < rounds; r++) {
    const t = {};
    for (let j = 0; j < keys.length; j++) { const k = keys[(r + j) % keys.length]; samples[k].push((t[k] = time(contenders[k], iters[k]))); }
    ratios.push(t.wasm / t.ajv);
  }
  return {
    bytes: new TextEncoder().encode(text).length,
    diagnostics: docs.reduce((n, d) => n + validate(d).diagnostics.length, 0),
    valid, ajvValid, sink: sink > 0,
    ns: Object.fromEntries(keys.map((k) => [k, median(samples[k])])),
    ratio: [median(ratios), Math.min(...ratios), Math.max(...ratios)],
  };
};
document.body.dataset.ready = 'true';
`);
  writeFileSync(join(site, 'bench.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>timlint bench</title><body><p>timlint vs ajv</p><script type="module" src="bench.js"></script>\n');
  // The first-verdict pages: nothing loaded before the measured script; the payload inline.
  const sample = JSON.stringify(readFileSync(join(dir, `${names[0]}.json`), 'utf8')).replace(/</g, '\\u003c');
  const firstPage = (body) =>
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>first verdict</title><body><p>first verdict</p><script type="module">
${body}
document.body.dataset.ms = String(performance.now());
</script>\n`;
  writeFileSync(join(site, 'first-timlint.html'), firstPage(`const { validate } = await import('./timlint.js');
window.verdict = validate(${sample}).valid;`));
  writeFileSync(join(site, 'first-ajv.html'), firstPage(`const { compile } = await import('./ajv.js');
const check = compile();
window.verdict = check(JSON.parse(${sample}));`));

  // --- the browser ----------------------------------------------------------------------------
  const base = await serveDir(t, site);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: LAUNCH_TIMEOUT,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  t.after(() => within(STEP_TIMEOUT, browser.close().catch(() => {})));
  const context = async () => {
    const c = await browser.newContext();
    c.setDefaultTimeout(STEP_TIMEOUT);
    c.setDefaultNavigationTimeout(STEP_TIMEOUT);
    return c;
  };
  const bounded = (ms, what, promise) =>
    Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: over ${ms} ms`)), ms).unref())]);

  const results = {};
  {
    const c = await context();
    const { page, problems, ready } = await watchedPage(c);
    await page.goto(`${base}bench.html`);
    await ready('body[data-ready="true"]');
    for (const name of names) {
      const r = await bounded(STEP_MS, `chromium bench ${name}`, page.evaluate(
        ([n, rounds, batch, warm]) => window.bench(n, rounds, batch, warm), [name, ROUNDS, BATCH_MS, WARMUP_MS]));
      if (r.valid !== r.ajvValid) console.error(`chromium-vs-ajv: ${name}: wasm says valid=${r.valid}, ajv says ${r.ajvValid}`);
      results[name] = r;
      console.error(`chromium-vs-ajv: ${name}: wasm ${(r.ns.wasm / 1000).toFixed(2)} µs, ajv ${(r.ns.ajv / 1000).toFixed(2)} µs, wasm/ajv ${r.ratio[0].toFixed(2)}`);
    }
    if (problems.length) throw new Error(`the bench page had problems: ${problems.join('; ')}`);
    await within(STEP_TIMEOUT, c.close());
  }

  const first = { timlint: [], ajv: [] };
  for (let r = 0; r < FIRST_RUNS; r++) {
    for (const k of r % 2 ? ['ajv', 'timlint'] : ['timlint', 'ajv']) {
      const c = await context();
      const { page, problems, ready } = await watchedPage(c);
      await page.goto(`${base}first-${k}.html`);
      await ready('body[data-ms]');
      first[k].push(Number(await page.evaluate(() => document.body.dataset.ms)));
      if (problems.length) throw new Error(`first verdict, ${k}: ${problems.join('; ')}`);
      await within(STEP_TIMEOUT, c.close());
    }
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.error(`chromium-vs-ajv: first verdict (ms, median): timlint ${med(first.timlint).toFixed(1)}, ajv ${med(first.ajv).toFixed(1)}`);
  console.log(JSON.stringify({ chromium: browser.version(), ajv: ajvVersion, rounds: ROUNDS, payloads: results, first }));
} finally {
  for (const fn of cleanups) await fn();
}
