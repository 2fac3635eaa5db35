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

// Bytes off the wire per file (as served: compressed, with headers), from the page's own
// Resource Timing: `before` those whose response ended by the first animation frame, `after`
// the rest so far. (The DevTools network log was tried first: it reports some streamed
// fetches as aborted and loses others, so it undercounted by up to 40 KB.)
export async function transfersAroundFirstFrame(page) {
  return page.evaluate(() => {
    // The app's own first frame where there is one (other scripts may ask for animation
    // frames before the wasm has started); the stock example's first callback otherwise.
    const t = globalThis.datatrail?.firstFrameAt ?? globalThis.__firstFrameAt;
    const before = {}, after = {};
    for (const e of [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]) {
      const into = e.responseEnd <= t ? before : after;
      const p = new URL(e.name).pathname;
      into[p] = (into[p] || 0) + e.transferSize;
    }
    return { before, after };
  });
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

// A trace of the animation-frame callbacks while `run` runs: of those slower than `slowMs`,
// the wall time, the main thread's own CPU time within them, and the wall time spent in
// command-buffer flushes to the GPU process (Chrome's trace records all three). A frame whose
// wall time is long but whose thread time is short spent the difference waiting — for the
// CPU, or for the GPU process — not working: the profile that says whether a slow frame is
// our work.
export async function traceFrames(browser, page, run, slowMs = 2) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'gpu'] });
  await run();
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const frames = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X' && e.dur !== undefined);
  const slow = frames.filter((f) => f.dur / 1000 > slowMs);
  const inside = (e, f) => e.pid === f.pid && e.tid === f.tid && e.ts >= f.ts && e.ts + (e.dur || 0) <= f.ts + f.dur;
  const flushes = events.filter((e) => e.name === 'CommandBufferHelper::Flush' && e.ph === 'X');
  const ms = (us) => us / 1000;
  return {
    frames: frames.length,
    slow: slow.length,
    slowWallMs: slow.reduce((a, f) => a + ms(f.dur), 0),
    slowThreadMs: slow.reduce((a, f) => a + ms(f.tdur ?? f.dur), 0),
    slowFlushMs: slow.reduce((a, f) => a + flushes.filter((e) => inside(e, f)).reduce((b, e) => b + ms(e.dur), 0), 0),
  };
}
