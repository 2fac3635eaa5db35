// Page glue: checks WebGL2, passes the language hints to the wasm app, shows download
// progress, and hides the loading screen at the first frame. Nothing is stored or sent.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const fail = () => {
    $('loading').hidden = true;
    $('failure').hidden = false;
  };
  const probe = document.createElement('canvas');
  if (!probe.getContext('webgl2')) {
    fail();
    return;
  }

  const params = new URLSearchParams(location.search);
  const langs = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''])
    .filter((l) => /^[A-Za-z0-9-]{1,35}$/.test(l));
  // Raw hints only: the core decides (and validates) the language.
  const args = ['--query-lang', (params.get('lang') || '').slice(0, 35), '--browser-langs', langs.join(',')];

  const state = (globalThis.datatrail = globalThis.datatrail || {});
  state.onFirstFrame = () => {
    $('loading').hidden = true;
    $('canvas').setAttribute('aria-hidden', 'false');
  };

  globalThis.Module = {
    canvas: $('canvas'),
    arguments: args,
    setStatus(text) {
      const m = /\((\d+(?:\.\d+)?)\/(\d+)\)/.exec(text || '');
      if (m) $('loading-fill').style.width = Math.round((100 * Number(m[1])) / Number(m[2])) + '%';
    },
    onAbort() { fail(); },
    printErr(text) { console.error(text); },
  };
  $('canvas').addEventListener('webglcontextlost', (e) => e.preventDefault(), false);

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

  const script = document.createElement('script');
  script.src = 'datatrail.js';
  script.onerror = fail;
  document.body.appendChild(script);
})();
