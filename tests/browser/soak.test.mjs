// A short soak in every test run: two minutes and at least 10,000 random events must leave
// no page or console error and no heap growth over 5 %.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser } from './harness.mjs';
import { soak } from '../bench/soak.mjs';

let server, browser;
before(async () => { server = await startServer(18082); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

test('two minutes of random input: no errors, no leak', { timeout: 15 * 60000 }, async () => {
  const r = await soak(browser, server.url, { minutes: 2, minEvents: 10000 });
  console.log(`soak: ${r.events} events ${JSON.stringify(r.counts)}; heap ${r.heapUsedWarm} -> ${r.heapUsedEnd} ` +
    `(${(r.heapGrowth * 100).toFixed(2)} %); frame median ${r.frameMsMedianEarly?.toFixed(2)} -> ${r.frameMsMedianLate?.toFixed(2)} ms`);
  assert.deepEqual(r.errors, []);
  assert.ok(r.events >= 10000);
  assert.ok(r.heapGrowth <= 0.05, `heap grew ${(r.heapGrowth * 100).toFixed(1)} %`);
});
