// The npm package's `validate` (wasm) against ajv in Node, on the same payloads as JSON text:
//   node bench/wasm-vs-ajv.mjs PAYLOAD_DIR SCHEMA_JSON NAME...
// ajv: Ajv2020 with timlint's exported REST schema and its x-maxUtf8Bytes keyword, compiled
// once, `allErrors` like timlint (every problem, not the first); each call is
// `JSON.parse(text)` then the compiled validator. wasm: `validate(text)`, the package's API
// (text into the wasm, the report back as compact data made into the report's objects, every
// text rendered). `wasm-raw` is the bare export `check` (the text encoded to UTF-8 as the API
// does, the compact report left as numbers), to show what making the objects and texts costs.
// Contenders run interleaved, in rotating order, so that load from other work on the machine
// falls on all of them alike; each time is the median over ROUNDS batches of ~BATCH_MS, and
// the verdict wasm/ajv the median of each round's own ratio (with the lowest and highest).
// Then the time to a first verdict: a fresh Node process that imports the package and
// validates once, against one that imports ajv, compiles the schema and validates once, in
// turn, FIRST_RUNS times each (performance.now() at the verdict: since the process started).
// Prints one JSON object to stdout: { node, ajv, payloads: { name: { bytes, valid, ns: {…},
// ratio: [median, min, max] } }, first: { timlint: [ms…], ajv: [ms…] } }.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const pkgDir = new URL('../pkg/', import.meta.url);
// ajv comes from pkg/'s own devDependencies (pkg/package-lock.json, installed by build-wasm).
const require = createRequire(new URL('package.json', pkgDir));
const Ajv2020 = require('ajv/dist/2020').default;
const ajvVersion = require('ajv/package.json').version;
const { validate, xMaxUtf8Bytes } = await import(new URL('node.js', pkgDir));
const raw = await import(new URL('dist/timlint_wasm.js', pkgDir)); // the instance node.js initialised

const [dir, schemaPath, ...names] = process.argv.slice(2);
if (!dir || !schemaPath || names.length === 0) {
  console.error('usage: node bench/wasm-vs-ajv.mjs PAYLOAD_DIR SCHEMA_JSON NAME...');
  process.exit(2);
}
const ROUNDS = Number(process.env.ROUNDS ?? 15);
const BATCH_MS = Number(process.env.BATCH_MS ?? 40);
const WARMUP_MS = Number(process.env.WARMUP_MS ?? 400);

const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addKeyword(xMaxUtf8Bytes);
const check = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

const now = () => process.hrtime.bigint();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
let sink = 0; // keeps results observable so nothing is optimised away
const time = (fn, n) => {
  const t0 = now();
  for (let i = 0; i < n; i++) sink += fn() ? 1 : 0;
  return Number(now() - t0) / n;
};

const utf8 = new TextEncoder();
const handle = raw.open(''); // a validator with the default options, as validate keeps one
const results = {};
for (const name of names) {
  const text = readFileSync(join(dir, `${name}.json`), 'utf8');
  // `corpus` is many payloads, one per line: each contender's run is one pass over all.
  const docs = name === 'corpus' ? text.split('\n') : [text];
  const every = (check) => docs.reduce((n, d, i) => n + (check(d, i) ? 1 : 0), 0) === docs.length;
  const contenders = {
    wasm: () => every((d) => validate(d).valid),
    'wasm-raw': () => every((d) => raw.check(handle, utf8.encode(d), 0).length > 0),
    ajv: () =>
      every((d) => {
        let data;
        try {
          data = JSON.parse(d);
        } catch {
          return false;
        }
        return check(data);
      }),
  };
  const valid = contenders.wasm();
  const ajvValid = contenders.ajv();
  if (valid !== ajvValid) console.error(`wasm-vs-ajv: ${name}: wasm says valid=${valid}, ajv says ${ajvValid}`);

  // Warm-up (JIT tiers, wasm tier-up), then size a batch to ~BATCH_MS.
  const iters = {};
  for (const [k, fn] of Object.entries(contenders)) {
    let n = 1;
    const end = Date.now() + WARMUP_MS;
    let per = 0;
    while (Date.now() < end) {
      per = time(fn, n);
      n = Math.min(n * 2, 1 << 20);
    }
    iters[k] = Math.max(1, Math.round((BATCH_MS * 1e6) / per));
  }
  const samples = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  const keys = Object.keys(contenders);
  const ratios = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = {};
    for (let j = 0; j < keys.length; j++) {
      const k = keys[(r + j) % keys.length];
      samples[k].push((t[k] = time(contenders[k], iters[k])));
    }
    ratios.push(t.wasm / t.ajv);
  }
  results[name] = {
    bytes: Buffer.byteLength(text),
    diagnostics: docs.reduce((n, d) => n + validate(d).diagnostics.length, 0),
    valid,
    ajvValid,
    ns: Object.fromEntries(keys.map((k) => [k, median(samples[k])])),
    ratio: [median(ratios), Math.min(...ratios), Math.max(...ratios)],
  };
  console.error(`wasm-vs-ajv: ${name}: ${keys.map((k) => `${k} ${(results[name].ns[k] / 1000).toFixed(2)} µs`).join(', ')}`);
}
// Time to a first verdict, each in a fresh process: import (and compile), validate once.
const FIRST_RUNS = Number(process.env.FIRST_RUNS ?? 7);
const sample = JSON.stringify(readFileSync(join(dir, `${names[0]}.json`), 'utf8'));
const firstScripts = {
  timlint: `const { validate } = await import(${JSON.stringify(new URL('node.js', pkgDir).href)});
validate(${sample}); console.log(performance.now());`,
  ajv: `const { createRequire } = await import('node:module');
const { readFileSync } = await import('node:fs');
const require = createRequire(${JSON.stringify(new URL('package.json', pkgDir).href)});
const Ajv2020 = require('ajv/dist/2020').default;
const { xMaxUtf8Bytes } = await import(${JSON.stringify(new URL('keywords.js', pkgDir).href)});
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addKeyword(xMaxUtf8Bytes);
const check = ajv.compile(JSON.parse(readFileSync(${JSON.stringify(schemaPath)}, 'utf8')));
check(JSON.parse(${sample})); console.log(performance.now());`,
};
const first = { timlint: [], ajv: [] };
for (let r = 0; r < FIRST_RUNS; r++) {
  for (const k of r % 2 ? ['ajv', 'timlint'] : ['timlint', 'ajv']) {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', firstScripts[k]], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`first verdict, ${k}: ${run.stderr}`);
    first[k].push(Number(run.stdout.trim()));
  }
}
console.error(`wasm-vs-ajv: first verdict (ms, median): timlint ${median(first.timlint).toFixed(1)}, ajv ${median(first.ajv).toFixed(1)}`);
console.log(JSON.stringify({ node: process.version, ajv: ajvVersion, rounds: ROUNDS, sink: sink > 0, payloads: results, first }));
