// write.html's form: draws the state (web/write-model.js) as labelled HTML fields in the order
// a visitor reads the case, and writes every edit back into it. Each field carries the file
// and JSON pointer its value is written to, so a problem the loader names lands beside it.
// Lists (steps, people, cards, links) are redrawn whole when a row is added, moved or
// removed; the focus is put back where the organiser was.
'use strict';
(function () {
  const M = globalThis.dtWriteModel;
  let uid = 0;
  const nextId = (stem) => `${stem}-${++uid}`;
  function h(tag, attrs, ...kids) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'text') el.textContent = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const kid of kids.flat()) if (kid !== null && kid !== undefined && kid !== false) el.append(kid);
    return el;
  }
  // "中文 · English", each part tagged with its language for screen readers and fonts.
  const both = (zh, en) => [h('span', { lang: 'zh-Hans', text: zh }), ' · ', h('span', { lang: 'en', text: en })];

  // The names of the roles come from the widget's own strings; the kinds are the schema's.
  const KINDS = {
    leak_point: [
      ['shop_counter', '手机店、营业厅柜台', 'Phone shop or service counter'], ['courier', '快递', 'Courier'],
      ['property_office', '物业公司', 'Property management company'], ['questionnaire', '问卷、登记表', 'Questionnaire or sign-up form'],
      ['carrier', '通信公司', 'Phone company'], ['bank', '银行', 'Bank'], ['ticketing', '票务', 'Ticketing'],
      ['phishing_site', '钓鱼网站', 'Fake website copying a real one'], ['trojan', '木马', 'Spy program'],
      ['hacker', '黑客', 'Hacker'], ['documents', '证件、复印件', 'ID documents and copies'], ['old_phone', '旧手机', 'Old phone'],
    ],
    buyer: [
      ['telemarketer', '电话销售', 'Telesales'], ['education', '教育培训', 'Education and training'],
      ['securities', '证券、理财', 'Securities and investment'], ['coupon_abuser', '薅羊毛', 'Coupon abuse'],
      ['marketer', '商家推销', 'Businesses selling to people'], ['detective', '私家侦探', 'Private investigators'],
      ['debt_collector', '催债', 'Debt collectors'], ['estate_agency', '房产中介', 'Estate agencies'],
      ['fraud_ring', '诈骗团伙', 'Fraud rings'], ['unnamed', '报道没说明的买家', 'Buyers the article does not name'],
      ['other_trade', '其他行业', 'Other trades'],
    ],
  };
  const ROLES = ['person', 'leak_point', 'insider', 'middleman', 'channel', 'buyer'];

  function create(ctx) {
    // ctx: { state(), base(), names: {zh, en}, changed(structural), touched: Set, focusAfter }
    const body = document.getElementById('write-body');
    let pendingFocus = null;
    const roleName = (r) => both((ctx.names.zh[`role.${r}`] || r), (ctx.names.en[`role.${r}`] || r));
    const roleText = (r) => `${ctx.names.zh[`role.${r}`] || r} · ${ctx.names.en[`role.${r}`] || r}`;

    // [SECTION] fields
    // A field: a label, an optional hint, a problem line (filled by showProblems), and the
    // controls. `where` is [file, pointer]; `fid` stays the same while rows move.
    function field(fid, where, label, hint, controls) {
      const labelId = nextId('l'), hintId = hint ? nextId('h') : null, problemId = nextId('p');
      const wrap = h('div', { class: 'field', role: 'group', 'aria-labelledby': labelId, 'data-file': where[0], 'data-ptr': where[1],
        'data-fid': fid, 'data-problem': problemId },
      h('div', { class: 'field-label', id: labelId }, label),
      hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
      // Above the boxes, as public-service forms do: in view when the first box has the
      // focus, however long the list of boxes below.
      h('p', { class: 'problem', id: problemId, hidden: true }),
      controls({ describedBy: [hintId, problemId].filter(Boolean).join(' ') }));
      wrap.addEventListener('focusout', () => ctx.touch(fid));
      return wrap;
    }
    // A row of a list (a card, a link) that a problem can be about as a whole ("this card is
    // on no link"): named for screen readers, its problem line first.
    function row(fid, where, label, ...kids) {
      const problemId = nextId('p');
      const li = h('li', { class: 'row field', role: 'group', 'aria-label': label, 'data-file': where[0], 'data-ptr': where[1],
        'data-fid': fid, 'data-problem': problemId }, h('p', { class: 'problem', id: problemId, hidden: true }), ...kids);
      li.addEventListener('focusout', () => ctx.touch(fid));
      return li;
    }
    // One text in both languages. `long` gives a box of several lines.
    function textField(fid, where, t, label, hint, { long = false } = {}) {
      return field(fid, where, label, hint, ({ describedBy }) => h('div', { class: 'pair' },
        ['zh', 'en'].map((lang) => {
          const id = nextId('t');
          // A box that grows with its text, so nothing typed is hidden behind a scroll bar; a
          // short one (a label, a date) takes no line breaks.
          const input = h('textarea', { id, lang: lang === 'zh' ? 'zh-Hans' : 'en', 'aria-describedby': describedBy, 'data-focus': `${fid}/${lang}`,
            'data-ptr': `${where[1]}/${lang === 'zh' ? 'zh-Hans' : 'en'}`, rows: long ? 2 : 1, class: long ? 'grow' : 'grow short',
            spellcheck: lang === 'en' ? 'true' : 'false', autocomplete: 'off' });
          input.value = t[lang];
          input.addEventListener('input', () => { t[lang] = input.value; fit(input); ctx.changed(false); });
          if (!long) input.addEventListener('keydown', (e) => { if (e.key === 'Enter') e.preventDefault(); });
          return h('div', { class: `side side-${lang}` }, h('label', { for: id }, lang === 'zh' ? '中文' : 'English'), input);
        })));
    }
    function fit(box) {
      if (!box.isConnected || box.offsetParent === null) return;  // not laid out: keep the CSS height
      box.style.height = 'auto';
      box.style.height = box.scrollHeight + 2 + 'px';
    }
    function select(fid, options, value, onPick, describedBy, labelText) {
      const el = h('select', { 'data-focus': fid, 'aria-describedby': describedBy, 'aria-label': labelText },
        options.map(([v, zh, en]) => h('option', { value: v, selected: v === value }, en === undefined ? zh : `${zh} · ${en}`)));
      el.addEventListener('change', () => onPick(el.value));
      return el;
    }
    function check(fid, on, label, onToggle) {
      const id = nextId('c');
      const box = h('input', { type: 'checkbox', id, checked: on, 'data-focus': fid });
      box.addEventListener('change', () => onToggle(box.checked));
      return h('div', { class: 'check' }, box, h('label', { for: id }, label));
    }
    // Move up / move down / remove, named with the row's number for screen readers. `stem(j)`
    // is the row's focus name at position j (rows without their own key are named by place).
    function rowTools(list, i, zhName, enName, min, stem) {
      const n = i + 1;
      const tool = (label, aria, disabled, act, focus) => h('button', { type: 'button', class: 'row-tool', 'aria-label': aria,
        disabled: disabled || undefined, 'data-focus': `${stem(i)}/${focus}`, onclick: () => { act(); ctx.changed(true); } }, label);
      const move = (to, dir) => {
        const [row] = list.splice(i, 1);
        list.splice(to, 0, row);
        // At the end of the list its own button is disabled: the other one keeps the focus.
        const stuck = (dir === 'up' && to === 0) || (dir === 'down' && to === list.length - 1);
        pendingFocus = `${stem(to)}/${stuck ? (dir === 'up' ? 'down' : 'up') : dir}`;
      };
      return h('div', { class: 'row-tools' },
        tool('↑', `上移第${n}${zhName} · Move ${enName} ${n} up`, i === 0, () => move(i - 1, 'up'), 'up'),
        tool('↓', `下移第${n}${zhName} · Move ${enName} ${n} down`, i === list.length - 1, () => move(i + 1, 'down'), 'down'),
        tool('删除 · Remove', `删除第${n}${zhName} · Remove ${enName} ${n}`, list.length <= min, () => {
          list.splice(i, 1);
          pendingFocus = 'add/' + stem(0).split('/')[0];
        }, 'remove'));
    }
    function addButton(list, max, make, zh, en, section) {
      return h('button', { type: 'button', class: 'add', 'data-focus': `add/${section}`, disabled: list.length >= max || undefined,
        onclick: () => { const row = make(); list.push(row); pendingFocus = `${section}/${row.key || list.length - 1}/first`; ctx.changed(true); } },
      both('＋ ' + zh, '+ ' + en));
    }
    const section = (id, n, zh, en, ...kids) => h('fieldset', { id: 'sec-' + id, class: 'sec' },
      h('legend', {}, h('span', { class: 'num' }, String(n)), ...both(zh, en)), ...kids);

    // [SECTION] the form, in the order a visitor reads the case
    function render() {
      const s = ctx.state(), base = ctx.base(), file = ctx.caseFile();
      const C = (ptr) => [file, ptr];
      const sources = (base.sources && base.sources.sources) || [];
      const reminders = (base.reminders && base.reminders.reminders) || [];
      const at = M.files(s, base).sourceAt;
      const kids = [];

      // 1. The source, first: every fact in the case comes from it.
      const srcOptions = [['', '请选择 …', 'Choose …'], ...sources.filter((x) => x && x.id).map((x) => [x.id,
        `${(x.publisher && x.publisher['zh-Hans']) || ''}《${(x.title && x.title['zh-Hans']) || x.id}》`.slice(0, 80)]),
      ['+', '＋ 一篇新的报道（填在下面）', '+ A new article (fill it in below)']];
      const srcFields = [];
      if (at >= 0) {
        const e = s.source.entry, S = (ptr) => ['sources.json', `/sources/${at}${ptr}`];
        srcFields.push(
          textField('src-publisher', S('/publisher'), e.publisher, both('发布者', 'Publisher'), both('例如“邳州市公安局”。', 'E.g. "Pizhou Public Security Bureau".')),
          textField('src-title', S('/title'), e.title, both('标题', 'Headline'), both('中文写发布时的原标题，英文写我们的翻译。', 'Chinese: the headline as published. English: our translation.'), { long: true }),
          textField('src-date', S('/date'), e.date, both('发布日期', 'Date published'), both('照原文写；原文没有日期就写“未注明”。', 'As the article gives it; if it gives none, say so.')),
          field('src-url', S('/url'), both('网址（可以不填）', 'Address (optional)'), null, ({ describedBy }) => {
            const input = h('input', { type: 'url', 'data-focus': 'src-url', 'aria-describedby': describedBy, autocomplete: 'off', spellcheck: 'false',
              'aria-label': '网址 · Address', placeholder: 'https://' });
            input.value = e.url;
            input.addEventListener('input', () => { e.url = input.value; ctx.changed(false); });
            return input;
          }),
          field('src-kind', S('/url_kind'), both('网址是谁的页面', 'Whose page the address is'), both('只有发布者自己的网站才选“发布者”，并在下面写它的域名。', 'Choose "the publisher\'s own" only for the publisher\'s own site, and write its host below.'),
            ({ describedBy }) => select('src-kind', [['', '（没有网址）', '(no address)'], ['publisher', '发布者自己的网页', 'The publisher\'s own page'],
              ['repost', '别的网站转载的', 'Carried by another site']], e.urlKind, (v) => { e.urlKind = v; ctx.changed(true); }, describedBy, '网址是谁的页面 · Whose page')),
          e.urlKind === 'publisher' ? field('src-hosts', S('/publisher_hosts'), both('发布者的域名', 'The publisher\'s host'), both('例如 www.pizhou.gov.cn；几个就用逗号隔开。', 'E.g. www.pizhou.gov.cn; several, separated by commas.'),
            ({ describedBy }) => {
              const input = h('input', { type: 'text', 'data-focus': 'src-hosts', 'aria-describedby': describedBy, autocomplete: 'off', spellcheck: 'false', 'aria-label': '域名 · Host' });
              input.value = e.hosts;
              input.addEventListener('input', () => { e.hosts = input.value; ctx.changed(false); });
              return input;
            }) : null);
      } else if (s.source.pick) {
        const x = sources.find((y) => y && y.id === s.source.pick);
        if (x) srcFields.push(h('div', { class: 'cited' }, h('p', { lang: 'zh-Hans', text: `${x.publisher['zh-Hans']}《${x.title['zh-Hans']}》，${x.date['zh-Hans']}` }),
          h('p', { lang: 'en', text: `${x.publisher.en}, "${x.title.en}", ${x.date.en}` })));
      }
      kids.push(section('source', 1, '来源', 'The source',
        h('p', { class: 'hint' }, both('案例里的每个事实、每个数字都要来自这篇报道，数字照原文写。', 'Every fact and figure in the case comes from this article, written exactly as published.')),
        field('source', C('/source'), both('哪篇报道', 'Which article'), null, ({ describedBy }) => select('source', srcOptions, s.source.pick,
          (v) => { s.source.pick = v; const found = sources.find((y) => y && y.id === v); s.source.entry = found && M.ownSource(found) ? M.sourceFields(found) : M.blankSource(); ctx.changed(true); },
          describedBy, '哪篇报道 · Which article')),
        ...srcFields));

      // 2. The case card.
      kids.push(section('case', 2, '案例', 'The case',
        field('id', C('/id'), both('文件名', 'File name'), both('用拼音或英文：小写字母、数字、“-”和“_”，例如 pizhou-phone-shop。访客看不到它。', 'In pinyin or English: lower-case letters, digits, "-" and "_", e.g. pizhou-phone-shop. Visitors never see it.'),
          ({ describedBy }) => {
            const input = h('input', { type: 'text', 'data-focus': 'id', 'aria-describedby': describedBy, autocomplete: 'off', spellcheck: 'false',
              'aria-label': '文件名 · File name', autocapitalize: 'none' });
            input.value = s.id;
            // Not redrawn (a redraw on leaving the box would replace the box being clicked):
            // the fields are pointed at the new file name in place.
            input.addEventListener('input', () => { s.id = input.value.trim(); ctx.renamed(); ctx.changed(false); });
            return input;
          }),
        check('chinese-only', s.chineseOnly, both('英文以后再写：先只用中文（英文页面显示中文，并注明“只有中文”）',
          'English later: Chinese only for now (the English page shows the Chinese, with a note saying so)'), (v) => { s.chineseOnly = v; body.classList.toggle('chinese-only', v); ctx.changed(false); }),
        textField('title', C('/title'), s.title, both('标题', 'Title'), both('一句话说清发生了什么。', 'One sentence: what happened.'), { long: true }),
        textField('hook', C('/hook'), s.hook, both('案例卡片上的一段话', 'The line on the case card'), both('为什么这件事和访客有关。', 'Why this matters to a visitor.'), { long: true }),
        textField('place', C('/place'), s.place, both('地点', 'Place'), null),
        textField('when', C('/when'), s.when, both('时间', 'When'), both('照报道写年份或时段；报道没说就写“报道未说明”。', 'The year or period as the article gives it; if it gives none, say so.')),
        textField('operation', C('/operation'), s.operation, both('警方行动（可以不填）', 'Police operation (optional)'), both('例如“净网2020”。', 'E.g. "Clean Net 2020".')),
        textField('key-value', C('/key_figure/value'), s.keyValue, both('最重要的一个数字', 'The key figure'), both('照原文写，带单位，例如“5万余条”。', 'Exactly as published, with its unit, e.g. "over 50,000 records".')),
        textField('key-label', C('/key_figure/label'), s.keyLabel, both('这个数字说的是什么', 'What the figure counts'), null)));

      // 3. What happened, step by step.
      kids.push(section('timeline', 3, '经过', 'What happened',
        field('timeline', C('/timeline'), both('按顺序写3到6步', '3 to 6 steps, in order'), null, () => h('ol', { class: 'rows' },
          s.timeline.map((t, i) => h('li', { class: 'row' },
            textField(`timeline/${i}`, C(`/timeline/${i}`), t, both(`第${i + 1}步`, `Step ${i + 1}`), null, { long: true }),
            rowTools(s.timeline, i, '步', 'step', 3, (j) => `timeline/${j}`))))),
        addButton(s.timeline, 6, () => ({ zh: '', en: '' }), '再加一步', 'Add a step', 'timeline')));

      // 4. The people and what each did.
      kids.push(section('actors', 4, '涉及的人', 'The people',
        h('p', { class: 'hint' }, both('照报道写名字，例如“王某”；英文里按身份区分，例如“Wang, the shop assistant”。', 'Names as published, e.g. 王某; in English tell people apart by role, e.g. "Wang, the shop assistant".')),
        field('actors', C('/actors'), both('每个人或每个单位一行', 'One row per person or organisation'), null, () => h('ol', { class: 'rows' },
          s.actors.map((a, i) => h('li', { class: 'row' },
            field(`actors/${a.key}/role`, C(`/actors/${i}/role`), both(`第${i + 1}个：身份`, `Person ${i + 1}: role`), null, ({ describedBy }) =>
              select(`actors/${a.key}/first`, ROLES.map((r) => [r, roleText(r)]), a.role, (v) => { a.role = v; ctx.changed(false); }, describedBy, `第${i + 1}个的身份 · Role of person ${i + 1}`)),
            textField(`actors/${a.key}/name`, C(`/actors/${i}/name`), a.name, both('名字', 'Name'), null),
            textField(`actors/${a.key}/did`, C(`/actors/${i}/did`), a.did, both('做了什么', 'What they did'), null, { long: true }),
            check(`actors/${a.key}/officer`, a.officer, both('只是民警的一般说法，报道没有说这个案子里查明了', 'Only an officer\'s general remark: the article does not say this case showed it'), (v) => { a.officer = v; ctx.changed(false); }),
            rowTools(s.actors, i, '个人', 'person', 1, () => `actors/${a.key}`))))),
        addButton(s.actors, 12, () => M.newActor(), '再加一个人', 'Add a person', 'actors')));

      // 5. The facts under the story.
      kids.push(section('facts', 5, '数据、数量和结果', 'Data, numbers and outcome',
        textField('data', C('/data'), s.data, both('泄露了什么信息', 'What data leaked'), null, { long: true }),
        textField('scale', C('/scale'), s.scale, both('有多少', 'How many'), both('报道没说就写“报道没有说明”。', 'If the article does not say, say so.'), { long: true }),
        textField('prices', C('/prices'), s.prices, both('卖了多少钱', 'For how much'), both('只写报道给出的价格；没有就写“报道没有给出价格”。', 'Only prices the article gives; if none, say so.'), { long: true }),
        textField('outcome', C('/outcome'), s.outcome, both('结果', 'Outcome'), both('抓获、判决或报道写的其他结果。', 'Arrests, a court judgment, or whatever the article reports.'), { long: true }),
        textField('context', C('/context'), s.context, both('背景（可以不填）', 'Background (optional)'), both('例如这次行动的总数字。', 'E.g. the whole operation\'s figures.'), { long: true }),
        s.context.zh || s.context.en ? field('context-kind', C('/context_kind'), both('背景和本案的关系', 'How the background relates'), null, ({ describedBy }) =>
          select('context-kind', [['operation', '本案是这次行动的一部分', 'This case was part of that operation'], ['same_report', '只是同一篇报道里的其他消息', 'Only other news in the same report']],
            s.contextKind, (v) => { s.contextKind = v; ctx.changed(false); }, describedBy, '背景和本案的关系 · How the background relates')) : null,
        field('remarks', C('/remarks'), both('民警的一般说法（可以不填）', 'What police say in general (optional)'), both('民警讲这类案件的一般情况，不是本案查明的：单独显示并注明。', 'An officer on such cases in general, not what this case showed: shown apart, and marked so.'),
          () => h('ol', { class: 'rows' }, s.remarks.map((t, i) => h('li', { class: 'row' },
            textField(`remarks/${i}`, C(`/remarks/${i}`), t, both(`第${i + 1}条`, `Remark ${i + 1}`), null, { long: true }),
            rowTools(s.remarks, i, '条', 'remark', 0, (j) => `remarks/${j}`))))),
        addButton(s.remarks, 8, () => ({ zh: '', en: '' }), '加一条民警的一般说法', 'Add a remark', 'remarks')));

      // 6. The diagram: cards, then the links between them.
      const nodeName = (n, i) => `${i + 1}. ${n.label.zh || n.label.en || '（还没有名字 · no name yet）'}`;
      kids.push(section('flow', 6, '流向图', 'The data-flow diagram',
        h('p', { class: 'hint' }, both('先写图上的卡片（人、地方、渠道），再写信息从哪张卡片流到哪张卡片。', 'First the cards (people, places, channels), then where the data went from card to card.')),
        field('nodes', C('/flow/nodes'), both('卡片', 'Cards'), null, () => h('ol', { class: 'rows' },
          s.nodes.map((n, i) => row(`nodes/${n.key}`, C(`/flow/nodes/${i}`), `卡片${i + 1} · Card ${i + 1}`,
            field(`nodes/${n.key}/role`, C(`/flow/nodes/${i}/role`), both(`卡片${i + 1}：是谁或什么地方`, `Card ${i + 1}: who or where`), null, ({ describedBy }) =>
              select(`nodes/${n.key}/first`, ROLES.map((r) => [r, roleText(r)]), n.role, (v) => { n.role = v; if (KINDS[v] && !KINDS[v].some(([k]) => k === n.kind)) n.kind = ''; ctx.changed(true); }, describedBy, `卡片${i + 1}的身份 · Card ${i + 1} role`)),
            KINDS[n.role] ? field(`nodes/${n.key}/kind`, C(`/flow/nodes/${i}/kind`), both('哪一类', 'Which kind'), null, ({ describedBy }) =>
              select(`nodes/${n.key}/kind`, [['', '请选择 …', 'Choose …'], ...KINDS[n.role]], n.kind, (v) => { n.kind = v; ctx.changed(false); }, describedBy, `卡片${i + 1}的类别 · Card ${i + 1} kind`)) : null,
            textField(`nodes/${n.key}/label`, C(`/flow/nodes/${i}/label`), n.label, both('卡片上的字', 'The words on the card'), both('短一些，例如“手机店店员王某”。', 'Short, e.g. "Wang, shop assistant".')),
            check(`nodes/${n.key}/officer`, n.officer, both('只是民警的一般说法（图上画成虚线）', 'Only an officer\'s general remark (drawn dashed)'), (v) => { n.officer = v; ctx.changed(false); }),
            rowTools(s.nodes, i, '张卡片', 'card', 2, () => `nodes/${n.key}`))))),
        addButton(s.nodes, 64, () => M.newNode(s), '再加一张卡片', 'Add a card', 'nodes'),
        field('edges', C('/flow/edges'), both('信息怎么流动', 'How the data moved'), both('每一环写一行：从哪张卡片到哪张卡片、是什么信息；钱、数量、方式只在报道写了时才填。再为每一环选出能斩断它的警方提醒。最后一张卡片通常是“买家”。', 'One row per link: from which card to which, and what data. Money, how many and how only when the article says. Then choose the police advice that would cut each link. The last card is usually a buyer.'),
          () => h('ol', { class: 'rows' }, s.edges.map((e, i) => row(`edges/${e.key}`, C(`/flow/edges/${i}`), `第${i + 1}环 · Link ${i + 1}`,
            h('div', { class: 'from-to' },
              field(`edges/${e.key}/from`, C(`/flow/edges/${i}/from`), both(`第${i + 1}环：从`, `Link ${i + 1}: from`), null, ({ describedBy }) =>
                select(`edges/${e.key}/first`, [['', '请选择 …', 'Choose …'], ...s.nodes.map((n, j) => [n.key, nodeName(n, j)])], e.from, (v) => { e.from = v; ctx.changed(false); }, describedBy, `第${i + 1}环从哪里 · Link ${i + 1} from`)),
              field(`edges/${e.key}/to`, C(`/flow/edges/${i}/to`), both('到', 'to'), null, ({ describedBy }) =>
                select(`edges/${e.key}/to`, [['', '请选择 …', 'Choose …'], ...s.nodes.map((n, j) => [n.key, nodeName(n, j)])], e.to, (v) => { e.to = v; ctx.changed(false); }, describedBy, `第${i + 1}环到哪里 · Link ${i + 1} to`))),
            textField(`edges/${e.key}/data`, C(`/flow/edges/${i}/data`), e.data, both('什么信息', 'What data'), null),
            textField(`edges/${e.key}/price`, C(`/flow/edges/${i}/price`), e.price, both('钱：价格或获利（报道写了才填）', 'Money: a price or earnings (only if the article says)'), null),
            textField(`edges/${e.key}/volume`, C(`/flow/edges/${i}/volume`), e.volume, both('数量（报道写了才填）', 'How many (only if the article says)'), null),
            textField(`edges/${e.key}/method`, C(`/flow/edges/${i}/method`), e.method, both('方式（报道写了才填）', 'How (only if the article says)'), null),
            check(`edges/${e.key}/officer`, e.officer, both('只是民警的一般说法（图上画成虚线）', 'Only an officer\'s general remark (drawn dashed)'), (v) => { e.officer = v; ctx.changed(false); }),
            h('details', { class: 'blocks', open: e.blocks.size > 0 || undefined },
              h('summary', {}, both(`哪些警方提醒能斩断这一环（已选${e.blocks.size}条）`, `Which police advice would cut this link (${e.blocks.size} chosen)`)),
              reminders.filter((r) => r && r.id).map((r) => check(`edges/${e.key}/block/${r.id}`, e.blocks.has(r.id),
                both((r.text && r.text['zh-Hans']) || r.id, (r.text && r.text.en) || r.id),
                (v) => { if (v) { e.blocks.add(r.id); s.reminders.add(r.id); } else e.blocks.delete(r.id); ctx.changed(true); }))),
            rowTools(s.edges, i, '环', 'link', 1, () => `edges/${e.key}`))))),
        addButton(s.edges, 128, () => M.newEdge(s), '再加一环', 'Add a link', 'edges')));

      // 7. Advice on the case page (a link's choice is ticked here too when it is made).
      kids.push(section('advice', 7, '案例页上的警方提醒', 'Police advice on the case page',
        field('reminders', C('/reminders'), both('选哪几条', 'Which ones'), both('至少选一条。为上面某一环选的提醒会自动勾上。', 'At least one. Advice chosen for a link above is ticked here for you.'), () =>
          h('div', { class: 'checks' }, reminders.filter((r) => r && r.id).map((r) => check(`reminders/${r.id}`, s.reminders.has(r.id),
            both((r.text && r.text['zh-Hans']) || r.id, (r.text && r.text.en) || r.id),
            (v) => { if (v) s.reminders.add(r.id); else s.reminders.delete(r.id); ctx.changed(false); }))))));

      kids.push(ctx.saveSection(section));
      const active = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.focus : null;
      body.replaceChildren(...kids);
      body.classList.toggle('chinese-only', s.chineseOnly);
      for (const box of body.querySelectorAll('textarea.grow')) fit(box);
      const want = pendingFocus || active;
      pendingFocus = null;
      if (want) {
        const el = body.querySelector(`[data-focus="${CSS.escape(want)}"]`) ||
          body.querySelector(`[data-focus^="${CSS.escape(want.replace(/\/first$/, ''))}"]`);
        if (el && !el.disabled) el.focus();
        else if (want.startsWith('timeline/') || want.startsWith('remarks/')) {
          const list = body.querySelectorAll(`[data-focus^="${want.split('/')[0]}/"]`);
          if (list.length) list[list.length - 1].focus();
        }
      }
    }
    return { render, h, both, section };
  }
  globalThis.dtWriteForm = { create };
})();
