// Monkey/soak: random taps, drags, keys, wheel, resizes, language switches and idle pauses,
// from a seeded generator so a failure can be replayed. Reports page and console errors,
// wasm heap growth and frame-time drift. Used by `toolchain/bench --soak MIN` and, short,
// by the browser tests. (Kiosk mode's idle reset joins the mix when kiosk mode exists.)
import { settle } from '../browser/harness.mjs';
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

// The heap is compared after a warm-up long enough to visit every screen size, screen and
// language (ImGui's buffers grow to the largest frame seen, then stay): growth after that
// is what a day-long kiosk would accumulate.
const WARMUP_EVENTS = 3000;

export async function soak(harness, url, { minutes = 2, minEvents = 10000, seed = 20261122, log = () => {} } = {}) {
  const rnd = prng(seed);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const page = await (await harness.newContext()).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1, null, { timeout: 30000 });
  let [w, hgt] = [1280, 800];
  const deadline = Date.now() + minutes * 60000;
  let events = 0, warmHeap = null;
  const counts = {};
  const checkpoints = [];
  const frameMsAt = () => page.evaluate(() => globalThis.datatrail.frameMs.slice(-200));
  let earlyFrames = null;
  while (Date.now() < deadline || events < minEvents) {
    const r = rnd();
    let kind;
    if (r < 0.45) { kind = 'tap'; await page.mouse.click(rnd() * w, rnd() * hgt); }
    else if (r < 0.65) { kind = 'move'; await page.mouse.move(rnd() * w, rnd() * hgt); }
    else if (r < 0.75) {
      kind = 'drag';
      await page.mouse.move(rnd() * w, rnd() * hgt);
      await page.mouse.down();
      await page.mouse.move(rnd() * w, rnd() * hgt, { steps: 4 });
      await page.mouse.up();
    } else if (r < 0.88) { kind = 'key'; await page.keyboard.press(pick(KEYS)); }
    else if (r < 0.93) { kind = 'wheel'; await page.mouse.wheel(0, (rnd() - 0.5) * 800); }
    else if (r < 0.95) { kind = 'lang'; await page.mouse.click(w - 60, 36); }
    else if (r < 0.965) { kind = 'resize'; [w, hgt] = pick(SIZES); await page.setViewportSize({ width: w, height: hgt }); }
    else { kind = 'idle'; await page.waitForTimeout(50 + rnd() * 250); }
    counts[kind] = (counts[kind] || 0) + 1;
    events++;
    if (events === WARMUP_EVENTS) {
      await settle(page, 100);
      warmHeap = await heap(page);
      earlyFrames = await frameMsAt();
    }
    if (events % 1000 === 0) {
      const now = await heap(page);
      checkpoints.push(now.used);
      log(`soak: ${events} events, ${errors.length} errors, heap ${now.used}`);
    }
  }
  await settle(page, 100);
  const endHeap = await heap(page);
  const lateFrames = await frameMsAt();
  await page.context().close();
  const growth = warmHeap ? (endHeap.used - warmHeap.used) / warmHeap.used : 0;
  const drift = percentile(lateFrames, 50) / percentile(earlyFrames || lateFrames, 50);
  return {
    ok: errors.length === 0 && growth <= 0.05,
    events, counts, errors: errors.slice(0, 20),
    heapUsedWarm: warmHeap?.used, heapUsedEnd: endHeap.used, heapGrowth: growth,
    heapReservedEnd: endHeap.reserved, heapCheckpoints: checkpoints,
    frameMsMedianEarly: percentile(earlyFrames || [], 50), frameMsMedianLate: percentile(lateFrames, 50), frameTimeDrift: drift,
  };
}
