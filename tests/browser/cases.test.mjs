// Case stories in the browser: the list, a case page with its source, the way back, both
// languages. Driven by clicks where a visitor would tap; places are read from the test hook.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launchBrowser, openWidget, settle, pixelStats, skipCheck, SHOTS } from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer(18084);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const place = (page) => page.evaluate(() => globalThis.datatrail.place);

for (const lang of ['zh-Hans', 'en']) {
  test(`a case story opens from the list and reads to its source (${lang})`, async () => {
    const { page, errors } = await openWidget(browser, `${server.url}?lang=${lang}`);
    await page.mouse.click(300, 420);  // home: the case stories card, by way of the quick questions' offer
    await skipCheck(page, 'cases', { mouse: true });
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, `web-case-list-${lang}-1280.png`) });
    await page.mouse.click(300, 300);  // the first case card
    await page.waitForFunction(() => globalThis.datatrail.place === 'case/qingdao-phone-shops');
    await settle(page);
    const top = await page.locator('#canvas').screenshot({ path: path.join(SHOTS, `web-case-${lang}-1280.png`) });
    const px = await pixelStats(page, top);
    assert.ok(px.darkPixels > 3000, `case page looks empty (${px.darkPixels} dark pixels)`);
    // Scroll to the end, where the source is cited; the page must actually move.
    for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 400);
    await settle(page);
    const bottom = await page.locator('#canvas').screenshot({ path: path.join(SHOTS, `web-case-source-${lang}-1280.png`) });
    assert.notDeepEqual(bottom, top, 'scrolling did not change the page');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => globalThis.datatrail.place === 'cases');
    assert.equal(await place(page), 'cases');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

test('on a phone the case list is one column and a card opens its case', async () => {
  const { page, errors } = await openWidget(browser, `${server.url}?lang=zh-Hans`, { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2 });
  await page.mouse.click(135, 610);  // bottom tab: 案例
  await skipCheck(page, 'cases', { mouse: true });
  await settle(page);
  await page.mouse.click(180, 330);  // the first card fills the width
  await page.waitForFunction(() => globalThis.datatrail.place === 'case/qingdao-phone-shops');
  await settle(page);
  await page.screenshot({ path: path.join(SHOTS, 'web-case-zh-360.png') });
  assert.deepEqual(errors, []);
  await page.context().close();
});
