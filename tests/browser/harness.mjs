// Shared set-up for the browser tests: the real bundle behind the real nginx config, and
// Debian's Chromium (WebGL2 through SwiftShader) driven by playwright-core.
import { execFileSync } from 'node:child_process';
import fs, { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHOTS = path.join(ROOT, 'build', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

// Each test file gets its own port so files can run in parallel.
// DT_PORT_OFFSET lets two checkouts run their tests side by side.
export async function startServer(port, root = path.join(ROOT, 'build', 'web'), extra = []) {
  port += Number(process.env.DT_PORT_OFFSET || 0);
  const pid = execFileSync(path.join(ROOT, 'toolchain', 'serve'), ['--port', String(port), '--root', root, ...extra],
    { encoding: 'utf8' }).trim();
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: () => { try { process.kill(Number(pid)); } catch { /* gone */ } } };
}

export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  return {
    browser,
    // A fresh context per test: no state leaks between tests, as between two visitors.
    newContext: (options = {}) => browser.newContext({
      viewport: { width: 1280, height: 800 },
      // Never equal to the viewport: Emscripten's GLFW goes fullscreen when sizes match.
      screen: { width: 1920, height: 1080 },
      deviceScaleFactor: 1,
      ...options,
    }),
    close: () => browser.close(),
  };
}

// Opens the widget in a fresh context and waits for its first frame; collects page errors
// for the caller to assert on. Close with page.context().close().
export async function openWidget(harness, url, contextOptions = {}) {
  const page = await (await harness.newContext(contextOptions)).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1, null, { timeout: 20000 });
  await settle(page);
  return { page, errors };
}

// Waits until the widget stops drawing (the frame pacer went idle).
export async function settle(page, quietMs = 300) {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const n = await page.evaluate(() => globalThis.datatrail.frames);
    if (n === last) return n;
    last = n;
    await page.waitForTimeout(quietMs);
  }
  throw new Error('the widget never stopped drawing');
}

// Pixel statistics of a PNG screenshot, decoded in the page (no image library needed here).
export async function pixelStats(page, png) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height);
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, img.width, img.height).data;
    const colours = new Map();
    let dark = 0;
    for (let i = 0; i < d.length; i += 4) {
      const key = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
      colours.set(key, (colours.get(key) || 0) + 1);
      if (d[i] + d[i + 1] + d[i + 2] < 200) dark++;
    }
    return { width: img.width, height: img.height, distinctColours: colours.size, darkPixels: dark };
  }, png.toString('base64'));
}

// A shipped case's title, as the content files have it (tests find cards and headings by it,
// so a reworded title never breaks them).
export const caseTitle = (id, lang) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'content', 'cases', `${id}.json`), 'utf8')).title[lang];
// An interface text as the strings file has it ("cat.shop_counter"), for the same reason.
export const uiText = (key, lang) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'content', 'strings', `${lang}.json`), 'utf8'))[key];

// Waits until the screen-reader mirror shows `place` ("cases", "case/<id>", ...): from then
// on, finding controls by role and name sees that screen and nothing older.
export const atPlace = (page, place) =>
  page.waitForFunction((p) => document.getElementById('mirror')?.dataset.place === p, place);

// The first way into the stories or the self-check in a visit offers the spot-the-leak
// questions (check/<then>); a visitor who does not want them taps "skip", as large as
// "start", and lands where they were going.
// `mouse`: with a real mouse click where "skip" is drawn, as a desktop visitor does.
export async function skipCheck(page, then, { mouse = false } = {}) {
  await atPlace(page, `check/${then}`);
  const skip = page.locator('#mirror').getByRole('button', { name: /^(跳过|Skip)/ });
  if (mouse) {
    await settle(page);
    const b = await skip.boundingBox();
    await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  } else {
    await skip.dispatchEvent('click');
  }
  await atPlace(page, then);
}

// Answers the four spot-the-leak questions shown, through the mirror as a screen reader
// does: `right(i)` says whether the i-th is answered rightly. Finds each item by its heading
// (the shipped content/quiz/spot.json), waits for the spoken reason, then goes on.
export async function answerCheck(page, lang, right) {
  const items = JSON.parse(fs.readFileSync(path.join(ROOT, 'content/quiz/spot.json'), 'utf8')).items;
  const shown = [];
  for (let i = 0; i < 4; i++) {
    const progress = lang === 'en' ? `Question ${i + 1} of 4` : `第 ${i + 1} 题，共 4 题`;
    await page.getByText(progress).first().waitFor({ state: 'attached' });
    let item = null;
    for (const it of items) {
      if (await page.getByRole('heading', { name: it.prompt[lang], exact: true }).count()) item = it;
    }
    assert.ok(item, `question ${i + 1}: a shipped item's situation is its heading`);
    shown.push(item.id);
    const answers = item.kind === 'safe_or_not'
      ? [{ text: lang === 'en' ? 'Safe' : '安全', leaks: false }, { text: lang === 'en' ? 'Risky' : '有风险', leaks: true }]
        .map((a) => ({ ...a, correct: a.leaks === item.leaks }))
      : item.options.map((o) => ({ text: o.text[lang], correct: o.leaks }));
    const pick = answers.find((a) => a.correct === right(i));
    await page.locator('#mirror').getByRole('radio', { name: pick.text, exact: true }).dispatchEvent('click');
    await page.getByText(item.reason[lang]).first().waitFor({ state: 'attached' });
    const next = page.locator('#mirror').getByRole('button', { name: /^(下一题|Next question|开始自查|Start the self-check|去看案例|Go to the cases|看看我的变化|See what changed)$/ });
    await next.dispatchEvent('click');
  }
  return shown;
}

// Everything a page could leave behind on the device: cookies, web storage, IndexedDB.
export async function noTraces(page) {
  return page.evaluate(async () => ({
    cookies: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
  }));
}

// [SECTION] A finger, through Chromium's real touch pipeline (DevTools Input.dispatchTouchEvent:
// the events a touch screen produces, with the browser's own gesture and compatibility-mouse
// handling). Coordinates are CSS px of the page.
export async function finger(page) {
  const cdp = await page.context().newCDPSession(page);
  // Each event carries the time a real finger would have made it (16 ms apart during a
  // swipe): on this machine the browser may take longer than that to deliver one, and the
  // app reads a flick's speed from the events' own times, as on a phone.
  let clock = 0;
  const stamp = (type, advanceMs) => {
    // A gesture starts now (never before the last one ended) and goes on by its own clock.
    clock = type === 'touchStart' ? Math.max(clock, Date.now() / 1000) : clock + advanceMs / 1000;
    return clock;
  };
  const send = (type, points, advanceMs = 0) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points, timestamp: stamp(type, advanceMs) });
  const f = {
    // The finger's own clock says how long it stayed down; nothing waits for real.
    async tap(x, y, holdMs = 60) {
      await send('touchStart', [{ x, y, id: 1 }]);
      await send('touchEnd', [], holdMs);
    },
    // From (x, y) by (dx, dy) over `ms`, a move every 16 ms; `rest` holds still for a quarter
    // second (by the finger's clock) before lifting (no fling), otherwise it lifts moving (a flick).
    async swipe(x, y, dx, dy, { ms = 250, rest = false } = {}) {
      const steps = Math.max(2, Math.round(ms / 16));
      await send('touchStart', [{ x, y, id: 1 }]);
      for (let i = 1; i <= steps; i++) {
        await send('touchMove', [{ x: x + (dx * i) / steps, y: y + (dy * i) / steps, id: 1 }], 16);
      }
      await send('touchEnd', [], rest ? 250 : 8);
    },
    async hold(x, y, ms) {
      await send('touchStart', [{ x, y, id: 1 }]);
      await page.waitForTimeout(ms);
      await send('touchEnd', [], ms);
    },
    // Two fingers `from` px apart about (x, y), spreading to `to` px apart in `steps` moves.
    async pinch(x, y, from, to, steps = 8) {
      const at = (d) => [{ x: x - d / 2, y, id: 1 }, { x: x + d / 2, y, id: 2 }];
      await send('touchStart', at(from));
      for (let i = 1; i <= steps; i++) await send('touchMove', at(from + ((to - from) * i) / steps), 16);
      await send('touchEnd', [], 16);
    },
    detach: () => cdp.detach(),
  };
  return f;
}

// Where a control of the current screen lies on the page: the mirror places each element
// over its item on the canvas. null when it is not on screen (scrolled away) or absent.
export async function boxOf(page, role, name) {
  const el = page.locator('#mirror').getByRole(role, { name, exact: typeof name === 'string' });
  if ((await el.count()) === 0) return null;
  const b = await el.first().boundingBox();
  return b && b.width > 1 && b.height > 1 ? b : null;
}

// Where a control lies if a finger can tap it now: on screen, and its middle not under a later
// control (the pinned action bar and the tab bar are drawn over the page, and come after it in
// the mirror's order). null when it is scrolled away, covered or absent.
export async function reachableBox(page, role, name) {
  const el = page.locator('#mirror').getByRole(role, { name, exact: typeof name === 'string' });
  if ((await el.count()) === 0) return null;
  return el.first().evaluate((target) => {
    const r = target.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1 || r.y < 0 || r.x < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5) return null;
    const cx = r.x + r.width / 2, cy = r.y + r.height / 2;
    const all = [...document.querySelectorAll('#mirror button')];
    const later = all.slice(all.indexOf(target) + 1);
    for (const other of later) {
      const o = other.getBoundingClientRect();
      if (o.width > 1 && cx >= o.x && cx <= o.right && cy >= o.y && cy <= o.bottom) return null;
    }
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}
