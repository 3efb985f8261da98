// Graphemes in the wasm come from the JS engine's Intl.Segmenter (the module carries no Unicode
// tables); the native CLI counts them with the unicode-segmentation crate. The two must agree
// to the byte: too-many-bytes gives the characters (graphemes) of a text and of the longest
// prefix that fits, cut between graphemes. Texts of every hard kind are cut at every offset
// (padding shifts the cut), checked by both, and compared diagnostic for diagnostic.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { truncateToBytes, validate } from '../node.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = process.env.TIMLINT_CLI ?? join(ROOT, 'target/debug/timlint');
// The CLI is killed, and the test fails, past this (a hang would stop the whole run).
const CHILD_TIMEOUT = 60_000;

const SAMPLES = {
  'emoji family (ZWJ)': '👨‍👩‍👧‍👦',
  'ZWJ sequence with a skin tone': '👩🏽‍💻',
  'skin tone modifier': '👍🏿',
  'flags (regional indicator pairs)': '🇨🇳🇺🇸🇯🇵',
  'an odd regional indicator': '🇨🇳🇺',
  keycap: '#️⃣1️⃣',
  'combining marks': 'e\u0301a\u0300\u0323o\u0302\u0303',
  'many marks on one letter': `a${'\u0301'.repeat(20)}b`,
  'Hangul syllables': '한국어입니다',
  'Hangul jamo (L V T)': '\u1100\u1161\u11a8\u1102\u1162',
  'Devanagari conjuncts (InCB)': 'क्षत्रि\u094dय',
  'Devanagari spacing marks': 'हिन्दी',
  'Thai': 'น้ำใจ',
  'Arabic prepend': '\u0600\u0661\u0662x',
  'variation selector': '☺\ufe0f✌\ufe0e',
  'lone ZWJ and ZWNJ': 'a\u200db\u200cc',
  'CRLF and controls': 'a\r\nb\tc\n\rd\u0001',
  CJK: '中文字符集',
  'U+FFFD': '\ufffd\ufffd',
  'mixed': 'Añ👨‍👩‍👧中🇯🇵e\u0301',
};

const bytes = (s) => new TextEncoder().encode(s).length;

/** Texts over `limit` bytes: the sample repeated, shifted so the cut falls at each offset in it. */
function names(sample, limit) {
  const out = [];
  for (const pad of ['', 'é']) {
    for (let k = 0; k <= Math.min(bytes(sample), 64); k++) {
      let name = pad + 'x'.repeat(k);
      while (bytes(name) <= limit) name += sample;
      out.push(name);
    }
  }
  return out;
}

function compare(t, options, limit, samples) {
  assert.ok(existsSync(CLI), `build the CLI first: cargo build -p timlint-cli (looked for ${CLI})`);
  const dir = mkdtempSync(join(tmpdir(), 'timlint-graphemes-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const lines = [];
  for (const [kind, sample] of Object.entries(samples)) {
    for (const name of names(sample, limit)) lines.push({ kind, name });
  }
  const payloads = lines.map(({ name }) => JSON.stringify({ Type: 'Public', Introduction: name, Name: 'x' }));
  writeFileSync(join(dir, 'in.ndjson'), payloads.join('\n') + '\n');
  writeFileSync(join(dir, 'options.json'), JSON.stringify(options));
  const cli = spawnSync(CLI, ['check', '--ndjson', '--format', 'json', '--config', join(dir, 'options.json'), join(dir, 'in.ndjson')], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: CHILD_TIMEOUT,
  });
  assert.equal(cli.status, 1, `${cli.error ?? cli.signal ?? ''} ${cli.stderr}`);
  const native = JSON.parse(cli.stdout);
  assert.equal(native.length, lines.length);
  lines.forEach(({ kind, name }, i) => {
    const ours = validate(payloads[i], options);
    const [d] = native[i].diagnostics;
    assert.equal(d.rule, 'too-many-bytes', `${kind}: ${JSON.stringify(name)}`);
    // The CLI numbers the lines of the NDJSON file; each payload alone is line 1.
    const theirs = native[i].diagnostics.map((n) => ({ ...n, line: 1 }));
    assert.deepEqual(ours.diagnostics, theirs, `${kind}: ${JSON.stringify(name)}`);
    assert.equal(truncateToBytes(name, limit), d.suggestion, `${kind}: ${JSON.stringify(name)}`);
  });
}

test('grapheme counts and cuts equal the native build (Introduction, 240 bytes)', (t) => {
  compare(t, {}, 240, SAMPLES);
});

test('grapheme counts and cuts equal the native build past the segmenter window', (t) => {
  // Long texts (over 256 UTF-16 units) are segmented a window at a time.
  const long = {
    'flags, long': '🇨🇳🇺🇸'.repeat(90) + '🇯',
    'marks, long': `o${'\u0308'.repeat(400)}p`,
    'family, long': '👨‍👩‍👧‍👦'.repeat(40),
    'mixed, long': 'Añ👨‍👩‍👧中🇯🇵e\u0301क्ष'.repeat(40),
  };
  compare(t, { limits: { introduction: 1200 } }, 1200, long);
});
