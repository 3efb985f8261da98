// The npm package in hostile environments (issue #17): huge strings, memory running out, a
// getter that calls back into the package, emoji text a megabyte long.
import assert from 'node:assert/strict';
import { test } from 'node:test';

// Count what Intl.Segmenter is given (graphemes.js segments through this prototype method),
// before the package loads.
let segmented = 0;
const segment = Intl.Segmenter.prototype.segment;
Intl.Segmenter.prototype.segment = function (text) {
  segmented += text.length;
  return segment.call(this, text);
};
const { validate, limits, toRest, truncateToBytes, byteLength } = await import('../rest-node.js');
const glue = await import('../dist/rest/timlint_wasm.js');
const memory = () => glue.initSync().memory;

const VALID = '{"Type": "Public", "Name": "x"}';

test('a string over maxInputBytes is refused from its length, never copied into the module', () => {
  const before = memory().buffer.byteLength;
  const huge = 'x'.repeat(64 << 20);
  const r = validate(huge);
  assert.equal(r.valid, false);
  assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.params]), [['input-too-large', { bytes: 64 << 20, max: 1 << 20 }]]);
  // The same report as the module gives when it is handed the bytes.
  const text = '中😀\ud800'.repeat(300_000); // 8 bytes in 4 units, 2.4 MB
  const own = JSON.parse(glue.validateJson(new TextEncoder().encode(text), '{"lang": "zh-CN"}', 0));
  const got = validate(text, { lang: 'zh-CN' });
  assert.equal(got.diagnostics[0].params.bytes, byteLength(text));
  assert.deepEqual(got.diagnostics.map(({ message, help, ...d }) => d), own.diagnostics);
  assert.equal(got.valid, own.valid);
  const rest = toRest(huge);
  assert.deepEqual([rest.ok, rest.body, rest.dropped, rest.report.diagnostics[0].rule], [false, null, [], 'input-too-large']);
  // Nothing grew: the module's memory is what it was (64 MiB copied in before).
  assert.ok(memory().buffer.byteLength - before < 4 << 20, `${memory().buffer.byteLength - before}`);
  // Within a raised cap the bytes are validated as always.
  assert.equal(validate(huge, { maxInputBytes: 2 << 20 }).diagnostics[0].rule, 'input-too-large');
  const big = `{"Type": "Public", "Name": "x", "Introduction": "${'x'.repeat(2 << 20)}"}`;
  assert.deepEqual(
    validate(big, { maxInputBytes: 4 << 20 }).diagnostics.map((d) => d.rule),
    ['too-many-bytes'],
  );
});

test('after the module runs out of memory it is restarted and judges right', () => {
  // Leave the module 2 MiB below the 4 GiB a wasm32 memory can have (address space only),
  // then give it an input that needs more: the allocator aborts, a trap.
  const m = memory();
  m.grow(65536 - m.buffer.byteLength / 65536 - 32);
  const src = `[${'1,'.repeat(2 << 20)}1]`;
  const options = { maxInputBytes: 8 << 20 };
  assert.throws(() => validate(src, options), (e) => {
    assert.ok(!(e instanceof WebAssembly.RuntimeError), 'a plain Error');
    assert.match(e.message, /^timlint: RuntimeError: unreachable.*out of memory.*restarted/);
    assert.ok(e.cause instanceof WebAssembly.RuntimeError);
    return true;
  });
  // A fresh instance: the same input is judged, and so is a valid payload.
  assert.ok(memory().buffer.byteLength < 256 << 20);
  assert.deepEqual(validate(src, options).diagnostics.map((d) => d.rule), ['not-an-object']);
  assert.equal(validate(VALID).valid, true);
  assert.equal(toRest(VALID).ok, true);
  assert.equal(truncateToBytes('中文字', 7), '中文');
});

test('an options getter that calls validate does not change the outer verdict', () => {
  let inner;
  const options = {
    get lang() {
      inner ??= validate(VALID);
      return 'en';
    },
  };
  const { name, introduction } = limits();
  const payload = JSON.stringify({ Type: 'Publich', Name: 'y'.repeat(name + 1), Introduction: 'z'.repeat(introduction + 1) });
  const r = validate(payload, options);
  assert.deepEqual(r.diagnostics.map((d) => d.rule), ['unknown-group-type', 'too-many-bytes', 'too-many-bytes']);
  assert.equal(inner.valid, true);
  const c = toRest(payload, options);
  assert.deepEqual(c.report.diagnostics.map((d) => d.rule), ['unknown-group-type', 'too-many-bytes', 'too-many-bytes']);
});

test('grapheme work on a megabyte of emoji is bounded by the limit, not the text', () => {
  const emoji = '😀'.repeat(262_000); // 1 048 000 bytes
  segmented = 0;
  const r = validate(JSON.stringify({ Type: 'Public', Name: emoji }));
  const max = limits().name;
  const fitsChars = Math.floor(max / 4);
  assert.deepEqual(r.diagnostics[0].params, { field: 'Name', bytes: 1_048_000, chars: 262_000, max, fits: 4 * fitsChars, fitsChars });
  assert.equal(r.diagnostics[0].suggestion, '😀'.repeat(fitsChars));
  // Before: the whole text, twice (1 048 000 UTF-16 units).
  assert.ok(segmented < 1000, `${segmented} units segmented`);
  segmented = 0;
  assert.equal(truncateToBytes(emoji, 30), '😀'.repeat(7));
  const family = '👨‍👩‍👧‍👦'; // one grapheme of 25 bytes
  assert.equal(truncateToBytes(family.repeat(100_000), 30), family);
  assert.equal(truncateToBytes(family.repeat(100_000), 50), family + family);
  assert.ok(segmented < 1000, `${segmented} units segmented`);
  // A text of at most 16 KiB is counted in graphemes, a longer one in code points.
  const families = (n) => JSON.stringify({ Type: 'Public', Name: family.repeat(n) });
  assert.equal(validate(families(600)).diagnostics[0].params.chars, 600);
  assert.equal(validate(families(1000)).diagnostics[0].params.chars, 7000);
});
