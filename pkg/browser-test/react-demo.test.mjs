// The React demo (www/react/: react-hook-form, @hookform/resolvers/standard-schema and
// timlint's createGroupSchema) built by pkg/tools/build-react-demo.mjs, in Chromium: errors
// appear at the field each issue's path names (`memberList.1.userID` included), in the form's
// words and in either language; a submit with errors sends nothing and puts the focus on the
// first; once fixed it shows the payload; the page fits 375 px and axe-core finds no serious
// or critical violation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serve } from '../../www/serve.mjs';
import { limits } from '../node.js';
import { buildReactDemo } from '../tools/build-react-demo.mjs';
import { axeViolations, launch, openPage, overflow, STEP_TIMEOUT, within } from './harness.mjs';

const DESKTOP = { width: 1200, height: 900 };
const PHONE = { width: 375, height: 800 };
// One byte over the default limit: 3-byte characters, then ASCII letters.
const cap = limits().name;
const tooLong = '群'.repeat(Math.floor(cap / 3)) + 'x'.repeat((cap % 3) + 1);
const chars = [...tooLong].length;

test('the React demo in Chromium', { timeout: 120_000 }, async (t) => {
  await buildReactDemo();
  const context = await launch(t, DESKTOP);
  const server = await serve(0);
  t.after(() => within(STEP_TIMEOUT, server.close()));

  const open = (st, viewport) => openPage(st, context, `${server.url}react/`, viewport);
  const message = (page, path) => page.locator(`[id="err-${path}"] li`);
  /** A name over its cap and a second member whose userID is 40 bytes. */
  const fillWithErrors = async (page) => {
    await page.fill('#name', '');
    await page.locator('#name').pressSequentially(tooLong);
    await page.click('#add-member');
    await page.locator('[id="memberList.1.userID"]').pressSequentially('y'.repeat(40));
    await message(page, 'memberList.1.userID').waitFor();
  };

  await t.test('issues at their paths, in the form’s words, in two languages; submit', async (st) => {
    const page = await open(st, DESKTOP);
    await fillWithErrors(page);
    assert.equal(await message(page, 'name').textContent(), `Name is ${cap + 1} bytes (${chars} characters); the limit is ${cap} bytes (UTF-8)`);
    assert.equal(await page.getAttribute('#name', 'aria-invalid'), 'true');
    assert.equal(await page.textContent('#bytes-name'), '1 byte too many');
    // The path ['memberList', 1, 'userID'] puts it at the second row's input.
    assert.equal(await message(page, 'memberList.1.userID').textContent(), 'userID must be 1 to 32 bytes; it is 40 bytes');
    assert.equal(await page.getAttribute('[id="memberList.1.userID"]', 'aria-invalid'), 'true');
    assert.equal(await page.getAttribute('[id="memberList.0.userID"]', 'aria-invalid'), null);
    assert.equal(await page.locator('.diags li').count(), 2);

    await page.click('#lang-zh');
    await page.waitForFunction(() => document.querySelector('[id="err-name"] li')?.textContent.includes('字节'));
    assert.match(await message(page, 'name').textContent(), new RegExp(`^“群名称” 为 ${cap + 1} 字节（${chars} 个字符），上限为 ${cap} 字节`));
    assert.match(await message(page, 'memberList.1.userID').textContent(), /^“userID” 长度应为 1 到 32 字节；当前为 40 字节/);
    await page.click('#lang-en');
    await page.waitForFunction(() => document.querySelector('[id="err-name"] li')?.textContent.startsWith('Name is'));

    // A submit with errors sends nothing and takes the focus to the first.
    await page.click('#submit');
    assert.equal(await page.locator('#sent').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'name');

    await page.locator('#name').press('Backspace');
    await page.fill('[id="memberList.1.userID"]', 'alice');
    await page.waitForFunction(() => document.querySelectorAll('.diags li').length === 0);
    assert.equal(await page.getAttribute('#name', 'aria-invalid'), null);
    await page.click('#submit');
    await page.locator('#sent').waitFor();
    // The Web SDK's createGroup options; the empty optional fields are left out.
    assert.deepEqual(JSON.parse(await page.textContent('#sent')), {
      type: 'Public', name: tooLong.slice(0, -1), memberList: [{ userID: 'bob' }, { userID: 'alice' }],
    });
  });

  await t.test('keyboard only: Tab goes from control to control while errors come and go', async (st) => {
    const page = await open(st, DESKTOP);
    const tab = async (expected) => {
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id || document.activeElement.tagName), expected);
    };
    await page.locator('#name').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(tooLong);
    await message(page, 'name').waitFor();
    await tab('introduction');
    await tab('notification');
    await tab('avatar');
    await tab('memberList.0.userID');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('y'.repeat(33));
    await message(page, 'memberList.0.userID').waitFor();
    await tab('memberList.0.role');
    await tab('BUTTON'); // remove member 1
    await tab('add-member');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.member').count(), 2);
    // useFieldArray's append focuses the new row.
    assert.equal(await page.evaluate(() => document.activeElement.id), 'memberList.1.userID');
    await tab('memberList.1.role');
    await tab('BUTTON'); // remove member 2
    await tab('add-member');
    await tab('joinOption');
  });

  for (const viewport of [PHONE, DESKTOP]) {
    await t.test(`${viewport.width} px: no horizontal scrolling, no serious axe violation`, async (st) => {
      const page = await open(st, viewport);
      await fillWithErrors(page);
      for (const lang of ['en', 'zh']) {
        await page.click(`#lang-${lang}`);
        assert.equal(await overflow(page), 0, lang);
        const { all, bad } = await axeViolations(page);
        assert.deepEqual(bad, [], `at ${viewport.width} px, ${lang}`);
        if (all.length) console.log(`axe (${viewport.width} px, ${lang}):`, JSON.stringify(all));
      }
      // Valid, sent, with a 200-character word in the payload shown: the block scrolls, the page not.
      await page.fill('#name', 'x');
      await page.fill('[id="memberList.1.userID"]', 'y'.repeat(32));
      await page.fill('#introduction', 'w'.repeat(200));
      await page.click('#submit');
      await page.locator('#sent').waitFor();
      assert.equal(await overflow(page), 0, 'the payload sent');
      assert.deepEqual((await axeViolations(page)).bad, [], 'the payload sent');
    });
  }
});
