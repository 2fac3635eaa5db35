// A finger, the way visitors use DataTrail: Chromium's real touch pipeline (DevTools
// Input.dispatchTouchEvent) on a phone at device pixel ratio 3 and on the portrait kiosk.
// Each tap is checked to have done exactly its own thing; swipes scroll and act nowhere;
// a flick glides; the kiosk's attract screen, long press and pinch work by finger.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launchBrowser, openWidget, settle, atPlace, finger, boxOf, SHOTS } from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer(18092);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
const KIOSK = { viewport: { width: 1080, height: 1920 }, screen: { width: 1080, height: 1921 }, deviceScaleFactor: 1, hasTouch: true };
const state = (page) => page.evaluate(() => ({ screen: globalThis.datatrail.screen, place: globalThis.datatrail.place,
  lang: globalThis.datatrail.lang, frames: globalThis.datatrail.frames }));
const centre = (b) => [b.x + b.width / 2, b.y + b.height / 2];

// Scrolls with the finger until the control is on screen (above the bottom tabs), then taps
// its middle. Returns false when it cannot be found on this screen.
async function reachAndTap(page, f, role, name) {
  const height = page.viewportSize().height;
  for (let tries = 0; tries < 24; tries++) {
    await page.waitForTimeout(350);  // the diagram animates: settle() would wait for ever
    const b = await boxOf(page, role, name);
    if (b && b.height >= 24 && b.y >= 0 && b.y + b.height <= height) {
      await f.tap(...centre(b));
      await page.waitForTimeout(350);
      return true;
    }
    // Not in view: half a screen further down (or back up, past the end).
    const dir = tries < 16 ? -1 : 1;
    await f.swipe(page.viewportSize().width / 2, height * (dir < 0 ? 0.7 : 0.3), 0, dir * height * 0.4, { rest: true });
  }
  return false;
}

test('on a 3x phone each tap does exactly its own thing: language, then the diagram card', async () => {
  const { page, errors } = await openWidget(browser, server.url + '?lang=zh-Hans', PHONE);
  const f = await finger(page);
  await f.tap(...centre(await boxOf(page, 'button', 'English')));
  await page.waitForFunction(() => globalThis.datatrail.lang === 'en');
  await settle(page);
  assert.equal((await state(page)).screen, 'home', 'the language tap opened nothing else');
  await f.tap(...centre(await boxOf(page, 'link', 'Data flow')));
  await page.waitForFunction(() => globalThis.datatrail.screen === 'flow');
  await page.waitForTimeout(500);
  assert.equal((await state(page)).lang, 'en', 'the earlier tap on the switch did not act again');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('three taps on Next walk the story three steps; a switch toggles once per tap', async () => {
  const { page, errors } = await openWidget(browser, server.url + '?lang=zh-Hans', PHONE);
  await page.evaluate(() => globalThis.Module.ccall('dt_open', 'number', ['string'], ['flow/qingdao-phone-shops']));
  await atPlace(page, 'flow/qingdao-phone-shops');
  const f = await finger(page);
  const step = () => page.locator('#mirror').getByText(/^第 \d+ 步/).first().textContent();
  for (let i = 1; i <= 3; i++) {
    assert.ok(await reachAndTap(page, f, 'button', '下一步'), '下一步 reachable by finger');
    // The mirror follows settled frames: wait for it, then make sure nothing more happens.
    await page.locator('#mirror').getByText(new RegExp(`^第 ${i + 1} 步`)).first().waitFor({ state: 'attached', timeout: 10000 });
    await page.waitForTimeout(600);
    assert.match(await step(), new RegExp(`^第 ${i + 1} 步`), `tap ${i} moved exactly one step`);
  }
  const toggle = page.locator('#mirror').getByRole('checkbox').first();
  const name = await toggle.textContent();
  assert.equal(await toggle.getAttribute('aria-checked'), 'false');
  // The mirror follows settled frames: wait for the new state, then make sure it stays.
  for (const checked of [true, false]) {
    assert.ok(await reachAndTap(page, f, 'checkbox', name));
    await page.locator('#mirror').getByRole('checkbox', { name, exact: true, checked }).waitFor({ state: 'attached', timeout: 10000 });
    await page.waitForTimeout(600);
    assert.equal(await page.locator('#mirror').getByRole('checkbox', { name, exact: true }).getAttribute('aria-checked'), String(checked),
      'one tap toggled the switch exactly once');
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a swipe on every scrolling screen moves it and activates nothing; a flick glides; a tap after it acts', async () => {
  const { page, errors } = await openWidget(browser, server.url + '?lang=zh-Hans', PHONE);
  const f = await finger(page);
  for (const place of ['cases', 'case/shenzhen-estates', 'quiz', 'flow']) {
    await page.evaluate((p) => globalThis.Module.ccall('dt_open', 'number', ['string'], [p]), place);
    await atPlace(page, place);
    if (place === 'quiz') {
      // A question fits the phone until it is answered; the answer's explanation makes it long.
      await f.tap(...centre(await boxOf(page, 'radio', /./)));
      assert.ok(await reachAndTap(page, f, 'button', '看看怎样更安全'));
    }
    // Taller than the phone: the app says so from a settled frame.
    await page.waitForFunction(() => globalThis.datatrail.scrolls === true, null, { timeout: 10000 });
    const heading = page.locator('#mirror h1, #mirror h2').nth(1);
    const before = await heading.boundingBox();
    await f.swipe(200, 600, 0, -250, { rest: true });
    await page.waitForTimeout(500);
    const after = await heading.boundingBox();
    assert.equal((await state(page)).place, place, `${place}: the swipe opened nothing`);
    assert.ok(before.y - after.y > 150 || after.height <= 1, `${place}: content moved up with the finger (${before.y} -> ${after.y})`);
  }
  // A flick on a long case, opened at its top: the page keeps moving after the finger lifts,
  // so the content ends up further than the finger went. Measured from before the flick to
  // when all is still (not from the lift: on a busy machine the glide may be over before the
  // test can look), by distance rather than frames.
  await page.evaluate(() => globalThis.Module.ccall('dt_open', 'number', ['string'], ['case/zaozhuang-insiders']));
  await atPlace(page, 'case/zaozhuang-insiders');
  await settle(page);
  // Where each mirrored item lies (the mirror follows the canvas as it scrolls); null when
  // scrolled away.
  const tops = () => page.evaluate(() => [...document.querySelectorAll('#mirror .placed')]
    .map((e) => (e.offsetHeight > 1 ? e.getBoundingClientRect().top : null)));
  const start = await tops();
  const travel = 300;
  // On the page itself, above the pinned action bar (a swipe there moves nothing, as on a
  // phone's own toolbars).
  await f.swipe(200, 560, 0, -travel, { ms: 80 });
  // Still for a whole second: on a busy machine a glide's frames can be further apart than
  // settle()'s usual pause, and a finger on a gliding page only stops it (it taps nothing).
  await settle(page, 1000);
  const settled = await tops();
  const seen = start.map((y, i) => [y, settled[i]]).filter(([y]) => y !== null);
  const moved = Math.max(...seen.map(([a, b]) => (b === null ? Infinity : a - b)));
  assert.ok(moved > travel + 60, `the page went on moving after the finger lifted: a glide (${moved} px for ${travel} px of finger)`);
  // A tap once it has stopped: the back button (in the bar that stays on screen) acts at once.
  await f.tap(...centre(await boxOf(page, 'button', '返回')));
  await page.waitForFunction(() => globalThis.datatrail.place !== 'case/zaozhuang-insiders');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the portrait kiosk: a touch on the attract screen opens home; a held corner asks for the code', async () => {
  // The attract loop animates, so the page never goes quiet: wait for its mirror instead.
  const page = await (await browser.newContext(KIOSK)).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/kiosk.json', (route) => route.fulfill({ contentType: 'application/json',
    body: JSON.stringify({ operator_code: '2468' }) }));
  await page.goto(server.url + '?mode=kiosk');
  await atPlace(page, 'flow');
  const f = await finger(page);
  await f.tap(540, 900);
  await page.waitForFunction(() => globalThis.datatrail.screen === 'home');
  await settle(page);
  assert.ok(await boxOf(page, 'button', 'English'), 'home with its top bar');
  await page.screenshot({ path: path.join(SHOTS, 'web-touch-kiosk-home.png') });
  await f.hold(12, 12, 3400);
  await page.waitForTimeout(500);
  assert.ok(await page.locator('#mirror').getByText('请输入管理员密码').count(), 'the operator code is asked for');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('two fingers zoom the diagram about the pinch; no card opens', async () => {
  const { page, errors } = await openWidget(browser, server.url + '?lang=en', PHONE);
  await page.evaluate(() => globalThis.Module.ccall('dt_open', 'number', ['string'], ['flow/linan-telegram']));
  await atPlace(page, 'flow/linan-telegram');
  await page.waitForTimeout(500);
  const card = page.locator('#mirror button', { hasText: ':' }).first();
  const name = await card.textContent();
  const before = await card.boundingBox();
  const f = await finger(page);
  await f.pinch(...centre(before), 80, 200);
  await page.waitForTimeout(800);
  const after = await page.locator('#mirror button', { hasText: name }).first().boundingBox();
  assert.ok(after.width > before.width * 1.5, `the card grew (${before.width} -> ${after.width})`);
  const details = await page.evaluate(() => globalThis.datatrail.place);
  assert.equal(details, 'flow/linan-telegram');
  assert.equal(await page.locator('#mirror').getByRole('link', { name: /Read the case/ }).count(), 0, 'no card was opened');
  assert.deepEqual(errors, []);
  await page.context().close();
});
