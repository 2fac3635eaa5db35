// Page glue: checks WebGL2, passes the language hints to the wasm app, shows download
// progress, and hides the loading screen at the first frame. Nothing is stored or sent.
'use strict';
// Uncaught errors of this page, kept (in memory only) where a browser without a console log in
// its driver can read them: WebKit's WebDriver has none (tests/browser/engines.mjs).
window.datatrailErrors = [];
window.addEventListener('error', (e) => { if (e instanceof ErrorEvent) window.datatrailErrors.push(String(e.message)); });
window.addEventListener('unhandledrejection', (e) => window.datatrailErrors.push(String(e.reason)));
(function () {
  const $ = (id) => document.getElementById(id);
  // why: 'webgl' (the browser cannot draw it) or 'load' (a file did not arrive: the network,
  // or a server that does not let a sandboxed frame read the bundle). Either way the page
  // says so in both languages and links the text version, instead of loading for ever.
  let started = false;
  const fail = (why = 'webgl') => {
    if (started && why === 'load') return;  // a late error of a running widget is not a load failure
    $('loading').hidden = true;
    $('failure').hidden = false;
    for (const el of $('failure').querySelectorAll('[data-why]')) el.hidden = el.dataset.why !== why;
  };
  // Only look for the API here: creating a throwaway WebGL context to test it costs
  // 0.1-0.6 s on software GL. If the real context cannot be made, the app aborts and
  // onAbort shows the same message.
  if (typeof WebGL2RenderingContext === 'undefined') {
    fail();
    globalThis.Module = { noInitialRun: true };  // datatrail.js still loads; it must not start
    return;
  }

  const params = new URLSearchParams(location.search);
  const langs = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''])
    .filter((l) => /^[A-Za-z0-9-]{1,35}$/.test(l));
  // Raw hints only: the core decides (and validates) the language.
  const args = ['--query-lang', (params.get('lang') || '').slice(0, 35), '--browser-langs', langs.join(',')];
  // Display settings an organiser can preset in the link (e.g. a kiosk for older visitors):
  // ?text=1.5 and ?contrast=high; the core knows the sizes and ignores anything else.
  const text = params.get('text');
  if (text) args.push('--query-text', text.slice(0, 8));
  if (params.get('contrast') === 'high' || params.get('theme') === 'high-contrast') args.push('--high-contrast');
  // ?case=<id> opens that case, ?place= one of the ways in a link may offer (home, cases,
  // case/<id>, flow, flow/<id>, quiz); the app checks the case exists; anything else opens
  // the start screen.
  const caseId = params.get('case');
  const place = params.get('place');
  if (caseId && /^[a-z0-9_-]{1,64}$/.test(caseId)) args.push('--open', 'case/' + caseId);
  else if (place && /^(home|cases|quiz|flow|(case|flow)\/[a-z0-9_-]{1,64})$/.test(place)) args.push('--open', place);
  // A public page does not open on the Problems screen (file names and JSON pointers are for
  // organisers): check.html, ?problems=1 and the kiosk (its operator sets it up) still do.
  // write.html's preview lists the problems beside the form's fields, so it shows the case.
  const organiser = globalThis.datatrailContent instanceof Map && globalThis.datatrailPreview !== true;
  if (!organiser && params.get('problems') !== '1' && params.get('mode') !== 'kiosk') {
    args.push('--public');
  }
  // check.html: the check's result comes first, "no problems found" included.
  if (organiser) args.push('--checking');
  // The system's "reduce motion" setting: static arrows instead of moving data.
  if (globalThis.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches) args.push('--reduced-motion');
  // Kiosk (kiosk.html sends visitors here with ?mode=kiosk): the organiser's kiosk.json,
  // fetched fresh each start so an edit applies at the next reload, is handed to the app
  // before it starts. A missing file still makes a working kiosk (the app lists why).
  const kiosk = params.get('mode') === 'kiosk';
  const preRun = [];
  if (kiosk) {
    args.push('--kiosk');
    document.documentElement.classList.add('kiosk');
    // A shared screen: no context menu, no selection or callout, no zoom gestures.
    for (const type of ['contextmenu', 'selectstart', 'dblclick', 'gesturestart']) {
      document.addEventListener(type, (e) => e.preventDefault(), { passive: false });
    }
    preRun.push(() => {
      const M = globalThis.Module;
      M.addRunDependency('kiosk.json');
      fetch('kiosk.json', { cache: 'no-store', credentials: 'omit' })
        .then((r) => (r.ok ? r.arrayBuffer() : null))
        .catch(() => null)
        .then((bytes) => {
          if (bytes) M.FS_createDataFile('/', 'kiosk.json', new Uint8Array(bytes), true, false, false);
          M.removeRunDependency('kiosk.json');
        });
    });
  }

  // Presenter mode (present.html, web/present.js): a talk on a projector, or the speaker's
  // window; the organiser's talk.json beside the bundle is handed to the app before it starts
  // (a missing file is the default talk).
  // check.html checks it too: the organiser's chosen talk.json, else the site's.
  const present = globalThis.datatrailPresent;
  if (present && typeof present === 'object') args.push(present.speaker === true ? '--speaker' : '--present');
  if ((present && typeof present === 'object') || organiser) {
    preRun.push(() => {
      const M = globalThis.Module;
      M.addRunDependency('talk.json');
      const chosen = organiser && globalThis.datatrailContent.get('talk.json');
      (chosen ? Promise.resolve(chosen) : fetch('talk.json', { cache: 'no-store', credentials: 'omit' })
        .then((r) => (r.ok ? r.arrayBuffer() : null)))
        .catch(() => null)
        .then((bytes) => {
          // Too large a file is passed on cut just past the loader's limit: it says so.
          if (bytes) M.FS_createDataFile('/', 'talk.json', new Uint8Array(bytes).subarray(0, 64 * 1024 + 1), true, false, false);
          M.removeRunDependency('talk.json');
        });
    });
  }

  // The content (cases, flows, quiz, strings) is read at every start from content/ beside the
  // bundle, so an organiser's edit or new case shows at the next reload with nothing rebuilt.
  // Files arrive in parallel with the wasm. One that is missing or not answered is absent, one
  // larger than the loader accepts is passed on cut just past its limit: either way the app's
  // loader lists it on its Problems screen, like any broken file, and the rest works.
  const CONTENT_FILES = ['strings/zh-Hans.json', 'strings/en.json', 'sources.json', 'reminders.json', 'overview.json',
    'quiz/questions.json', 'quiz/rules.json', 'quiz/spot.json', 'cases/index.json'];
  const MAX_CONTENT_BYTES = 4 * 1024 * 1024;  // the loader's own limit (src/core/content/json_reader.h)
  // check.html hands over an organiser's chosen files (in memory): those are used instead of
  // the server's, which fill in only what was not chosen.
  const dropped = globalThis.datatrailContent instanceof Map ? globalThis.datatrailContent : null;
  const fetchContent = async (name) => {
    if (dropped && dropped.has(name)) {
      const bytes = dropped.get(name);
      return bytes.length > MAX_CONTENT_BYTES ? bytes.subarray(0, MAX_CONTENT_BYTES + 1) : bytes;
    }
    return fetchServer(name);
  };
  async function fetchServer(name) {
    try {
      const r = await fetch('content/' + name, { cache: 'no-cache', credentials: 'omit' });
      if (!r.ok || !r.body) return null;
      // Read in pieces and stop past the limit: an enormous file cannot fill the memory.
      const reader = r.body.getReader();
      const parts = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        size += value.length;
        if (size > MAX_CONTENT_BYTES) { reader.cancel().catch(() => {}); break; }
      }
      const bytes = new Uint8Array(Math.min(size, MAX_CONTENT_BYTES + 1));
      let at = 0;
      for (const p of parts) {
        const take = Math.min(p.length, bytes.length - at);
        bytes.set(p.subarray(0, take), at);
        at += take;
      }
      return bytes;
    } catch {
      return null;
    }
  }
  preRun.push(() => {
    const M = globalThis.Module;
    M.addRunDependency('content');
    const files = new Map();
    (async () => {
      await Promise.all(CONTENT_FILES.map(async (n) => files.set(n, await fetchContent(n))));
      // The case files the index names: ids only, so no name reaches outside cases/.
      let ids = [];
      try {
        const index = JSON.parse(new TextDecoder().decode(files.get('cases/index.json') || new Uint8Array()));
        if (Array.isArray(index.cases)) ids = index.cases.filter((id) => typeof id === 'string' && /^[a-z0-9_-]{1,64}$/.test(id));
      } catch { /* a broken index: the loader says so */ }
      // In check.html with a chosen index (security review L5): a case neither chosen nor in
      // the server's own index is never asked for, so a draft's id stays in this page; the
      // loader names it as a missing file.
      let askable = () => true;
      if (dropped && dropped.has('cases/index.json') && ids.some((id) => !dropped.has(`cases/${id}.json`))) {
        const server = new Set();
        try {
          const list = JSON.parse(new TextDecoder().decode((await fetchServer('cases/index.json')) || new Uint8Array())).cases;
          if (Array.isArray(list)) list.forEach((id) => server.add(id));
        } catch { /* no server index: only chosen cases */ }
        askable = (id) => dropped.has(`cases/${id}.json`) || server.has(id);
      }
      await Promise.all(ids.slice(0, 200).filter((id) => askable(id))
        .map(async (id) => files.set(`cases/${id}.json`, await fetchContent(`cases/${id}.json`))));
      // Every case file chosen in check.html goes in, listed or not: the loader names one that
      // cases/index.json forgot, instead of it silently not being there.
      if (dropped) {
        for (const name of dropped.keys()) {
          if (/^cases\/[^/]{1,100}\.json$/.test(name) && !files.has(name)) files.set(name, await fetchContent(name));
        }
      }
      for (const [name, bytes] of files) {
        if (!bytes) continue;
        const parts = ('content/' + name).split('/');
        const dir = parts.slice(0, -1).join('/');
        M.FS_createPath('/', dir, true, true);
        M.FS_createDataFile('/' + dir, parts[parts.length - 1], bytes, true, false, false);
      }
    })().finally(() => M.removeRunDependency('content'));
  });

  const state = (globalThis.datatrail = globalThis.datatrail || {});
  state.onFirstFrame = () => {
    started = true;
    clearTimeout(slow);
    $('loading').hidden = true;  // the canvas stays aria-hidden: the mirror speaks for it
    // The offline copy (web/sw.js), once the widget is up so it never slows the start. Not
    // in a host page's sandboxed frame, which has no origin to keep it under.
    if (params.get('mode') !== 'embed') {
      try {
        navigator.serviceWorker.register('sw.js').catch(() => {});
      } catch { /* no service workers here (old browser, private mode): online only */ }
    }
  };

  globalThis.Module = {
    canvas: $('canvas'),
    arguments: args,
    preRun,
    setStatus(text) {
      const m = /\((\d+(?:\.\d+)?)\/(\d+)\)/.exec(text || '');
      if (m) $('loading-fill').style.width = Math.round((100 * Number(m[1])) / Number(m[2])) + '%';
    },
    onAbort() { fail('load'); },
    printErr(text) { console.error(text); },
  };
  $('canvas').addEventListener('webglcontextlost', (e) => e.preventDefault(), false);

  // Emscripten's GLFW (on the canvas) and ImGui's GLFW backend (on the document) call
  // preventDefault in wheel and touch handlers, so the page does not scroll under the widget,
  // but register them without {passive: false}. Chromium then treats document-level ones as
  // passive, ignores the call and logs an error per wheel turn. Make them explicitly active.
  for (const target of [$('canvas'), document]) {
    const addListener = target.addEventListener.bind(target);
    target.addEventListener = (type, listener, options) => {
      if (/^(wheel|mousewheel|touchstart|touchmove)$/.test(type)) {
        const capture = options === true || Boolean(options && options.capture);
        return addListener(type, listener, { capture, passive: false });
      }
      return addListener(type, listener, options);
    };
  }

  // The wasm side re-measures the canvas on window 'resize'. Containers can change size
  // without one (an embedding page's layout), and so can devicePixelRatio (zoom, another
  // monitor): turn both into a resize event.
  const nudge = () => window.dispatchEvent(new Event('resize'));
  if (typeof ResizeObserver === 'function') new ResizeObserver(nudge).observe($('canvas'));
  const watchDpr = () => {
    const mq = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
    mq.addEventListener('change', () => { nudge(); watchDpr(); }, { once: true });
  };
  watchDpr();
  // If datatrail.js cannot be fetched, say so instead of loading forever (resource errors
  // do not bubble, so listen in the capture phase); the packaged data's loader throws on a
  // failed download; and a start that never comes ends in the same message.
  window.addEventListener('error', (e) => {
    if (e.target && e.target.src && /datatrail(-present)?\.js$/.test(e.target.src)) fail('load');
    else if (e instanceof ErrorEvent && !started) fail('load');
  }, true);
  const slow = setTimeout(() => fail('load'), 60000);
  state.onFatal = (message) => { console.error(message); fail(); };
})();
