// preview.html: the widget started on files handed over by write.html, the page of this same
// site that frames it. Anything else that frames it or writes to it is ignored.
'use strict';
(function () {
  if (window.parent === window) return;
  const tell = (message) => window.parent.postMessage(message, location.origin);
  window.addEventListener('message', (e) => {
    if (e.source !== window.parent || e.origin !== location.origin || !e.data || e.data.type !== 'files') return;
    if (!(e.data.files instanceof Map) || globalThis.datatrailContent) return;
    // The language and the place, as app.js reads them, set here rather than requested.
    if (typeof e.data.query === 'string' && e.data.query.startsWith('?')) history.replaceState(null, '', e.data.query);
    globalThis.datatrailContent = e.data.files;
    globalThis.datatrailPreview = true;
    const state = (globalThis.datatrail = globalThis.datatrail || {});
    state.onProblems = (text, zh) => tell({ type: 'problems', text, zh });
    // app.js keeps its own first-frame hook: watch the frame count instead.
    const drawn = setInterval(() => {
      if (state.frames >= 1) { clearInterval(drawn); tell({ type: 'drawn' }); }
      else if (!document.getElementById('failure').hidden) { clearInterval(drawn); tell({ type: 'failed' }); }
    }, 50);
    for (const src of ['app.js', 'mirror.js', 'print.js', 'touch.js', 'datatrail.js']) {
      const s = document.createElement('script');
      s.src = src;
      s.async = false;  // in this order, like index.html
      document.body.appendChild(s);
    }
  });
  tell({ type: 'ready' });
})();
