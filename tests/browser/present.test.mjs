// Presenter mode in real Chromium, driven as a speaker drives it: a clicker's keys walk the
// default talk end to end (every slide, every hop of every chain), B blanks the projector and
// brings it back, a number and Enter jump, the speaker's window and the projector's follow
// each other through BroadcastChannel, nothing is requested beyond the bundle's own files
// and nothing is stored; the slides' type measured in pixels against the hall's budget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, settle, noTraces, uiText, finger, pixelStats, ROOT, SHOTS } from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer(18141);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const talkFile = JSON.parse(fs.readFileSync(path.join(ROOT, 'web', 'talk.json'), 'utf8'));
const edgesOf = (id) => JSON.parse(fs.readFileSync(path.join(ROOT, 'content', 'cases', `${id}.json`), 'utf8')).flow.edges.length;

async function openTalk(context, query = '') {
  const page = await context.newPage();
  const errors = [], requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.url}present.html${query}`);
  // Generous: two widgets start side by side while other test files run.
  await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1 && globalThis.datatrail.talk, null,
    { timeout: 60000 });
  await settle(page);
  return { page, errors, requests };
}

const where = (page) => page.evaluate(() => ({ ...globalThis.datatrail.talk }));
const mirrorText = (page) => page.evaluate(() => document.getElementById('mirror').textContent + ' ' +
  document.getElementById('live').textContent);

// Presses `key`; true once the talk has moved (and the screen settled), false if it did not
// within `ms` (the end of the talk: "next" moves nothing).
// The tests run with reduced motion (the diagram's moving data off), so a settled screen is
// one that stopped drawing; every step changes what the screen-reader mirror says.
async function step(page, key, ms = 5000) {
  const before = JSON.stringify(await where(page));
  const said = await mirrorText(page);
  await page.keyboard.press(key);
  try {
    await page.waitForFunction((b) => JSON.stringify(globalThis.datatrail.talk) !== b, before, { timeout: ms });
  } catch {
    return false;
  }
  await page.waitForFunction((t) => document.getElementById('mirror').textContent + ' ' +
    document.getElementById('live').textContent !== t, said, { timeout: 20000 });
  await settle(page, 250);
  return true;
}
async function press(page, key) {
  assert.ok(await step(page, key), `${key} moved the talk`);
}

test('a clicker walks the whole default talk at 1920x1080: every slide, every hop of every chain', { timeout: 300000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, screen: { width: 2560, height: 1440 }, locale: 'zh-CN', reducedMotion: 'reduce' });
  const { page, errors } = await openTalk(context);
  const seen = new Map();  // slide -> set of steps
  const chainSteps = new Map();  // "of m" -> set of k, from the slide's "step k of m" line
  const overview = new Map();  // the overview's "chain k of m"
  let total = 0;
  const keys = ['PageDown', 'ArrowRight', 'Space', 'ArrowDown'];  // what different clickers send
  for (let i = 0; i < 200; i++) {
    const at = await where(page);
    if (!seen.has(at.slide)) seen.set(at.slide, new Set());
    seen.get(at.slide).add(at.step);
    const text = await mirrorText(page);
    const m = /第 (\d+) 步，共 (\d+) 步/.exec(text);
    if (m) {
      if (!chainSteps.has(m[2])) chainSteps.set(m[2], new Set());
      chainSteps.get(m[2]).add(Number(m[1]));
    }
    const chain = /第 (\d+) 条链，共 (\d+) 条/.exec(text);
    if (chain) {
      if (!overview.has(chain[2])) overview.set(chain[2], new Set());
      overview.get(chain[2]).add(Number(chain[1]));
    }
    const count = /第 \d+ 张，共 (\d+) 张/.exec(text);
    if (count) total = Number(count[1]);
    if (!(await step(page, keys[i % keys.length]))) break;  // the end of the talk
  }
  assert.ok(total >= 12, `the talk has its slides (${total})`);
  assert.equal(seen.size, total, 'every slide was shown');
  for (let s = 0; s < total; s++) assert.ok(seen.has(s), `slide ${s + 1} was reached`);
  // Each case's chain told hop by hop: all of its hops, in its own slide.
  for (const id of talkFile.cases) {
    const hops = edgesOf(id);
    const steps = chainSteps.get(String(hops));
    assert.ok(steps, `${id}: a chain of ${hops} hops was told`);
    for (let k = 1; k <= hops; k++) assert.ok(steps.has(k), `${id}: hop ${k} of ${hops} was shown`);
  }
  // The overview told one leak point's chain at a time, every one of them.
  assert.equal(overview.size, 1, 'the overview is one slide');
  const [[of, told]] = [...overview];
  assert.ok(Number(of) >= 3, `the overview has its chains (${of})`);
  for (let k = 1; k <= Number(of); k++) assert.ok(told.has(k), `the overview's chain ${k} of ${of} was shown`);
  // And back to the start with the clicker's "previous", then F5 (a clicker's "start show").
  await press(page, 'PageUp');
  assert.equal((await where(page)).slide, total - 2, 'previous goes back a slide');
  await press(page, 'F5');
  assert.deepEqual(await where(page), { slide: 0, step: 0, blank: false, lang: 'zh-Hans' });
  assert.equal(new URL(page.url()).pathname, '/present.html', 'F5 did not reload the page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('B blanks the projector to black and brings the same slide back; a number and Enter jump; a finger taps on and back', { timeout: 120000 }, async () => {
  // A touch screen at a lectern (hasTouch: the page gets real touch events).
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, screen: { width: 2560, height: 1440 }, locale: 'zh-CN',
    reducedMotion: 'reduce', hasTouch: true });
  const { page, errors } = await openTalk(context);
  await press(page, 'PageDown');
  await press(page, 'b');
  assert.equal((await where(page)).blank, true);
  const black = await pixelStats(page, await page.screenshot());
  assert.equal(black.darkPixels, black.width * black.height, 'a blanked projector shows nothing but black');
  assert.match(await mirrorText(page), new RegExp(uiText('present.speaker_blank', 'zh-Hans')));
  await press(page, 'b');
  assert.deepEqual(await where(page), { slide: 1, step: 0, blank: false, lang: 'zh-Hans' });
  // A number, then Enter: that slide (1-based, as the speaker's window numbers them).
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await page.waitForFunction(() => /跳到第 12 张/.test(document.getElementById('live').textContent +
    document.getElementById('mirror').textContent), null, { timeout: 10000 });  // shown while typed
  await press(page, 'Enter');
  assert.equal((await where(page)).slide, 11);
  // A finger on a touch screen: a tap on the slide goes on, one on its left third goes back.
  const touch = await finger(page);
  await touch.tap(1500, 540);
  await page.waitForFunction(() => globalThis.datatrail.talk.slide === 12);
  await touch.tap(200, 540);
  await page.waitForFunction(() => globalThis.datatrail.talk.slide === 11 && globalThis.datatrail.talk.step === 0);
  // One screen, no speaker's window: N shows the notes under the slide, and hides them.
  const note = uiText('present.note_reminders', 'zh-Hans').slice(0, 12);
  await page.keyboard.press('n');
  await page.waitForFunction((n) => document.getElementById('mirror').textContent.includes(n), note, { timeout: 10000 });
  await page.screenshot({ path: path.join(SHOTS, 'web-present-notes-1920.png') });
  await page.keyboard.press('n');
  await page.waitForFunction((n) => !document.getElementById('mirror').textContent.includes(n), note, { timeout: 10000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the speaker window and the projector follow each other through BroadcastChannel; nothing sent, nothing stored', { timeout: 180000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, screen: { width: 1920, height: 1080 }, locale: 'zh-CN', reducedMotion: 'reduce' });
  const main = await openTalk(context);
  const speaker = await openTalk(context, '?speaker');
  for (let i = 0; i < 3; i++) await press(main.page, 'PageDown');
  const moved = await where(main.page);
  await speaker.page.waitForFunction((m) => JSON.stringify(globalThis.datatrail.talk) === m, JSON.stringify(moved));
  // The speaker sees where the talk is, and the notes for it.
  const speakerText = await mirrorText(speaker.page);
  assert.match(speakerText, new RegExp(`第 ${moved.slide + 1} 张，共 \\d+ 张`));
  assert.match(speakerText, new RegExp(uiText('present.speaker_notes', 'zh-Hans')));
  // Back the other way: the speaker's own controls (as a screen reader or a mouse uses them).
  await speaker.page.locator('#mirror').getByRole('button', { name: uiText('present.next', 'zh-Hans'), exact: true }).dispatchEvent('click');
  await main.page.waitForFunction((s) => globalThis.datatrail.talk.slide !== s.slide || globalThis.datatrail.talk.step !== s.step,
    moved);
  assert.deepEqual(await where(main.page), await where(speaker.page));
  await speaker.page.locator('#mirror').getByRole('button', { name: uiText('present.blank', 'zh-Hans'), exact: true }).dispatchEvent('click');
  await main.page.waitForFunction(() => globalThis.datatrail.talk.blank === true);
  await speaker.page.keyboard.press('b');  // a clicker plugged into the speaker's laptop
  await main.page.waitForFunction(() => globalThis.datatrail.talk.blank === false);
  // The speaker switches language mid-talk: the projector and the notes follow.
  await speaker.page.locator('#mirror').getByRole('button', { name: uiText('lang.switch_label', 'zh-Hans') }).dispatchEvent('click');
  await main.page.waitForFunction(() => globalThis.datatrail.lang === 'en');
  await settle(speaker.page);
  assert.match(await mirrorText(speaker.page), new RegExp(uiText('present.speaker_notes', 'en')));
  await speaker.page.screenshot({ path: path.join(SHOTS, 'web-present-speaker-1280.png') });
  await main.page.screenshot({ path: path.join(SHOTS, 'web-present-main-1280.png') });
  // A window opened mid-talk finds the talk where it is.
  const late = await openTalk(context, '?speaker');
  await late.page.waitForFunction((m) => globalThis.datatrail.talk.slide === m, (await where(main.page)).slide);
  // Only this site's own files, all of them in the bundle; nothing kept on the machine.
  const bundle = path.join(ROOT, 'build', 'web');
  for (const url of [...main.requests, ...speaker.requests, ...late.requests]) {
    const u = new URL(url);
    assert.equal(u.origin, new URL(server.url).origin, `no request leaves the site: ${url}`);
    assert.ok(fs.existsSync(path.join(bundle, decodeURIComponent(u.pathname))), `a bundle file: ${u.pathname}`);
  }
  for (const p of [main.page, speaker.page]) assert.deepEqual(await noTraces(p), { cookies: '', local: 0, session: 0, idb: 0 });
  assert.deepEqual([...main.errors, ...speaker.errors, ...late.errors], []);
  await context.close();
});

// The height of the first line of ink inside `box` (CSS px) of a screenshot: dark rows, from
// the first to the last of the first run. Noto's ideographs and capitals stand in it.
async function firstLineInk(page, png, box) {
  return page.evaluate(async ({ b64, box }) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height);
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const x0 = Math.max(0, Math.floor(box.x)), w = Math.min(img.width - x0, Math.ceil(box.width));
    const y0 = Math.max(0, Math.floor(box.y)), h = Math.min(img.height - y0, Math.ceil(box.height));
    const d = g.getImageData(x0, y0, w, h).data;
    let first = -1, last = -1;
    for (let y = 0; y < h; y++) {
      let ink = false;
      for (let x = 0; x < w && !ink; x++) {
        const i = (y * w + x) * 4;
        ink = d[i] + d[i + 1] + d[i + 2] < 3 * 140;
      }
      if (ink && first < 0) first = y;
      if (ink) last = y;
      else if (first >= 0) break;
    }
    return first < 0 ? 0 : last - first + 1;
  }, { b64: png.toString('base64'), box });
}

for (const [w, h] of [[1920, 1080], [1280, 720]]) {
  test(`type on every kind of slide at ${w}x${h}: headings' ink >= 4 % of the screen's height, all other text >= 2.5 %`, { timeout: 240000 }, async () => {
    const context = await browser.newContext({ viewport: { width: w, height: h }, screen: { width: 2560, height: 1440 }, locale: 'zh-CN', reducedMotion: 'reduce' });
    const { page, errors } = await openTalk(context);
    const kinds = new Set();
    for (let i = 0; i < 80; i++) {
      const png = await page.screenshot();
      const nodes = await page.evaluate(() => [...document.querySelectorAll('#mirror h1, #mirror h2, #mirror p')]
        .map((e) => ({ heading: /^H/.test(e.tagName), text: e.textContent, box: e.getBoundingClientRect().toJSON() }))
        .filter((n) => n.box.width > 2 && n.box.height > 2));
      for (const n of nodes) {
        const ink = await firstLineInk(page, png, n.box);
        const budget = n.heading ? 0.04 : 0.025;
        assert.ok(ink >= budget * h, `"${n.text.slice(0, 30)}": ${ink} px of ink, at least ${Math.ceil(budget * h)} wanted`);
      }
      const slide = (await where(page)).slide;
      kinds.add(slide);
      if (i === 0) await page.screenshot({ path: path.join(SHOTS, `web-present-title-${w}.png`) });
      if (!(await step(page, 'PageDown'))) break;
    }
    assert.ok(kinds.size >= 12, 'every slide was measured');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the story\'s hop carries moving data on the projector, and stands still where the system asks for less motion', { timeout: 120000 }, async () => {
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, screen: { width: 1920, height: 1080 },
      locale: 'zh-CN', reducedMotion });
    const { page, errors } = await openTalk(context);
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');  // slide 3: the first case's chain
    await page.waitForFunction(() => globalThis.datatrail.talk.slide === 2);
    await page.waitForTimeout(1500);
    const f0 = await page.evaluate(() => globalThis.datatrail.frames);
    await page.waitForTimeout(1500);
    const drawn = (await page.evaluate(() => globalThis.datatrail.frames)) - f0;
    if (reducedMotion === 'reduce') assert.equal(drawn, 0, 'a still screen draws no frames');
    else assert.ok(drawn >= 5, `the data moves (${drawn} frames in 1.5 s)`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
