// When the widget cannot run, the visitor gets a clear bilingual message, not a blank page
// or an endless spinner.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launchBrowser, openWidget, settle, atPlace, pixelStats, SHOTS, skipCheck, caseTitle } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(18083); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

async function expectFailurePage(initScript, shot) {
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript(initScript);
  await page.goto(server.url);
  const failure = page.locator('#failure');
  await failure.waitFor({ state: 'visible', timeout: 20000 });
  assert.match(await page.locator('#failure-zh').innerText(), /WebGL 2/);
  assert.match(await page.locator('#failure-en').innerText(), /WebGL 2/);
  assert.equal(await page.locator('#loading').isHidden(), true);
  await page.screenshot({ path: path.join(SHOTS, shot) });
  await readTextVersion(page);
  await page.context().close();
}

// The failure page's link leads to the stories as plain text, in both languages.
async function readTextVersion(page) {
  await page.getByRole('link', { name: '阅读文字版的案例和警方提醒' }).click();
  await page.waitForURL(/stories\.html$/);
  assert.equal(await page.locator('section[lang="zh-Hans"] article').count(), 8);
  assert.equal(await page.locator('section[lang="en"] article').count(), 8);
  assert.equal(await page.getByRole('heading', { level: 3, name: caseTitle('huizhou-waybills', 'en') }).count(), 1);
  assert.equal(await page.getByRole('heading', { level: 3, name: '快递公司员工私下卖客户资料，当地公司把个人信息分类转卖' }).count(), 1);
  assert.equal(await page.locator('script').count(), 0);
}

test('a browser without WebGL2 gets the message at once', async () => {
  await expectFailurePage(() => { delete window.WebGL2RenderingContext; }, 'web-failure-no-webgl2.png');
});

test('Chromium with WebGL 2 switched off gets the message and the text version', async () => {
  const { chromium } = await import('playwright-core');
  const noGl = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--disable-webgl2', '--no-sandbox', '--no-first-run'] });
  const page = await (await noGl.newContext()).newPage();
  await page.goto(server.url);
  await page.locator('#failure').waitFor({ state: 'visible', timeout: 20000 });
  await page.screenshot({ path: path.join(SHOTS, 'web-failure-webgl2-disabled.png') });
  await readTextVersion(page);
  await page.screenshot({ path: path.join(SHOTS, 'web-text-version.png') });
  await noGl.close();
});

test('a WebGL2 context that cannot be created gets the same message', async () => {
  await expectFailurePage(() => {
    const get = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : get.call(this, type, ...rest);
    };
  }, 'web-failure-no-context.png');
});

test('resizing the window re-lays the canvas out at the new size', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1);
  await page.setViewportSize({ width: 700, height: 900 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 700, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.getElementById('canvas').height), 900);
  await page.context().close();
});

test('a lost WebGL context comes back: the widget redraws the same screen and keeps working', async () => {
  const { page, errors } = await openWidget(browser, `${server.url}?lang=en`);
  const logs = [];
  page.on('console', (m) => logs.push(m.text()));
  await page.getByRole('link', { name: 'Case stories' }).dispatchEvent('click');
  await skipCheck(page, 'cases');
  await settle(page);
  const before = await pixelStats(page, await page.locator('#canvas').screenshot());
  await page.evaluate(() => {
    globalThis.lose = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
    globalThis.lose.loseContext();
  });
  await page.waitForFunction(() => document.getElementById('canvas').getContext('webgl2').isContextLost());
  await page.evaluate(() => globalThis.lose.restoreContext());
  await page.waitForFunction(() => !document.getElementById('canvas').getContext('webgl2').isContextLost());
  await settle(page);
  const after = await pixelStats(page, await page.locator('#canvas').screenshot());
  assert.ok(logs.some((l) => /context is back/.test(l)), logs.join('\n'));
  // The same screen, drawn in full again (text included: the fonts were rebuilt).
  assert.ok(Math.abs(after.darkPixels - before.darkPixels) < before.darkPixels * 0.05,
    `text drawn as before (${before.darkPixels} vs ${after.darkPixels} dark pixels)`);
  assert.equal(await page.evaluate(() => document.getElementById('mirror').dataset.place), 'cases');
  await page.getByRole('button', { name: 'Back' }).dispatchEvent('click');
  await atPlace(page, 'home');
  assert.deepEqual(errors, []);
  await page.context().close();
});
