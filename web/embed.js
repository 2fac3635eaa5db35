// Embed mode (?mode=embed, what embed.html opens): tells the host page what happens, by
// postMessage, and takes a few requests from it. Messages go only to the host's origin when
// embed.json beside the page allows it — never to "*" — and carry nothing derived from the
// visitor's answers: the screen shown, the height the content wants (steady within a screen,
// never the action plan's), and that the quiz was finished. Requests are taken only from the
// parent window at that same origin.
'use strict';
(function () {
  const params = new URLSearchParams(location.search);
  if (params.get('mode') !== 'embed' || window.parent === window) return;
  const state = (globalThis.datatrail = globalThis.datatrail || {});
  // In a sandboxed frame (no allow-same-origin) the page's own origin is opaque; Chromium
  // and Safari still name the host's origin in ancestorOrigins, others need ?host=.
  const host = (location.ancestorOrigins && location.ancestorOrigins[0]) || params.get('host') || '';
  const isOrigin = (o) => typeof o === 'string' && /^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?$/.test(o);
  let target = null;  // the host's origin once embed.json allows it
  let waiting = [];   // messages from before embed.json arrived (a handful at most)
  const send = (msg) => {
    if (target) window.parent.postMessage({ source: 'datatrail', ...msg }, target);
    else if (waiting && waiting.length < 16) waiting.push(msg);
  };
  fetch('embed.json', { cache: 'no-store', credentials: 'omit' })
    .then((r) => (r.ok ? r.json() : {}))
    .catch(() => ({}))
    .then((config) => {
      const listed = Array.isArray(config.allowed_origins) ? config.allowed_origins : [];
      const allowed = listed.filter(isOrigin);
      // A slip copied from the address bar (a trailing slash, a path) is named, not dropped
      // in silence: the organiser walk's editor got no message and no clue why.
      for (const o of listed.filter((x) => !isOrigin(x))) {
        console.warn(`DataTrail embed: embed.json allowed_origins has ${JSON.stringify(o)}, which is not an origin; ` +
          'write it as https://host or https://host:port, with no path and no trailing slash. It is ignored.');
      }
      if (isOrigin(host) && allowed.includes(host)) {
        target = host;
        waiting.forEach(send);
      } else {
        console.log(`DataTrail embed: ${host || 'the host page'} is not in embed.json allowed_origins; no messages are sent`);
      }
      waiting = null;
    });

  // `ready` is the first message a host hears: what the first frame reports waits for it.
  let early = [];
  const firstFrame = state.onFirstFrame;
  state.onFirstFrame = () => {
    if (firstFrame) firstFrame();
    send({ type: 'ready' });
    early.forEach(send);
    early = null;
  };
  state.onEvent = (type, data) => {
    if (early) early.push({ type, ...data });
    else send({ type, ...data });
  };

  // Requests from the host: open a screen ({type: 'open', place: 'quiz' | 'case/<id>' | ...}).
  window.addEventListener('message', (e) => {
    if (!target || e.source !== window.parent || e.origin !== target) return;
    const d = e.data;
    if (!d || typeof d !== 'object' || d.type !== 'open' || typeof d.place !== 'string') return;
    if (!/^[a-z]{1,16}(\/[a-z0-9_-]{1,64})?$/.test(d.place)) return;
    const M = globalThis.Module;
    if (M && typeof M.ccall === 'function') M.ccall('dt_open_from_host', 'number', ['string'], [d.place]);
  });
})();
