// The Vue demo (www/vue/: vee-validate and timlint's groupSchema('modify-group') for the Web
// SDK's updateGroupProfile) built by pkg/tools/build-vue-demo.mjs, in Chromium: a name over
// its byte limit shows the error at the field, in the form's words and in either language; a
// submit with errors sends nothing and puts the focus on the first; once fixed it shows the
// options to send; the page fits 375 px and axe-core finds no serious or critical violation.
// And, in the same page, a schema's ~standard.jsonSchema throws until timlint/schema is loaded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serve } from '../../www/serve.mjs';
import { buildVueDemo } from '../tools/build-vue-demo.mjs';
import { axeViolations, launch, openPage, overflow, STEP_TIMEOUT, within } from './harness.mjs';

const DESKTOP = { width: 1200, height: 900 };
const PHONE = { width: 375, height: 800 };
// 31 bytes: ten 3-byte characters and one ASCII letter.
const tooLong = `${'群'.repeat(10)}x`;

test('the Vue demo in Chromium', { timeout: 120_000 }, async (t) => {
  await buildVueDemo();
  const context = await launch(t, DESKTOP);
  const server = await serve(0);
  t.after(() => within(STEP_TIMEOUT, server.close()));

  const open = (st, viewport) => openPage(st, context, `${server.url}vue/`, viewport);
  const message = (page, path) => page.locator(`[id="err-${path}"] li`);
  const typeName = async (page, text) => {
    await page.fill('#name', '');
    await page.locator('#name').pressSequentially(text);
  };

  await t.test('the byte limit at the field, in two languages; submit', async (st) => {
    const page = await open(st, DESKTOP);
    await typeName(page, tooLong);
    await message(page, 'name').waitFor();
    assert.equal(await message(page, 'name').textContent(), 'Name is 31 bytes (11 characters); the limit is 30 bytes (UTF-8)');
    assert.equal(await page.getAttribute('#name', 'aria-invalid'), 'true');
    assert.equal(await page.textContent('#bytes-name'), '1 byte too many');
    assert.equal(await page.locator('.diags li').count(), 1);

    await page.click('#lang-zh');
    await page.waitForFunction(() => document.querySelector('[id="err-name"] li')?.textContent.includes('字节'));
    assert.match(await message(page, 'name').textContent(), /^“群名称” 为 31 字节（11 个字符），上限为 30 字节/);
    await page.click('#lang-en');
    await page.waitForFunction(() => document.querySelector('[id="err-name"] li')?.textContent.startsWith('Name is'));

    // A submit with errors sends nothing and takes the focus to the first.
    await page.click('#submit');
    await page.waitForFunction(() => document.activeElement?.id === 'name');
    assert.equal(await page.locator('#sent').count(), 0);

    // Fixed: the options to send, the empty fields left out (they are not changed).
    await page.locator('#name').press('Backspace');
    await page.waitForFunction(() => document.querySelectorAll('.diags li').length === 0);
    assert.equal(await page.getAttribute('#name', 'aria-invalid'), null);
    await page.selectOption('#joinOption', 'NeedPermission');
    await page.check('#muteAllMembers');
    await page.click('#submit');
    await page.locator('#sent').waitFor();
    assert.deepEqual(JSON.parse(await page.textContent('#sent')), {
      groupID: '@TGS#1NVTZEAE4', name: tooLong.slice(0, -1), joinOption: 'NeedPermission', muteAllMembers: true,
    });
  });

  await t.test('the group ID is required: an emptied one is an error at its field', async (st) => {
    const page = await open(st, DESKTOP);
    await page.fill('#groupID', '');
    await message(page, 'groupID').waitFor();
    assert.match(await message(page, 'groupID').textContent(), /Group ID/);
    await page.click('#submit');
    await page.waitForFunction(() => document.activeElement?.id === 'groupID');
    assert.equal(await page.locator('#sent').count(), 0);
  });

  await t.test('in a page, ~standard.jsonSchema answers once timlint/schema is loaded', async (st) => {
    const page = await open(st, DESKTOP);
    const got = await page.evaluate(async () => {
      const { groupSchema } = await import('/pkg/index.js');
      const convert = groupSchema('modify-group', { dialect: 'web' })['~standard'].jsonSchema;
      let before;
      try {
        convert.input({ target: 'draft-2020-12' });
      } catch (e) {
        before = e.message;
      }
      await import('/pkg/schema.js');
      const schema = convert.input({ target: 'draft-07' });
      return { before, schema: schema.$schema, required: schema.required, name: schema.properties.name['x-maxUtf8Bytes'] };
    });
    assert.match(got.before, /import 'timlint\/schema'/);
    assert.deepEqual(got, { before: got.before, schema: 'http://json-schema.org/draft-07/schema#', required: ['groupID'], name: 30 });
  });

  for (const viewport of [PHONE, DESKTOP]) {
    await t.test(`${viewport.width} px: no horizontal scrolling, no serious axe violation`, async (st) => {
      const page = await open(st, viewport);
      await typeName(page, tooLong);
      await message(page, 'name').waitFor();
      for (const lang of ['en', 'zh']) {
        await page.click(`#lang-${lang}`);
        assert.equal(await overflow(page), 0, lang);
        const { all, bad } = await axeViolations(page);
        assert.deepEqual(bad, [], `at ${viewport.width} px, ${lang}`);
        if (all.length) console.log(`axe (${viewport.width} px, ${lang}):`, JSON.stringify(all));
      }
      await page.fill('#name', 'x');
      await page.fill('#introduction', 'w'.repeat(200));
      await page.click('#submit');
      await page.locator('#sent').waitFor();
      assert.equal(await overflow(page), 0, 'the options sent');
      assert.deepEqual((await axeViolations(page)).bad, [], 'the options sent');
    });
  }
});
