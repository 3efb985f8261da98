// The npm package's `validate` (wasm) against ajv in Node, on the same payloads as JSON text:
//   node bench/wasm-vs-ajv.mjs PAYLOAD_DIR SCHEMA_JSON NAME...
// ajv: Ajv2020 with timlint's exported REST schema and its x-maxUtf8Bytes keyword, compiled
// once, `allErrors` like timlint (every problem, not the first); each call is
// `JSON.parse(text)` then the compiled validator. wasm: `validate(text)`, the package's API
// (text into the wasm, the report back as JSON text and JSON.parse'd). `wasm-raw` is the bare
// export `validateJson` (the text encoded to UTF-8 as the API does, the report left as text),
// to show what the report's JSON.parse costs; `report-parse` is that JSON.parse alone, on the
// report this payload gets (what materialising the report's objects costs in the engine).
// Contenders run interleaved, in rotating order, so that load from other work on the machine
// falls on all of them alike; each figure is the median over ROUNDS batches of ~BATCH_MS.
// Prints one JSON object to stdout: { node, ajv, payloads: { name: { bytes, valid, ns: {…} } } }.
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
const results = {};
for (const name of names) {
  const text = readFileSync(join(dir, `${name}.json`), 'utf8');
  // `corpus` is many payloads, one per line: each contender's run is one pass over all.
  const docs = name === 'corpus' ? text.split('\n') : [text];
  const reportTexts = docs.map((d) => raw.validateJson(utf8.encode(d), ''));
  const every = (check) => docs.reduce((n, d, i) => n + (check(d, i) ? 1 : 0), 0) === docs.length;
  const contenders = {
    wasm: () => every((d) => validate(d).valid),
    'wasm-raw': () => every((d) => raw.validateJson(utf8.encode(d), '').length > 0),
    'report-parse': () => every((_, i) => JSON.parse(reportTexts[i]).diagnostics.length >= 0),
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
  for (let r = 0; r < ROUNDS; r++) {
    for (let j = 0; j < keys.length; j++) {
      const k = keys[(r + j) % keys.length];
      samples[k].push(time(contenders[k], iters[k]));
    }
  }
  results[name] = {
    bytes: Buffer.byteLength(text),
    diagnostics: reportTexts.reduce((n, r) => n + JSON.parse(r).diagnostics.length, 0),
    valid,
    ajvValid,
    ns: Object.fromEntries(keys.map((k) => [k, median(samples[k])])),
  };
  console.error(`wasm-vs-ajv: ${name}: ${keys.map((k) => `${k} ${(results[name].ns[k] / 1000).toFixed(2)} µs`).join(', ')}`);
}
console.log(JSON.stringify({ node: process.version, ajv: ajvVersion, rounds: ROUNDS, sink: sink > 0, payloads: results }));
