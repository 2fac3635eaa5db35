// A smoke walk in the two engines beside Chromium (issue 33): Firefox ESR and WebKit (every
// iPhone browser), as Debian ships them, through tests/browser/engines.mjs. Each walks what a
// visitor does — home, the language, a case to its source, a story's steps on its diagram, the
// quick questions and the self-check to the plan, text at 200 %, the kiosk's attract screen to
// a visit — with real pointer input where the mirror places a control (a mouse; in WebKit also
// a touch pointer), and the mirror's own buttons for the long quiz. It fails on any page error
// or the failure panel, and shoots home and the diagram per engine.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, SHOTS, startServer } from './harness.mjs';
import { ENGINES } from './engines.mjs';

const questions = JSON.parse(fs.readFileSync(path.join(ROOT, 'content/quiz/questions.json'), 'utf8')).questions;
const spot = JSON.parse(fs.readFileSync(path.join(ROOT, 'content/quiz/spot.json'), 'utf8')).items;
const qingdao = JSON.parse(fs.readFileSync(path.join(ROOT, 'content/cases/qingdao-phone-shops.json'), 'utf8'));

// The host page of the embed walk: another origin, the widget in a sandboxed frame as the
// README shows; every message from the frame is kept in window.got. A second frame, sandboxed
// the same way, tells whether the engine lets it print.
const HOST_PAGE = `<!doctype html>
<h1>Local news</h1>
<iframe id="w" sandbox="allow-scripts" title="Where Does My Data Go?" style="width:100%;height:700px;border:0"></iframe>
<iframe id="p" sandbox="allow-scripts" hidden srcdoc="<script>let o = false; addEventListener('beforeprint', () => { o = true; });
  try { print(); } catch (e) {} parent.postMessage({ printOpened: o }, '*');</script>"></iframe>
<script>
  window.got = [];
  window.addEventListener('message', (e) => { if ('printOpened' in (e.data || {})) window.printOpened = e.data.printOpened; });
  const frame = document.getElementById('w');
  window.addEventListener('message', (e) => { if (e.source === frame.contentWindow) window.got.push(e.data); });
  frame.src = decodeURIComponent(location.hash.slice(1));
</script>`;

// The bundle as a deployer serves it, with one settings file of theirs (`name`: its JSON).
function servedCopy(port, name, settings) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-copy-'));
  fs.chmodSync(root, 0o755);  // nginx's workers must read it
  for (const f of fs.readdirSync(path.join(ROOT, 'build', 'web'))) {
    if (f !== name) fs.symlinkSync(path.join(ROOT, 'build', 'web', f), path.join(root, f));
  }
  fs.writeFileSync(path.join(root, name), JSON.stringify(settings));
  return startServer(port, root);
}

let server, embedServer, hostServer, kioskServer, HOST;
before(async () => {
  server = await startServer(18136);
  const hostRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-host-'));
  fs.chmodSync(hostRoot, 0o755);
  fs.writeFileSync(path.join(hostRoot, 'index.html'), HOST_PAGE);
  hostServer = await startServer(18133, hostRoot, ['--stock']);
  HOST = hostServer.url.replace(/\/$/, '');
  embedServer = await servedCopy(18132, 'embed.json', { allowed_origins: [HOST] });
  // A kiosk that gives up on a visitor soon (the shortest idle time kiosk.json accepts).
  kioskServer = await servedCopy(18134, 'kiosk.json', { idle_seconds: 15, countdown_seconds: 5, language: 'zh-Hans' });
});
after(() => { server?.stop(); embedServer?.stop(); hostServer?.stop(); kioskServer?.stop(); });

// [SECTION] In the page (each function is sent whole: it can use nothing from here).
const placeOf = () => document.getElementById('mirror')?.dataset.place || '';
const failed = () => { const f = document.getElementById('failure'); return Boolean(f && !f.hidden); };
// The mirror's control with this role and name (exact, or starting with `prefix`): where it
// is drawn, or null; `press` activates it as a screen reader does.
const control = (role, name, prefix, press) => {
  const sel = { button: 'button:not([role])', link: 'button[role=link]', radio: 'button[role=radio]',
    checkbox: 'button[role=checkbox]', tab: 'nav button', heading: 'h1,h2,h3,h4,h5,h6' }[role];
  for (const el of document.querySelectorAll(`#mirror ${sel}`)) {
    const t = el.textContent.trim();
    if (prefix ? t.startsWith(name) : t === name) {
      if (press) el.click();
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width, h: r.height };
    }
  }
  return null;
};

// [SECTION] Here
async function until(d, what, fn, ...args) {
  for (let i = 0; i < 200; i++) {
    const v = await d.run(fn, ...args);
    if (v) return v;
    if (await d.run(failed)) {
      const why = await d.run(() => [...document.querySelectorAll('#failure [data-why]')].filter((e) => !e.hidden).map((e) => e.textContent).join(' '));
      throw new Error(`${d.engine}: the failure panel is shown while waiting for ${what}: ${why}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${d.engine}: waited 20 s for ${what}; the mirror shows "${await d.run(placeOf)}"`);
}
// A page load to its first screen. One retry if the failure panel shows before it, said in the
// log: on a loaded 2-core machine WebKitGTK once lost the race to its first frame (2026-12-07);
// a widget that really fails, fails twice (a planted error fails every walk).
async function load(d, url, place) {
  await d.goto(url);
  try {
    await at(d, place);
  } catch (e) {
    if (!/failure panel/.test(String(e))) throw e;
    console.log(`# ${d.engine}: ${e.message}; loading ${url} once more`);
    await d.goto(url);
    await at(d, place);
  }
}
const at = (d, place) => until(d, `the screen ${place}`, (p) => document.getElementById('mirror')?.dataset.place === p, place);
const press = (d, role, name, prefix = false) => until(d, `${role} "${name}"`, control, role, name, prefix, true);
// A real pointer where the control is drawn, once it is on screen and still.
async function tap(d, role, name, pointerType = 'mouse') {
  const b = await until(d, `${role} "${name}" on screen`, (n) => {
    const el = [...document.querySelectorAll('#mirror button')].find((e) => e.textContent.trim() === n);
    const c = el && el.getBoundingClientRect();
    return c && c.width > 1 && c.y >= 0 && c.bottom <= innerHeight ? { x: c.x + c.width / 2, y: c.y + c.height / 2 } : null;
  }, name);
  await new Promise((r) => setTimeout(r, 300));
  await d.tap(b.x, b.y, pointerType);
}

// How much of a screenshot is drawn: distinct colours and the share of pixels unlike the
// page's background (the top-left pixel). A PNG read with zlib alone.
function drawn(png) {
  let i = 8, w = 0, h = 0, type = 0;
  const idat = [];
  while (i < png.length) {
    const n = png.readUInt32BE(i), kind = png.toString('latin1', i + 4, i + 8);
    if (kind === 'IHDR') { w = png.readUInt32BE(i + 8); h = png.readUInt32BE(i + 12); type = png[i + 17]; }
    if (kind === 'IDAT') idat.push(png.subarray(i + 8, i + 8 + n));
    i += 12 + n;
  }
  const bpp = type === 6 ? 4 : 3, stride = w * bpp, raw = zlib.inflateSync(Buffer.concat(idat));
  const px = Buffer.alloc(h * stride);
  for (let y = 0; y < h; y++) {
    const f = raw[y * (stride + 1)], row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? px[y * stride + x - bpp] : 0, b = y ? px[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y ? px[(y - 1) * stride + x - bpp] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const pred = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][f];
      px[y * stride + x] = (row[x] + pred) & 255;
    }
  }
  const colours = new Set();
  let unlike = 0;
  for (let k = 0; k < w * h; k += 7) {
    const o = k * bpp, rgb = (px[o] << 16) | (px[o + 1] << 8) | px[o + 2];
    colours.add(rgb);
    if (Math.abs(px[o] - px[0]) + Math.abs(px[o + 1] - px[1]) + Math.abs(px[o + 2] - px[2]) > 60) unlike++;
  }
  return { colours: colours.size, share: unlike / Math.ceil((w * h) / 7) };
}

async function shoot(d, name) {
  await new Promise((r) => setTimeout(r, 1500));  // the rest of the font, and a frame drawn with it
  const png = await d.shot();
  fs.writeFileSync(path.join(SHOTS, `engine-${d.engine}-${name}.png`), png);
  const s = drawn(png);
  assert.ok(s.colours > 40 && s.share > 0.03, `${d.engine} ${name}: the canvas looks empty (${s.colours} colours, ${(s.share * 100).toFixed(1)} % drawn)`);
}

async function noErrors(d) {
  const mine = await d.run(() => window.datatrailErrors);
  assert.deepEqual([...(await d.errors()), ...(mine || [])], [], `${d.engine}: page errors`);
  assert.equal(await d.run(failed), false, `${d.engine}: the failure panel is shown`);
}

// [SECTION] The walk
for (const engine of Object.keys(ENGINES)) {
  test(`${engine}: home, language, a case to its source, a story to its end, the quiz to the plan, 200 % text, the kiosk`,
    { timeout: 600000 }, async () => {
      const d = await ENGINES[engine]({ width: 1280, height: 800 });
      try {
        await load(d, `${server.url}?lang=en`, 'home');
        await until(d, 'the first frame', () => document.getElementById('loading')?.hidden !== false);
        await shoot(d, 'home-en');
        // The language switch, by mouse where it is drawn.
        await tap(d, 'button', '中文');
        await until(d, 'Chinese', () => document.documentElement.lang === 'zh-Hans');
        await tap(d, 'button', 'English', engine === 'webkit' ? 'touch' : 'mouse');
        await until(d, 'English', () => document.documentElement.lang === 'en');

        // A case to its source, and its story's steps on the diagram.
        await press(d, 'link', 'Case stories');
        await press(d, 'button', 'Skip', true);
        await at(d, 'cases');
        await press(d, 'link', qingdao.title.en, true);
        await at(d, 'case/qingdao-phone-shops');
        await until(d, 'the source', control, 'heading', 'Source', false, false);
        await press(d, 'button', 'See how the data moved');
        await at(d, 'flow/qingdao-phone-shops');
        await shoot(d, 'diagram-en');
        let steps = 0;
        for (; steps < 20; steps++) {
          const next = await d.run(control, 'button', 'Next', false, false);
          if (!next) break;
          const before = await d.run(() => document.getElementById('mirror').textContent);
          await press(d, 'button', 'Next');
          await until(d, 'the next step', (b) => document.getElementById('mirror').textContent !== b, before);
          if (await d.run(() => /Step (\d+) of \1\b/.test(document.getElementById('mirror').textContent))) break;
        }
        assert.ok(steps >= 3, `${engine}: only ${steps} story steps were walked`);

        // The quick questions, the self-check and the plan, through the mirror.
        await load(d, `${server.url}?lang=en`, 'home');
        await press(d, 'link', 'Self-check');
        await press(d, 'button', 'Start the quick questions');
        const answerSpot = async () => {
          for (let i = 0; i < 4; i++) {
            await until(d, `quick question ${i + 1}`, (n) => document.getElementById('mirror').textContent.includes(`Question ${n} of 4`), i + 1);
            const item = await until(d, 'a known item', (prompts) => {
              const hs = [...document.querySelectorAll('#mirror h1,#mirror h2,#mirror h3')].map((h) => h.textContent.trim());
              const k = prompts.findIndex((p) => hs.includes(p));
              return k >= 0 ? { k } : null;
            }, spot.map((s) => s.prompt.en));
            const it = spot[item.k];
            const answer = it.kind === 'safe_or_not' ? (it.leaks ? 'Risky' : 'Safe') : it.options.find((o) => o.leaks).text.en;
            await press(d, 'radio', answer);
            await until(d, 'the reason', (r) => document.body.textContent.includes(r), it.reason.en);
            await press(d, 'button', i < 3 ? 'Next question' : (await d.run(control, 'button', 'Start the self-check', false, false)) ? 'Start the self-check' : 'See what changed');
          }
        };
        await answerSpot();
        for (let i = 0; i < questions.length; i++) {
          const q = questions[i];
          await until(d, `question ${i + 1}`, (n, of) => document.getElementById('mirror').textContent.includes(`Question ${n} of ${of}`), i + 1, questions.length);
          const o = q.options.find((x) => !x.risky);
          await press(d, q.kind === 'multiple' ? 'checkbox' : 'radio', o.text.en);
          await press(d, 'button', 'See how to be safer');
          await press(d, 'button', i + 1 < questions.length ? 'Next question' : 'On to 4 matching quick questions');
        }
        await answerSpot();
        await press(d, 'button', 'See my action plan');
        await until(d, 'the plan', control, 'heading', 'Your action plan', false, false);
        await noErrors(d);

        // Text at 200 %: the home screen reflows, nothing fails.
        await load(d, `${server.url}?lang=zh-Hans&text=2`, 'home');
        await shoot(d, 'home-zh-text200');

        // The kiosk: the attract screen, a touch starts a visit; the visitor answers a question
        // and walks away; the visit is asked about, then wiped, and the next finds no answer.
        await d.goto(`${kioskServer.url}kiosk.html`);
        await until(d, 'the attract screen', control, 'button', '开始', false, false);
        await new Promise((r) => setTimeout(r, 500));
        await shoot(d, 'kiosk-attract');
        await d.tap(640, 400, engine === 'webkit' ? 'touch' : 'mouse');
        await at(d, 'home');
        const firstAnswer = questions[0].options[0].text['zh-Hans'];
        const intoQuiz = async () => {
          await press(d, 'link', '自查测验');
          await press(d, 'button', '跳过', true);
          await at(d, 'quiz');
        };
        await intoQuiz();
        await press(d, 'radio', firstAnswer);
        const checked = () => document.querySelectorAll('#mirror [role=radio][aria-checked=true]').length;
        await until(d, 'the answer taken', checked);
        await until(d, '"still there?" after the idle time', () => document.getElementById('mirror').textContent.includes('还在吗'));
        await until(d, 'the attract screen after the countdown', control, 'button', '开始', false, false);
        await d.tap(640, 400, engine === 'webkit' ? 'touch' : 'mouse');
        await at(d, 'home');
        await intoQuiz();
        await until(d, 'the first question', control, 'radio', firstAnswer, false, false);
        assert.equal(await d.run(checked), 0, `${engine}: an answer survived the kiosk's wipe`);
        await noErrors(d);
        console.log(`# ${engine} ${d.version}: walked; ${steps} story steps`);
      } finally {
        await d.close();
      }
    });
}

// Embedded in a page on another origin: the host hears the widget and can open the quiz.
// Firefox names no ancestor origin to a frame, so there the widget is told its host by ?host=
// (README, "Embed it"); WebKit and Chromium name it themselves. This walk found that WebKit
// matches a Content-Security-Policy 'self' against nothing inside <iframe sandbox="allow-scripts">
// (WebKit bug 316847): every file of the widget was refused and the frame stayed blank, so the
// shipped nginx config names the page's own origin beside 'self' (web/nginx/datatrail.conf).
for (const engine of Object.keys(ENGINES)) {
  test(`${engine}: embedded in another origin's page, the host hears it and opens the quiz`, { timeout: 180000 }, async () => {
    const d = await ENGINES[engine]({ width: 1024, height: 900 });
    try {
      const widget = `${embedServer.url}embed.html?lang=en${engine === 'firefox' ? `&host=${encodeURIComponent(HOST)}` : ''}`;
      await d.goto(`${HOST}/#${encodeURIComponent(widget)}`);
      const got = () => window.got || [];
      await until(d, 'ready from the frame', () => (window.got || []).some((m) => m.type === 'ready'));
      await until(d, 'a height', () => window.got.some((m) => m.type === 'resize' && m.height > 300));
      await d.run(() => document.getElementById('w').contentWindow.postMessage({ type: 'open', place: 'quiz' }, '*'));
      await until(d, 'the quiz opened by the host', () => window.got.some((m) => m.type === 'navigate' && m.screen === 'quiz'));
      for (const m of await d.run(got)) {
        assert.equal(m.source, 'datatrail');
        assert.ok(['ready', 'resize', 'navigate'].includes(m.type), JSON.stringify(m));
      }
      await shoot(d, 'embed');
      assert.deepEqual(await d.errors(), [], `${engine}: page errors`);
      // print() in a frame sandboxed without allow-modals is refused without a word (no
      // beforeprint), as web/print.js assumes: the widget then says so and offers a way out.
      assert.equal(await until(d, 'the print probe', () => (typeof window.printOpened === 'boolean' ? String(window.printOpened) : null)), 'false');
    } finally {
      await d.close();
    }
  });
}

// [SECTION] What an iPhone needs that Chromium forgave (issue 33, item 3), checked in every engine
// on a phone-sized page: the drawing follows the viewport as a browser's toolbar collapses or
// the phone turns; a finger on the canvas goes to the widget, not to page zoom or scroll; a
// WebGL context lost in the background comes back drawn; the organiser's form fields are large
// enough that iOS does not zoom into them.
for (const engine of Object.keys(ENGINES)) {
  test(`${engine}: the viewport, touch-action, a lost WebGL context, form fields`, { timeout: 180000 }, async () => {
    const d = await ENGINES[engine]({ width: 390, height: 700 });
    try {
      await load(d, `${server.url}?lang=en`, 'home');
      // A toolbar collapsing (700 -> 760 -> 844) and the phone turned: the canvas, its pixels
      // and the tab bar follow each size; nothing is left off screen.
      for (const [w0, h0] of [[390, 760], [390, 844], [844, 390], [390, 700]]) {
        const [w, h] = await d.resize(w0, h0);  // MiniBrowser's window is never under ~450 px wide
        assert.equal(h, h0, `${engine}: the page's height follows the window`);
        const fit = await until(d, `the canvas at ${w}x${h}`, (ww, hh) => {
          const c = document.getElementById('canvas');
          const sized = innerWidth === ww && innerHeight === hh && c.clientWidth === ww && c.clientHeight === hh
            && Math.abs(c.width - Math.round(ww * devicePixelRatio)) <= 1 && Math.abs(c.height - Math.round(hh * devicePixelRatio)) <= 1;
          if (!sized) return null;
          const out = [...document.querySelectorAll('#mirror nav button')].map((b) => b.getBoundingClientRect())
            .filter((r) => r.bottom > hh + 1 || r.right > ww + 1 || r.top < -1);
          return { tabs: document.querySelectorAll('#mirror nav button').length, out: out.length, vv: window.visualViewport ? visualViewport.height : hh };
        }, w, h);
        assert.equal(fit.out, 0, `${engine} ${w}x${h}: ${fit.out} tab(s) drawn off screen`);
        assert.equal(Math.round(fit.vv), h, `${engine} ${w}x${h}: the visual viewport`);
      }
      assert.equal(await d.run(() => getComputedStyle(document.getElementById('canvas')).touchAction), 'none',
        `${engine}: a finger on the canvas must reach the widget, not pan or zoom the page`);

      // A lost context (a phone puts the tab in the background) comes back: the same screen,
      // drawn in full, still working.
      await press(d, 'link', 'Case stories');
      await press(d, 'button', 'Skip', true);
      await at(d, 'cases');
      await shoot(d, 'cases-before-loss');
      await d.run(() => {
        globalThis.lose = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
        globalThis.lose.loseContext();
      });
      await until(d, 'the context lost', () => document.getElementById('canvas').getContext('webgl2').isContextLost());
      const frames = await d.run(() => globalThis.datatrail.frames);
      await d.run(() => globalThis.lose.restoreContext());
      await until(d, 'the context back and drawn', (f) => !document.getElementById('canvas').getContext('webgl2').isContextLost()
        && globalThis.datatrail.frames > f, frames);
      await shoot(d, 'cases-after-loss');
      assert.equal(await d.run(placeOf), 'cases');
      await press(d, 'button', 'Back');
      await at(d, 'home');
      await noErrors(d);

      // check.html's fields: iOS zooms the page into any text field under 16 px when it takes focus.
      await d.goto(`${server.url}check.html`);
      const small = await until(d, 'the checker page', () => document.querySelector('#code-input')
        && [...document.querySelectorAll('input:not([type=file]), textarea, select')]
          .map((e) => ({ id: e.id, px: parseFloat(getComputedStyle(e).fontSize) })).filter((f) => f.px < 16));
      assert.deepEqual(small, [], `${engine}: fields iOS would zoom into`);
    } finally {
      await d.close();
    }
  });
}
