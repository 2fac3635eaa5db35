// present.html: presenter mode. Tells app.js which window this is (the projector's, or with
// ?speaker the speaker's), keeps the browser from acting on a clicker's keys (F5 would reload
// the page, Space and PageDown scroll it), and keeps the talk's two windows in step through a
// BroadcastChannel: same origin, same browser, same computer — nothing goes over a network,
// nothing is stored.
'use strict';
(function () {
  const params = new URLSearchParams(location.search);
  const speaker = params.has('speaker');
  globalThis.datatrailPresent = { speaker };
  document.title = (speaker ? '讲稿 Speaker · ' : '') + document.title;

  // The keys a clicker sends are the talk's; the page must not also scroll or reload.
  const TALK_KEYS = new Set(['F5', 'PageDown', 'PageUp', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', ' ', 'Home', 'End']);
  window.addEventListener('keydown', (e) => {
    if (TALK_KEYS.has(e.key)) e.preventDefault();
    // S on the projector's window opens the speaker's (a key press may open a window).
    if (!speaker && (e.key === 's' || e.key === 'S') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      window.open('present.html?speaker', 'datatrail-speaker', 'popup,width=1280,height=800');
    }
  }, true);

  const state = (globalThis.datatrail = globalThis.datatrail || {});
  if (typeof BroadcastChannel !== 'function') return;  // one window still works on its own
  const channel = new BroadcastChannel('datatrail-talk');
  const valid = (t) => t && Number.isInteger(t.slide) && Number.isInteger(t.step) && t.slide >= 0 && t.slide < 1000 &&
    t.step >= 0 && t.step < 1000 && typeof t.blank === 'boolean' && (t.lang === 'zh-Hans' || t.lang === 'en');
  const follow = (t) => {
    const M = globalThis.Module;
    if (!valid(t) || !M || typeof M.ccall !== 'function' || !state.frames) return false;
    state.talk = { slide: t.slide, step: t.step, blank: t.blank, lang: t.lang };
    M.ccall('dt_talk_follow', null, ['number', 'number', 'number', 'string'], [t.slide, t.step, t.blank ? 1 : 0, t.lang]);
    return true;
  };
  // This window moved: the other one follows.
  state.onTalk = (t) => channel.postMessage({ type: 'talk', talk: t });
  let waiting = null;  // a position sent before this window's widget had started
  channel.onmessage = (e) => {
    const m = e.data || {};
    if (m.type === 'talk' && !follow(m.talk)) waiting = m.talk;
    // A window that has just opened asks where the talk is; whoever knows answers.
    if (m.type === 'hello' && state.talk) channel.postMessage({ type: 'talk', talk: state.talk });
  };
  const started = setInterval(() => {
    if (!state.frames) return;
    clearInterval(started);
    if (!state.talk) state.talk = { slide: 0, step: 0, blank: false, lang: state.lang === 'en' ? 'en' : 'zh-Hans' };
    if (waiting) follow(waiting);
    channel.postMessage({ type: 'hello' });
  }, 100);
})();
