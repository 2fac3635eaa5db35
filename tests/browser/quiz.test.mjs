// The self-check end to end in real Chromium, through the accessibility tree only (as a
// screen-reader user would), with two contrasting visitors, proving that nothing is sent or
// stored anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { startServer, launchBrowser, openWidget, settle, atPlace, noTraces, skipCheck, ROOT, SHOTS } from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer(18087);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const questions = JSON.parse(readFileSync(path.join(ROOT, 'content/quiz/questions.json'), 'utf8')).questions;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Takes the whole quiz choosing, per question, the first answer `pick` accepts.
async function takeQuiz(page, lang, pick, shotName) {
  await page.getByRole('link', { name: lang === 'en' ? 'Self-check' : '自查测验' }).dispatchEvent('click');
  await skipCheck(page, 'quiz');
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i];
    await page.getByText(lang === 'en' ? `Question ${i + 1} of ${questions.length}` : `第 ${i + 1} 题，共 ${questions.length} 题`).waitFor({ state: 'attached' });
    const options = q.kind === 'multiple' ? q.options.filter(pick) : [q.options.find(pick) || q.options[0]];
    for (const o of options) {
      const name = o.text[lang];
      const role = q.kind === 'multiple' ? 'checkbox' : 'radio';
      await page.getByRole(role, { name, exact: true }).dispatchEvent('click');
      // The choice is announced as chosen (aria-checked), not only drawn.
      await page.getByRole(role, { name, exact: true, checked: true }).waitFor({ state: 'attached' });
    }
    if (options.length === 0) {  // a multiple-choice question this visitor answers with nothing risky
      const safe = q.options.find((o) => !o.risky);
      await page.getByRole('checkbox', { name: safe.text[lang], exact: true }).dispatchEvent('click');
    }
    await page.getByRole('button', { name: lang === 'en' ? 'See how to be safer' : '看看怎样更安全' }).dispatchEvent('click');
    // The feedback is announced through the live region.
    await page.waitForFunction(() => document.getElementById('live').textContent.length > 0);
    if (i === 0 && shotName) await page.locator('#canvas').screenshot({ path: path.join(SHOTS, `${shotName}-feedback.png`) });
    const next = i + 1 < questions.length ? (lang === 'en' ? 'Next question' : '下一题') : (lang === 'en' ? 'See my action plan' : '看我的防护清单');
    await page.getByRole('button', { name: next }).dispatchEvent('click');
  }
  await page.getByRole('heading', { name: lang === 'en' ? 'Your action plan' : '你的防护清单' }).waitFor({ state: 'attached' });
  await settle(page);
  if (shotName) await page.locator('#canvas').screenshot({ path: path.join(SHOTS, `${shotName}-plan.png`) });
}

test('a careful visitor gets praise and the advice to report leaks; nothing leaves the page', async () => {
  const { page, errors } = await openWidget(browser, `${server.url}?lang=zh-Hans`);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await takeQuiz(page, 'zh-Hans', (o) => !o.risky, 'web-quiz-careful-zh');
  assert.equal(await page.getByText(/你的习惯很好/).count(), 1);
  assert.equal(await page.getByText(/新手机的软件自己装/).count(), 0);
  // Nothing of theirs to draw on the diagram: no link promising it.
  assert.equal(await page.getByRole('link', { name: '在数据流向图上看：你的信息可能从哪里漏出' }).count(), 0);
  assert.deepEqual(requests, [], 'the quiz made network requests');
  assert.deepEqual(await noTraces(page), { cookies: '', local: 0, session: 0, idb: 0 });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a trusting visitor gets the most urgent actions first, with the answers behind them', async () => {
  const { page, errors } = await openWidget(browser, `${server.url}?lang=en`);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await takeQuiz(page, 'en', (o) => o.risky, 'web-quiz-trusting-en');
  const texts = await page.locator('#mirror p').allTextContents();
  const first = texts.findIndex((t) => t.startsWith('Install apps on a new phone yourself'));
  const later = texts.findIndex((t) => t.startsWith('Before you throw the box away, tear off'));
  assert.ok(first >= 0 && later > first, 'the shop-counter action comes before the low-severity ones');
  assert.equal(texts[first - 1], 'Our tip', 'our own advice says it is ours');
  assert.match(texts[first + 2], /Because you chose: I hand it over and let them do it/);
  assert.ok(texts.includes('Police advice'), 'police advice says it is the police\'s');
  assert.equal(await page.getByText(/Your habits are strong/).count(), 0);
  // Their leaks drawn on the whole trade's diagram, then back to the plan.
  await page.getByRole('link', { name: 'See on the data-flow diagram where your data could leak' }).dispatchEvent('click');
  await atPlace(page, 'flow');
  await page.getByText(/^Thick blue lines show where in the chain/).waitFor({ state: 'attached' });
  await page.waitForTimeout(800);  // the diagram animates: it never settles
  await page.locator('#canvas').screenshot({ path: path.join(SHOTS, 'web-quiz-leaks-on-diagram-en.png') });
  await page.getByRole('button', { name: 'Back' }).dispatchEvent('click');
  await atPlace(page, 'quiz');
  await page.getByRole('heading', { name: 'Your action plan' }).waitFor({ state: 'attached' });
  // Start again asks first, then wipes every answer.
  await page.getByRole('button', { name: 'Start again (clears every answer)' }).dispatchEvent('click');
  await page.getByRole('button', { name: 'Clear and start again' }).dispatchEvent('click');
  await page.getByText('Question 1 of 14').waitFor({ state: 'attached' });
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
  assert.ok(await page.getByRole('radio', { checked: false }).count() >= 2);
  // ... and the marks their answers put on the diagram.
  await page.getByRole('button', { name: 'Back' }).dispatchEvent('click');
  await atPlace(page, 'home');
  await page.getByRole('link', { name: 'Data flow' }).dispatchEvent('click');
  await atPlace(page, 'flow');
  assert.equal(await page.getByText(/^Thick blue lines/).count(), 0);

  assert.deepEqual(requests, []);
  assert.deepEqual(await noTraces(page), { cookies: '', local: 0, session: 0, idb: 0 });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the action plan prints as a clean page with the date, the actions and how to report; no answers on it', async () => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(() => {
    // The dialog opening, as a browser that allows it announces it (beforeprint), and never closing.
    window.print = () => { window.dispatchEvent(new Event('beforeprint')); globalThis.__printed = (globalThis.__printed || 0) + 1; };
  });
  const page = await ctx.newPage();
  await page.goto(`${server.url}?lang=en`);
  await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1);
  await takeQuiz(page, 'en', (o) => o.risky);
  await page.getByRole('button', { name: 'Print my action plan' }).dispatchEvent('click');
  await page.waitForFunction(() => globalThis.__printed === 1);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(SHOTS, 'web-plan-print-en.png'), fullPage: true });
  const text = await page.locator('#print-plan').innerText();
  assert.match(text, /Where Does My Data Go\?/);
  assert.match(text, /Your action plan/);
  assert.match(text, new RegExp(new Date().getFullYear()));
  assert.match(text, /Our tip: ?Install apps on a new phone yourself/);
  assert.match(text, /Police advice: ?/);
  assert.match(text, /call the police on 110/);
  for (const q of questions) for (const o of q.options) assert.ok(!text.includes(o.text.en), `answer on paper: ${o.text.en}`);
  assert.equal(await page.locator('#canvas').isVisible(), false, 'the canvas is not printed');
  await ctx.close();
});

// Presses Tab until the focused control's text matches, then Enter: the keyboard alone.
async function keyTo(page, pattern) {
  // The control appears with the frame after the last key press; wait for it, or Tab could
  // walk past the end of the widget before it exists.
  await page.locator('#mirror button', { hasText: pattern }).first().waitFor({ state: 'attached' });
  for (let i = 0; i < 80; i++) {
    const text = await page.evaluate(() => (document.activeElement && document.activeElement.textContent) || '');
    if (pattern.test(text) && (await page.evaluate(() => document.activeElement.tagName === 'BUTTON'))) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`no control matching ${pattern} reached with Tab`);
}

// The four quick questions by keyboard: Tab to the first answer, Enter, Tab to go on.
async function checkByKeys(page, last) {
  for (let i = 1; i <= 4; i++) {
    await page.getByText(`Question ${i} of 4`).first().waitFor({ state: 'attached' });
    const first = await page.locator('#mirror').getByRole('radio').first().textContent();
    await keyTo(page, new RegExp(`^${escape(first)}$`));
    await page.getByRole('radio', { name: first, exact: true, checked: true }).waitFor({ state: 'attached' });
    await keyTo(page, i < 4 ? /^Next question$/ : last);
  }
}

test('the whole quiz, with the quick questions before and after, can be taken with the keyboard alone', { timeout: 180000 }, async () => {
  const { page, errors } = await openWidget(browser, `${server.url}?lang=en`);
  await keyTo(page, /^Self-check$/);
  await atPlace(page, 'check/quiz');
  await keyTo(page, /^Start the quick questions$/);
  await checkByKeys(page, /^Start the self-check$/);
  await atPlace(page, 'quiz');
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i];
    await page.getByText(`Question ${i + 1} of ${questions.length}`).waitFor({ state: 'attached' });
    const risky = q.options.find((o) => o.risky);
    await keyTo(page, new RegExp(`^${escape(risky.text.en)}$`));
    await page.getByRole(q.kind === 'multiple' ? 'checkbox' : 'radio', { name: risky.text.en, exact: true, checked: true })
      .waitFor({ state: 'attached' });
    await keyTo(page, /^See how to be safer$/);
    await keyTo(page, i + 1 < questions.length ? /^Next question$/ : /^On to 4 matching quick questions$/);
  }
  await atPlace(page, 'check/after');
  await checkByKeys(page, /^See what changed$/);
  await page.getByText(/^Now: \d of 4 spotted$/).waitFor({ state: 'attached' });
  await keyTo(page, /^See my action plan$/);
  await page.getByRole('heading', { name: 'Your action plan' }).waitFor({ state: 'attached' });
  assert.equal(await page.getByText(/^Install apps on a new phone yourself/).count(), 1);
  assert.deepEqual(errors, []);
  await page.context().close();
});
