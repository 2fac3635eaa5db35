// A notched phone (issue 33, what WebKit needs): the pages ask for the whole screen
// (viewport-fit=cover), so the widget must keep every control out of the notch and the home
// indicator. Chromium emulates the insets an iPhone reports (DevTools
// Emulation.setSafeAreaInsetsOverride); the mirror lies over what the canvas draws, so its
// elements show where each control is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, settle, atPlace, skipCheck } from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer(18135);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

// Every mirror control outside the safe rectangle, as "name (x,y w×h)".
const outside = (page, s) => page.evaluate((s) => {
  const safe = { left: s.left, top: s.top, right: innerWidth - s.right, bottom: innerHeight - s.bottom };
  return [...document.querySelectorAll('#mirror button, #mirror a, #mirror [role]')]
    .map((e) => [e.textContent.trim().slice(0, 30), e.getBoundingClientRect()])
    .filter(([, r]) => r.width > 1 && r.height > 1)
    .filter(([, r]) => r.left < safe.left - 1 || r.top < safe.top - 1 || r.right > safe.right + 1 || r.bottom > safe.bottom + 1)
    // A control scrolled out of the page's own view is not under the notch, it is off screen.
    .filter(([, r]) => r.bottom > 0 && r.top < innerHeight)
    .map(([n, r]) => `${n} (${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)})`);
}, s);

for (const [name, size, insets] of [
  ['portrait', { width: 390, height: 844 }, { top: 47, bottom: 34, left: 0, right: 0 }],
  ['landscape', { width: 844, height: 390 }, { top: 0, bottom: 21, left: 47, right: 47 }],
]) {
  test(`a notched phone, ${name}: the canvas fills the safe area and no control sits in the notch or on the home indicator`, { timeout: 90000 }, async () => {
    const context = await browser.newContext({ viewport: size, deviceScaleFactor: 3, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setSafeAreaInsetsOverride', { insets });
    await page.goto(`${server.url}?lang=en&text=2`);
    await page.waitForFunction(() => globalThis.datatrail && globalThis.datatrail.frames >= 1, null, { timeout: 20000 });
    await settle(page);
    const box = await page.locator('#canvas').boundingBox();
    assert.deepEqual([box.x, box.y, box.width, box.height],
      [insets.left, insets.top, size.width - insets.left - insets.right, size.height - insets.top - insets.bottom], 'the canvas is the safe area');
    assert.deepEqual(await outside(page, insets), [], 'home: controls outside the safe area');
    // The self-check: the pinned bar with its next step sits above the home indicator.
    await page.getByRole('link', { name: 'Self-check' }).dispatchEvent('click');
    await skipCheck(page, 'quiz');
    await settle(page);
    assert.deepEqual(await outside(page, insets), [], 'quiz: controls outside the safe area');
    await atPlace(page, 'quiz');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
