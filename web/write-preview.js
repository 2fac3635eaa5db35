// write.html's preview and check: the widget itself, in a frame of this site (preview.html),
// started on the form's files held in memory. Its loader's problems come back here and are
// written beside the fields they are about. Two frames take turns, so the visible one stays
// drawn while the next one starts on the newer text.
'use strict';
(function () {
  const M = globalThis.dtWriteModel;
  const WAIT_MS = 700;  // after the last keystroke: a start per word, not per letter

  function create({ host, status, onProblems, onChecking, onFailed }) {
    let shown = null, loading = null, timer = 0, job = 0, pending = null;
    let lang = 'zh-Hans', view = 'case';

    function start(files, fileId) {
      if (loading) loading.remove();
      const id = ++job;
      const frame = document.createElement('iframe');
      frame.className = 'preview-frame loading';
      frame.title = '预览 · Preview';
      frame.setAttribute('tabindex', '-1');
      const place = view === 'flow' ? `flow/${fileId}` : `case/${fileId}`;
      // The draft's id goes to the frame in the message, never in an address the server sees.
      frame.src = 'preview.html';
      loading = frame;
      frame.dataset.job = String(id);
      pending = { id, files, frame, query: `?lang=${encodeURIComponent(lang)}&place=${encodeURIComponent(place)}` };
      host.append(frame);
      status.textContent = '正在更新预览… · Updating the preview…';
    }
    // The frame asks for its files once it is up; it tells us the loader's problems, and when
    // it has drawn, it takes the place of the older frame.
    window.addEventListener('message', (e) => {
      if (e.origin !== location.origin || !e.data || typeof e.data !== 'object') return;
      const frame = [...host.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
      if (!frame) return;
      const id = Number(frame.dataset.job);
      if (e.data.type === 'ready' && pending && pending.id === id) {
        const bytes = new Map([...pending.files].map(([k, v]) => [k, new TextEncoder().encode(v)]));
        frame.contentWindow.postMessage({ type: 'files', files: bytes, query: pending.query }, location.origin);
      } else if (e.data.type === 'problems' && id === job) {
        onProblems(String(e.data.text || ''), String(e.data.zh || ''));
      } else if (e.data.type === 'drawn' && id === job) {
        if (shown && shown !== frame) shown.remove();
        shown = frame;
        loading = null;
        frame.classList.remove('loading');
        status.textContent = '';
      } else if (e.data.type === 'failed' && id === job) {
        // The check is the widget's own program: where it cannot start, neither can the check.
        status.textContent = '';
        onFailed();
      }
    });
    function schedule(files, fileId, now = false) {
      clearTimeout(timer);
      onChecking();
      timer = setTimeout(() => start(files(), fileId()), now ? 0 : WAIT_MS);
    }
    return {
      schedule,
      setLang(l) { lang = l; },
      setView(v) { view = v; },
      get view() { return view; },
    };
  }

  // [SECTION] problems beside their fields
  // Each field names the file and JSON pointer it is written to; a problem goes to the field
  // with the longest pointer that contains it. Those no field holds are listed together.
  function place(form, lines, zh, touched, showAll) {
    for (const f of form.querySelectorAll('.field')) {
      f.classList.remove('has-problem');
      const p = document.getElementById(f.dataset.problem);
      p.replaceChildren();
      p.hidden = true;
      for (const c of f.querySelectorAll(':scope > .pair input, :scope > .pair textarea, :scope > select, :scope > input')) c.removeAttribute('aria-invalid');
    }
    const fields = [...form.querySelectorAll('.field')];
    const loose = [];
    let count = 0;
    const zhLines = zh.split('\n');
    lines.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      count++;
      const p = M.parseProblem(line);
      let best = null;
      for (const f of fields) {
        if (f.dataset.file !== p.file) continue;
        const at = f.dataset.ptr;
        if ((p.pointer === at || p.pointer.startsWith(at + '/') || at === '') && (!best || at.length > best.dataset.ptr.length)) best = f;
      }
      const item = { line, message: p.message, zh: zhLines[i] || '', pointer: p.pointer };
      if (!best) { loose.push(item); return; }
      if (!showAll && !touched.has(best.dataset.fid)) return;
      // A card not yet linked, a diagram not yet ending at a buyer: while the cards are being
      // written that is the plan, not a mistake. Said once the links have been worked on.
      if (!showAll && !touched.has('edges') && /is on no edge|^no buyer:/.test(p.message)) return;
      best.classList.add('has-problem');
      const slot = document.getElementById(best.dataset.problem);
      slot.hidden = false;
      const which = /\/(zh-Hans|en)$/.exec(p.pointer);
      const box = which ? (which[1] === 'en' ? ['英文那一栏：', 'In the English box: '] : ['中文那一栏：', 'In the Chinese box: ']) : ['', ''];
      // An empty box or choice, said as a form says it (the loader's words speak of a file:
      // "or leave the field out" is no advice in a form).
      // A card named by its internal id ("n3") is said as "this card", beside that card.
      const choice = best.querySelector(':scope > select');
      const said = choice && choice.value === ''
        ? ['请从列表里选一项。', 'Choose one from the list.']
        : /^empty text/.test(p.message) ? ['还没有填：请填上内容。', 'Not filled in yet.']
        : /is on no edge$/.test(p.message)
          ? [item.zh, 'This card is on no link yet: add a link to it under "How the data moved", or remove the card.']
          : /^an edge cannot lead from a node to itself/.test(p.message)
            ? ['这一环从一张卡片连回了同一张卡片：改一下“从”或“到”。', 'This link goes from a card back to the same card: change "from" or "to".']
            : [item.zh || '（见下面的英文说明）', p.message];
      slot.append(Object.assign(document.createElement('span'), { lang: 'zh-Hans', textContent: box[0] + said[0] }),
        ' ', Object.assign(document.createElement('span'), { lang: 'en', textContent: box[1] + said[1] }));
      for (const c of best.querySelectorAll(':scope > .pair input, :scope > .pair textarea, :scope > select, :scope > input')) {
        if (!which || c.dataset.ptr === p.pointer) c.setAttribute('aria-invalid', 'true');
      }
    });
    return { count, loose };
  }

  globalThis.dtWritePreview = { create, place };
})();
