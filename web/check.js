// check.html: an organiser's content folder, checked and previewed by the widget itself in
// this page's memory. The chosen files replace the server's (web/app.js reads
// globalThis.datatrailContent instead of fetching content/); nothing is uploaded, stored or
// sent, and the page's CSP allows no other origin.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const chosen = new Map();  // content-relative path -> bytes
  const KNOWN = { 'zh-Hans.json': 'strings/zh-Hans.json', 'en.json': 'strings/en.json', 'questions.json': 'quiz/questions.json',
    'rules.json': 'quiz/rules.json', 'spot.json': 'quiz/spot.json', 'index.json': 'cases/index.json', 'sources.json': 'sources.json',
    'reminders.json': 'reminders.json', 'overview.json': 'overview.json', 'talk.json': 'talk.json' };
  // Where a file belongs in content/: its path inside the chosen folder, or for a loose file
  // its well-known name (any other .json is a case).
  const place = (file) => {
    const rel = file.webkitRelativePath || '';
    if (rel.includes('/')) return rel.split('/').slice(1).join('/');
    return KNOWN[file.name] || 'cases/' + file.name;
  };
  const add = async (files) => {
    for (const f of files) {
      if (!/\.json$/i.test(f.name)) continue;
      const at = place(f);
      if (at.startsWith('schema/')) continue;
      chosen.set(at, new Uint8Array(await f.arrayBuffer()));
    }
    $('chosen').textContent = `已选 ${chosen.size} 个文件 · ${chosen.size} files chosen: ${[...chosen.keys()].sort().join(', ')}`;
    $('start').disabled = chosen.size === 0;
  };
  $('pick-folder').addEventListener('change', (e) => add(e.target.files));
  $('pick-files').addEventListener('change', (e) => add(e.target.files));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', async (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    // A dropped folder is walked (its own name dropped from each path), else the files.
    const walk = async (entry) => {
      if (entry.isFile) {
        const file = await new Promise((ok, no) => entry.file(ok, no));
        const parts = entry.fullPath.split('/').filter(Boolean);
        const at = parts.length > 1 ? parts.slice(1).join('/') : (KNOWN[file.name] || 'cases/' + file.name);
        if (/\.json$/i.test(file.name) && !at.startsWith('schema/')) chosen.set(at, new Uint8Array(await file.arrayBuffer()));
      } else if (entry.isDirectory) {
        const reader = entry.createReader();
        for (;;) {
          const batch = await new Promise((ok, no) => reader.readEntries(ok, no));
          if (!batch.length) break;
          for (const child of batch) await walk(child);
        }
      }
    };
    const items = [...(e.dataTransfer.items || [])].map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
    if (items.length) for (const entry of items) await walk(entry);
    else await add(e.dataTransfer.files);
    await add([]);
  });
  // The operator code's hash, as the kiosk computes it (core/kiosk/sha256.h): SHA-256 of
  // "datatrail-operator:" + code, in hex. WebCrypto exists only on https or localhost; on a
  // plain-http address the page gives the command that does the same.
  const makeHash = async () => {
    const code = $('code-input').value.trim();
    const status = $('code-status');
    $('code-line').value = '';
    if (!/^[0-9]{4,8}$/.test(code)) {
      status.textContent = '密码要 4 到 8 位数字。 · The code must be 4 to 8 digits.';
      return;
    }
    if (!(globalThis.crypto && crypto.subtle)) {
      status.textContent = `这个地址（不是 https）不能在浏览器里计算。请在终端运行 · This address (not https) can't compute it in the browser. In a terminal run: printf 'datatrail-operator:${code}' | sha256sum`;
      return;
    }
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('datatrail-operator:' + code));
    const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    $('code-line').value = `"operator_code_sha256": "${hex}",`;
    status.textContent = '完成：把下面一行复制到 kiosk.json，并删掉 operator_code。 · Done: copy the line below into kiosk.json, and remove operator_code.';
  };
  $('code-make').addEventListener('click', makeHash);
  $('code-input').addEventListener('keydown', (e) => { if (e.key === 'Enter') makeHash(); });
  $('start').addEventListener('click', () => {
    globalThis.datatrailContent = chosen;
    $('check-panel').hidden = true;
    $('app').hidden = false;
    // The widget, as index.html loads it, on these files.
    for (const src of ['app.js', 'mirror.js', 'print.js', 'touch.js', 'datatrail.js']) {
      const s = document.createElement('script');
      s.src = src;
      s.async = false;  // in this order, like index.html
      document.body.appendChild(s);
    }
  });
})();
