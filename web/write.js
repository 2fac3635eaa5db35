// write.html: the organiser's case editor. Holds the one state (web/write-model.js), draws it
// (web/write-form.js), has the widget check and preview it (web/write-preview.js), opens a
// case to edit and saves the files to drop into content/. The site's own content files are
// the starting point (read like the widget reads them); nothing is sent anywhere.
'use strict';
(function () {
  const M = globalThis.dtWriteModel;
  const $ = (id) => document.getElementById(id);
  let state = M.blank();
  let base = { index: null, sources: null, reminders: null };
  let names = { zh: {}, en: {} };
  let siteCases = [];
  let problems = { text: '', zh: '' };
  let showAll = false;
  let checking = true;  // a check is on its way: the count shown is the last one's
  let unsaved = false;
  const touched = new Set();

  const getJson = async (path) => {
    try {
      const r = await fetch(path, { cache: 'no-cache', credentials: 'omit' });
      return r.ok ? await r.json() : null;
    } catch {
      return null;
    }
  };
  const current = () => M.files(state, base);

  // [SECTION] saving
  function download(name, text) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    a.download = name.split('/').pop();
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }
  function saveSection(section) {
    const { files, fileId, unchanged } = current();
    const needed = [...files.keys()].filter((name) => !unchanged.has(name));
    const { h, both } = form;
    const where = {
      [`cases/${fileId}.json`]: ['放进 content/cases/（新文件）', 'into content/cases/ (a new file)'],
      'cases/index.json': ['替换 content/cases/index.json', 'replaces content/cases/index.json'],
      'sources.json': ['替换 content/sources.json', 'replaces content/sources.json'],
      'reminders.json': ['替换 content/reminders.json（全站共用：它记着哪条提醒能斩断哪一环，新的只是你这个案例的几行）',
        'replaces content/reminders.json (shared by the whole site: it records which advice cuts which link; only your case\'s lines are new)'],
    };
    return section('save', 8, '保存', 'Save',
      h('p', { id: 'summary', role: 'status', 'aria-live': 'polite', class: 'summary' }),
      h('button', { type: 'button', id: 'show-all', class: 'secondary', hidden: true, onclick: () => { showAll = true; applyProblems(true); } },
        both('显示所有问题', 'Show every problem')),
      h('p', { class: 'hint' }, both(`下载这${needed.length}个文件，用你平时往网站上放文件的办法放进网站文件夹的 content 里（每个文件旁边写着放在哪里），再刷新小组件的页面。还有问题也可以先下载保存，以后用“打开”接着写。`,
        `Download ${needed.length === 1 ? 'this file' : `these ${needed.length} files`} and put them in the site folder's content, the way you usually put files on the site (each one says where). Then reload the widget's page. You can download with problems left to keep your work, and go on later with "Open".`)),
      h('ul', { class: 'downloads' }, needed.map((name) => h('li', {},
        h('button', { type: 'button', class: 'download', 'data-file': name, onclick: () => { download(name, current().files.get(name)); unsaved = false; } },
          both('下载', 'Download'), ' ', h('code', { text: name.split('/').pop() })),
        ' ', h('span', { class: 'where' }, both(...where[name]))))),
      h('button', { type: 'button', id: 'download-all', class: 'primary', onclick: async () => {
        const now = current();
        for (const [name, text] of now.files) {
          if (now.unchanged.has(name)) continue;
          download(name, text);
          await new Promise((r) => setTimeout(r, 300));
        }
        unsaved = false;
      } }, needed.length === 1 ? both('下载', 'Download') : both(`下载全部${needed.length}个文件`, `Download all ${needed.length} files`)),
      unchanged.size ? h('p', { class: 'hint' }, both(`不用改的文件：${[...unchanged].join('、')}。`, `Files that need no change: ${[...unchanged].join(', ')}.`)) : null);
  }

  // [SECTION] problems
  function applyProblems(focusFirst = false) {
    const body = $('write-body');
    const { count, loose } = globalThis.dtWritePreview.place(body, problems.text, problems.zh, touched, showAll);
    const summary = $('summary');
    if (!summary) return;
    summary.classList.toggle('clean', count === 0);
    const list = document.createElement('ul');
    for (const p of loose.slice(0, 20)) {
      const li = document.createElement('li');
      li.append(Object.assign(document.createElement('span'), { lang: 'zh-Hans', textContent: p.zh ? p.zh + ' ' : '' }),
        Object.assign(document.createElement('code'), { textContent: p.line }));
      list.append(li);
    }
    summary.replaceChildren(count === 0
      ? '没有问题 · No problems'
      : `还有 ${count} 个问题要改 · ${count} problem${count === 1 ? '' : 's'} left to fix`);
    // Beside the preview too (in view while typing), a way down to the save part.
    $('preview-count').textContent = count === 0 ? '没有问题：去保存 · No problems: go to Save'
      : `还有 ${count} 个问题 · ${count} problem${count === 1 ? '' : 's'} left — 去保存 · go to Save`;
    showState();
    if (loose.length) summary.append(list);
    $('show-all').hidden = count === 0 || showAll;
    if (focusFirst) {
      const field = body.querySelector('.has-problem');
      const first = field && field.querySelector('input, textarea, select');
      if (first) {
        first.focus();
        field.scrollIntoView({ block: 'start' });
      }
    }
  }
  // While a check runs, the count beside the download is marked as the previous one's.
  function showState() {
    const summary = $('summary');
    if (!summary) return;
    summary.classList.toggle('checking', checking);
    summary.setAttribute('aria-busy', String(checking));
    let note = summary.querySelector('.checking-note');
    if (!note) {
      note = Object.assign(document.createElement('span'), { className: 'checking-note' });
      summary.append(note);
    }
    note.textContent = checking ? '（正在检查… · checking…）' : '';
  }

  // [SECTION] the form and its preview
  const form = globalThis.dtWriteForm.create({
    state: () => state, base: () => base, names, caseFile: () => `cases/${current().fileId}.json`,
    touch: (fid) => { if (!touched.has(fid)) { touched.add(fid); applyProblems(); } },
    changed(structural) {
      unsaved = true;
      if (structural) { form.render(); applyProblems(); }
      preview.schedule(() => current().files, () => current().fileId);
    },
    saveSection,
    renamed() {
      const file = `cases/${current().fileId}.json`;
      for (const f of $('write-body').querySelectorAll('.field[data-file^="cases/"]')) f.dataset.file = file;
      const old = $('sec-save');
      if (old) old.replaceWith(saveSection(form.section));
      applyProblems();
    },
  });
  const preview = globalThis.dtWritePreview.create({
    host: $('preview-frames'), status: $('preview-status'),
    onProblems(text, zh) { problems = { text, zh }; checking = false; applyProblems(); },
    onChecking() { checking = true; showState(); },
    onFailed() {
      checking = false;
      const text = '没能检查：这个浏览器启动不了小组件的程序（它需要 WebGL2）。请换一个新版的浏览器，例如 Chrome、Edge、Firefox 或 Safari。 · ' +
        'Could not check: this browser cannot start the widget\'s program (it needs WebGL2). Try a recent browser, e.g. Chrome, Edge, Firefox or Safari.';
      $('summary').replaceChildren(text);
      $('preview-count').textContent = text;
      showState();
    },
  });
  for (const b of document.querySelectorAll('.preview-controls button')) {
    b.addEventListener('click', () => {
      const group = b.parentElement.querySelectorAll('button');
      for (const o of group) o.setAttribute('aria-pressed', String(o === b));
      if (b.dataset.lang) preview.setLang(b.dataset.lang);
      if (b.dataset.view) preview.setView(b.dataset.view);
      preview.schedule(() => current().files, () => current().fileId, true);
    });
  }
  // Working on the diagram shows the diagram; on the story, the case page.
  $('write-body').addEventListener('focusin', (e) => {
    const inFlow = Boolean(e.target.closest('#sec-flow'));
    const want = inFlow ? 'flow' : e.target.closest('#sec-case, #sec-timeline, #sec-actors, #sec-facts') ? 'case' : preview.view;
    if (want === preview.view) return;
    preview.setView(want);
    for (const o of document.querySelectorAll('[data-view]')) o.setAttribute('aria-pressed', String(o.dataset.view === want));
    preview.schedule(() => current().files, () => current().fileId, true);
  });

  // [SECTION] opening a case
  function openCase(json, note) {
    state = M.fromCase(json, base);
    touched.clear();
    showAll = true;  // an existing case: every problem it has, at once
    form.render();
    preview.schedule(() => current().files, () => current().fileId, true);
    $('open-status').textContent = note;
  }
  function openSection() {
    const { h, both } = form;
    const pick = h('select', { id: 'open-site', 'aria-label': '本网站的案例 · A case on this site' },
      h('option', { value: '' }, '本网站的案例 … · A case on this site …'),
      siteCases.map((c) => h('option', { value: c.id }, c.title)));
    pick.addEventListener('change', async () => {
      if (!pick.value) return;
      const json = await getJson(`content/cases/${pick.value}.json`);
      if (json) openCase(json, `已打开 ${pick.value} · Opened ${pick.value}`);
      else $('open-status').textContent = '没能读到这个案例。 · That case could not be read.';
    });
    const files = h('input', { type: 'file', id: 'open-files', accept: '.json,application/json', multiple: true });
    files.addEventListener('change', async () => {
      let caseJson = null, caseName = '';
      const bad = [];
      for (const f of files.files) {
        let json;
        try {
          json = JSON.parse(await f.text());
        } catch (err) {
          bad.push(`${f.name}: ${err.message}`);
          continue;
        }
        if (f.name === 'index.json') base.index = json;
        else if (f.name === 'sources.json') base.sources = json;
        else if (f.name === 'reminders.json') base.reminders = json;
        else { caseJson = json; caseName = f.name; }
      }
      if (bad.length) {
        $('open-status').textContent = `这个文件不是有效的 JSON，请先用 check.html 找出格式错误 · Not valid JSON; check.html finds the mistake: ${bad.join('; ')}`;
        return;
      }
      if (caseJson) openCase(caseJson, `已打开 ${caseName} · Opened ${caseName}`);
      else { form.render(); applyProblems(); $('open-status').textContent = '已读入。 · Read.'; }
      files.value = '';
    });
    return h('section', { id: 'open', 'aria-labelledby': 'open-title' },
      h('h2', { id: 'open-title' }, both('打开已有的案例（可以不选）', 'Open an existing case (optional)')),
      h('div', { class: 'open-row' }, pick),
      h('label', { class: 'pick', for: 'open-files' }, both('打开你的文件', 'Open your files'), files),
      h('p', { class: 'hint' }, both('可以同时选案例文件和你改过的 sources.json、reminders.json、index.json。', 'You may choose the case file together with your own sources.json, reminders.json and index.json.')),
      h('p', { id: 'open-status', role: 'status' }));
  }

  window.addEventListener('beforeunload', (e) => {
    if (!unsaved) return;
    e.preventDefault();
    e.returnValue = '';
  });

  (async () => {
    const [index, sources, reminders, zh, en] = await Promise.all(['content/cases/index.json', 'content/sources.json',
      'content/reminders.json', 'content/strings/zh-Hans.json', 'content/strings/en.json'].map(getJson));
    base = { index, sources, reminders };
    names.zh = zh || {};
    names.en = en || {};
    const ids = index && Array.isArray(index.cases) ? index.cases.filter((id) => M.ID.test(id)) : [];
    siteCases = (await Promise.all(ids.map(async (id) => {
      const c = await getJson(`content/cases/${id}.json`);
      return { id, title: c && c.title ? `${c.title['zh-Hans']}`.slice(0, 60) : id };
    })));
    $('write-form').prepend(openSection());
    form.render();
    preview.schedule(() => current().files, () => current().fileId, true);
  })();
})();
