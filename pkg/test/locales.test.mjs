// A page downloads English alone; Chinese comes with `import 'timlint/locales/zh-CN'`. This
// file binds the module as the browser entry does, without the Node entry (which imports the
// locale itself), so that it runs before the locale is loaded (node --test: a process a file).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as raw from '../dist/timlint_wasm.js';
import { bind } from '../api.js';
import { renderMessage } from '../render.js';

raw.initSync({ module: readFileSync(new URL('../dist/timlint_wasm_bg.wasm', import.meta.url)) });
const { validate } = bind(raw);
const BAD = '{"Type": "Publich", "Name": "x"}';

test('zh-CN needs its locale module, and says so; English does not', async () => {
  assert.equal(validate(BAD).diagnostics[0].message, 'unknown group type `Publich` in `Type`');
  const needs = (e) => e instanceof Error && /import 'timlint\/locales\/zh-CN'/.test(e.message);
  // Even for a valid payload, whose report has no text to render.
  assert.throws(() => validate('{"Type": "Public", "Name": "x"}', { lang: 'zh-CN' }), needs);
  assert.throws(() => validate(BAD, { lang: 'zh' }), needs);
  const [d] = validate(BAD).diagnostics;
  assert.throws(() => renderMessage(d, 'zh-CN'), needs);
  // Your own wording needs no locale.
  const own = { [d.messageId]: '类型 {value}', [d.helpId]: () => '？' };
  assert.deepEqual(renderMessage(d, 'zh-CN', own), { message: '类型 Publich', help: '？' });

  await import('timlint/locales/zh-CN');
  assert.equal(validate(BAD, { lang: 'zh-CN' }).diagnostics[0].message, '`Type` 的群类型 `Publich` 无效');
  assert.match(renderMessage(validate('[]').diagnostics[0], 'zh-CN').message, /实际是数组/);
});
