// Offline: a kiosk keeps working when the venue's network (or the server) goes away, and a
// new build reaches it at the next online load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, atPlace, skipCheck, ROOT } from './harness.mjs';

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

test('at the root of a site, the offline copy keeps none of the site\'s other pages (security review M4)', async () => {
  // The bundle with two pages of "the rest of the site" beside it, personal data in them.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-site-'));
  fs.cpSync(path.join(ROOT, 'build', 'web'), root, { recursive: true });
  fs.mkdirSync(path.join(root, 'private'));
  fs.writeFileSync(path.join(root, 'private', 'account.html'), '<!doctype html><title>account</title><p>张三 110101199001011234</p>');
  fs.mkdirSync(path.join(root, 'api'));
  fs.writeFileSync(path.join(root, 'api', 'me.json'), '{"name": "张三"}');
  fs.chmodSync(root, 0o755);  // mkdtemp makes it private: nginx's workers must read it
  const server = await startServer(18097, root);
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}kiosk.html`);
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready) && navigator.serviceWorker.controller),
    null, { timeout: 20000 });
  await page.goto(`${server.url}private/account.html`);
  await page.evaluate(async () => (await fetch('/api/me.json')).text());
  const kept = await page.evaluate(async () => {
    const urls = [];
    for (const key of await caches.keys()) for (const r of await (await caches.open(key)).keys()) urls.push(new URL(r.url).pathname);
    return urls;
  });
  assert.ok(kept.includes('/kiosk.html'), 'the bundle itself is kept');
  assert.deepEqual(kept.filter((u) => u.startsWith('/private/') || u.startsWith('/api/')), []);
  server.stop();
  await page.waitForTimeout(300);
  // Offline, the site's page is not served from the widget's copy.
  const offline = await page.goto(`${server.url}private/account.html`).then(() => page.content()).catch(() => '');
  assert.ok(!offline.includes('110101199001011234'), 'the account page is gone with the server');
  await page.context().close();
  fs.rmSync(root, { recursive: true, force: true });
});
