// The `x-maxUtf8Bytes` keyword (keywords.js) counts UTF-8 bytes without encoding: its verdict
// must be exactly `new TextEncoder().encode(s).length <= max`, the definition it replaced, for
// every string (lone surrogates included: TextEncoder writes U+FFFD, 3 bytes) and every limit
// around the string's length (and odd limits: 0, negative, fractional, NaN, Infinity).
// Needs no wasm: `node --test test/keywords.test.mjs` runs it on a fresh checkout.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { addTimlintKeywords, xMaxUtf8Bytes } from '../keywords.js';

const encoder = new TextEncoder();
const reference = (max, s) => encoder.encode(s).length <= max;

/** Every limit worth asking about for a string of `bytes` UTF-8 bytes and `units` code units. */
function limits(bytes, units) {
  const near = [bytes - 2, bytes - 1, bytes, bytes + 1, bytes + 2, bytes - 0.5, bytes + 0.5];
  const bounds = [units - 1, units, units + 1, 3 * units - 1, 3 * units, 3 * units + 1];
  return [...near, ...bounds, 0, 1, -1, -Infinity, Infinity, NaN];
}

function agrees(s, label) {
  const bytes = encoder.encode(s).length;
  for (const max of limits(bytes, s.length)) {
    assert.equal(
      xMaxUtf8Bytes.validate(max, s),
      reference(max, s),
      `${label}: ${JSON.stringify(s)} (${bytes} bytes, ${s.length} units) against max ${max}`,
    );
  }
}

const SAMPLES = {
  empty: '',
  ascii: 'Public group 42',
  'two-byte (Latin, Greek, Cyrillic)': 'é ß Ω Ж',
  CJK: '腾讯云即时通信群组名称测',
  'CJK extension B (a surrogate pair)': '𠀀𪚥',
  emoji: '😀🎉',
  'emoji ZWJ family': '👨‍👩‍👧‍👦',
  'flags and skin tones': '🇨🇳👍🏿',
  'lone high surrogate': '\ud800',
  'lone low surrogate': '\udc00',
  'high surrogate at the end': 'ab\udbff',
  'low before high (two lone ones)': '\udc00\ud800',
  'two high surrogates then a low one': '\ud83d\ud83d\ude00',
  'a pair, then a lone low': '\ud83d\ude00\ude00',
  'unit boundaries': '\u007f\u0080\u07ff\u0800\ud7ff\ue000\uffff',
  'the last code point': '\u{10ffff}',
  'BOM and replacement character': '\ufeff\ufffd',
  'NUL and controls': '\u0000\u0001\u001f',
  mixed: 'Name 群 😀 é \ud800 x',
};

test('agrees with TextEncoder on chosen strings', () => {
  for (const [label, s] of Object.entries(SAMPLES)) {
    agrees(s, label);
    agrees(s.repeat(7), `${label} ×7`);
  }
});

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Code units from every class the count tells apart, the edges of each class over-represented.
const CLASSES = [
  [0x00, 0x7f],
  [0x80, 0x7ff],
  [0x800, 0xd7ff],
  [0xd800, 0xdbff], // high surrogates
  [0xdc00, 0xdfff], // low surrogates
  [0xe000, 0xffff],
];
const EDGES = [0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xffff];

test('agrees with TextEncoder on random strings of every kind of code unit', () => {
  const random = prng(0x7e57);
  const pick = (n) => Math.floor(random() * n);
  for (let i = 0; i < 20000; i++) {
    const units = [];
    const length = pick(i % 10 === 0 ? 200 : 12);
    for (let j = 0; j < length; j++) {
      const r = random();
      if (r < 0.1) {
        units.push(EDGES[pick(EDGES.length)]);
      } else if (r < 0.3) {
        // A well-formed pair.
        units.push(0xd800 + pick(0x400), 0xdc00 + pick(0x400));
      } else {
        const [lo, hi] = CLASSES[pick(CLASSES.length)];
        units.push(lo + pick(hi - lo + 1));
      }
    }
    agrees(String.fromCharCode(...units), `random string ${i}`);
  }
});

test('registers in ajv, compiled once, with the same verdicts', (t) => {
  let Ajv2020;
  try {
    // pkg/'s devDependencies (npm ci); the keyword itself needs none.
    Ajv2020 = createRequire(import.meta.url)('ajv/dist/2020').default;
  } catch {
    t.skip('ajv is not installed (npm ci in pkg/)');
    return;
  }
  const ajv = addTimlintKeywords(new Ajv2020({ strict: true }));
  const check = ajv.compile({ type: 'string', 'x-maxUtf8Bytes': 12 });
  for (const s of Object.values(SAMPLES)) {
    for (const text of [s, s.repeat(2), s.repeat(5)]) {
      assert.equal(check(text), reference(12, text), JSON.stringify(text));
    }
  }
});
