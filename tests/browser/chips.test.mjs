// The overview's leak-point chips the way people use them (issue 35): one after another, then
// "All", then each again, by real mouse clicks on a laptop and real touch on a phone. After
// every switch the mirror's cards (one element over each card drawn) are checked: there are
// cards, the chosen leak point among them, none collapsed, none outside the page, none over
// another; the chip opened no details panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, openWidget, settle, atPlace, finger, SHOTS, ROOT } from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer(18101);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const overview = JSON.parse(fs.readFileSync(path.join(ROOT, 'content/overview.json'), 'utf8'));
const leakPoints = overview.flow.nodes.filter((n) => n.role === 'leak_point').map((n) => n.label['zh-Hans']);

// The diagram's cards as the mirror places them: "role: label" buttons, with their boxes.
async function cards(page) {
  return page.locator('#mirror').evaluate((m) => [...m.querySelectorAll('button')]
    .filter((b) => /: /.test(b.textContent))
    .map((b) => {
      const r = b.getBoundingClientRect();
      return { name: b.textContent, x: r.x, y: r.y, w: r.width, h: r.height };
    }));
}

async function checkCards(page, chosen, label) {
  const all = await cards(page);
  assert.ok(all.length >= 2, `${label}: cards drawn (${all.length})`);
  assert.ok(all.some((c) => c.name.endsWith(`: ${chosen}`)), `${label}: the chosen leak point's card is there`);
  const width = page.viewportSize().width;
  const placed = all.filter((c) => c.w > 1 && c.h > 1);  // the ones on screen now
  assert.ok(placed.length >= 1, `${label}: some card on screen`);
  for (const c of placed) {
    assert.ok(c.w >= 100, `${label}: ${c.name} is ${c.w} px wide`);
    assert.ok(c.x >= -0.5 && c.x + c.w <= width + 0.5, `${label}: ${c.name} lies inside the page`);
  }
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i], b = placed[j];
      const apart = a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;
      assert.ok(apart, `${label}: ${a.name} and ${b.name} overlap`);
    }
  }
  // A chip chooses a chain; no card's details open (their close button would be in the mirror).
  assert.equal(await page.locator('#mirror').getByRole('button', { name: /^(关闭|Close)/ }).count(), 0,
    `${label}: no details panel opened`);
}

const chip = (page, name) => page.locator('#mirror').getByRole('radio', { name, exact: true });
// Where the row of chips is on screen (any chip placed), or null when it is scrolled away.
const rowBox = async (page) => {
  const boxes = await page.locator('#mirror').getByRole('radio').evaluateAll((els) => els.map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 1).map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
  return boxes[0] || null;
};
// Whether the chip reads as chosen, once the mirror has caught up with the frame (a second).
const chosen = async (page, name) => {
  for (let i = 0; i < 20; i++) {
    if ((await chip(page, name).getAttribute('aria-checked')) === 'true') return true;
    await page.waitForTimeout(50);
  }
  return false;
};

test('laptop, mouse: every chip, All, every chip again; each chain drawn whole', async () => {
  const { page, errors } = await openWidget(browser, `${server.url}?lang=zh-Hans`, { reducedMotion: 'reduce' });
  await page.evaluate(() => globalThis.Module.ccall('dt_open', 'number', ['string'], ['flow']));
  await atPlace(page, 'flow');
  await settle(page);
  const click = async (name) => {
    for (let i = 0; i < 10; i++) {  // on screen first (the chips sit above the diagram)
      const b = await chip(page, name).boundingBox();
      if (b && b.height > 1 && b.y >= 0 && b.y + b.height <= page.viewportSize().height) {
        await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
        await page.mouse.down();
        await page.mouse.up();
        await settle(page);
        return;
      }
      await page.mouse.move(640, 400);
      await page.mouse.wheel(0, -300);
      await settle(page);
    }
    assert.fail(`chip ${name} never came on screen`);
  };
  for (const pass of ['first pass', 'after All']) {
    for (const name of leakPoints) {
      await click(name);
      assert.ok(await chosen(page, name), `${pass}: ${name} chosen`);
      await checkCards(page, name, `${pass}, ${name}`);
      if (pass === 'first pass' && (name === leakPoints[1] || name === leakPoints[4])) {
        await page.screenshot({ path: path.join(SHOTS, `web-chips-${leakPoints.indexOf(name)}-zh-1280.png`) });
      }
    }
    if (pass === 'first pass') {
      await click('全部');
      assert.ok(await chosen(page, '全部'));
      assert.ok((await cards(page)).length > 8, 'All shows the whole trade');
    }
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('phone, finger: the chip strip slides, each chip tapped; each chain drawn whole', async () => {
  const { page, errors } = await openWidget(browser, `${server.url}?lang=zh-Hans&text=2`, {
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true, reducedMotion: 'reduce',
  });
  await page.evaluate(() => globalThis.Module.ccall('dt_open', 'number', ['string'], ['flow']));
  await atPlace(page, 'flow');
  await settle(page);
  const f = await finger(page);
  const width = page.viewportSize().width;
  const tap = async (name) => {
    let rewound = false;
    for (let i = 0; i < 30; i++) {
      const b = await chip(page, name).boundingBox();
      if (b && b.height > 1 && b.x >= 0 && b.x + b.width <= width && b.y >= 0) {
        await f.tap(b.x + b.width / 2, b.y + b.height / 2);
        await settle(page);
        return;
      }
      // The row of chips is below the introduction at large text: the page up first. Then the
      // strip slides sideways under the finger, towards the chip.
      const row = await rowBox(page);
      if (!row && !rewound) {
        // Scrolled away (All reflows the page): back to the top first, then down to the row.
        for (let k = 0; k < 4; k++) await f.swipe(width / 2, page.viewportSize().height * 0.3, 0, page.viewportSize().height * 0.5, { rest: true });
        rewound = true;
      } else if (!row || row.y + row.height > page.viewportSize().height * 0.6) {
        // From above the pinned step panel (a swipe on the panel scrolls nothing).
        await f.swipe(width / 2, page.viewportSize().height * 0.45, 0, -page.viewportSize().height * 0.2, { rest: true });
      } else {
        // Towards the chip: it lies before the first chip on screen (swipe right) or after it.
        const names = await page.locator('#mirror').getByRole('radio').evaluateAll((els) => els.map((e) => [e.textContent, e.getBoundingClientRect().width > 1]));
        const target = names.findIndex(([n]) => n === name), firstShown = names.findIndex(([, shown]) => shown);
        const left = target < firstShown ? 1 : -1;
        await f.swipe(width / 2, row.y + row.height / 2, left * width * 0.4, 0, { rest: true });
      }
      await settle(page);
    }
    await page.screenshot({ path: path.join(SHOTS, 'web-chips-phone-lost.png') });
    assert.fail(`chip ${name} never came within reach (${JSON.stringify(await chip(page, name).boundingBox())}, row ${JSON.stringify(await rowBox(page))})`);
  };
  for (const name of [...leakPoints, '全部', ...leakPoints.slice(0, 4)]) {
    await tap(name);
    assert.ok(await chosen(page, name), `${name} chosen by a tap`);
    if (name !== '全部') {
      // At large text the diagram is below the chips: the finger scrolls down to it.
      for (let i = 0; i < 12 && !(await cards(page)).some((c) => c.w > 1); i++) {
        await f.swipe(width / 2, page.viewportSize().height * 0.45, 0, -page.viewportSize().height * 0.3, { rest: true });
        await settle(page);
      }
      await checkCards(page, name, `phone, ${name}`);
    }
    if (name === leakPoints[2]) await page.screenshot({ path: path.join(SHOTS, 'web-chips-phone-zh-390-text2.png') });
  }
  await f.detach();
  assert.deepEqual(errors, []);
  await page.context().close();
});
