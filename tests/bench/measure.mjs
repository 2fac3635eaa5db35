// Measurements shared by the benchmark and the soak test. Everything is read from the real
// page in real Chromium: bytes off the wire (CDP), frames as requestAnimationFrame callbacks
// (counted the same way for DataTrail and the stock ImGui baseline), the app's own per-frame
// CPU time and wasm heap.

// Counts animation-frame callbacks, notes when the first one ran and times every callback
// (__cbMs): the same wrapper for DataTrail, the stock example and the control page, so their
// frame times are measured alike. Installed before any page script, so it sees the very
// first frame. Also notes when the screen-reader mirror first holds the home screen (the
// first frame a visitor can use) and every long task (> 50 ms) from then on.
export async function countFrames(page) {
  await page.addInitScript(() => {
    const raf = window.requestAnimationFrame.bind(window);
    globalThis.__frames = 0;
    globalThis.__cbMs = [];
    window.requestAnimationFrame = (cb) => raf((t) => {
      if (globalThis.__frames++ === 0) globalThis.__firstFrameAt = performance.now();
      const t0 = performance.now();
      cb(t);
      globalThis.__cbMs.push(performance.now() - t0);
    });
    globalThis.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) globalThis.__longTasks.push({ start: e.startTime, ms: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch { /* no long-task timing in this browser */ }
    new MutationObserver(() => {
      const m = document.getElementById('mirror');
      if (!globalThis.__interactiveAt && m && m.dataset.place === 'home') globalThis.__interactiveAt = performance.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-place'], childList: true });
  });
}

// Long tasks since `since` (page clock, ms): how many and the worst.
export async function longTasksSince(page, since) {
  return page.evaluate((t) => {
    const l = globalThis.__longTasks.filter((e) => e.start >= t);
    return { count: l.length, worstMs: l.reduce((a, e) => Math.max(a, e.ms), 0) };
  }, since);
}

// The animation-frame callbacks of the last `ms` of input, timed by the wrapper above.
export async function callbackTimes(page, ms, move = true) {
  const n0 = await page.evaluate(() => globalThis.__cbMs.length);
  const size = page.viewportSize();
  const t0 = Date.now();
  for (let i = 0; Date.now() - t0 < ms; i++) {
    if (move) await page.mouse.move(40 + (i * 37) % (size.width - 80), 120 + (i * 53) % (size.height - 200));
    await page.waitForTimeout(16);
  }
  return page.evaluate((n) => globalThis.__cbMs.slice(n), n0);
}

// Bytes transferred per file (as served: compressed), recorded until `stop()` is called.
export async function recordTransfers(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map(), bytes = new Map();
  let open = true;
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => {
    if (open && urls.has(e.requestId)) bytes.set(new URL(urls.get(e.requestId)).pathname, e.encodedDataLength);
  });
  return { stop: () => { open = false; return Object.fromEntries(bytes); } };
}

export const frames = (page) => page.evaluate(() => globalThis.__frames);

export async function framesPerSecondIdle(page, seconds) {
  const a = await frames(page);
  await page.waitForTimeout(seconds * 1000);
  return ((await frames(page)) - a) / seconds;
}

export async function heap(page) {
  return page.evaluate(() => ({
    used: Module._dt_heap_used(),        // malloc'd bytes in use
    reserved: Module.HEAP8.length,       // the wasm memory the tab holds
  }));
}

export function percentile(values, p) {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

// Keeps the widget drawing (pointer moving over it) for `ms` and returns the app's own CPU
// time of each frame drawn meanwhile: in all (`total`) and building the UI (`ui`).
export async function frameCpuTimes(page, ms) {
  const start = await page.evaluate(() => globalThis.datatrail.frames);
  const size = page.viewportSize();
  const t0 = Date.now();
  for (let i = 0; Date.now() - t0 < ms; i++) {
    await page.mouse.move(40 + (i * 37) % (size.width - 80), 120 + (i * 53) % (size.height - 200));
    await page.waitForTimeout(16);
  }
  return page.evaluate((n0) => {
    const d = globalThis.datatrail;
    const n = Math.min(d.frames - n0, d.frameMs.length);
    return { total: d.frameMs.slice(d.frameMs.length - n), ui: d.uiMs.slice(d.uiMs.length - n) };
  }, start);
}
