// The screen-reader mirror: the canvas is invisible to assistive technology, so the wasm app
// reports what each screen shows (headings, paragraphs, lists, buttons, links, tabs, radios,
// checkboxes) and this keeps a DOM copy of it. Rebuilt only when the app says the screen
// changed; text is set with textContent only. Each element lies, transparent, over the
// rectangle its item occupies on the canvas and follows it when the page scrolls or zooms,
// so a screen reader's touch exploration (VoiceOver, TalkBack) finds under the finger what
// the canvas shows there; touches themselves pass through to the canvas. Activating a
// mirrored control asks the app to act on the same item exactly as a click would; focusing
// one moves the canvas focus ring to it.
'use strict';
(function () {
  const root = document.getElementById('mirror');
  const call = (name, id) => {
    const M = globalThis.Module;
    if (M && typeof M[name] === 'function') M[name](id >>> 0);
  };

  let placed = [];  // the elements that lie over the canvas, in the app's node order

  // [[x, y, w, h], ...] in CSS px, one per placed element; an empty one is not on screen
  // (scrolled away): a 1 px box in the corner, still in reading order.
  globalThis.datatrailMirrorRects = (rects) => {
    const n = Math.min(rects.length, placed.length);
    for (let i = 0; i < n; i++) {
      const [x, y, w, h] = rects[i];
      const s = placed[i].style;
      const on = w > 0 && h > 0;
      s.left = (on ? x : 0) + 'px';
      s.top = (on ? y : 0) + 'px';
      s.width = (on ? w : 1) + 'px';
      s.height = (on ? h : 1) + 'px';
    }
  };

  globalThis.datatrailMirror = (nodes, lang, place) => {
    const active = document.activeElement;
    const hadFocus = root.contains(active);
    const focusedId = hadFocus && active.dataset ? active.dataset.id : undefined;
    const frag = document.createDocumentFragment();
    let nav = null, firstHeading = null, refocus = null, live = '';
    // Where the next element goes: the fragment, or the innermost open list item / group.
    const parents = [frag];
    const into = () => parents[parents.length - 1];
    placed = [];
    for (const n of nodes) {
      let el;
      if (n.r === 'ul') {
        // A labelled list is a named group of choices (a quiz question's answers).
        el = document.createElement(n.t ? 'div' : 'ul');
        if (n.t) {
          el.setAttribute('role', 'group');
          el.setAttribute('aria-label', n.t);
        }
        into().appendChild(el);
        parents.push(el);
        continue;
      }
      if (n.r === 'dialog') {
        el = document.createElement('div');
        el.setAttribute('role', 'dialog');
        el.setAttribute('aria-modal', 'true');
        el.setAttribute('aria-label', n.t);
        into().appendChild(el);
        parents.push(el);
        continue;
      }
      if (n.r === 'li') {
        if (into().tagName === 'LI') parents.pop();
        if (into().tagName === 'UL') {
          el = document.createElement('li');
          into().appendChild(el);
          parents.push(el);
        }
        continue;
      }
      if (n.r === '/ul') {  // closes a list, a group or a dialog
        if (into().tagName === 'LI') parents.pop();
        if (parents.length > 1) parents.pop();
        continue;
      }
      if (n.r === 'h') {
        el = document.createElement('h' + Math.min(6, Math.max(1, n.l | 0)));
        el.tabIndex = -1;  // focus target when the screen changes
        if (!firstHeading) firstHeading = el;
      } else if (n.r === 'p' || n.r === 'live') {
        el = document.createElement('p');
        if (n.r === 'live') live = n.t;
      } else {
        el = document.createElement('button');
        el.type = 'button';
        el.dataset.id = String(n.id >>> 0);
        if (n.r === 'link') el.setAttribute('role', 'link');
        if (n.r === 'disclosure') el.setAttribute('aria-expanded', n.cur ? 'true' : 'false');
        if (n.r === 'radio' || n.r === 'check') {
          el.setAttribute('role', n.r === 'radio' ? 'radio' : 'checkbox');
          el.setAttribute('aria-checked', n.cur ? 'true' : 'false');
        }
        if (n.r === 'tab') {
          if (!nav) {
            nav = document.createElement('nav');
            frag.appendChild(nav);
          }
          if (n.cur) el.setAttribute('aria-current', 'page');
        }
        if (focusedId !== undefined && el.dataset.id === focusedId) refocus = el;
      }
      el.textContent = n.t;
      el.className = 'placed';
      placed.push(el);
      (n.r === 'tab' ? nav : into()).appendChild(el);
    }
    root.replaceChildren(frag);
    // The live region lives outside the mirror so it persists and screen readers announce
    // changes to it (quiz feedback); cleared when the screen has nothing to announce.
    const region = document.getElementById('live');
    if (region && region.textContent !== live) region.textContent = live;
    root.dataset.place = place;  // which screen the mirror shows (tests wait on it)
    root.lang = lang;
    document.documentElement.lang = lang;
    // A reader inside the mirror keeps their place; after a screen change they land on its
    // title, which the screen reader announces.
    if (hadFocus) (refocus || firstHeading || root).focus({ preventScroll: true });
  };

  root.addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (b) call('_dt_activate', Number(b.dataset.id));
  });
  root.addEventListener('focusin', (e) => {
    const b = e.target.closest('button');
    if (b) call('_dt_focus', Number(b.dataset.id));
  });
  // One focus model for keyboard and screen-reader users. The canvas's own keyboard handling
  // (Emscripten's GLFW) listens on the window and swallows Tab, so this listener, registered
  // first and in the capture phase, takes Tab: from outside the mirror it enters it, inside
  // it moves to the next or previous control; past the last one the browser's default moves
  // focus out of the widget (never a trap in an embedding page). Enter and Space on a control
  // are kept from the canvas too, so one press acts once (the button's own click does it).
  window.addEventListener('keydown', (e) => {
    const inside = root.contains(document.activeElement);
    if (e.key === 'Tab') {
      const controls = Array.from(root.querySelectorAll('button'));
      e.stopImmediatePropagation();
      if (!controls.length) return;
      const at = inside ? controls.indexOf(document.activeElement) : -1;
      const next = at < 0 ? (e.shiftKey ? controls.length - 1 : 0) : at + (e.shiftKey ? -1 : 1);
      if (next < 0 || next >= controls.length) return;  // leave the widget
      e.preventDefault();
      controls[next].focus();
    } else if (inside && (e.key === 'Enter' || e.key === ' ')) {
      e.stopImmediatePropagation();
    } else if (inside && /^Arrow(Up|Down|Left|Right)$/.test(e.key)) {
      // Arrows step through the controls too (through a question's choices, along the
      // chips), as on the canvas; they stop at the ends instead of leaving the widget.
      const controls = Array.from(root.querySelectorAll('button'));
      const at = controls.indexOf(document.activeElement);
      const next = at + (e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? -1 : 1);
      e.stopImmediatePropagation();
      e.preventDefault();
      if (at >= 0 && next >= 0 && next < controls.length) controls[next].focus();
    }
  }, true);
})();
