// The printable action plan: the app hands over the plan (advice only, no answers) and this
// lays it out in #print-plan, which only print media show, then opens the print dialog.
// Built with textContent only; nothing is stored or sent.
'use strict';
(function () {
  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  globalThis.datatrailPrint = (plan) => {
    const root = document.getElementById('print-plan');
    if (!root) return;
    root.lang = plan.lang;
    const date = new Date().toLocaleDateString(plan.lang === 'zh-Hans' ? 'zh-CN' : 'en-GB',
      { year: 'numeric', month: 'long', day: 'numeric' });
    const list = el('ol');
    for (const item of plan.items) {
      const li = el('li');
      li.append(el('span', item.label + (plan.lang === 'en' ? ': ' : '：'), 'kind'), el('strong', item.advice),
        el('span', ' ' + item.reason));
      list.append(li);
    }
    root.replaceChildren(el('p', plan.product, 'product'), el('h1', plan.title), el('p', date, 'date'),
      el('p', plan.intro), list, el('p', plan.report, 'report'));
    // A frame sandboxed without allow-modals makes the browser ignore print() without a
    // word; the dialog's beforeprint event is how the app learns it opened, and says so if not.
    let opened = false;
    const mark = () => { opened = true; };
    window.addEventListener('beforeprint', mark);
    window.print();
    window.removeEventListener('beforeprint', mark);
    if (!opened) root.replaceChildren();  // nothing was printed: keep nothing
    return opened;
  };
  // Printed (or cancelled): the plan leaves the page at once, so nobody after this visitor
  // can print it again with Ctrl+P.
  window.addEventListener('afterprint', () => document.getElementById('print-plan')?.replaceChildren());

  // A kiosk visit was wiped (the app says so through datatrail.onWipe): every page-side trace goes
  // too — the print-out and the live region's last announcement. The mirror is rebuilt from
  // the next screen by itself.
  const state = (globalThis.datatrail = globalThis.datatrail || {});
  const earlier = state.onWipe;
  state.onWipe = () => {
    if (earlier) earlier();
    document.getElementById('print-plan')?.replaceChildren();
    const live = document.getElementById('live');
    if (live) live.textContent = '';
  };
})();
