// Offline: a kiosk keeps working when the venue's network (or the server) goes away, and a
// new build reaches it at the next online load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, atPlace, skipCheck } from './harness.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('after one online visit the kiosk reloads and works with the server stopped', async () => {
  const server = await startServer(18091);
  const page = await (await browser.newContext()).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}kiosk.html`);
  await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1, null, { timeout: 20000 });
  // The offline copy is made after the first frame, in the background.
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready) && navigator.serviceWorker.controller),
    null, { timeout: 20000 });
  const version = await page.evaluate(async () => (await caches.keys()).join());
  assert.match(version, /^datatrail-[0-9a-f]{16}$/);
  server.stop();
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1, null, { timeout: 20000 });
  assert.match(page.url(), /mode=kiosk/);
  await page.getByRole('button', { name: '开始' }).dispatchEvent('click');
  await atPlace(page, 'home');
  await page.getByRole('link', { name: '案例故事' }).dispatchEvent('click');
  await skipCheck(page, 'cases');
  assert.deepEqual(errors, []);
  await page.context().close();
});
