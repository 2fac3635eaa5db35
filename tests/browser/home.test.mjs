// The foundation, as a visitor meets it: the page loads in real Chromium from the real nginx
// config, draws the Chinese home screen, reacts to clicks and keys, and then goes quiet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launchBrowser, openWidget, settle, pixelStats, skipCheck, SHOTS } from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer(18081);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const state = (page) => page.evaluate(() => ({ ...globalThis.datatrail, onFirstFrame: undefined }));

test('the home screen renders in Chinese on the first visit', async () => {
  const { page, errors } = await openWidget(browser, server.url + '?lang=zh-Hans');
  const s = await state(page);
  assert.equal(s.lang, 'zh-Hans');
  assert.equal(s.screen, 'home');
  assert.equal(s.problems, '', 'content loaded without problems');
  assert.equal(await page.locator('#loading').isHidden(), true, 'loading screen is gone');
  const png = await page.locator('#canvas').screenshot({ path: path.join(SHOTS, 'web-home-zh-1280.png') });
  const px = await pixelStats(page, png);
  // A blank or single-colour canvas has a handful of colours; text and cards give hundreds.
  assert.ok(px.distinctColours > 200, `canvas looks blank (${px.distinctColours} colours)`);
  assert.ok(px.darkPixels > 2000, `too little text drawn (${px.darkPixels} dark pixels)`);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('clicking an entry opens its screen, Escape comes back', async () => {
  const { page, errors } = await openWidget(browser, server.url + '?lang=zh-Hans');
  await page.mouse.click(300, 420);  // the first card: 案例故事, by way of the quick questions' offer
  await skipCheck(page, 'cases', { mouse: true });
  await settle(page);
  await page.screenshot({ path: path.join(SHOTS, 'web-cases-zh-1280.png') });
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => globalThis.datatrail.screen === 'home');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the language switch changes language and keeps the screen', async () => {
  const { page } = await openWidget(browser, server.url + '?lang=zh-Hans');
  await page.mouse.click(980, 420);  // the third card: 自查测验, which first offers the quick questions
  await page.waitForFunction(() => globalThis.datatrail.screen === 'check');
  await settle(page);
  await page.mouse.click(1100, 36);  // top-right: English
  await page.waitForFunction(() => globalThis.datatrail.lang === 'en');
  assert.equal((await state(page)).screen, 'check');
  await settle(page);
  await page.screenshot({ path: path.join(SHOTS, 'web-check-offer-en-1280.png') });
  await page.context().close();
});

test('an idle widget draws no frames', async () => {
  const { page } = await openWidget(browser, server.url);
  const before = await settle(page);
  await page.waitForTimeout(2000);
  const after = (await state(page)).frames;
  assert.equal(after, before, `drew ${after - before} frames while idle`);
  await page.mouse.move(400, 400);
  await page.waitForFunction((n) => globalThis.datatrail.frames > n, before);
  await page.context().close();
});

test('an unknown ?lang= falls back to the browser language without errors', async () => {
  const { page, errors } = await openWidget(browser, server.url + '?lang=%3Cscript%3E');
  assert.equal((await state(page)).lang, 'en');  // headless Chromium says en-US
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the canvas matches device pixels at devicePixelRatio 2 (crisp text)', async () => {
  const { page } = await openWidget(browser, server.url + '?lang=zh-Hans',
    { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });
  const dims = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight, dpr: devicePixelRatio };
  });
  assert.equal(dims.dpr, 2);
  assert.equal(dims.w, dims.cw * 2);
  assert.equal(dims.h, dims.ch * 2);
  await page.screenshot({ path: path.join(SHOTS, 'web-home-zh-390-dpr2.png') });
  // The bottom navigation is within thumb reach on a phone: tap "案例" (second tab).
  await page.mouse.click(Math.round(390 * 3 / 8), 844 - 30);
  await page.waitForFunction(() => globalThis.datatrail.screen === 'check' && globalThis.datatrail.place === 'check/cases');
  await page.context().close();
});

test('nginx serves the bundle as the shipped config says', async () => {
  const wasm = await fetch(server.url + 'datatrail.wasm', { headers: { 'Accept-Encoding': 'br' } });
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.equal(wasm.headers.get('content-encoding'), 'br');
  const html = await fetch(server.url);
  const csp = html.headers.get('content-security-policy');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-eval'/);
  assert.equal(html.headers.get('cache-control'), 'no-cache');
});
