// The demo page (www/) in Debian's Chromium, driven by playwright-core: a name one byte over
// the default limit shows the too-many-bytes error at the name field in the form's own words,
// fixing it clears it, the
// language switch shows Chinese, and a screenshot is saved (target/www-screenshot.png); the
// page fits a 375 px screen with every kind of error showing, the keyboard's Tab order stays
// on the form's controls while errors come and go, and axe-core finds no serious or critical
// violation. Run by scripts/test-wasm (`node --test browser-test/`); apart from test/ because
// it needs a browser.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from '../../www/serve.mjs';
import { byteLength, limits } from '../node.js';
import { axeViolations, launch, openPage, overflow, STEP_TIMEOUT, within } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHOT = process.env.TIMLINT_SCREENSHOT ?? join(ROOT, 'target/www-screenshot.png');
const DESKTOP = { width: 1200, height: 900 };
const PHONE = { width: 375, height: 800 };

const cap = limits().name;
// One byte over the cap, typed key by key: 3-byte characters, then ASCII letters.
const tooLong = '群'.repeat(Math.floor(cap / 3)) + 'x'.repeat((cap % 3) + 1);
const over = `${cap + 1} bytes \\(${[...tooLong].length} characters\\)`;
const overZh = `${cap + 1} 字节（${[...tooLong].length} 个字符）`;

/**
 * Every kind of diagnostic the form shows at once, with long unbreakable values: a name over
 * its cap (a "use" button with a long suggestion), a 90-character URL quoted in a warning, a
 * member line with a bad role, an 80-character account.
 */
async function fillWithErrors(page) {
  await page.fill('#name', 'x'.repeat(cap + 10));
  await page.fill('#faceUrl', `ftp://${'z'.repeat(90)}`);
  await page.fill('#members', `bob\nalice Owner\n${'y'.repeat(80)}`);
  await page.locator('.diags[data-for="members"] li').nth(1).waitFor();
}

/** The focused element, named by its id, or by what it is ('use' for a suggestion's button). */
const focused = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    if (e?.closest('.diags')) return `${e.closest('.diags').dataset.for}:${e.tagName.toLowerCase()}`;
    return e?.id || e?.tagName.toLowerCase();
  });

test('the demo page in Chromium', { timeout: 120_000 }, async (t) => {
  const context = await launch(t, DESKTOP);
  const server = await serve(0);
  t.after(() => within(STEP_TIMEOUT, server.close()));

  const open = (st, viewport) => openPage(st, context, server.url, viewport);

  await t.test('validates as you type, in the form’s words, in two languages', async (st) => {
    const page = await open(st, DESKTOP);
    assert.equal(await page.getAttribute('body', 'data-valid'), 'true', 'the preset form is valid');
    const nameErrors = page.locator('.diags[data-for="name"] li');
    assert.equal(byteLength(tooLong), cap + 1);
    await page.fill('#name', '');
    await page.locator('#name').pressSequentially(tooLong);
    await nameErrors.first().waitFor();
    assert.equal(await nameErrors.first().getAttribute('data-rule'), 'too-many-bytes');
    // The form's label, not the wire key `Name`.
    assert.match(await nameErrors.first().locator('.msg').textContent(), new RegExp(`^Name is ${over}; the limit is ${cap} bytes`));
    assert.equal(await page.textContent('.bytes[data-for="name"]'), '1 byte too many');
    assert.equal(await page.locator('.bytes[data-for="name"]').getAttribute('class'), 'bytes over');
    assert.equal(await page.getAttribute('body', 'data-valid'), 'false');
    assert.equal(await page.textContent('#verdict'), '1 error');
    assert.match(await page.textContent('#body'), /not sent/);
    // The error sits in the name field's block and nowhere else, and the input says so.
    assert.equal(await page.locator('.field[data-field="name"].has-error').count(), 1);
    assert.equal(await page.locator('.diags li').count(), await nameErrors.count());
    assert.equal(await page.getAttribute('#name', 'aria-invalid'), 'true');
    assert.equal(await page.getAttribute('#introduction', 'aria-invalid'), null);
    assert.equal(await page.textContent('#announce'), '1 error');

    // Fix it: one character less.
    await page.locator('#name').press('Backspace');
    await page.waitForFunction(() => document.querySelectorAll('.diags[data-for="name"] li').length === 0);
    assert.equal(await page.getAttribute('body', 'data-valid'), 'true');
    assert.equal(await page.textContent('.bytes[data-for="name"]'), '0 bytes left');
    assert.equal(await page.getAttribute('#name', 'aria-invalid'), null);
    assert.equal(await page.textContent('#announce'), 'ready to send');
    const body = JSON.parse(await page.textContent('#body'));
    assert.equal(body.Name, tooLong.slice(0, -1));
    await page.fill('#name', 'x'.repeat(cap - 1));
    assert.equal(await page.textContent('.bytes[data-for="name"]'), '1 byte left');
    await page.fill('#name', tooLong);

    // Members: errors on lines 2 and 3 are shown there, with their line numbers and labels.
    await page.fill('#members', `bob\nalice Owner\n${'y'.repeat(40)}`);
    const memberErrors = page.locator('.diags[data-for="members"] li');
    await memberErrors.nth(1).waitFor();
    assert.match(await memberErrors.first().textContent(), /^line 2: /);
    assert.match(await memberErrors.nth(1).locator('.msg').textContent(), /^line 3: userID must be 1 to 32 bytes; it is 40 bytes/);
    assert.equal(await page.textContent('#verdict'), '3 errors');
    // Whatever the field, no message names a wire key of the form's fields.
    for (const text of await page.locator('.diags .msg').allTextContents()) {
      assert.doesNotMatch(text, /`(Name|Member_Account|Role|MemberList|Type|FaceUrl)`/, text);
    }

    // Chinese: every text re-rendered, the name error in Chinese with the Chinese label.
    await page.click('#lang-zh');
    const zhMessage = await nameErrors.first().locator('.msg').textContent();
    assert.match(zhMessage, new RegExp(`^“群名称” 为 ${overZh}，上限为 ${cap} 字节`));
    assert.match(await page.textContent('h1'), /创建/);
    assert.equal(await page.textContent('.bytes[data-for="name"]'), '超出 1 字节');
    assert.match(await memberErrors.first().textContent(), /^第 2 行：/);
    assert.match(await memberErrors.nth(1).locator('.msg').textContent(), /^第 3 行：“userID” 长度应为 1 到 32 字节/);
    assert.equal(await page.textContent('#verdict'), '3 个错误');
    await page.fill('#name', 'x'.repeat(cap - 1));
    assert.equal(await page.textContent('.bytes[data-for="name"]'), '还可输入 1 字节');
    await page.fill('#name', tooLong);

    mkdirSync(join(SHOT, '..'), { recursive: true });
    await page.screenshot({ path: SHOT, fullPage: true });
    console.log(`screenshot: ${SHOT}`);

    // And back to English.
    await page.click('#lang-en');
    const enMessage = await nameErrors.first().locator('.msg').textContent();
    assert.match(enMessage, new RegExp(`^Name is ${cap + 1} bytes`));
    assert.notEqual(enMessage, zhMessage);
  });

  for (const viewport of [PHONE, DESKTOP]) {
    await t.test(`no horizontal scrolling at ${viewport.width} px, errors showing, in both languages`, async (st) => {
      const page = await open(st, viewport);
      assert.equal(await overflow(page), 0, 'the page as it loads');
      await fillWithErrors(page);
      assert.equal(await overflow(page), 0, 'with the errors showing');
      await page.click('#lang-zh');
      assert.equal(await overflow(page), 0, 'in Chinese');
      assert.ok(await page.evaluate((w) => document.documentElement.scrollWidth <= w, viewport.width));
      if (viewport === PHONE) await page.screenshot({ path: SHOT.replace(/\.png$/, '-375.png'), fullPage: true });
    });
  }

  await t.test('keyboard only: Tab stays on the form’s controls while errors come and go', async (st) => {
    const page = await open(st, DESKTOP);
    const tab = async (expected, key = 'Tab') => {
      await page.keyboard.press(key);
      assert.equal(await focused(page), expected, `${key} → ${expected}`);
    };
    await page.locator('#name').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(tooLong);
    await page.locator('.diags[data-for="name"] button').waitFor();
    // Leaving the name fires `change`, which re-checks the form: the "use" button that Tab
    // lands on must still be there.
    await tab('name:button');
    await tab('introduction');
    await page.keyboard.type('hi');
    await tab('notification');
    await tab('faceUrl');
    await page.keyboard.type('ftp://x');
    await tab('members');
    await page.keyboard.type('bob\nalice Owner');
    await page.locator('.diags[data-for="members"] li').waitFor();
    await tab('apply');
    await tab('invite');
    await tab('body'); // the REST body, scrollable, so focusable
    // Back to the suggestion, which Enter applies: the error and its button go, the focus
    // stays on the field it fixed.
    for (const id of ['invite', 'apply', 'members', 'faceUrl', 'notification', 'introduction']) await tab(id, 'Shift+Tab');
    await tab('name:button', 'Shift+Tab');
    await page.keyboard.press('Enter');
    assert.equal(await focused(page), 'name');
    assert.equal(await page.inputValue('#name'), tooLong.slice(0, -1));
    assert.equal(await page.locator('.diags[data-for="name"] li').count(), 0);
    await tab('introduction');
  });

  await t.test('axe-core: no serious or critical violation', async (st) => {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await open(st, viewport);
      await fillWithErrors(page);
      for (const lang of ['en', 'zh']) {
        await page.click(`#lang-${lang}`);
        const { all, bad } = await axeViolations(page);
        assert.deepEqual(bad, [], `at ${viewport.width} px, ${lang}`);
        // The lesser ones are printed, to be read: none today.
        if (all.length) console.log(`axe (${viewport.width} px, ${lang}):`, JSON.stringify(all));
      }
    }
  });
});
