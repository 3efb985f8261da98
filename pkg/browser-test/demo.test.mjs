// The demo page in Debian's Chromium, driven by playwright-core: a 31-byte name shows the
// too-many-bytes error at the name field, fixing it clears it, the language switch shows
// Chinese, and a screenshot is saved (target/www-screenshot.png). Run by scripts/test-wasm
// (`node --test browser-test/`); apart from test/ because it needs a browser.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../www/serve.mjs';
import { byteLength, limits } from '../node.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHOT = process.env.TIMLINT_SCREENSHOT ?? join(ROOT, 'target/www-screenshot.png');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

// Every wait is bounded, so that a browser that cannot start, or a page that never gets
// ready, fails the test instead of hanging it.
const LAUNCH_TIMEOUT = 30_000; // Chromium's start
const STEP_TIMEOUT = 15_000; // each navigation, wait and action on the page
const TEST_TIMEOUT = 120_000; // the whole test

/** `promise`, or nothing after `ms`: a cleanup step that hangs must not hang the run. */
const within = (ms, promise) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())]);

test('the demo form validates as you type, in two languages', { timeout: TEST_TIMEOUT }, async (t) => {
  // Cleanup first: whatever fails below (the server, Chromium's start, any step), what was
  // started is stopped and the profile removed, so the test ends instead of hanging on them.
  let server;
  let context;
  const profile = mkdtempSync(join(tmpdir(), 'timlint-chromium-'));
  t.after(async () => {
    await within(STEP_TIMEOUT, context?.close().catch(() => {}));
    await within(STEP_TIMEOUT, server?.close());
    rmSync(profile, { recursive: true, force: true });
  });
  server = await serve(0);
  // A fresh profile (--user-data-dir): playwright passes it for a persistent context.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    timeout: LAUNCH_TIMEOUT,
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));

  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.getAttribute('body', 'data-valid'), 'true', 'the preset form is valid');

  const nameErrors = page.locator('.diags[data-for="name"] li');
  const cap = limits().name;
  // 31 bytes, typed key by key: ten 3-byte characters and one ASCII letter.
  const tooLong = '群'.repeat(Math.floor(cap / 3)) + 'x'.repeat((cap % 3) + 1);
  assert.equal(byteLength(tooLong), cap + 1);
  await page.fill('#name', '');
  await page.locator('#name').pressSequentially(tooLong);
  await nameErrors.first().waitFor();
  assert.equal(await nameErrors.first().getAttribute('data-rule'), 'too-many-bytes');
  assert.equal(await page.locator('.bytes[data-for="name"]').getAttribute('class'), 'bytes over');
  assert.equal(await page.getAttribute('body', 'data-valid'), 'false');
  assert.match(await page.textContent('#body'), /not sent/);
  // The error sits in the name field's block and nowhere else.
  assert.equal(await page.locator('.field[data-field="name"].has-error').count(), 1);
  assert.equal(await page.locator('.diags li').count(), await nameErrors.count());

  // Fix it: one character less.
  await page.locator('#name').press('Backspace');
  await page.waitForFunction(() => document.querySelectorAll('.diags[data-for="name"] li').length === 0);
  assert.equal(await page.getAttribute('body', 'data-valid'), 'true');
  assert.match(await page.textContent('.bytes[data-for="name"]'), /^0 bytes left$/);
  const body = JSON.parse(await page.textContent('#body'));
  assert.equal(body.Name, tooLong.slice(0, -1));

  // Members: an error on the second line is shown there, with its line number.
  await page.fill('#members', 'bob\nalice Owner');
  const memberErrors = page.locator('.diags[data-for="members"] li');
  await memberErrors.first().waitFor();
  assert.match(await memberErrors.first().textContent(), /^line 2: /);

  // Chinese, then the name error again, in Chinese.
  await page.click('#lang-zh');
  await page.locator('#name').press('x');
  await nameErrors.first().waitFor();
  const zhMessage = await nameErrors.first().locator('.msg').textContent();
  assert.match(zhMessage, /字节/);
  assert.match(await page.textContent('h1'), /创建/);
  assert.match(await page.textContent('.bytes[data-for="name"]'), /超出 1 字节/);
  assert.match(await memberErrors.first().textContent(), /^第 2 行：/);

  mkdirSync(join(SHOT, '..'), { recursive: true });
  await page.screenshot({ path: SHOT, fullPage: true });
  console.log(`screenshot: ${SHOT}`);

  // And back to English.
  await page.click('#lang-en');
  const enMessage = await nameErrors.first().locator('.msg').textContent();
  assert.match(enMessage, /bytes/);
  assert.doesNotMatch(enMessage, /字节/);
  assert.notEqual(enMessage, zhMessage);
  assert.deepEqual(problems, []);
});
