// Content read at run time (issue 19): an organiser edits content/ beside the bundle on the
// server, or adds a case, and a reload shows it with nothing rebuilt; a broken file is listed
// on the Problems screen and the rest keeps working; an enormous file cannot stall the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, openWidget, atPlace, settle, pixelStats, ROOT, skipCheck, caseTitle } from './harness.mjs';

let server, browser, dir;
before(async () => {
  // A copy of the deployed folder, as an organiser has it on their server.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-bundle-'));
  fs.cpSync(path.join(ROOT, 'build', 'web'), dir, { recursive: true });
  fs.chmodSync(dir, 0o755);  // nginx's workers read it
  server = await startServer(18124, dir);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const contentFile = (name) => path.join(dir, 'content', name);
const readJson = (name) => JSON.parse(fs.readFileSync(contentFile(name), 'utf8'));
const writeJson = (name, value) => fs.writeFileSync(contentFile(name), JSON.stringify(value, null, 1));

test('an edited title and an added case show after a reload, with nothing rebuilt', { timeout: 90000 }, async () => {
  const { page, errors } = await openWidget(browser, `${server.url}?lang=zh-Hans`);
  await page.getByRole('link', { name: '案例故事' }).dispatchEvent('click');
  await skipCheck(page, 'cases');
  await page.getByRole('link', { name: /买来手机号“薅羊毛”，被判刑/ }).waitFor({ state: 'attached' });
  // The organiser's edits: a clearer title on one case, and a local case of their own (here
  // a copy of another with its own id and title), added to the index.
  const coupon = readJson('cases/coupon-cashout.json');
  coupon.title['zh-Hans'] = '买来手机号“薅羊毛”的人被判刑了';
  writeJson('cases/coupon-cashout.json', coupon);
  const local = readJson('cases/huizhou-waybills.json');
  local.id = 'local-courier';
  local.title = { 'zh-Hans': '本地案例：快递单号被人卖了', en: 'A local case: courier waybills sold' };
  writeJson('cases/local-courier.json', local);
  const index = readJson('cases/index.json');
  index.cases.push('local-courier');
  writeJson('cases/index.json', index);
  await page.reload();
  await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1, null, { timeout: 20000 });
  await page.getByRole('link', { name: '案例故事' }).dispatchEvent('click');
  await skipCheck(page, 'cases');
  await page.getByRole('link', { name: /买来手机号“薅羊毛”的人被判刑了/ }).waitFor({ state: 'attached' });
  await page.getByRole('link', { name: /本地案例：快递单号被人卖了/ }).dispatchEvent('click');
  await atPlace(page, 'case/local-courier');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a broken case file is listed on the Problems screen with its name for the organiser (?problems=1); continuing, the rest works; a public visitor starts where it works', { timeout: 90000 }, async () => {
  const good = fs.readFileSync(contentFile('cases/shenzhen-estates.json'));
  fs.writeFileSync(contentFile('cases/shenzhen-estates.json'), '{"id": "shenzhen-estates", "title": ');
  try {
    // A public visitor: no file names, the start screen, the problem in the console.
    const visitor = await openWidget(browser, `${server.url}?lang=zh-Hans`);
    await atPlace(visitor.page, 'home');
    assert.equal(await visitor.page.getByText(/cases\/shenzhen-estates\.json/).count(), 0);
    assert.match(await visitor.page.evaluate(() => globalThis.datatrail.problems), /cases\/shenzhen-estates\.json/,
      'the problem is reported to the console');
    await visitor.page.context().close();
    const { page } = await openWidget(browser, `${server.url}?lang=zh-Hans&problems=1`);
    await page.getByText(/内容文件有问题/).first().waitFor({ state: 'attached' });
    await page.getByText(/cases\/shenzhen-estates\.json/).first().waitFor({ state: 'attached' });
    await page.getByRole('button', { name: /继续使用/ }).dispatchEvent('click');
    await atPlace(page, 'home');
    await page.getByRole('link', { name: '案例故事' }).dispatchEvent('click');
    await skipCheck(page, 'cases');
    await page.getByRole('link', { name: caseTitle('qingdao-phone-shops', 'zh-Hans') }).waitFor({ state: 'attached' });
    await page.context().close();
  } finally {
    fs.writeFileSync(contentFile('cases/shenzhen-estates.json'), good);
  }
});

test('an enormous content file is cut off at the loader\'s limit and named; the page stays responsive', { timeout: 90000 }, async () => {
  const good = fs.readFileSync(contentFile('reminders.json'));
  // 40 MB of one string: far over the 4 MB the loader accepts.
  fs.writeFileSync(contentFile('reminders.json'), '{"reminders": "' + 'x'.repeat(40 * 1024 * 1024) + '"}');
  try {
    const { page } = await openWidget(browser, `${server.url}?lang=zh-Hans&problems=1`);
    await page.getByText(/reminders\.json/).first().waitFor({ state: 'attached' });
    await page.getByRole('button', { name: /继续使用/ }).dispatchEvent('click');
    await atPlace(page, 'home');
    await page.context().close();
  } finally {
    fs.writeFileSync(contentFile('reminders.json'), good);
  }
});

// Characters no shipped text uses (邳州、鑫璐、燊、彧): drawn from glyph pages fetched beside the
// bundle when a visible text needs them — never for the shipped content — and, when a page
// cannot be had, the screen still comes (with the fallback glyph) and the widget works on.
test('a local case in characters the shipped font lacks is drawn with their real glyphs, fetching only their pages', { timeout: 120000 }, async () => {
  const fixture = path.join(ROOT, 'tests', 'fixtures', 'new_characters', 'cases', 'local-pizhou.json');
  fs.copyFileSync(fixture, contentFile('cases/local-pizhou.json'));
  const index = readJson('cases/index.json');
  writeJson('cases/index.json', { ...index, cases: [...index.cases, 'local-pizhou'] });
  const title = '邳州鑫璐燊彧示例';
  const open = async (blockPages) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, screen: { width: 1600, height: 1000 } });
    const fetched = [];
    // The page's own requests (the offline copy's service worker repeats each on its side).
    context.on('request', (r) => {
      if (r.url().includes('/fonts/pages/') && !r.serviceWorker()) fetched.push(r.url().split('/').pop());
    });
    if (blockPages) await context.route('**/fonts/pages/**', (route) => route.abort());
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}?lang=zh-Hans`);
    await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1, null, { timeout: 20000 });
    await settle(page);
    return { page, fetched, errors };
  };
  const titleShot = async (page) => {
    const box = await page.locator('#mirror').getByRole('heading', { name: title }).boundingBox();
    assert.ok(box, 'the case title is on screen');
    return page.screenshot({ clip: { x: box.x, y: box.y, width: 360, height: box.height } });
  };
  try {
    const good = await open(false);
    const pages = ['5f', '71', '74', '90', '94'];  // 彧 燊 璐 邳 鑫: the only ones needed
    const expected = pages.flatMap((p) => [`${p}-b.otf`, `${p}-r.otf`]).sort();
    // Fetched when the content loads, on the start screen, before the visitor opens anything
    // (which pages a server sees never depends on what a visitor chose: issue 30, M2).
    for (let i = 0; i < 50 && good.fetched.length < expected.length; i++) await good.page.waitForTimeout(100);
    assert.deepEqual([...new Set(good.fetched)].sort(), expected, 'fetched at load, on the start screen');
    await good.page.getByRole('link', { name: '案例故事' }).dispatchEvent('click');
    await skipCheck(good.page, 'cases');
    await good.page.getByRole('link', { name: new RegExp(title) }).dispatchEvent('click');
    await atPlace(good.page, 'case/local-pizhou');
    await settle(good.page);
    assert.deepEqual([...new Set(good.fetched)].sort(), expected);
    assert.equal(good.fetched.length, 10, 'each page fetched once');
    const drawn = await pixelStats(good.page, await titleShot(good.page));
    assert.deepEqual(good.errors, []);

    // The same title when the pages cannot be had: the fallback glyph instead of the real ones.
    const blocked = await open(true);
    await blocked.page.getByRole('link', { name: '案例故事' }).dispatchEvent('click');
    await skipCheck(blocked.page, 'cases');
    await blocked.page.getByRole('link', { name: new RegExp(title) }).dispatchEvent('click');
    await atPlace(blocked.page, 'case/local-pizhou');
    await blocked.page.waitForTimeout(2000);  // past the patience a screen waits for a page
    await settle(blocked.page);
    const fallback = await pixelStats(blocked.page, await titleShot(blocked.page));
    // Six of the eight characters drawn for real carry far more ink than six "?".
    assert.ok(drawn.darkPixels > 1.5 * fallback.darkPixels, `real glyphs ${drawn.darkPixels} vs fallback ${fallback.darkPixels} dark px`);
    // And the widget works on without them.
    await blocked.page.locator('#mirror').getByRole('button', { name: '返回', exact: true }).dispatchEvent('click');
    await atPlace(blocked.page, 'cases');
    assert.deepEqual(blocked.errors, []);
    await good.page.context().close();
    await blocked.page.context().close();
  } finally {
    fs.rmSync(contentFile('cases/local-pizhou.json'));
    writeJson('cases/index.json', index);
  }
});
