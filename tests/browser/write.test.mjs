// write.html (issue 31): an organiser writes a case in a form, never in JSON. The widget's
// own loader checks it as it is typed and each problem appears beside its field in both
// languages; the preview draws it; the downloaded files, dropped into a copy of the site,
// make the case and its diagram show. Nothing is requested beyond the site's files, nothing
// stored; the form works by keyboard, at 390 px and at 200 %.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, openWidget, atPlace, noTraces, ROOT, SHOTS } from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer(18137);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const group = (page, name) => page.getByRole('group', { name, exact: false });
// One text of the form, typed into its Chinese and English boxes as a person does.
async function write(scope, zh, en) {
  await scope.getByRole('textbox', { name: '中文', exact: true }).fill(zh);
  await scope.getByRole('textbox', { name: 'English', exact: true }).fill(en);
}
// The check's result, once no newer check is on its way.
const summary = (page) => page.locator('#summary[aria-busy="false"]');
// The preview frame on screen (the other one, if any, is starting on newer text).
const shownPreview = (page) => page.frameLocator('#preview-frames iframe:not(.loading)');

async function openForm(options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors = [], requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  await page.goto(`${server.url}write.html`);
  await page.getByRole('combobox', { name: /哪篇报道/ }).waitFor();
  await page.locator('#open-site option').nth(1).waitFor({ state: 'attached' });
  return { page, errors, requests };
}

const CASE = {
  id: 'pizhou-phone-shop',
  title: ['邳州一家手机店的店员卖客户的账号', 'A shop assistant in Pizhou sold customers\' accounts'],
  node3: ['上线（燊彧）', 'The person they sold to'],
};

test('a case written only in the form shows, with its diagram, once its files are dropped into a copy of the site', { timeout: 240000 }, async () => {
  const { page, errors, requests } = await openForm();
  // 1. A new article as the source.
  await page.getByRole('combobox', { name: /哪篇报道/ }).selectOption('+');
  await write(group(page, '发布者 · Publisher'), '邳州市公安局', 'Pizhou Public Security Bureau');
  await write(group(page, '标题 · Headline'), '邳州警方破获一起手机店泄露个人信息案', 'Pizhou police solve a case of a phone shop leaking personal data');
  await write(group(page, '发布日期 · Date published'), '2026年3月1日', '1 March 2026');
  // 2. The case.
  await page.getByRole('textbox', { name: /文件名/ }).fill(CASE.id);
  await write(group(page, '标题 · Title'), ...CASE.title);
  await write(group(page, '案例卡片上的一段话'), '店员趁办卡时多注册账号，卖给上线。', 'While setting up SIM cards, a shop assistant registered extra accounts and sold them.');
  await write(group(page, '地点 · Place'), '江苏邳州', 'Pizhou, Jiangsu');
  await write(group(page, '时间 · When'), '2025年', '2025');
  await write(group(page, '最重要的一个数字'), '300余个', 'over 300');
  await write(group(page, '这个数字说的是什么'), '店员卖出的账号', 'accounts the shop assistant sold');
  // 3. Three steps.
  for (const [i, zh, en] of [[1, '顾客到店里办手机卡。', 'Customers came to the shop for SIM cards.'],
    [2, '店员趁机多注册了账号。', 'The shop assistant registered extra accounts.'], [3, '店员把账号卖给上线。', 'The assistant sold the accounts on.']]) {
    await write(group(page, `第${i}步 · Step ${i}`), zh, en);
  }
  // 4. Two people.
  await write(group(page, /^名字 · Name$/).first(), '店员鑫璐', 'Xinlu, the shop assistant');
  await write(group(page, /^做了什么/).first(), '多注册账号并卖出。', 'Registered extra accounts and sold them.');
  await page.getByRole('button', { name: /再加一个人/ }).click();
  await write(group(page, /^名字 · Name$/).nth(1), '上线', 'The person they sold to');
  await write(group(page, /^做了什么/).nth(1), '买下账号。', 'Bought the accounts.');
  // 5. The facts.
  await write(group(page, '泄露了什么信息'), '顾客的手机号和验证码', 'Customers\' phone numbers and verification codes');
  await write(group(page, '有多少 · How many'), '300余个账号', 'over 300 accounts');
  await write(group(page, '卖了多少钱'), '报道没有给出价格。', 'The report gives no price.');
  await write(group(page, '结果 · Outcome'), '店员被警方抓获。', 'Police caught the shop assistant.');
  // 6. Four cards and three links.
  await write(group(page, '卡片上的字').nth(0), '顾客', 'Customers');
  await write(group(page, '卡片上的字').nth(1), '手机店', 'The phone shop');
  await page.getByRole('combobox', { name: /卡片2的类别/ }).selectOption('shop_counter');
  await page.getByRole('button', { name: /再加一张卡片/ }).click();
  await page.getByRole('combobox', { name: /卡片3的身份/ }).selectOption('insider');
  await write(group(page, '卡片上的字').nth(2), '店员鑫璐', 'Xinlu, the shop assistant');
  await page.getByRole('button', { name: /再加一张卡片/ }).click();
  await page.getByRole('combobox', { name: /卡片4的身份/ }).selectOption('buyer');
  await page.getByRole('combobox', { name: /卡片4的类别/ }).selectOption('unnamed');
  await write(group(page, '卡片上的字').nth(3), ...CASE.node3);
  for (const [i, from, to, zh, en] of [[1, 0, 1, '手机号', 'Phone numbers'], [2, 1, 2, '验证码', 'Verification codes'], [3, 2, 3, '账号', 'Accounts']]) {
    await page.getByRole('button', { name: /再加一环/ }).click();
    await page.getByRole('combobox', { name: `第${i}环从哪里 · Link ${i} from` }).selectOption({ index: from + 1 });
    await page.getByRole('combobox', { name: `第${i}环到哪里 · Link ${i} to` }).selectOption({ index: to + 1 });
    await write(group(page, /^什么信息 · What data$/).nth(i - 1), zh, en);
  }
  // The advice that cuts link 3, chosen from the police reminders.
  const reminders = JSON.parse(fs.readFileSync(path.join(ROOT, 'content', 'reminders.json'), 'utf8')).reminders;
  const cut = reminders.find((r) => r.id === 'never-sell-or-give');
  const blocks = page.locator('details.blocks').nth(2);
  await blocks.locator('summary').click();
  await blocks.getByRole('checkbox', { name: cut.text['zh-Hans'], exact: false }).check();
  // The widget's loader finds nothing left; the preview, working on the diagram, draws it.
  await summary(page).filter({ hasText: '没有问题 · No problems' }).waitFor({ timeout: 30000 })
    .catch(async (e) => { throw new Error(e.message + '\n' + await summary(page).textContent() + '\n' + await page.evaluate(() => [...document.querySelectorAll('.has-problem')].map((f) => f.dataset.ptr + ' ' + f.textContent).join('\n'))); });
  const frame = shownPreview(page);
  await frame.locator('#mirror[data-place="flow/pizhou-phone-shop"]').waitFor({ state: 'attached', timeout: 30000 });
  await frame.getByText(CASE.node3[0]).first().waitFor({ state: 'attached' });
  await page.screenshot({ path: path.join(SHOTS, 'write-filled-1280.png'), fullPage: false });

  // Saved: the four files, into a copy of the site.
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-write-'));
  fs.cpSync(path.join(ROOT, 'build', 'web'), site, { recursive: true });
  fs.chmodSync(site, 0o755);  // nginx's workers read it
  const saved = [];
  page.on('download', async (d) => saved.push(d));
  await page.getByRole('button', { name: /下载全部4个文件/ }).click();
  await page.waitForFunction(() => true);
  for (let i = 0; i < 100 && saved.length < 4; i++) await page.waitForTimeout(100);
  assert.deepEqual(saved.map((d) => d.suggestedFilename()).sort(), ['index.json', `${CASE.id}.json`, 'reminders.json', 'sources.json']);
  const into = { 'index.json': 'cases/index.json', [`${CASE.id}.json`]: `cases/${CASE.id}.json`, 'sources.json': 'sources.json', 'reminders.json': 'reminders.json' };
  for (const d of saved) {
    const to = path.join(site, 'content', into[d.suggestedFilename()]);
    await d.saveAs(to);
    fs.chmodSync(to, 0o644);
  }
  // The desktop checker agrees there is nothing wrong.
  const said = execFileSync(path.join(ROOT, 'build', 'native', 'datatrail'), ['--check-content', path.join(site, 'content')], { encoding: 'utf8' });
  assert.match(said, /content ok: 9 cases/);
  // Nothing left the page: only GETs of the site's own files, none naming the draft.
  assert.deepEqual(requests.filter((r) => !r.startsWith(`GET ${server.url}`)), []);
  assert.deepEqual(requests.filter((r) => r.includes(CASE.id)), []);
  assert.deepEqual(await noTraces(page), { cookies: '', local: 0, session: 0, idb: 0 });
  assert.deepEqual(errors, []);
  await page.context().close();

  // The copy of the site, as a visitor opens it.
  const copy = await startServer(18138, site);
  try {
    const visit = await openWidget(browser, `${copy.url}index.html?lang=zh-Hans&case=${CASE.id}`);
    await atPlace(visit.page, `case/${CASE.id}`);
    await visit.page.getByRole('heading', { name: CASE.title[0] }).first().waitFor({ state: 'attached' });
    await visit.page.goto(`${copy.url}index.html?lang=en&place=flow/${CASE.id}`);
    await atPlace(visit.page, `flow/${CASE.id}`);
    await visit.page.getByText(CASE.node3[1]).first().waitFor({ state: 'attached' });
    await visit.page.getByText(cut.text.en).first().waitFor({ state: 'attached' });
    assert.deepEqual(visit.errors, []);
    await visit.page.context().close();
  } finally {
    copy.stop();
    if (!process.env.DT_KEEP) fs.rmSync(site, { recursive: true, force: true });
  }
});

test('every problem the loader finds is beside its field, in both languages, and tied to it for a screen reader', { timeout: 120000 }, async () => {
  const { page, errors } = await openForm();
  // Untouched, nothing is marked red; the count says how much is left.
  await summary(page).filter({ hasText: /还有 \d+ 个问题要改/ }).waitFor({ timeout: 30000 });
  assert.equal(await page.locator('.problem:not([hidden])').count(), 0);
  // Chinese typed, English left empty, the field left: the loader's line and its reading.
  const title = group(page, '标题 · Title');
  await title.getByRole('textbox', { name: '中文', exact: true }).fill('一个案例');
  await title.getByRole('textbox', { name: 'English', exact: true }).focus();
  await page.keyboard.press('Tab');
  const problem = title.locator('.problem');
  // (A check that started before the Chinese was typed may answer first: wait for the newer one.)
  await problem.filter({ hasText: 'In the English box: Not filled in yet.' }).filter({ hasNotText: 'Chinese box' }).waitFor({ timeout: 30000 });
  assert.match(await problem.textContent(), /英文那一栏：还没有填：请填上内容。/);
  const english = title.getByRole('textbox', { name: 'English', exact: true });
  assert.equal(await english.getAttribute('aria-invalid'), 'true');
  assert.equal(await title.getByRole('textbox', { name: '中文', exact: true }).getAttribute('aria-invalid'), null);
  const described = await english.evaluate((el) => el.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id).textContent).join(' '));
  assert.match(described, /Not filled in yet/);
  // A mistake only the loader knows: a bad file name, an address on a host not named as the publisher's.
  const id = page.getByRole('textbox', { name: /文件名/ });
  await id.fill('Pizhou Shop');
  await id.press('Tab');
  await group(page, '文件名 · File name').locator('.problem').filter({ hasText: /is not a valid id/ }).waitFor({ timeout: 30000 });
  await page.getByRole('combobox', { name: /哪篇报道/ }).selectOption('+');
  await page.getByRole('combobox', { name: /网址是谁的页面/ }).selectOption('publisher');
  const url = page.getByRole('textbox', { name: /网址 · Address/ });
  await url.fill('https://www.example.com/news/1.html');
  await page.getByRole('textbox', { name: /域名 · Host/ }).fill('www.example.gov.cn');
  await url.focus();
  await page.keyboard.press('Tab');
  await group(page, /网址（可以不填）/).locator('.problem').filter({ hasText: /is not listed in publisher_hosts/ }).waitFor({ timeout: 30000 });
  // "Show every problem": each one beside its field, the first one focused.
  await page.getByRole('button', { name: /显示所有问题/ }).click();
  const shown = await page.locator('.problem:not([hidden])').count();
  assert.ok(shown >= 20, `${shown} problems shown`);
  assert.ok(await page.evaluate(() => Boolean(document.activeElement.closest('.has-problem'))), 'the first problem has the focus');
  // The keyboard alone: a step added, then moved, keeps the focus where the hands are.
  const add = page.getByRole('button', { name: /再加一步/ });
  await add.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.focus), 'timeline/3/zh');
  await page.keyboard.type('第四步');
  await page.getByRole('button', { name: '上移第4步 · Move step 4 up' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.focus), 'timeline/2/up');
  assert.equal(await group(page, '第3步 · Step 3').getByRole('textbox', { name: '中文', exact: true }).inputValue(), '第四步');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('an existing case opens in the form with no problem, and the form fits a phone and 200 % text', { timeout: 120000 }, async () => {
  for (const [name, options] of [['390', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }],
    ['200pc', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }]]) {
    const { page, errors } = await openForm(options);
    await page.locator('#open-site').selectOption('huizhou-waybills');
    const want = JSON.parse(fs.readFileSync(path.join(ROOT, 'content', 'cases', 'huizhou-waybills.json'), 'utf8'));
    await page.waitForFunction((t) => [...document.querySelectorAll('input, textarea')].some((el) => el.value === t), want.title['zh-Hans']);
    await summary(page).filter({ hasText: '没有问题 · No problems' }).waitFor({ timeout: 30000 });
    // Nothing wider than the screen; no field a phone would zoom into; every control a finger can hit.
    const fit = await page.evaluate(() => {
      const wide = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      const small = [...document.querySelectorAll('input:not([type="checkbox"]), textarea, select')]
        .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 16).length;
      const tiny = [...document.querySelectorAll('button, select, input[type="text"], input[type="url"]')]
        .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height < 44; }).length;
      const cut = [...document.querySelectorAll('.field, li.row, fieldset')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length;
      return { wide, small, tiny, cut };
    });
    assert.deepEqual(fit, { wide: 0, small: 0, tiny: 0, cut: 0 }, name);
    await page.screenshot({ path: path.join(SHOTS, `write-${name}.png`) });
    assert.deepEqual(errors, []);
    await page.context().close();
  }
});

test('"English later": a case in Chinese only has no problem for its empty English, and its English page says so', { timeout: 120000 }, async () => {
  const { page, errors } = await openForm();
  await page.locator('#open-site').selectOption('huizhou-waybills');
  await summary(page).filter({ hasText: '没有问题 · No problems' }).waitFor({ timeout: 30000 });
  // Only the case file changes: the other three are said to need no change.
  assert.deepEqual(await page.locator('button.download').evaluateAll((b) => b.map((x) => x.dataset.file)), ['cases/huizhou-waybills.json']);
  await page.getByText('Files that need no change: cases/index.json, sources.json, reminders.json.').waitFor();
  const english = group(page, '标题 · Title').getByRole('textbox', { name: 'English', exact: true });
  await english.fill('');
  await english.press('Tab');
  await summary(page).filter({ hasText: '还有 1 个问题要改' }).waitFor({ timeout: 30000 });
  await page.getByRole('checkbox', { name: /英文以后再写/ }).check();
  await summary(page).filter({ hasText: '没有问题 · No problems' }).waitFor({ timeout: 30000 });
  await page.getByRole('button', { name: 'English', exact: true }).click();
  const frame = shownPreview(page);
  await frame.getByText('This local case is written in Chinese only.').first().waitFor({ state: 'attached', timeout: 30000 });
  const title = JSON.parse(fs.readFileSync(path.join(ROOT, 'content', 'cases', 'huizhou-waybills.json'), 'utf8')).title['zh-Hans'];
  await frame.getByRole('heading', { name: title }).first().waitFor({ state: 'attached' });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('where the widget cannot start (no WebGL2), the form says it cannot check, instead of checking for ever', { timeout: 60000 }, async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => { delete globalThis.WebGL2RenderingContext; });  // every frame, as an old browser
  const page = await context.newPage();
  await page.goto(`${server.url}write.html`);
  await page.locator('#summary[aria-busy="false"]').filter({ hasText: 'Could not check: this browser cannot start' }).waitFor({ timeout: 30000 });
  await page.locator('#preview-count').filter({ hasText: /没能检查/ }).waitFor();
  await context.close();
});
