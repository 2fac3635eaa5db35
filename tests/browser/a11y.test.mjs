// The screen-reader mirror, driven the way assistive technology drives a page: find by role
// and name in the accessibility tree, activate, read. Plus the keyboard path through it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openWidget, settle, atPlace, skipCheck, caseTitle } from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer(18085);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const place = (page) => page.evaluate(() => globalThis.datatrail.place);

test('a screen reader can read and operate every screen through the mirror', async () => {
  const { page, errors } = await openWidget(browser, `${server.url}?lang=zh-Hans`);
  assert.equal(await page.locator('#canvas').getAttribute('aria-hidden'), 'true');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '数据去哪儿了');
  // The privacy promise is read out as text, not lost in the canvas.
  assert.equal(await page.getByRole('paragraph').filter({ hasText: '不收集、不发送、不保存' }).count(), 1);
  // Activate as assistive technology does: a click event on the element, no coordinates.
  await page.getByRole('link', { name: '案例故事' }).dispatchEvent('click');
  await skipCheck(page, 'cases');
  // The cases are a list a reader can count and jump through, one card per item.
  const cases = page.getByRole('list').first().getByRole('listitem');
  assert.equal(await cases.count(), 8);
  assert.equal(await cases.nth(1).getByRole('link').count(), 1);
  await page.getByRole('link', { name: '快递公司员工私下卖客户资料，当地公司把个人信息分类转卖' }).dispatchEvent('click');
  await atPlace(page, 'case/huizhou-waybills');
  await settle(page);
  assert.equal(await page.getByRole('heading', { level: 2 }).first().textContent(), '快递公司员工私下卖客户资料，当地公司把个人信息分类转卖');
  assert.equal(await page.getByRole('heading', { level: 3, name: '事情经过' }).count(), 1);
  assert.equal(await page.getByText(/^1\. 2015年12月4日至24日/).count(), 1, 'timeline steps are read in order');
  assert.equal(await page.getByRole('listitem').filter({ hasText: /^1\. 2015年12月4日至24日/ }).count(), 1);
  assert.equal(await page.getByRole('button', { name: '看信息怎么流动' }).count(), 1);
  // Switching language through the mirror re-reads the same case in English.
  await page.getByRole('button', { name: 'English' }).dispatchEvent('click');
  await page.waitForFunction(() => globalThis.datatrail.lang === 'en');
  await settle(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.getByRole('heading', { level: 2 }).first().textContent(), caseTitle('huizhou-waybills', 'en'));
  assert.equal(await place(page), 'case/huizhou-waybills');
  // The advice is folded to one row per kind; the screen reader opens it like a disclosure.
  const fold = page.getByRole('button', { name: /^Police advice \(\d+\)$/ });
  assert.equal(await fold.getAttribute('aria-expanded'), 'false');
  await fold.dispatchEvent('click');
  await page.getByRole('button', { name: /^Police advice \(\d+\)$/, expanded: true }).waitFor({ state: 'attached' });
  await page.getByRole('link', { name: /protect your name and home address/ }).dispatchEvent('click');
  await atPlace(page, 'reminder/protect-name-address');
  await page.getByRole('button', { name: 'Back' }).dispatchEvent('click');
  await atPlace(page, 'case/huizhou-waybills');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the keyboard works through the mirror: Enter acts once, focus shows on the canvas', async () => {
  const { page, errors } = await openWidget(browser, `${server.url}?lang=en`);
  const link = page.getByRole('link', { name: 'Case stories' });
  const before = await page.locator('#canvas').screenshot();
  await link.focus();
  await settle(page);
  const ringed = await page.locator('#canvas').screenshot();
  assert.notDeepEqual(ringed, before, 'focusing a mirrored control draws the focus ring on the canvas');
  await link.press('Enter');
  await atPlace(page, 'check/cases');  // the first way in offers the quick questions
  await settle(page);
  assert.equal(await place(page), 'check/cases', 'one Enter, one action');
  // The new screen's title takes the focus, so a screen reader announces where we are.
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  await page.keyboard.press('Escape');  // Escape still reaches the app: back
  await atPlace(page, 'home');
  // Arrows walk a question's choices; Space chooses the one with the focus.
  await page.getByRole('link', { name: 'Self-check' }).press('Enter');
  await atPlace(page, 'quiz');
  const radios = page.getByRole('radio');
  await radios.first().focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), await radios.nth(1).textContent());
  await page.keyboard.press(' ');
  await page.getByRole('radio', { checked: true }).waitFor({ state: 'attached' });
  assert.equal(await page.getByRole('radio', { checked: true }).textContent(), await radios.nth(1).textContent());
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), await radios.first().textContent());
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the mirror is rebuilt when the screen changes, not while scrolling or idle', async () => {
  const { page } = await openWidget(browser, `${server.url}?lang=zh-Hans`);
  await page.getByRole('link', { name: '案例故事' }).dispatchEvent('click');
  await skipCheck(page, 'cases');
  await settle(page);
  await page.evaluate(() => {
    globalThis.__mutations = 0;
    new MutationObserver((m) => { globalThis.__mutations += m.length; })
      .observe(document.getElementById('mirror'), { childList: true, subtree: true, characterData: true });
  });
  await page.mouse.move(640, 400);
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 300);
  await settle(page);
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => globalThis.__mutations), 0);
  await page.context().close();
});

test('an organiser can preset large text and high contrast in the link; bad values are ignored', async () => {
  const { page, errors } = await openWidget(browser, `${server.url}?lang=zh-Hans&text=2&contrast=high`);
  assert.equal(await page.getByRole('button', { name: '文字大小 200%' }).count(), 1);
  assert.equal(await page.getByRole('button', { name: '高对比度 开' }).count(), 1);
  // The visitor can still change it: one more step wraps back to 100%.
  await page.getByRole('button', { name: '文字大小 200%' }).dispatchEvent('click');
  await page.getByRole('button', { name: '文字大小 100%' }).waitFor({ state: 'attached' });
  await page.context().close();
  const odd = await openWidget(browser, `${server.url}?lang=zh-Hans&text=9&contrast=%3Cscript%3E`);
  assert.equal(await odd.page.getByRole('button', { name: '文字大小 100%' }).count(), 1);
  assert.equal(await odd.page.getByRole('button', { name: '高对比度 关' }).count(), 1);
  assert.deepEqual([...errors, ...odd.errors], []);
  await odd.page.context().close();
});

test('read aloud: hidden without a voice; with one it speaks the case in its language', async () => {
  const plain = await openWidget(browser, `${server.url}?lang=zh-Hans`);
  await plain.page.getByRole('link', { name: '案例故事' }).dispatchEvent('click');
  await skipCheck(plain.page, 'cases');
  await plain.page.getByRole('link', { name: '快递公司员工私下卖客户资料，当地公司把个人信息分类转卖' }).dispatchEvent('click');
  await plain.page.waitForFunction(() => globalThis.datatrail.place === 'case/huizhou-waybills');
  await settle(plain.page);
  const hasVoices = await plain.page.evaluate(() => (globalThis.speechSynthesis?.getVoices() || [])
    .some((v) => v.localService && v.lang.startsWith('zh')));
  assert.equal(await plain.page.getByRole('button', { name: '朗读这个案例' }).count(), hasVoices ? 1 : 0);
  await plain.page.context().close();

  // A stand-in speech engine records what it is asked to say, and with which voice.
  const withVoices = async (voices) => {
    const ctx = await browser.newContext();
    await ctx.addInitScript((list) => {
      const spoken = (globalThis.__spoken = []);
      let speaking = false;
      const engine = new EventTarget();
      Object.assign(engine, {
        getVoices: () => list,
        speak(u) { speaking = true; spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }); },
        cancel() { speaking = false; },
      });
      Object.defineProperty(engine, 'speaking', { get: () => speaking });
      Object.defineProperty(globalThis, 'speechSynthesis', { value: engine });
      globalThis.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
    }, voices);
    const page = await ctx.newPage();
    await page.goto(`${server.url}?lang=zh-Hans`);
    await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1);
    await page.getByRole('link', { name: '案例故事' }).dispatchEvent('click');
    await skipCheck(page, 'cases');
    await page.getByRole('link', { name: '快递公司员工私下卖客户资料，当地公司把个人信息分类转卖' }).dispatchEvent('click');
    await page.waitForFunction(() => globalThis.datatrail.place === 'case/huizhou-waybills');
    await settle(page);
    return { ctx, page };
  };
  // A cloud voice first in the list, a voice on the device second: the device's is used.
  let { ctx, page } = await withVoices([{ lang: 'zh-CN', name: 'cloud', localService: false },
    { lang: 'zh-CN', name: 'on-device', localService: true }]);
  await page.getByRole('button', { name: '朗读这个案例' }).dispatchEvent('click');
  await page.getByRole('button', { name: '停止朗读' }).waitFor({ state: 'attached' });
  const spoken = await page.evaluate(() => globalThis.__spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].lang, 'zh-CN');
  assert.equal(spoken[0].voice, 'on-device', 'the text never goes to a cloud voice');
  assert.ok(spoken[0].text.startsWith('快递公司员工私下卖客户资料，当地公司把个人信息分类转卖'));
  await ctx.close();
  // Only a cloud voice: no read-aloud at all (the text would leave the device).
  ({ ctx, page } = await withVoices([{ lang: 'zh-CN', name: 'cloud', localService: false }]));
  assert.equal(await page.getByRole('button', { name: '朗读这个案例' }).count(), 0);
  assert.equal(await page.evaluate(() => globalThis.__spoken.length), 0);
  await ctx.close();
});
