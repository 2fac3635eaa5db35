// The two engines beside Chromium, driven as Debian ships them: Firefox ESR over WebDriver
// BiDi (its own remote agent; no geckodriver in Debian) and WebKitGTK's MiniBrowser over W3C
// WebDriver classic (WebKitWebDriver, from webkit2gtk-driver) — WebKit is the engine of every
// browser on an iPhone, WeChat's included. Both run under their own Xvfb (Firefox draws WebGL
// only with a display, even headless). One small interface for the smoke suite:
//   goto(url), run(fn, ...args) -> JSON value, tap(x, y, pointerType), key(k), shot() -> PNG,
//   resize(width, height) of the page's viewport -> [width, height] it got, errors() -> uncaught
//   page errors, close().
// playwright-core cannot drive the stock Firefox and WebKit builds (it needs its own patched
// ones), and this is all the smoke suite needs: so a helper rather than another library.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// An X server of its own; resolves to its display name (":N").
async function startXvfb(width, height) {
  const x = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'],
    { stdio: ['ignore', 'pipe', 'ignore'] });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    x.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    x.on('exit', () => reject(new Error('Xvfb did not start')));
    setTimeout(() => reject(new Error('Xvfb did not report its display in 10 s')), 10000);
  });
  return { display, stop: () => x.kill() };
}

// Waits until `proc` writes a line matching `re` to stderr or stdout; resolves to the match.
function waitForLine(proc, re, what, ms = 30000) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const look = (d) => {
      seen += d;
      const m = seen.match(re);
      if (m) resolve(m);
    };
    proc.stdout?.on('data', look);
    proc.stderr?.on('data', look);
    proc.on('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready:\n${seen.slice(-2000)}`)));
    setTimeout(() => reject(new Error(`${what} not ready after ${ms} ms:\n${seen.slice(-2000)}`)), ms);
  });
}

// A script's result comes back as JSON text from both protocols, so both return plain values.
const wrap = (fn, args) => `return JSON.stringify(await (${fn})(...${JSON.stringify(args)}));`;

// [SECTION] Firefox ESR over WebDriver BiDi
async function firefox({ width, height }) {
  const x = await startXvfb(Math.max(width, height) + 300, Math.max(width, height) + 300);  // room to turn the phone
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-firefox-'));
  // A fresh profile: WebGL on (a display-less default turns it off), no first-run pages.
  fs.writeFileSync(path.join(profile, 'user.js'), [
    'user_pref("webgl.disabled", false);',
    'user_pref("webgl.force-enabled", true);',
    'user_pref("browser.shell.checkDefaultBrowser", false);',
    'user_pref("browser.startup.homepage_override.mstone", "ignore");',
    'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
    'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
    'user_pref("browser.aboutwelcome.enabled", false);',
  ].join('\n'));
  const proc = spawn('firefox-esr', ['--remote-debugging-port', '0', '--profile', profile, '--no-remote', '--new-instance',
    `--width=${width}`, `--height=${height}`, 'about:blank'], { env: { ...process.env, DISPLAY: x.display, MOZ_CRASHREPORTER_DISABLE: '1' } });
  const [, wsUrl] = await waitForLine(proc, /WebDriver BiDi listening on (ws:\/\/[^\s]+)/, 'firefox-esr');
  const ws = new WebSocket(`${wsUrl}/session`);
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
  let next = 1;
  const pending = new Map();
  const errors = [];
  ws.on('message', (data) => {
    const m = JSON.parse(data);
    if (m.id && pending.has(m.id)) {
      const { resolve, reject } = pending.get(m.id);
      pending.delete(m.id);
      if (m.type === 'error') reject(new Error(`${m.error}: ${m.message}`));
      else resolve(m.result);
    } else if (m.method === 'log.entryAdded' && m.params.type === 'javascript' && m.params.level === 'error') {
      errors.push(m.params.text);
    }
  });
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const id = next++;
    pending.set(id, { resolve, reject });
    ws.send(JSON.stringify({ id, method, params }));
  });
  const session = await send('session.new', { capabilities: {} });
  await send('session.subscribe', { events: ['log.entryAdded'] });
  const tree = await send('browsingContext.getTree', {});
  const context = tree.contexts[0].context;
  await send('browsingContext.setViewport', { context, viewport: { width, height } });
  return {
    engine: 'firefox',
    version: session.capabilities.browserVersion,
    goto: (url) => send('browsingContext.navigate', { context, url, wait: 'complete' }),
    async run(fn, ...args) {
      const r = await send('script.callFunction', {
        functionDeclaration: `async () => { ${wrap(fn, args)} }`, target: { context }, awaitPromise: true,
      });
      if (r.type === 'exception') throw new Error(`page script failed: ${r.exceptionDetails.text}`);
      return r.result.value === undefined ? undefined : JSON.parse(r.result.value);
    },
    async tap(x0, y0, pointerType = 'mouse') {
      const x1 = Math.round(x0), y1 = Math.round(y0);
      await send('input.performActions', {
        context,
        actions: [{ type: 'pointer', id: pointerType, parameters: { pointerType }, actions: [
          { type: 'pointerMove', x: x1, y: y1 }, { type: 'pointerDown', button: 0 }, { type: 'pause', duration: 60 },
          { type: 'pointerUp', button: 0 }] }],
      });
      await send('input.releaseActions', { context });
    },
    async key(k) {
      await send('input.performActions', { context, actions: [{ type: 'key', id: 'kbd', actions: [
        { type: 'keyDown', value: k }, { type: 'keyUp', value: k }] }] });
    },
    async resize(w, h) {
      await send('browsingContext.setViewport', { context, viewport: { width: w, height: h } });
      return [w, h];
    },
    async shot() {
      const r = await send('browsingContext.captureScreenshot', { context });
      return Buffer.from(r.data, 'base64');
    },
    errors: () => errors.slice(),
    async close() {
      try { await send('session.end', {}); } catch { /* already gone */ }
      ws.close();
      proc.kill();
      x.stop();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// [SECTION] WebKitGTK's MiniBrowser over WebDriver classic
const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser']
  .find((p) => fs.existsSync(p));

async function webkit({ width, height }) {
  const x = await startXvfb(Math.max(width, height) + 300, Math.max(width, height) + 300);  // room to turn the phone
  const port = 4400 + Math.floor(Math.random() * 500);
  const proc = spawn('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: x.display } });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/status`)).ok) break;
    } catch { /* not up yet */ }
    if (i > 100) throw new Error('WebKitWebDriver did not start');
    await sleep(100);
  }
  const call = async (method, url, body) => {
    const r = await fetch(`${base}${url}`, { method, headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body) });
    const j = await r.json();
    if (!r.ok) throw new Error(`${method} ${url}: ${j.value?.error}: ${j.value?.message}`);
    return j.value;
  };
  const s = await call('POST', '/session', { capabilities: { alwaysMatch: { browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...(process.env.DT_WEBKIT_CONSOLE ? ['--enable-write-console-messages-to-stdout=true'] : [])] } } } });
  if (process.env.DT_WEBKIT_CONSOLE) proc.stdout.pipe(process.stderr);
  const sid = `/session/${s.sessionId}`;
  // The window's outer size holds the toolbar; size it so the page gets width x height. The
  // toolbar is measured on a wide window: MiniBrowser's window is never narrower than its
  // toolbar (a page about 450 px wide), so a phone's width is out of reach here.
  const innerSize = async () => JSON.parse(await call('POST', `${sid}/execute/sync`, { script: 'return JSON.stringify([innerWidth, innerHeight])', args: [] }));
  await call('POST', `${sid}/window/rect`, { width: 1000, height });
  const inner = await innerSize();
  const chrome = [1000 - inner[0], height - inner[1]];
  const resize = async (w, h) => {
    await call('POST', `${sid}/window/rect`, { width: w + chrome[0], height: h + chrome[1] });
    return innerSize();
  };
  await resize(width, height);
  return {
    engine: 'webkit',
    version: s.capabilities.browserVersion,
    goto: (url) => call('POST', `${sid}/url`, { url }),
    async run(fn, ...args) {
      const v = await call('POST', `${sid}/execute/async`, {
        script: `const done = arguments[arguments.length - 1];
                 (async () => { ${wrap(fn, args)} })().then(done, (e) => done(JSON.stringify({ __error: String(e) })));`,
        args: [] });
      const out = v === null || v === undefined ? undefined : JSON.parse(v);
      if (out && out.__error) throw new Error(`page script failed: ${out.__error}`);
      return out;
    },
    async tap(x0, y0, pointerType = 'mouse') {
      await call('POST', `${sid}/actions`, { actions: [{ type: 'pointer', id: pointerType, parameters: { pointerType }, actions: [
        { type: 'pointerMove', x: Math.round(x0), y: Math.round(y0), origin: 'viewport' }, { type: 'pointerDown', button: 0 },
        { type: 'pause', duration: 60 }, { type: 'pointerUp', button: 0 }] }] });
      await call('DELETE', `${sid}/actions`);
    },
    async key(k) {
      await call('POST', `${sid}/actions`, { actions: [{ type: 'key', id: 'kbd', actions: [
        { type: 'keyDown', value: k }, { type: 'keyUp', value: k }] }] });
    },
    resize,
    shot: async () => Buffer.from(await call('GET', `${sid}/screenshot`), 'base64'),
    // Classic WebDriver has no log: the widget keeps its uncaught errors (web/app.js).
    errors: async function () { return (await this.run(() => window.datatrailErrors || [])) || []; },
    async close() {
      try { await call('DELETE', sid); } catch { /* already gone */ }
      proc.kill();
      x.stop();
    },
  };
}

export const ENGINES = { firefox, webkit };
