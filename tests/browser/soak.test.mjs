// A short soak in every test run: two minutes and at least 10,000 random events, on three
// kiosks at once, must leave no page or console error, no crash, no growth of the wasm memory
// the tab holds, and no more than 5 % growth of the bytes in use between a kiosk's passes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser } from './harness.mjs';
import { soak } from '../bench/soak.mjs';

let server, browser;
before(async () => { server = await startServer(18082); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

test('two minutes of random input on a kiosk, idle resets included: no errors, no leak', { timeout: 15 * 60000 }, async () => {
  const r = await soak(browser, `${server.url}kiosk.html`, { minutes: 2, minEvents: 10000, pages: 3, log: (m) => console.log(m) });
  console.log(`soak: ${r.events} events on ${r.pages} kiosks (passes ${r.passes.join(', ')}) ${JSON.stringify(r.counts)}; ` +
    `heap in use after each pass ${JSON.stringify(r.heapPasses)} (worst ${(r.heapGrowth * 100).toFixed(2)} %); ` +
    `frame median ${r.frameMsMedianEarly?.toFixed(2)} -> ${r.frameMsMedianLate?.toFixed(2)} ms`);
  assert.deepEqual(r.errors, []);
  assert.ok(r.events >= 10000);
  assert.ok(r.ok, `the wasm memory grew to ${r.heapReservedEnd} bytes`);
  assert.ok(r.usedHeapWithinBudget, `heap in use grew ${(r.heapGrowth * 100).toFixed(2)} % between passes: ${JSON.stringify(r.heapPasses)}`);
});
