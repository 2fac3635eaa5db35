// Fingers on the canvas, straight to the app (src/ui/input/touch_input.h decides what they
// mean: tap, swipe, fling, pinch). Emscripten's GLFW would turn a touch into a mouse press
// before telling the app where the finger is — so a tap acted on whatever was under the
// previous tap — and the browser would follow every tap with compatibility mouse events.
// Neither happens: touches are taken here, in the capture phase, and passed on as touches.
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  const embed = new URLSearchParams(location.search).get('mode') === 'embed';
  const PHASE = { touchstart: 0, touchmove: 1, touchend: 2, touchcancel: 3 };
  let lastTouch = -Infinity;

  // Embedded in a host page that sizes the frame to the content, the widget has nothing to
  // scroll: a vertical swipe belongs to the host page (the browser scrolls it, and tells the
  // app with touchcancel). Anywhere else the widget scrolls itself.
  let hostScrolls = false;
  const state = (globalThis.datatrail = globalThis.datatrail || {});
  state.onScrollable = (scrolls) => {
    state.scrolls = scrolls;
    hostScrolls = embed && !scrolls;
    canvas.style.touchAction = hostScrolls ? 'pan-y' : 'none';
  };

  const take = (e) => {
    if (e.target !== canvas) return;
    e.stopImmediatePropagation();
    lastTouch = performance.now();
    const M = globalThis.Module;
    const phase = PHASE[e.type];
    if (M && typeof M._dt_touch === 'function') {
      const r = canvas.getBoundingClientRect();
      for (const t of e.changedTouches) M._dt_touch(phase, t.identifier, t.clientX - r.left, t.clientY - r.top, e.timeStamp);
    }
    // Cancelling the start and moves keeps the browser from selecting, calling out or
    // scrolling under the widget; cancelling the end stops the compatibility click. When
    // the host page scrolls, the start and moves must stay the browser's.
    if (e.cancelable && (phase >= 2 || !hostScrolls)) e.preventDefault();
  };
  for (const type of Object.keys(PHASE)) window.addEventListener(type, take, { capture: true, passive: false });

  // Mouse events a touch screen makes up after a touch (some browsers send them even when
  // the touch was cancelled) never reach the app.
  // Chromium says which ones (sourceCapabilities); elsewhere, any within 800 ms of a touch.
  const fromTouch = (e) => (e.sourceCapabilities ? e.sourceCapabilities.firesTouchEvents
    : performance.now() - lastTouch < 800);
  for (const type of ['mousedown', 'mouseup', 'mousemove', 'click', 'mouseenter', 'mouseleave']) {
    window.addEventListener(type, (e) => {
      if (e.target === canvas && fromTouch(e)) e.stopImmediatePropagation();
    }, true);
  }
  // A held finger opens no menu (on any page, not only the kiosk).
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
})();
