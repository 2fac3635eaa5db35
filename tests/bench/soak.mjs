// Monkey/soak: random taps and drags by mouse and by finger (Chromium's touch pipeline),
// swipes, flicks and pinches, keys, wheel, resizes, language switches and idle pauses,
// from a seeded generator so a failure can be replayed. Reports page and console errors,
// wasm heap growth and frame-time drift. Used by `toolchain/bench --soak MIN` and, short,
// by the browser tests. In kiosk mode (a kiosk.html URL) each pass also sits idle long enough
// for "Still there?" and the wipe to the attract loop (short timers set through kiosk.json).
import { settle, finger } from '../browser/harness.mjs';
import { heap, percentile } from './measure.mjs';

function prng(seed) {  // mulberry32
  return () => {
    seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIZES = [[1280, 800], [360, 640], [390, 844], [1024, 768], [1920, 1080], [800, 1280]];
const KEYS = ['Tab', 'Shift+Tab', 'Enter', 'Space', 'Escape', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

// Leak check: the same seeded script of events is played in passes, each from the same
// starting point (home screen, 1280x800, same language). Buffers grow to the largest frame the
// script produces during the first pass and then stay; what still grows between the end of the
// first pass and the end of the last is what a day-long kiosk would accumulate.
const PASS_EVENTS = 2500;  // the default; the test's shorter passes are set by `pages`
const KIOSK_IDLE = 15, KIOSK_COUNTDOWN = 5;  // the shortest kiosk.json allows

function makeScript(rnd, kiosk, passEvents) {
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const script = [];
  let langs = 0;
  for (let i = 0; i < passEvents; i++) {
    const r = rnd();
    const x = rnd(), y = rnd(), x2 = rnd(), y2 = rnd();
    // Fingers as well as the mouse; flicks and pinches are few because each glide or zoom
    // animates the screen for a second or more, which is where a pass spends its time.
    if (r < 0.32) script.push({ kind: 'tap', x, y });
    else if (r < 0.45) script.push({ kind: 'finger-tap', x, y });
    else if (r < 0.57) script.push({ kind: 'move', x, y });
    else if (r < 0.68) script.push({ kind: 'drag', x, y, x2, y2 });
    else if (r < 0.73) script.push({ kind: 'swipe', x, y, x2, y2 });
    else if (r < 0.74) script.push({ kind: 'flick', x, y, x2, y2 });
    else if (r < 0.75) script.push({ kind: 'pinch', x, y, spread: 0.5 + x2 });
    else if (r < 0.88) script.push({ kind: 'key', key: pick(KEYS) });
    else if (r < 0.93) script.push({ kind: 'wheel', dy: (x - 0.5) * 800 });
    else if (r < 0.95) { script.push({ kind: 'lang' }); langs++; }
    else if (r < 0.965) script.push({ kind: 'resize', size: pick(SIZES) });
    else script.push({ kind: 'idle', ms: 20 + x * 100 });
  }
  if (langs % 2) script.push({ kind: 'lang' });  // each pass ends in the language it began in
  // Walk away mid-pass: the warning, the countdown, the wipe, the attract loop; then more input.
  if (kiosk) script.splice(script.length / 2, 0, { kind: 'idle', ms: (KIOSK_IDLE + KIOSK_COUNTDOWN + 1) * 1000 });
  return script;
}

async function play(page, f, ev, size) {
  const [w, h] = size;
  switch (ev.kind) {
    case 'tap': await page.mouse.click(ev.x * w, ev.y * h); break;
    case 'finger-tap': await f.tap(ev.x * w, ev.y * h, 30); break;
    // Few moves each: every touch event waits for the page to take it, and many make a pass slow.
    case 'swipe': await f.swipe(ev.x * w, ev.y * h, (ev.x2 - ev.x) * w, (ev.y2 - ev.y) * h, { ms: 48, rest: true }); break;
    case 'flick': await f.swipe(ev.x * w, ev.y * h, (ev.x2 - ev.x) * w, (ev.y2 - ev.y) * h, { ms: 48 }); break;
    case 'pinch': await f.pinch(ev.x * w, ev.y * h, 80, 80 * ev.spread, 3); break;
    case 'move': await page.mouse.move(ev.x * w, ev.y * h); break;
    case 'drag':
      await page.mouse.move(ev.x * w, ev.y * h);
      await page.mouse.down();
      await page.mouse.move(ev.x2 * w, ev.y2 * h, { steps: 4 });
      await page.mouse.up();
      break;
    case 'key': await page.keyboard.press(ev.key); break;
    case 'wheel': await page.mouse.wheel(0, ev.dy); break;
    case 'lang': await page.mouse.click(w - 60, 36); break;
    case 'resize': await page.setViewportSize({ width: ev.size[0], height: ev.size[1] }); return ev.size;
    case 'idle': await page.waitForTimeout(ev.ms); break;
  }
  return size;
}

// Several kiosks at once (`pages`, each its own browser context and seed): most of an event's
// time is waiting for the frame that acknowledges it, not CPU, so pages in parallel reach the
// event count sooner while each still plays at least two passes for its own leak check.
export async function soak(harness, url, { minutes = 2, minEvents = 10000, seed = 20261122, pages = 1, log = () => {} } = {}) {
  const perPage = Math.ceil(minEvents / pages);
  const passEvents = perPage > 0 ? Math.min(PASS_EVENTS, Math.ceil(perPage / 2)) : PASS_EVENTS;
  const runs = await Promise.all(Array.from({ length: pages }, (_, i) =>
    soakPage(harness, url, { minutes, minEvents: perPage, seed: seed + i, passEvents, log: (m) => log(pages > 1 ? `[kiosk ${i + 1}] ${m}` : m) })));
  const counts = {};
  for (const r of runs) for (const [k, n] of Object.entries(r.counts)) counts[k] = (counts[k] || 0) + n;
  const worst = runs.reduce((a, b) => (b.heapGrowth > a.heapGrowth ? b : a));
  const all = (f) => runs.flatMap(f);
  return {
    ok: runs.every((r) => r.ok),
    usedHeapWithinBudget: runs.every((r) => r.heapGrowth <= 0.05),
    events: runs.reduce((n, r) => n + r.events, 0), pages, passes: runs.map((r) => r.passes), counts,
    errors: all((r) => r.errors).slice(0, 20),
    heapGrowth: worst.heapGrowth, heapPasses: runs.map((r) => r.heapPasses),
    heapReservedEnd: Math.max(...runs.map((r) => r.heapReservedEnd)),
    frameMsMedianEarly: percentile(all((r) => r.earlyFrames), 50), frameMsMedianLate: percentile(all((r) => r.lateFrames), 50),
    frameTimeDrift: percentile(all((r) => r.lateFrames), 50) / percentile(all((r) => r.earlyFrames), 50),
  };
}

async function soakPage(harness, url, { minutes, minEvents, seed, passEvents, log }) {
  const kiosk = /kiosk\.html|mode=kiosk/.test(url);
  const script = makeScript(prng(seed), kiosk, passEvents);
  const page = await (await harness.newContext({ hasTouch: true })).newPage();
  const f = await finger(page);
  if (kiosk) {
    await page.route('**/kiosk.json', (route) => route.fulfill({ contentType: 'application/json',
      body: JSON.stringify({ idle_seconds: KIOSK_IDLE, countdown_seconds: KIOSK_COUNTDOWN }) }));
  }
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('crash', () => errors.push('the page crashed'));
  await page.goto(url);
  await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1, null, { timeout: 30000 });
  const lang = await page.evaluate(() => globalThis.datatrail.lang);
  const deadline = Date.now() + minutes * 60000;
  const counts = {};
  const passHeaps = [];
  let events = 0, earlyFrames = [];
  const frameMs = () => page.evaluate(() => globalThis.datatrail.frameMs.slice(-300));
  while (Date.now() < deadline || events < minEvents || passHeaps.length < 2) {
    // Back to the same starting point for every pass.
    let size = [1280, 800];
    await page.setViewportSize({ width: 1280, height: 800 });
    await home(page, errors);
    // Random taps switch language too: switch back with the top-right button if needed.
    for (let i = 0; i < 3 && await page.evaluate(() => globalThis.datatrail.lang) !== lang; i++) {
      await page.mouse.click(1100, 36);
      await settle(page, 50);
    }
    for (const ev of script) {
      size = await play(page, f, ev, size);
      counts[ev.kind] = (counts[ev.kind] || 0) + 1;
      events++;
    }
    // Measure on a still screen (the diagram animates for as long as it is shown), once the
    // screens out of sight have released their draw buffers and cached line breaks (after 5 s;
    // a moved pointer draws the frame that releases them): what stays is what a day-long
    // kiosk would keep.
    // On a busy machine a late frame can leave a screen's buffers young at the first sweep:
    // a second quiet spell lets that sweep run too (the bytes in use only fall in it).
    await home(page, errors);
    let used = Infinity;
    for (let quiet = 0; quiet < 2; quiet++) {
      await page.waitForTimeout(5500);
      await page.mouse.move(5, 5);
      await page.mouse.move(6, 6);
      await settle(page, 100);
      used = Math.min(used, (await heap(page)).used);
    }
    passHeaps.push(used);
    if (passHeaps.length === 1) earlyFrames = await frameMs();
    log(`soak: pass ${passHeaps.length}, ${events} events, ${errors.length} errors${errors.length ? ` (last: ${errors.at(-1)})` : ""}, heap ${passHeaps.at(-1)}`);
  }
  const endHeap = await heap(page);
  const lateFrames = await frameMs();
  await page.context().close();
  const reservedStart = 32 * 1024 * 1024;  // INITIAL_MEMORY in toolchain/cmake/web.cmake
  return {
    // Hard failures: errors, a crash, or the wasm memory the tab holds having to grow.
    ok: errors.length === 0 && endHeap.reserved <= reservedStart,
    events, passes: passHeaps.length, counts, errors,
    heapGrowth: (passHeaps.at(-1) - passHeaps[0]) / passHeaps[0], heapPasses: passHeaps,
    heapReservedEnd: endHeap.reserved, earlyFrames, lateFrames,
  };
}

// Escape until home, one screen at a time. Escape always goes back, so not getting home is
// a failure of its own (it caught input stranded in Dear ImGui's queue).
async function home(page, errors) {
  for (let i = 0; i < 8; i++) {
    const here = await page.evaluate(() => globalThis.datatrail.place);
    if (here === 'home') return;
    await page.keyboard.press('Escape');
    const moved = await page.waitForFunction((p) => globalThis.datatrail.place !== p, here, { timeout: 15000 }).then(() => true, () => false);
    if (!moved) errors.push(`Escape did not go back from ${here} (${await page.evaluate(() => document.querySelector('[role=dialog]')?.textContent?.slice(0, 60) || 'no dialog')})`);
  }
}
