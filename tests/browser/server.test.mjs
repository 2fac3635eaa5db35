// The shipped nginx config (web/nginx/datatrail.conf), as a deployer uses it: settings edited
// in the served folder apply at the next load (no stale precompressed copy), every response
// carries the headers the README promises, precompressed ones say Vary, dotfiles are never
// served, and a host removed from embed.json stops hearing from the widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { chmodSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startServer, launchBrowser, ROOT } from './harness.mjs';

let server, hostServer, browser, bundle, HOST;
before(async () => {
  // A copy of the bundle, as on a deployer's server, that the tests may edit.
  bundle = mkdtempSync(path.join(tmpdir(), 'dt-deployed-'));
  cpSync(path.join(ROOT, 'build', 'web'), bundle, { recursive: true });
  chmodSync(bundle, 0o755);
  server = await startServer(18095, bundle);
  const hostRoot = mkdtempSync(path.join(tmpdir(), 'dt-host2-'));
  chmodSync(hostRoot, 0o755);
  writeFileSync(path.join(hostRoot, 'index.html'), `<!doctype html><iframe id="w" sandbox="allow-scripts"></iframe><script>
    window.got = []; const f = document.getElementById('w');
    addEventListener('message', (e) => { if (e.source === f.contentWindow) window.got.push(e.data); });
    f.src = decodeURIComponent(location.hash.slice(1));</script>`);
  hostServer = await startServer(18096, hostRoot, ['--stock']);
  HOST = hostServer.url.replace(/\/$/, '');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
  hostServer?.stop();
});

const get = (file, encoding = 'br, gzip') => fetch(server.url + file, { headers: { 'Accept-Encoding': encoding } });

test('kiosk.json and embed.json edited in the served folder are what browsers get at once', async () => {
  for (const file of ['kiosk.json', 'embed.json']) {
    const edited = JSON.stringify({ edited_at: Date.now(), file });
    writeFileSync(path.join(bundle, file), edited);
    for (const encoding of ['br', 'gzip', 'identity']) {
      const r = await get(file, encoding);
      assert.equal(await r.text(), edited, `${file} with Accept-Encoding ${encoding}`);
      assert.equal(r.headers.get('content-encoding'), null, `${file} is never a precompressed copy`);
      assert.match(r.headers.get('cache-control'), /no-store/);
    }
  }
});

test('every kind of response carries the promised headers; precompressed ones say Vary', async () => {
  for (const file of ['', 'index.html', 'kiosk.html', 'check.html', 'datatrail.js', 'datatrail.wasm', 'datatrail.data', 'style.css', 'kiosk.json', 'icon.svg']) {
    const r = await get(file);
    assert.equal(r.status, 200, file);
    assert.match(r.headers.get('content-security-policy') || '', /default-src 'self'/, `${file}: CSP`);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', `${file}: nosniff`);
    assert.equal(r.headers.get('referrer-policy'), 'no-referrer', `${file}: Referrer-Policy`);
    assert.match(r.headers.get('permissions-policy') || '', /camera=\(\)/, `${file}: Permissions-Policy`);
    if (r.headers.get('content-encoding')) assert.match(r.headers.get('vary') || '', /Accept-Encoding/i, `${file}: Vary`);
  }
  // The kiosk page, the talk page and the checker refuse every frame (security review L1); the widget page,
  // which sites embed, does not.
  for (const file of ['kiosk.html', 'check.html', 'write.html', 'present.html']) {
    const r = await get(file);
    assert.match(r.headers.get('content-security-policy'), /frame-ancestors 'none'/, `${file}: frame-ancestors`);
    assert.equal(r.headers.get('x-frame-options'), 'DENY', `${file}: X-Frame-Options`);
  }
  assert.doesNotMatch((await get('index.html')).headers.get('content-security-policy'), /frame-ancestors/);
  // The case editor's preview: framed by the editor on this site, by no other.
  const preview = await get('preview.html');
  assert.match(preview.headers.get('content-security-policy'), /frame-ancestors 'self'/);
  assert.equal(preview.headers.get('x-frame-options'), 'SAMEORIGIN');
  assert.equal((await get('datatrail.wasm', 'br')).headers.get('content-encoding'), 'br');
  assert.equal((await get('datatrail.wasm', 'gzip')).headers.get('content-encoding'), 'gzip');
});

test('dotfiles are never served', async () => {
  writeFileSync(path.join(bundle, '.env'), 'SECRET=1');
  for (const file of ['.env', '.git/config', 'sub/.htpasswd']) {
    const r = await get(file);
    assert.notEqual(r.status, 200, file);
    assert.ok(!(await r.text()).includes('SECRET'), file);
  }
});

test('a host removed from embed.json hears nothing after the next load', async () => {
  const open = async () => {
    const page = await (await browser.newContext({ viewport: { width: 800, height: 800 }, screen: { width: 2560, height: 1440 } })).newPage();
    await page.goto(`${HOST}/#${encodeURIComponent(`${server.url}embed.html?lang=en`)}`);
    await page.frameLocator('#w').getByRole('heading', { level: 1 }).waitFor({ state: 'attached', timeout: 20000 });
    await page.waitForTimeout(1000);
    return page;
  };
  writeFileSync(path.join(bundle, 'embed.json'), JSON.stringify({ allowed_origins: [HOST] }));
  let page = await open();
  assert.ok((await page.evaluate(() => window.got)).some((m) => m.type === 'ready'), 'an allowed host hears ready');
  await page.context().close();
  writeFileSync(path.join(bundle, 'embed.json'), JSON.stringify({ allowed_origins: ['https://other.example'] }));
  page = await open();
  assert.deepEqual(await page.evaluate(() => window.got), [], 'a removed host hears nothing');
  await page.context().close();
});
