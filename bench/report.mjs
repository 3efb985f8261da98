// Prints scripts/bench's table from what the earlier steps left in OUT (target/bench):
//   node bench/report.mjs OUT ROUNDS_DIR
// OUT/payloads.txt       the payload names, in order
// OUT/interleaved.jsonl  the ratio bin's JSON line per payload (the verdicts)
// ROUNDS_DIR/<round>/<payload>/<contender>/new/estimates.json   criterion's medians (ns), by round
// OUT/callgrind.tsv      payload, contender, instructions per validation
// OUT/ndjson.tsv         label, payloads, bytes, the /usr/bin/time -v file
// OUT/node.json          bench/wasm-vs-ajv.mjs's output
// OUT/chromium.json      bench/chromium-vs-ajv.mjs's output (the same shape)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [out, roundsDir] = process.argv.slice(2);
const names = readFileSync(join(out, 'payloads.txt'), 'utf8').split('\n').filter(Boolean);
const lines = [];
const say = (s = '') => lines.push(s);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const row = (cells, widths) => cells.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join('  ');
const us = (ns) => (ns === undefined ? 'n/a' : ns >= 100_000 ? `${(ns / 1000).toFixed(0)} µs` : ns >= 10_000 ? `${(ns / 1000).toFixed(1)} µs` : `${(ns / 1000).toFixed(2)} µs`);
const x = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a');
const verdict = (ok) => (ok === undefined ? '' : ok ? 'PASS' : 'MISS');
// The targets, per payload (issues #6 and #15): timlint/floor at most `floor`, jsonschema/timlint
// at least `js`, wasm/ajv in Node at most `node`; a row without a target is shown without a verdict.
const TARGETS = {
  'all-in-one': { floor: 2.0, js: 3.0, node: 1.0 },
  'members-500': { floor: 2.0, js: 3.0, node: 1.0 },
  'cjk-heavy': { floor: 2.0, node: 1.0 },
  'many-problems': { floor: 5.0, js: 2.0, node: 2.0 },
  corpus: { floor: 2.0, node: 1.0 },
};
/** `1.53× PASS (≤ 2)`, or the ratio alone where the payload has no such target. */
const judge = (p, kind, r) => {
  const t = TARGETS[p]?.[kind];
  if (t === undefined || !Number.isFinite(r)) return x(r);
  const ok = kind === 'js' ? r >= t : r <= t;
  return `${x(r)} ${verdict(ok)} (${kind === 'js' ? '≥' : '≤'} ${t})`;
};
const bytes = Object.fromEntries(names.map((n) => [n, statSync(join(out, 'payloads', `${n}.json`)).size]));

// --- 1. native, interleaved: the verdicts -----------------------------------------------------
const inter = {};
if (existsSync(join(out, 'interleaved.jsonl'))) {
  for (const l of readFileSync(join(out, 'interleaved.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(l);
    inter[r.payload] = r;
  }
}
say('1. Native, bytes to verdict, the four contenders in turn in one process (target/release/ratio PAYLOAD SECONDS),');
say('   a batch of about a millisecond each per round; times: the median batch; verdicts: the median over the rounds of each round\'s ratio');
let w = [14, 7, 10, 10, 11, 10, 8, 22, 22];
say(row(['payload', 'bytes', 'floor', 'reader', 'jsonschema', 'timlint', 'rounds', 'timlint/floor', 'jsonschema/timlint'], w));
for (const p of names) {
  const r = inter[p];
  const [a, b] = [r?.timlint_over_floor, r?.jsonschema_over_timlint];
  say(row([p, bytes[p], us(r?.ns.floor[1]), us(r?.ns.parse[1]), us(r?.ns.jsonschema[1]), us(r?.ns.timlint[1]), r?.rounds ?? 'n/a',
    judge(p, 'floor', a), judge(p, 'js', b)], w));
}
say('   (reader: timlint\'s JSON reader alone, no rules: not a contender, it shows where timlint\'s time goes)');
say();

// --- 1b. native, criterion -------------------------------------------------------------------
const contenders = ['floor', 'value', 'jsonschema', 'timlint'];
const rounds = existsSync(roundsDir) ? readdirSync(roundsDir).filter((d) => /^\d+$/.test(d)).sort((a, b) => a - b) : [];
const missing = [];
// One round's median (ns) of a contender on a payload.
const roundMedian = (r, p, c) => {
  const f = join(roundsDir, r, p, c, 'new', 'estimates.json');
  if (!existsSync(f)) return undefined;
  return JSON.parse(readFileSync(f, 'utf8')).median.point_estimate;
};
// The lowest of the rounds' medians: other work on the machine only adds time.
const median = (p, c) => {
  const ms = rounds.map((r) => roundMedian(r, p, c)).filter((m) => m !== undefined);
  if (ms.length < rounds.length) missing.push(`${p}/${c}`);
  return ms.length ? Math.min(...ms) : undefined;
};
// A ratio within each round (its contenders ran minutes apart at most), then the median
// over the rounds: one round disturbed by other work does not decide the verdict.
const roundRatio = (p, num, den) => {
  const rs = rounds
    .map((r) => roundMedian(r, p, num) / roundMedian(r, p, den))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const n = rs.length;
  return n === 0 ? NaN : n % 2 ? rs[(n - 1) / 2] : (rs[n / 2 - 1] + rs[n / 2]) / 2;
};
say(`   Criterion, each contender in a loop of its own, ${rounds.length} rounds (cargo bench -p timlint-bench --bench validate); times: the lowest round median;`);
say('   ratios (for comparison with the verdicts above): the median over the rounds of each round\'s ratio');
w = [14, 7, 10, 10, 11, 10, 15, 20];
say(row(['payload', 'bytes', 'floor', 'value', 'jsonschema', 'timlint', 'timlint/floor', 'jsonschema/timlint'], w));
for (const p of names) {
  const m = Object.fromEntries(contenders.map((c) => [c, median(p, c)]));
  const a = roundRatio(p, 'timlint', 'floor');
  const b = roundRatio(p, 'jsonschema', 'timlint');
  say(row([p, bytes[p], us(m.floor), us(m.value), us(m.jsonschema), us(m.timlint), x(a), x(b)], w));
}
if (missing.length) say(`   WARNING: rounds without a result: ${missing.join(', ')}`);
say('   Each round alone, timlint/floor and jsonschema/timlint:');
for (const p of names) {
  const per = rounds.map((r) => {
    const [f, j, t] = ['floor', 'jsonschema', 'timlint'].map((c) => roundMedian(r, p, c));
    return `${x(t / f)} ${x(j / t)}`;
  });
  say(`   ${pad(p, 14)} ${per.join('   ')}`);
}
say();

// --- 1b. instructions, callgrind ------------------------------------------------------------
const cg = {};
if (existsSync(join(out, 'callgrind.tsv'))) {
  for (const l of readFileSync(join(out, 'callgrind.tsv'), 'utf8').split('\n').filter(Boolean)) {
    const [p, c, n] = l.split('\t');
    (cg[p] ??= {})[c] = Number(n);
  }
}
say('   Instructions per validation (valgrind callgrind on the profile bin: N runs minus 0 runs, / N)');
w = [14, 7, 14, 14, 14, 22, 22];
say(row(['payload', 'bytes', 'floor', 'jsonschema', 'timlint', 'timlint/floor', 'jsonschema/timlint'], w));
const fmtInt = (n) => (n === undefined ? 'n/a' : Math.round(n).toLocaleString('en-US'));
for (const p of names) {
  const c = cg[p] ?? {};
  const r = c.timlint / c.floor;
  const s = c.jsonschema / c.timlint;
  say(row([p, bytes[p], fmtInt(c.floor), fmtInt(c.jsonschema), fmtInt(c.timlint), judge(p, 'floor', r), judge(p, 'js', s)], w));
}
say();

// --- 2. NDJSON --------------------------------------------------------------------------------
say('2. NDJSON throughput: /usr/bin/time -v timlint check --ndjson --format json FILE > /dev/null');
w = [12, 10, 9, 8, 9, 12, 7, 10, 11];
say(row(['file', 'payloads', 'MB', 'wall', 'MB/s', 'payloads/s', 'CPU', 'CPU time', 'max RSS'], w));
const field = (text, label) => {
  const l = text.split('\n').find((s) => s.trim().startsWith(label));
  return l === undefined ? undefined : l.slice(l.indexOf(label) + label.length).trim();
};
const wall = (s) => s.split(':').reduce((acc, v) => acc * 60 + Number(v), 0);
if (existsSync(join(out, 'ndjson.tsv'))) {
  for (const l of readFileSync(join(out, 'ndjson.tsv'), 'utf8').split('\n').filter(Boolean)) {
    const [label, count, size, timeFile] = l.split('\t');
    const t = readFileSync(timeFile, 'utf8');
    const secs = wall(field(t, 'Elapsed (wall clock) time (h:mm:ss or m:ss):'));
    const cpu = field(t, 'Percent of CPU this job got:');
    const rss = Number(field(t, 'Maximum resident set size (kbytes):'));
    const cpuSecs = Number(field(t, 'User time (seconds):')) + Number(field(t, 'System time (seconds):'));
    say(row([label, Number(count).toLocaleString('en-US'), (size / 1e6).toFixed(0), `${secs.toFixed(2)} s`,
      (size / 1e6 / secs).toFixed(1), Math.round(count / secs).toLocaleString('en-US'), cpu, `${cpuSecs.toFixed(2)} s`, `${(rss / 1024).toFixed(1)} MiB`], w));
  }
}
say('   (MB = 10^6 bytes; the file is 60% valid, 40% invalid payloads. CPU: share of one core, over 100% means more than');
say('   one core was busy, which other work on the machine limits; CPU time: user + system seconds, the work done)');
say();

// --- 3. Node, and 3b. Chromium (the same table from a bench page) -------------------------------
/** The wasm-vs-ajv table of one JS engine's run (`node.json`, `chromium.json`), or a line saying it is missing. */
const jsTable = (file, title, firstWhat, skip) => {
  const js = existsSync(join(out, file)) ? JSON.parse(readFileSync(join(out, file), 'utf8')) : undefined;
  if (!js) return say(`${title}: not measured (${skip}, or the run failed: see scripts/bench's log)`);
  say(`${title} ${js.node ?? js.chromium}: the npm package's validate(text) (wasm) vs ajv ${js.ajv} (Ajv2020, allErrors, x-maxUtf8Bytes) with JSON.parse; ${js.rounds} interleaved batches`);
  say('   times: the median batch; wasm/ajv: the median of each round\'s own ratio, then the lowest and highest round');
  const w = [14, 7, 6, 10, 10, 10, 22, 14];
  say(row(['payload', 'bytes', 'diags', 'wasm', 'wasm-raw', 'ajv', 'wasm/ajv', 'range'], w));
  for (const p of names) {
    const r = js.payloads?.[p];
    const [q, lo, hi] = r?.ratio ?? [NaN, NaN, NaN];
    say(row([p, bytes[p], r?.diagnostics ?? '', us(r?.ns.wasm), us(r?.ns['wasm-raw']), us(r?.ns.ajv), judge(p, 'node', q), `${x(lo)}–${x(hi)}`], w));
    if (r && r.valid !== r.ajvValid) say(`   ${p}: the verdicts differ (wasm valid=${r.valid}, ajv ${r.ajvValid})`);
  }
  say('   (wasm-raw: the bare `check` export, the report left as compact numbers: not a contender, it splits wasm into the');
  say('   validation and the making of the report\'s objects and texts in JS)');
  if (js.first) {
    const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const [t, a] = [med(js.first.timlint), med(js.first.ajv)];
    say(`   time to a first verdict (${firstWhat}: import, compile, validate once; median of ${js.first.timlint.length}):`);
    say(`   timlint ${t.toFixed(1)} ms (${Math.min(...js.first.timlint).toFixed(1)}–${Math.max(...js.first.timlint).toFixed(1)}), ajv ${a.toFixed(1)} ms (${Math.min(...js.first.ajv).toFixed(1)}–${Math.max(...js.first.ajv).toFixed(1)}): ${x(t / a)} ${verdict(t <= a)} (≤ 1)`);
  }
};
jsTable('node.json', '3. Node', 'a fresh process', 'BENCH_SKIP_WASM=1');
say();
jsTable('chromium.json', '3b. Chromium', 'a fresh browser context loading a page of the minified bundle', 'BENCH_SKIP_WASM=1 or BENCH_SKIP_CHROMIUM=1');
console.log(lines.join('\n'));
