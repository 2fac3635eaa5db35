// The widget embedded in someone else's page, as the README tells them to: a sandboxed
// iframe (allow-scripts only, so the widget's origin is opaque), at phone and desktop widths.
// Messages reach only an allowed host origin and carry no answers; requests are taken only
// from that host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startServer, launchBrowser, answerCheck, ROOT, SHOTS } from './harness.mjs';

const questions = JSON.parse(readFileSync(path.join(ROOT, 'content/quiz/questions.json'), 'utf8')).questions;
const spot = JSON.parse(readFileSync(path.join(ROOT, 'content/quiz/spot.json'), 'utf8')).items;
// The host page: another origin (its own nginx on another port, plain config: a news
// site's page has its own rules), with the widget in an iframe as the README shows. The
// widget's address comes in the page's #fragment. Every message it receives is kept in window.got.
const HOST_PAGE = `<!doctype html>
<meta name="viewport" content="width=device-width, initial-scale=1">
<h1>Local news</h1>
<iframe id="w" sandbox="allow-scripts" title="DataTrail" style="width:100%;height:700px;border:0"></iframe>
<script>
  window.got = [];
  const frame = document.getElementById('w');
  window.addEventListener('message', (e) => {
    if (e.source !== frame.contentWindow) return;  // the README's check: the frame itself
    window.got.push(e.data);
    if (e.data.type === 'resize') frame.style.height = Math.max(400, e.data.height) + 'px';
  });
  frame.src = decodeURIComponent(location.hash.slice(1));
</script>`;

let server, hostServer, browser, HOST;
before(async () => {
  server = await startServer(18089);
  const root = mkdtempSync(path.join(tmpdir(), 'dt-host-'));
  chmodSync(root, 0o755);  // nginx's workers must read it
  writeFileSync(path.join(root, 'index.html'), HOST_PAGE);
  hostServer = await startServer(18090, root, ['--stock']);
  HOST = hostServer.url.replace(/\/$/, '');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
  hostServer?.stop();
});

// Opens the host page at `width`; `allowed` is what the deployer's embed.json lists.
async function openHost(width, allowed, query = '?lang=en') {
  const context = await browser.newContext({ viewport: { width, height: 900 }, screen: { width: 2560, height: 1440 } });
  const page = await context.newPage();
  const requests = [], said = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => said.push(m.text()));  // the frame's console too
  await page.route('**/embed.json', (route) => route.fulfill({ contentType: 'application/json',
    body: JSON.stringify({ allowed_origins: allowed }) }));
  await page.goto(`${HOST}/#${encodeURIComponent(`${server.url}embed.html${query}`)}`);
  return { page, requests, said, frame: page.frameLocator('#w') };
}

const got = (page) => page.evaluate(() => window.got);

for (const width of [360, 1280]) {
  test(`embedded at ${width} px: ready, its height, the screens shown; the host can open the quiz`, async () => {
    const { page, frame, requests } = await openHost(width, [HOST, 'https://other.example']);
    await page.waitForFunction(() => window.got.some((m) => m.type === 'ready'), null, { timeout: 20000 });
    await page.waitForFunction(() => window.got.some((m) => m.type === 'resize' && m.height > 300));
    await page.waitForFunction(() => window.got.some((m) => m.type === 'navigate' && m.screen === 'home'));
    assert.equal((await got(page))[0].type, 'ready', 'ready is the first message');
    // The host page followed the height it was told.
    const height = await page.evaluate(() => document.getElementById('w').getBoundingClientRect().height);
    const told = (await got(page)).filter((m) => m.type === 'resize').pop().height;
    assert.equal(Math.round(height), Math.max(400, told));
    await page.screenshot({ path: path.join(SHOTS, `web-embed-${width}.png`), fullPage: true });
    // The host asks for the quiz.
    await page.evaluate(() => document.getElementById('w').contentWindow.postMessage({ type: 'open', place: 'quiz' }, '*'));
    await page.waitForFunction(() => window.got.some((m) => m.type === 'navigate' && m.screen === 'quiz'));
    await frame.getByText(`Question 1 of ${questions.length}`).waitFor({ state: 'attached' });
    for (const m of await got(page)) {
      assert.equal(m.source, 'datatrail');
      assert.ok(['ready', 'resize', 'navigate', 'quiz-complete'].includes(m.type), JSON.stringify(m));
    }
    // Only the widget's own server was asked for anything (the host page is the test's).
    assert.deepEqual(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith(HOST)), []);
    await page.context().close();
  });
}

// Takes the whole quiz in the frame, choosing for each question the risky (or the safe) answer,
// on the visitor's own way in (the Self-check card), with the quick questions before and
// after, answered all wrongly (risky) or all rightly.
async function takeQuiz(page, frame, risky) {
  await frame.locator('#mirror').getByRole('link', { name: 'Self-check' }).dispatchEvent('click');
  await frame.locator('#mirror').getByRole('button', { name: 'Start the quick questions' }).dispatchEvent('click');
  await answerCheck(frame, 'en', () => !risky);
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i];
    await frame.getByText(`Question ${i + 1} of ${questions.length}`).waitFor({ state: 'attached' });
    const o = q.options.find((x) => Boolean(x.risky) === risky);
    await frame.getByRole(q.kind === 'multiple' ? 'checkbox' : 'radio', { name: o.text.en, exact: true }).dispatchEvent('click');
    await frame.getByRole(q.kind === 'multiple' ? 'checkbox' : 'radio', { name: o.text.en, exact: true, checked: true })
      .waitFor({ state: 'attached' });
    await frame.getByRole('button', { name: 'See how to be safer' }).dispatchEvent('click');
    await frame.getByRole('button', { name: i + 1 < questions.length ? 'Next question' : 'On to 4 matching quick questions' }).dispatchEvent('click');
  }
  await page.waitForFunction(() => window.got.some((m) => m.type === 'quiz-complete'));
  await answerCheck(frame, 'en', () => !risky);
  // The visitor sees their own change; the host page is told nothing of it.
  await frame.getByText(`Now: ${risky ? 0 : 4} of 4 spotted`).waitFor({ state: 'attached' });
  if (!risky) await page.screenshot({ path: path.join(SHOTS, `web-embed-check-change-${page.viewportSize().width}.png`) });
  await frame.locator('#mirror').getByRole('button', { name: 'See my action plan' }).dispatchEvent('click');
  await frame.getByRole('heading', { name: 'Your action plan' }).waitFor({ state: 'attached' });
  await page.waitForTimeout(1000);  // any message the plan would cause has arrived by now
  return got(page);
}

// At a narrow phone, a phone and a laptop width (security review M1: the height stream was a
// side channel): the same bytes to the host whatever the visitor answered.
for (const width of [240, 390, 1280]) test(`at ${width} px, two visitors with opposite answers, quick questions included, produce identical messages: nothing of the answers reaches the host`,
  { timeout: 240000 }, async () => {
    const streams = [];
    for (const risky of [true, false]) {
      const { page, frame } = await openHost(width, [HOST], '?lang=en');
      await page.waitForFunction(() => window.got.some((m) => m.type === 'ready'), null, { timeout: 20000 });
      streams.push(await takeQuiz(page, frame, risky));
      if (risky) {
        const all = JSON.stringify(streams[0]);
        for (const q of questions) for (const o of q.options) assert.ok(!all.includes(o.text.en), 'no answer text leaves the frame');
        for (const s of spot) assert.ok(!all.includes(s.prompt.en), 'no quick question leaves the frame');
        // Nothing new: the same kinds of message, and the check is told as the self-check it belongs to.
        assert.deepEqual([...new Set(streams[0].filter((m) => m.type === 'navigate').map((m) => m.screen))].sort(), ['home', 'quiz']);
      }
      await page.context().close();
    }
    const done = streams[0].find((m) => m.type === 'quiz-complete');
    assert.deepEqual(Object.keys(done).sort(), ['source', 'type'], 'quiz-complete carries no score');
    assert.deepEqual(streams[0], streams[1], 'the same messages, heights included, whatever the answers');
    assert.equal(JSON.stringify(streams[0]), JSON.stringify(streams[1]), 'byte for byte');
  });

test('an origin copied with a trailing slash is named in the console, not dropped in silence', async () => {
  const { page, said } = await openHost(1280, [`${HOST}/`]);
  for (let i = 0; i < 100 && !said.some((l) => /not an origin/.test(l)); i++) await page.waitForTimeout(100);
  assert.ok(said.some((l) => l.includes(`"${HOST}/", which is not an origin`) && /no trailing slash/.test(l)), said.join('\n'));
  assert.deepEqual(await got(page), []);
  await page.context().close();
});

test('a host not in embed.json gets no messages, and its requests are ignored', async () => {
  const { page, frame } = await openHost(1280, ['https://other.example']);
  await frame.getByRole('heading', { level: 1 }).waitFor({ state: 'attached', timeout: 20000 });
  await page.evaluate(() => document.getElementById('w').contentWindow.postMessage({ type: 'open', place: 'quiz' }, '*'));
  await page.waitForTimeout(1000);
  assert.deepEqual(await got(page), []);
  assert.equal(await frame.locator('#mirror').getAttribute('data-place'), 'home');
  await page.context().close();
});

test('messages from anywhere but the host window are ignored, and odd requests do nothing', async () => {
  const { page, frame } = await openHost(1280, [HOST]);
  await page.waitForFunction(() => window.got.some((m) => m.type === 'ready'), null, { timeout: 20000 });
  // A second frame from another origin on the host page tries to drive the widget.
  await page.evaluate(() => {
    const evil = document.createElement('iframe');
    evil.srcdoc = "<script>parent.frames[0].postMessage({type:'open', place:'quiz'}, '*')<\/script>";
    document.body.appendChild(evil);
  });
  // The host itself sends junk: wrong shapes, unknown places.
  await page.evaluate(() => {
    const w = document.getElementById('w').contentWindow;
    for (const m of ['open quiz', { type: 'open' }, { type: 'open', place: '../../etc' }, { type: 'eval', code: '1' },
                     { type: 'open', place: 'case/no-such-case' }]) w.postMessage(m, '*');
  });
  await page.waitForTimeout(1000);
  assert.equal(await frame.locator('#mirror').getAttribute('data-place'), 'home');
  assert.ok(!(await got(page)).some((m) => m.type === 'navigate' && m.screen !== 'home'));
  await page.context().close();
});

test('served without the header that lets a sandboxed frame read the bundle: a clear message, not endless loading', async () => {
  // The same bundle behind a plain nginx, as a deployer who skipped the shipped config would.
  const bare = await startServer(18093, path.join(ROOT, 'build', 'web'), ['--stock']);
  try {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 }, screen: { width: 2560, height: 1440 } });
    const page = await context.newPage();
    await page.goto(`${HOST}/#${encodeURIComponent(`${bare.url}embed.html?lang=en`)}`);
    const frame = page.frameLocator('#w');
    await frame.getByText('This page could not load').waitFor({ state: 'visible', timeout: 30000 });
    assert.ok(await frame.getByRole('link', { name: 'Read the cases and police advice as text' }).isVisible());
    assert.equal(await frame.locator('#loading').isHidden(), true);
    await page.screenshot({ path: path.join(SHOTS, 'web-embed-no-cors.png') });
    await context.close();
  } finally {
    bare.stop();
  }
});
