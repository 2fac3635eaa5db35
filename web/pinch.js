// Two-finger pinch on the diagram: the browser's own pinch zoom is off on the canvas
// (touch-action: none) and Emscripten's GLFW only follows the first finger, so this turns
// the fingers' spread into zoom steps for the app. While two or more fingers are down the
// canvas does not see the touches (the first finger would otherwise pan at the same time).
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  let spread = 0;
  const measure = (t) => Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY);
  const centre = (t) => {
    const r = canvas.getBoundingClientRect();
    return [((t[0].clientX + t[1].clientX) / 2 - r.left), ((t[0].clientY + t[1].clientY) / 2 - r.top)];
  };
  // Pinching from the second finger down until the last one lifts; the last lift goes to the
  // canvas so its mouse button (pressed by the first finger) is released.
  const own = (e) => {
    if (e.target !== canvas) return false;
    const pinching = e.touches.length >= 2 || (spread > 0 && e.touches.length > 0);
    if (e.touches.length === 0) spread = 0;
    if (!pinching) return false;
    e.stopImmediatePropagation();
    e.preventDefault();
    return true;
  };
  window.addEventListener('touchstart', (e) => {
    if (own(e) && e.touches.length === 2) spread = measure(e.touches);
  }, { capture: true, passive: false });
  window.addEventListener('touchmove', (e) => {
    if (!own(e) || e.touches.length !== 2 || !spread) return;
    const now = measure(e.touches);
    const M = globalThis.Module;
    if (now > 0 && M && typeof M._dt_pinch === 'function') {
      const [x, y] = centre(e.touches);
      M._dt_pinch(now / spread, x, y);
    }
    spread = now;
  }, { capture: true, passive: false });
  window.addEventListener('touchend', own, { capture: true, passive: false });
  window.addEventListener('touchcancel', own, { capture: true, passive: false });
})();
