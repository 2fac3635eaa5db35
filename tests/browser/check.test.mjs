// check.html (issue 19): an organiser chooses their content files; the widget itself lists
// the same problems as `datatrail --check-content` and previews the widget on them, in the
// page's memory only: no request beyond the bundle's own files, nothing stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, atPlace, noTraces, ROOT, skipCheck } from './harness.mjs';

let server, browser, dir;
before(async () => {
  server = await startServer(18126);
  browser = await launchBrowser();
  // The organiser's copy of content/: a case of their own, and a mistake in another case.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-organiser-'));
  fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  const local = JSON.parse(fs.readFileSync(path.join(dir, 'cases', 'huizhou-waybills.json'), 'utf8'));
  local.id = 'local-courier';
  local.title = { 'zh-Hans': '本地案例：快递单号被人卖了', en: 'A local case: courier waybills sold' };
  fs.writeFileSync(path.join(dir, 'cases', 'local-courier.json'), JSON.stringify(local));
  // And one the organiser forgot to list (organiser walk: it was silently not there).
  fs.writeFileSync(path.join(dir, 'cases', 'forgotten-case.json'), JSON.stringify({ ...local, id: 'forgotten-case' }));
  const index = JSON.parse(fs.readFileSync(path.join(dir, 'cases', 'index.json'), 'utf8'));
  index.cases.push('local-courier');
  fs.writeFileSync(path.join(dir, 'cases', 'index.json'), JSON.stringify(index));
  const linan = JSON.parse(fs.readFileSync(path.join(dir, 'cases', 'linan-telegram.json'), 'utf8'));
  linan.flow.edges[0].to = 'nobody';
  fs.writeFileSync(path.join(dir, 'cases', 'linan-telegram.json'), JSON.stringify(linan));
});
after(async () => {
  await browser?.close();
  server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('check.html lists the checker\'s problems and previews the dropped content, in memory only', { timeout: 90000 }, async () => {
  // What the desktop checker says about the same folder: one line per problem.
  let said = '';
  try {
    execFileSync(path.join(ROOT, 'build', 'native', 'datatrail'), ['--check-content', dir], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    said = String(e.stdout) + String(e.stderr);
  }
  const problem = said.split('\n').find((l) => /linan-telegram\.json: \/flow\/edges\/0\/to/.test(l));
  assert.ok(problem, said);
  assert.match(said, /cases\/forgotten-case\.json: not listed in cases\/index\.json/);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [], requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  await page.goto(`${server.url}check.html?lang=zh-Hans`);
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && e.name !== 'schema') walk(p);
      else if (e.isFile() && p.endsWith('.json')) files.push(p);
    }
  };
  walk(dir);
  await page.setInputFiles('#pick-files', files);
  await page.getByText(/files chosen/).waitFor();
  await page.getByRole('button', { name: /检查并预览/ }).click();
  await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1, null, { timeout: 20000 });
  // The Problems screen, with the checker's line (file, JSON pointer, message).
  await page.getByText(/内容文件有问题/).first().waitFor({ state: 'attached' });
  const message = problem.split(': ').slice(2).join(': ').trim();
  await page.getByText(message).first().waitFor({ state: 'attached' });
  await page.getByText(/forgotten-case\.json: not listed in cases\/index\.json/).first().waitFor({ state: 'attached' });
  await page.getByRole('button', { name: /继续使用/ }).dispatchEvent('click');
  await atPlace(page, 'home');
  await page.getByRole('link', { name: '案例故事' }).dispatchEvent('click');
  await skipCheck(page, 'cases');
  await page.getByRole('link', { name: /本地案例：快递单号被人卖了/ }).waitFor({ state: 'attached' });
  // Nothing left the page: only GETs of the bundle's own files, none of the chosen content.
  assert.deepEqual(requests.filter((r) => !r.startsWith(`GET ${server.url}`)), []);
  assert.deepEqual(requests.filter((r) => /\/content\//.test(r)), []);
  assert.deepEqual(await noTraces(page), { cookies: '', local: 0, session: 0, idb: 0 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a draft listed only in the chosen index is never asked of the server; it is named as a problem', { timeout: 90000 }, async () => {
  // Security review L5: the preview fetched content/cases/<draft id>.json from the server.
  const only = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-draft-'));
  const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'content', 'cases', 'index.json'), 'utf8'));
  index.cases.push('secret-draft-informant');
  fs.writeFileSync(path.join(only, 'index.json'), JSON.stringify(index));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.url}check.html?lang=zh-Hans`);
  await page.setInputFiles('#pick-files', [path.join(only, 'index.json')]);
  await page.getByRole('button', { name: /检查并预览/ }).click();
  await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1, null, { timeout: 20000 });
  await page.getByText(/secret-draft-informant/).first().waitFor({ state: 'attached' });
  assert.deepEqual(requests.filter((u) => /secret-draft/.test(u)), []);
  // The server's own cases still come from the server: the preview is whole.
  assert.ok(requests.some((u) => /content\/cases\/linan-telegram\.json$/.test(u)), requests.join('\n'));
  await context.close();
  fs.rmSync(only, { recursive: true, force: true });
});

test('a clean folder says so: "no problems found" first, then the preview', { timeout: 90000 }, async () => {
  // Organiser walk P1-7: a clean check went straight to the widget, like no check at all.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`${server.url}check.html`);
  const files = ['cases/index.json', 'cases/huizhou-waybills.json', 'sources.json'].map((f) => path.join(ROOT, 'content', f));
  await page.setInputFiles('#pick-files', files);
  await page.getByRole('button', { name: /检查并预览/ }).click();
  await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1, null, { timeout: 20000 });
  await page.getByText('没有发现问题 · No problems found').first().waitFor({ state: 'attached' });
  await page.getByRole('button', { name: /继续使用/ }).dispatchEvent('click');
  await atPlace(page, 'home');
  await context.close();
});

test('check.html makes the operator code\'s hash the kiosk checks, in the page', { timeout: 30000 }, async () => {
  const { createHash } = await import('node:crypto');
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.url}check.html`);
  const before = requests.length;
  await page.getByLabel(/Code$/).fill('12a');
  await page.getByRole('button', { name: /Make the hash/ }).click();
  assert.match(await page.locator('#code-status').innerText(), /4 to 8 digits/);
  await page.getByLabel(/Code$/).fill('02468');
  await page.getByLabel(/Code$/).press('Enter');
  const want = createHash('sha256').update('datatrail-operator:02468').digest('hex');
  await page.waitForFunction(() => document.getElementById('code-line').value !== '');
  assert.equal(await page.locator('#code-line').inputValue(), `"operator_code_sha256": "${want}",`);
  // The code never leaves the page: nothing after load but the page's own static files
  // (the browser may ask for its icon late), and no address carries the code.
  const late = requests.slice(before);
  assert.ok(late.every((u) => u.startsWith(server.url) && /\.(svg|css|js|ico)$/.test(u) && !u.includes('02468')), late.join('\n'));
  // At a phone's width nothing of the form runs off the side.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow} px wider than the phone`);
  await context.close();
});

test('a talk.json with mistakes: check.html and the desktop checker name each by file and pointer, in both languages', { timeout: 90000 }, async () => {
  const talkDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-talk-'));
  const talk = path.join(talkDir, 'talk.json');
  fs.writeFileSync(talk, JSON.stringify({ cases: ['qingdao-phone-shops', 'qingdao-shops'], questions: ['habits'] }));
  let said = '';
  try {
    execFileSync(path.join(ROOT, 'build', 'native', 'datatrail'), ['--check-content', path.join(ROOT, 'content'), '--talk', talk],
      { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    said = String(e.stdout) + String(e.stderr);
  }
  assert.match(said, /talk\.json: \/cases\/1: no case "qingdao-shops"/);
  assert.match(said, /talk\.json: \/questions\/0: "habits" has more than one answer or more than four options/);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}check.html?lang=zh-Hans`);
  await page.setInputFiles('#pick-files', [talk]);
  await page.getByRole('button', { name: /检查并预览/ }).click();
  await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1, null, { timeout: 20000 });
  await page.getByText(/talk\.json: \/cases\/1/).first().waitFor({ state: 'attached' });
  await page.getByText(/cases\/index\.json 里没有这个案例/).first().waitFor({ state: 'attached' });
  await page.getByText(/现场举手没法回答/).first().waitFor({ state: 'attached' });
  await context.close();
  fs.rmSync(talkDir, { recursive: true, force: true });
});
