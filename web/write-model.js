// write.html's model: the form's state, read from a case file and written back as the files an
// organiser drops into content/ (the case, cases/index.json, sources.json, reminders.json).
// No DOM here, so tests/browser/write_model.test.mjs runs it in Node. The checking itself is
// not here: the widget's own loader checks what this writes (write-preview.js).
'use strict';
(function (root) {
  const ID = /^[a-z0-9_-]{1,64}$/;
  const text = (zh = '', en = '') => ({ zh, en });
  const fromText = (t) => text(t && typeof t['zh-Hans'] === 'string' ? t['zh-Hans'] : '', t && typeof t.en === 'string' ? t.en : '');
  const filled = (t) => Boolean(t && (t.zh.trim() || t.en.trim()));
  // Required texts are always written, empty or not, so the loader names the empty side at
  // its own JSON pointer (beside its field) instead of "missing" at the object.
  const toText = (t) => ({ 'zh-Hans': t.zh, en: t.en });
  let serial = 0;
  const key = () => 'k' + ++serial;  // a row's identity while rows move; never written

  function blank() {
    return {
      id: '', originalId: '', chineseOnly: false,
      source: { pick: '', entry: blankSource() },
      title: text(), hook: text(), place: text(), when: text(), operation: text(),
      keyValue: text(), keyLabel: text(),
      timeline: [text(), text(), text()],
      actors: [Object.assign(newActor(), { role: 'insider' })],
      data: text(), scale: text(), prices: text(), outcome: text(),
      context: text(), contextKind: 'operation',
      remarks: [],
      reminders: new Set(),
      nodes: [
        { key: key(), id: 'n1', role: 'person', kind: '', label: text(), officer: false },
        { key: key(), id: 'n2', role: 'leak_point', kind: '', label: text(), officer: false },
      ],
      edges: [],
    };
  }
  function blankSource() {
    return { title: text(), publisher: text(), date: text(), url: '', urlKind: '', hosts: '' };
  }
  function newActor() {
    return { key: key(), role: 'middleman', name: text(), did: text(), officer: false };
  }
  function newNode(state) {
    return { key: key(), id: freeId(state.nodes.map((n) => n.id), 'n'), role: 'middleman', kind: '', label: text(), officer: false };
  }
  function newEdge(state) {
    // From and to are chosen by the organiser, never guessed (a guess looks like a choice).
    return {
      key: key(), id: freeId(state.edges.map((e) => e.id), 'hop'),
      from: '', to: '',
      data: text(), price: text(), volume: text(), method: text(), officer: false, blocks: new Set(),
    };
  }
  function freeId(taken, stem) {
    for (let i = 1; ; i++) if (!taken.includes(stem + i)) return stem + i;
  }

  // A source the project archived (it has `file`) is cited as it is; an organiser's own is
  // edited in place.
  const ownSource = (s) => s && typeof s === 'object' && !('file' in s);

  // The form's state from a case file, with the reminders that already cut its hops.
  function fromCase(json, base) {
    const s = blank();
    const c = json && typeof json === 'object' ? json : {};
    s.id = typeof c.id === 'string' ? c.id : '';
    s.originalId = s.id;
    s.chineseOnly = Array.isArray(c.languages) && c.languages.length === 1 && c.languages[0] === 'zh-Hans';
    for (const f of ['title', 'hook', 'place', 'when', 'operation', 'data', 'scale', 'prices', 'outcome', 'context']) s[f] = fromText(c[f]);
    s.keyValue = fromText(c.key_figure && c.key_figure.value);
    s.keyLabel = fromText(c.key_figure && c.key_figure.label);
    if (Array.isArray(c.timeline)) s.timeline = c.timeline.map(fromText);
    if (Array.isArray(c.actors)) {
      s.actors = c.actors.map((a) => ({ key: key(), role: String((a && a.role) || 'insider'), name: fromText(a && a.name),
        did: fromText(a && a.did), officer: Boolean(a && a.basis === 'officer_general') }));
    }
    s.contextKind = c.context_kind === 'same_report' ? 'same_report' : 'operation';
    if (Array.isArray(c.remarks)) s.remarks = c.remarks.map(fromText);
    const sources = (base.sources && Array.isArray(base.sources.sources)) ? base.sources.sources : [];
    const src = sources.find((x) => x && x.id === c.source);
    if (src) {
      s.source.pick = src.id;
      if (ownSource(src)) s.source.entry = sourceFields(src);
    }
    const flow = c.flow || {};
    if (Array.isArray(flow.nodes)) {
      s.nodes = flow.nodes.map((n) => ({ key: key(), id: String((n && n.id) || ''), role: String((n && n.role) || 'person'),
        kind: String((n && n.kind) || ''), label: fromText(n && n.label), officer: Boolean(n && n.basis === 'officer_general') }));
    }
    const keyOf = (id) => (s.nodes.find((n) => n.id === id) || {}).key || '';
    const reminders = (base.reminders && Array.isArray(base.reminders.reminders)) ? base.reminders.reminders : [];
    if (Array.isArray(flow.edges)) {
      s.edges = flow.edges.map((e) => {
        const id = String((e && e.id) || '');
        const blocks = new Set(reminders.filter((r) => Array.isArray(r.blocks) && r.blocks.includes(`${s.id}/${id}`)).map((r) => r.id));
        return { key: key(), id, from: keyOf(e && e.from), to: keyOf(e && e.to), data: fromText(e && e.data),
          price: fromText(e && e.price), volume: fromText(e && e.volume), method: fromText(e && e.method),
          officer: Boolean(e && e.basis === 'officer_general'), blocks };
      });
    }
    // The case page's list in its order (a link's cut is ticked there when it is chosen; the
    // organiser may untick it, as some shipped cases do).
    if (Array.isArray(c.reminders)) s.reminders = new Set(c.reminders.filter((r) => typeof r === 'string'));
    return s;
  }
  function sourceFields(src) {
    return { title: fromText(src.title), publisher: fromText(src.publisher), date: fromText(src.date),
      url: typeof src.url === 'string' ? src.url : '', urlKind: typeof src.url_kind === 'string' ? src.url_kind : '',
      hosts: Array.isArray(src.publisher_hosts) ? src.publisher_hosts.join(', ') : '' };
  }

  // The source id a new source gets: the case's own id, unless that is taken.
  function sourceId(state, sources) {
    if (!state.source.pick) return '';  // none chosen yet: the loader names the empty choice
    if (state.source.pick !== '+') return state.source.pick;
    const stem = ID.test(state.id) ? state.id : 'local';
    const taken = sources.map((x) => x && x.id);
    if (!taken.includes(stem)) return stem;
    return freeId(taken, stem + '-');
  }

  // Where the source's fields sit in sources.json (for problems beside them), or -1 when the
  // case cites one of the project's own articles (nothing of it is edited).
  function sourceIndex(state, base) {
    const list = base.sources && Array.isArray(base.sources.sources) ? base.sources.sources : [];
    if (state.source.pick === '+') return list.length;
    const at = list.findIndex((x) => x && x.id === state.source.pick);
    return at >= 0 && ownSource(list[at]) ? at : -1;
  }

  function caseJson(state, sid) {
    const nodeId = (k) => (state.nodes.find((n) => n.key === k) || {}).id || '';
    // A case in Chinese only leaves out the English boxes left empty (the loader excuses them).
    const toText = (t) => (state.chineseOnly && !t.en.trim() ? { 'zh-Hans': t.zh } : { 'zh-Hans': t.zh, en: t.en });
    const out = { id: state.id, source: sid };
    if (state.chineseOnly) out.languages = ['zh-Hans'];
    Object.assign(out, { title: toText(state.title), place: toText(state.place), when: toText(state.when) });
    if (filled(state.operation)) out.operation = toText(state.operation);
    out.hook = toText(state.hook);
    out.key_figure = { value: toText(state.keyValue), label: toText(state.keyLabel) };
    out.timeline = state.timeline.map(toText);
    out.actors = state.actors.map((a) => Object.assign({ role: a.role, name: toText(a.name), did: toText(a.did) },
      a.officer ? { basis: 'officer_general' } : {}));
    for (const f of ['data', 'scale', 'prices', 'outcome']) out[f] = toText(state[f]);
    if (filled(state.context)) {
      out.context_kind = state.contextKind;
      out.context = toText(state.context);
    }
    if (state.remarks.length) out.remarks = state.remarks.map(toText);
    out.reminders = [...state.reminders];
    out.flow = {
      nodes: state.nodes.map((n) => Object.assign({ id: n.id, role: n.role },
        (n.role === 'leak_point' || n.role === 'buyer') ? { kind: n.kind } : {},
        { label: toText(n.label) }, n.officer ? { basis: 'officer_general' } : {})),
      edges: state.edges.map((e) => {
        const o = { id: e.id, from: nodeId(e.from), to: nodeId(e.to), data: toText(e.data) };
        for (const f of ['price', 'volume', 'method']) if (filled(e[f])) o[f] = toText(e[f]);
        if (e.officer) o.basis = 'officer_general';
        return o;
      }),
    };
    return out;
  }

  // Every file the organiser drops into content/, built on the site's (or their own) copies.
  // `fileId` names the case file: the id when it is one, else a stand-in the loader can still
  // read (it then names the bad id beside its field).
  function files(state, base) {
    const fileId = ID.test(state.id) ? state.id : 'new-case';
    const sources = JSON.parse(JSON.stringify(base.sources || { sources: [] }));
    if (!Array.isArray(sources.sources)) sources.sources = [];
    const sid = sourceId(state, sources.sources);
    const at = sourceIndex(state, base);
    if (at >= 0) {
      const e = state.source.entry;
      const entry = { id: sid };
      if (e.url.trim()) {
        entry.url = e.url.trim();
        entry.url_kind = e.urlKind;
        const hosts = e.hosts.split(/[\s,，]+/).filter(Boolean);
        if (hosts.length) entry.publisher_hosts = hosts;
      }
      // A source is cited in both languages; for a case in Chinese only, an English box left
      // empty cites the Chinese as published (which is what the article is).
      const cite = (t) => toText(state.chineseOnly && !t.en.trim() ? { zh: t.zh, en: t.zh } : t);
      Object.assign(entry, { title: cite(e.title), publisher: cite(e.publisher), date: cite(e.date) });
      sources.sources[at] = entry;
    }
    const index = JSON.parse(JSON.stringify(base.index || { cases: [] }));
    if (!Array.isArray(index.cases)) index.cases = [];
    const was = index.cases.indexOf(state.originalId);
    if (state.originalId && state.originalId !== fileId && was >= 0) index.cases[was] = fileId;
    else if (!index.cases.includes(fileId)) index.cases.push(fileId);
    const reminders = JSON.parse(JSON.stringify(base.reminders || { reminders: [] }));
    for (const r of Array.isArray(reminders.reminders) ? reminders.reminders : []) {
      if (!r || typeof r !== 'object') continue;
      const mine = (b) => typeof b === 'string' && (b.startsWith(fileId + '/') || (state.originalId && b.startsWith(state.originalId + '/')));
      const kept = (Array.isArray(r.blocks) ? r.blocks : []).filter((b) => !mine(b));
      for (const e of state.edges) if (e.blocks.has(r.id)) kept.push(`${fileId}/${e.id}`);
      // The same cuts as before keep their order, so an untouched file stays the same file.
      const before = Array.isArray(r.blocks) ? r.blocks : [];
      const same = kept.length === before.length && kept.every((b) => before.includes(b));
      if (!same) r.blocks = kept;
    }
    const pretty = (v) => JSON.stringify(v, null, 2) + '\n';
    // Files the case leaves as they were need not be copied (nor risk overwriting a newer copy).
    const unchanged = new Set();
    if (JSON.stringify(index) === JSON.stringify(base.index)) unchanged.add('cases/index.json');
    if (JSON.stringify(sources) === JSON.stringify(base.sources)) unchanged.add('sources.json');
    if (JSON.stringify(reminders) === JSON.stringify(base.reminders)) unchanged.add('reminders.json');
    return {
      fileId,
      sourceAt: at,
      unchanged,
      files: new Map([
        [`cases/${fileId}.json`, pretty(caseJson(state, sid))],
        ['cases/index.json', pretty(index)],
        ['sources.json', pretty(sources)],
        ['reminders.json', pretty(reminders)],
      ]),
    };
  }

  // "FILE: /pointer: message" (or "FILE:L:C: message") as the loader writes it; the file as
  // content/-relative, whatever folder label the platform put before it.
  function parseProblem(line) {
    const m = /^(.*?\.json): (\/[^:]*): (.*)$/.exec(line);
    if (!m) return { file: '', pointer: '', message: line };
    const file = m[1].replace(/^.*?(?=(cases\/[^/]+|[^/]+)$)/, '');
    return { file, pointer: m[2] === '/' ? '' : m[2], message: m[3] };
  }

  root.dtWriteModel = { blank, blankSource, newActor, newNode, newEdge, fromCase, files, parseProblem, sourceFields, ownSource, ID };
})(typeof globalThis !== 'undefined' ? globalThis : this);
