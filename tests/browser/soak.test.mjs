// A short soak in every test run: a minute and at least 1,500 random events — mouse and
// finger (taps, swipes, flicks, pinches: each several touch events) — on three
// kiosks at once, must leave no page or console error, no crash, no growth of the wasm memory
// the tab holds, and no more than 5 % growth of the bytes in use between a kiosk's passes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser } from './harness.mjs';
import { soak } from '../bench/soak.mjs';

let server, browser;
before(async () => { server = await startServer(18082); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

test('a minute of random input on three kiosks, idle resets included: no errors, no leak', { timeout: 15 * 60000 }, async () => {
  const r = await soak(browser, `${server.url}kiosk.html`, { minutes: 1, minEvents: 1500, pages: 3, log: (m) => console.log(m) });
  console.log(`soak: ${r.events} events on ${r.pages} kiosks (passes ${r.passes.join(', ')}) ${JSON.stringify(r.counts)}; ` +
    `heap in use after each pass ${JSON.stringify(r.heapPasses)} (worst ${(r.heapGrowth * 100).toFixed(2)} %); ` +
    `frame median ${r.frameMsMedianEarly?.toFixed(2)} -> ${r.frameMsMedianLate?.toFixed(2)} ms`);
  assert.deepEqual(r.errors, []);
  assert.ok(r.events >= 1500);
  assert.ok(r.ok, `the wasm memory grew to ${r.heapReservedEnd} bytes`);
  assert.ok(r.usedHeapWithinBudget, `heap in use grew ${(r.heapGrowth * 100).toFixed(2)} % between passes: ${JSON.stringify(r.heapPasses)}`);
});
