// Text at 200 % on phones at device pixel ratios 2 and 3 and on a 4K screen: every screen is
// drawn (not blank, no texture the GPU refused), and a visitor takes the whole quiz and
// reads a whole case with a finger alone. Screenshots of each screen are kept to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { reachableBox, startServer, launchBrowser, atPlace, finger, boxOf, pixelStats, SHOTS } from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer(18094);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const DEVICES = {
  'phone3x': { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true },
  'phone2x': { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true },
  '4k': { viewport: { width: 3840, height: 2160 }, screen: { width: 3840, height: 2161 }, deviceScaleFactor: 1 },
  // The long walks by finger: the same CSS layout as a phone, drawn at 1x because every frame
  // here is drawn by a software GPU and the density itself is covered by the screens above.
  'phone': { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true },
};
const SCREENS = ['phone3x', 'phone2x', '4k'];
const PLACES = ['home', 'cases', 'case/huizhou-waybills', 'reminder/wipe-old-phone', 'flow/xuzhou-children', 'flow', 'check/quiz', 'quiz'];
const centre = (b) => [b.x + b.width / 2, b.y + b.height / 2];

// A page whose diagram animates never goes quiet: open it and wait for its first frame.
async function open(name, query) {
  const page = await (await browser.newContext(DEVICES[name])).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || /texImage2D|out of range/.test(m.text())) errors.push(m.text()); });
  await page.goto(server.url + query);
  await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1, null, { timeout: 30000 });
  return { page, errors };
}
const go = (page, place) => page.evaluate((p) => globalThis.Module.ccall('dt_open', 'number', ['string'], [p]), place);

for (const name of SCREENS) {
  test(`every screen at 200 % text on ${name}: drawn in full, the atlas fits the GPU`, { timeout: 240000 }, async () => {
    const { page, errors } = await open(name, '?lang=zh-Hans&text=2');
    for (const lang of name === 'phone3x' ? ['zh-Hans', 'en'] : ['zh-Hans']) {
      if (lang === 'en') await page.locator('#mirror').getByRole('button', { name: 'English' }).dispatchEvent('click');
      for (const place of PLACES) {
        await go(page, place);
        await atPlace(page, place);
        await page.waitForTimeout(700);
        const png = await page.locator('#canvas').screenshot({ path: path.join(SHOTS, `web-200-${name}-${place.replace('/', '-')}-${lang}.png`) });
        const px = await pixelStats(page, png);
        assert.ok(px.distinctColours > 60, `${place} ${lang}: not blank (${px.distinctColours} colours)`);
        assert.ok(px.darkPixels > 1500, `${place} ${lang}: text drawn (${px.darkPixels} dark pixels)`);
      }
    }
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

// Scrolls with the finger until the control is on screen, then taps its middle.
async function reachAndTap(page, f, role, name) {
  const { width, height } = page.viewportSize();
  for (let tries = 0; tries < 30; tries++) {
    await page.waitForTimeout(200);
    const b = await reachableBox(page, role, name);
    if (b && b.height >= 24) {
      await f.tap(...centre(b));
      await page.waitForTimeout(200);
      return true;
    }
    // On the page, above any pinned bar: a swipe that starts on a bar scrolls nothing.
    const down = tries < 20;
    await f.swipe(width / 2, height * (down ? 0.45 : 0.2), 0, (down ? -1 : 1) * height * 0.25, { ms: 160, rest: true });
  }
  return false;
}

// The four quick questions by finger: the first answer of each, then on. Returns nothing;
// the mirror shows where it ends (the quiz, or the visitor's change).
async function checkByFinger(page, f, part) {
  for (let i = 1; i <= 4; i++) {
    await page.locator('#mirror').getByText(`第 ${i} 题，共 4 题`).first().waitFor({ state: 'attached', timeout: 15000 });
    const name = await page.locator('#mirror').getByRole('radio').first().textContent();
    assert.ok(await reachAndTap(page, f, 'radio', name), `quick question ${i}: the first answer is reachable`);
    await page.locator('#mirror').getByRole('radio', { name, exact: true, checked: true }).waitFor({ state: 'attached' });
    const on = i < 4 ? '下一题' : part === 'before' ? '开始自查' : '看看我的变化';
    assert.ok(await reachAndTap(page, f, 'button', on), `quick question ${i}: ${on}`);
  }
}

async function wholeQuizByFinger(page, f, labels, { print = true, after = false } = {}) {
  for (let i = 1; i <= 14; i++) {
    await page.locator('#mirror').getByText(labels.progress(i)).first().waitFor({ state: 'attached', timeout: 15000 });
    const choice = page.locator('#mirror').getByRole('radio').or(page.locator('#mirror').getByRole('checkbox')).first();
    const name = await choice.textContent();
    const role = (await choice.getAttribute('role')) === 'checkbox' ? 'checkbox' : 'radio';
    assert.ok(await reachAndTap(page, f, role, name), `question ${i}: the first answer is reachable`);
    await page.locator('#mirror').getByRole(role, { name, exact: true, checked: true }).waitFor({ state: 'attached' });
    assert.ok(await reachAndTap(page, f, 'button', labels.check), `question ${i}: ${labels.check}`);
    const last = after ? '做4道对比小题' : labels.results;  // after the quick questions: their matching four
    assert.ok(await reachAndTap(page, f, 'button', i < 14 ? labels.next : last), `question ${i}: on`);
  }
  if (after) {
    // The matching quick questions, the visitor's change, then the plan.
    await atPlace(page, 'check/after');
    await checkByFinger(page, f, 'after');
    await page.locator('#mirror').getByText(/^现在：4题认出\d题$/).waitFor({ state: 'attached' });
    await page.locator('#canvas').screenshot({ path: path.join(SHOTS, 'web-200-phone-check-change.png') });
    assert.ok(await reachAndTap(page, f, 'button', labels.results), 'from the change to the plan');
  }
  await page.locator('#mirror').getByRole('heading', { name: labels.plan }).waitFor({ state: 'attached' });
  if (!print) {
    // A kiosk without its own printer offers no print button: a print preview would block the wipe.
    assert.equal(await page.locator('#mirror').getByRole('button', { name: labels.print }).count(), 0);
    return;
  }
  // Print by finger: the plan is laid out for paper (headless Chromium has no dialog to show).
  assert.ok(await reachAndTap(page, f, 'button', labels.print));
  await page.waitForFunction(() => document.querySelectorAll('#print-plan li').length >= 3);
}

const ZH = { progress: (i) => `第 ${i} 题，共 14 题`, check: '看看怎样更安全', next: '下一题', results: '看我的防护清单',
  plan: '你的防护清单', print: '打印我的防护清单' };

// The phone at 200 %, by finger through the quick questions, the self-check, a case and a
// story, with its swipes counted, is tests/browser/thumb.test.mjs (issue 28).

test('the portrait kiosk: the whole quiz by finger, from the attract screen to the action plan', { timeout: 300000 }, async () => {
  const page = await (await browser.newContext({ viewport: { width: 1080, height: 1920 }, screen: { width: 1080, height: 1921 },
    hasTouch: true })).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + '?mode=kiosk');
  await atPlace(page, 'flow');
  const f = await finger(page);
  await f.tap(540, 1000);
  await atPlace(page, 'home');
  assert.ok(await reachAndTap(page, f, 'link', '自查测验'));
  await atPlace(page, 'check/quiz');
  assert.ok(await reachAndTap(page, f, 'button', '跳过，直接自查'), 'skip is in reach of a finger');
  await atPlace(page, 'quiz');
  await wholeQuizByFinger(page, f, ZH, { print: false });
  await page.locator('#canvas').screenshot({ path: path.join(SHOTS, 'web-kiosk-plan.png') });
  assert.deepEqual(errors, []);
  await page.context().close();
});
