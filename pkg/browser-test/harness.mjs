// What the browser tests share: Debian's Chromium started by playwright-core in a fresh
// profile, a static server for a directory, and a cleanup that runs whatever fails. Every
// wait is bounded, so that a browser that cannot start, or a page that never gets ready,
// fails the test instead of hanging it.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const LAUNCH_TIMEOUT = 30_000; // Chromium's start
export const STEP_TIMEOUT = 15_000; // each navigation, wait and action on the page

/** `promise`, or nothing after `ms`: a cleanup step that hangs must not hang the run. */
export const within = (ms, promise) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())]);

/**
 * Chromium in a fresh profile, closed (and the profile removed) after the test `t`, whatever
 * fails. Register it before starting anything that the browser's cleanup must outlive.
 */
export async function launch(t, viewport = { width: 1200, height: 900 }) {
  let context;
  const profile = mkdtempSync(join(tmpdir(), 'timlint-chromium-'));
  t.after(async () => {
    await within(STEP_TIMEOUT, context?.close().catch(() => {}));
    rmSync(profile, { recursive: true, force: true });
  });
  // A fresh profile (--user-data-dir): playwright passes it for a persistent context.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    timeout: LAUNCH_TIMEOUT,
    viewport,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT);
  return context;
}

/**
 * A page of `context` whose errors (uncaught, console.error, failed requests, HTTP errors)
 * are collected in `problems`; `ready(selector)` waits for the selector and fails at once,
 * naming them, when a problem comes first (a page whose import failed never gets ready).
 */
export async function watchedPage(context) {
  const page = await context.newPage();
  const problems = [];
  let first;
  const firstProblem = new Promise((resolve) => { first = resolve; });
  const add = (p) => { problems.push(p); first(p); };
  page.on('pageerror', (e) => add(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && add(`console: ${m.text()}`));
  page.on('requestfailed', (r) => add(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && add(`HTTP ${r.status()}: ${r.url()}`));
  const ready = async (selector) => {
    const failed = await Promise.race([page.waitForSelector(selector).then(() => false), firstProblem]);
    if (failed) throw new Error(`the page did not get ready (${selector}): ${problems.join('; ')}`);
  };
  return { page, problems, ready };
}

/**
 * A new page of `context` at `viewport` on `url`, once `selector` shows it ready; closed after
 * the (sub)test `t`, which then fails if the page had any problem.
 */
export async function openPage(t, context, url, viewport, selector = 'body[data-ready="true"]') {
  const { page, problems, ready } = await watchedPage(context);
  t.after(async () => {
    await within(STEP_TIMEOUT, page.close());
    assert.deepEqual(problems, []);
  });
  await page.setViewportSize(viewport);
  await page.goto(url);
  await ready(selector);
  return page;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Serves the files under `dir` on 127.0.0.1 (a free port), as a plain static host serves a
 * built site; closed after the test `t`. Resolves to its base URL.
 */
export async function serveDir(t, dir) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const rel = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^[/\\]+/, '');
    if (rel.split(sep).includes('..')) return res.writeHead(404).end();
    try {
      const body = await readFile(join(dir, rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  t.after(() =>
    within(STEP_TIMEOUT, new Promise((r) => { server.close(r); server.closeAllConnections(); })));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return `http://127.0.0.1:${server.address().port}/`;
}

/** The page's width beyond the viewport's, in CSS pixels (0: no horizontal scrolling). */
export const overflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core's violations on the page as it is (injected once per page): `[{ id, impact,
 * nodes }]`, the serious and critical ones in `bad`.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const all = await page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return { all, bad: all.filter((v) => v.impact === 'serious' || v.impact === 'critical') };
}
