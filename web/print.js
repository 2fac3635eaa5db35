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
      li.append(el('strong', item.advice), el('span', ' ' + item.reason));
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
    return opened;
  };
})();
