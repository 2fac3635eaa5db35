import { startServer, launchBrowser } from './browser/harness.mjs';
import { soak } from './bench/soak.tmp.mjs';
const server = await startServer(18301), browser = await launchBrowser();
const t0 = Date.now();
const r = await soak(browser, `${server.url}kiosk.html`, { minutes: 0, minEvents: 1200, log: console.log });
console.log((Date.now() - t0) / 1000, 's', JSON.stringify(r.counts), JSON.stringify(globalThis.kindMs), r.heapPasses, r.heapGrowth, r.errors);
await browser.close(); server.stop();
