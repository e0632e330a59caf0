// The report page's own script (inlined, allowed by the page's CSP hash).
// Every piece of document text enters the page through textContent only:
// the data are scraped web pages and must never be parsed as markup.
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('report-data').textContent);
  /** Rows drawn at once; "show more" draws the next ones (a year of news has thousands of directives). */
  const PAGE = 200;

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = String(text);
    return e;
  }

  // ---- Charts: a slogan's series is every mark whose aria-label is the slogan (vega's description channel).
  const charts = Array.from(document.querySelectorAll('figure.chart svg'));
  const picker = document.getElementById('highlight');

  function legendEntries(svg) {
    return Array.from(svg.querySelectorAll('.role-legend-label text'), (t) => ({ entry: t.closest('.role-scope > g'), slogan: t.textContent }));
  }

  function highlight(slogan) {
    for (const svg of charts) {
      svg.classList.toggle('has-highlight', Boolean(slogan));
      for (const m of svg.querySelectorAll('.role-mark [aria-label]')) m.classList.toggle('hl', m.getAttribute('aria-label') === slogan);
      for (const { entry, slogan: s } of legendEntries(svg)) if (entry) entry.classList.toggle('hl', s === slogan);
    }
    if (picker) picker.value = data.chartSlogans.includes(slogan) ? slogan : '';
  }

  function sloganClicked(target) {
    const mark = target.closest('.role-mark [aria-label]');
    if (mark) return mark.getAttribute('aria-label');
    const entry = target.closest('.role-legend .role-scope > g');
    const label = entry && entry.querySelector('.role-legend-label text');
    return label ? label.textContent : '';
  }

  for (const svg of charts) {
    svg.addEventListener('click', (ev) => {
      const slogan = sloganClicked(ev.target);
      if (slogan) highlight(picker && picker.value === slogan ? '' : slogan);
    });
  }
  if (picker) picker.addEventListener('change', () => highlight(picker.value));

  // ---- Tables: sortable by header, filtered by a text box, a click on a row opens its details below it.
  function cellText(value) {
    return Array.isArray(value) ? value.map((v) => (typeof v === 'object' ? v.text : v)).join(' | ') : String(value == null ? '' : value);
  }

  function tableView(id, rows, options) {
    const table = document.getElementById(`${id}-table`);
    const tbody = table.tBodies[0];
    const filter = document.getElementById(`${id}-filter`);
    const count = document.getElementById(`${id}-count`);
    const more = document.getElementById(`${id}-more`);
    const columns = table.tHead.rows[0].cells.length;
    const search = rows.map((r) => options.searchText(r).toLowerCase());
    let order = rows.map((_, i) => i);
    let visible = order;
    let limit = PAGE;

    function render() {
      tbody.replaceChildren(...visible.slice(0, limit).map((i) => rowElement(rows[i])));
      count.textContent = visible.length === rows.length ? `${rows.length} rows` : `${visible.length} of ${rows.length} rows`;
      more.hidden = visible.length <= limit;
      more.textContent = `show ${Math.min(PAGE, visible.length - limit)} more (${visible.length - limit} not shown)`;
    }

    function rowElement(r) {
      const tr = el('tr', 'row');
      tr.tabIndex = 0;
      tr.setAttribute('aria-expanded', 'false');
      for (const c of options.cells(r)) tr.append(c.node || el('td', c.cls, c.text));
      const open = () => toggleDetails(tr, r);
      tr.addEventListener('click', open);
      tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); open(); } });
      return tr;
    }

    function toggleDetails(tr, r) {
      const next = tr.nextElementSibling;
      if (next && next.classList.contains('details')) {
        next.remove();
        tr.setAttribute('aria-expanded', 'false');
        return;
      }
      const details = el('tr', 'details');
      const td = el('td');
      td.colSpan = columns;
      td.append(options.details(r));
      details.append(td);
      tr.after(details);
      tr.setAttribute('aria-expanded', 'true');
      if (options.onOpen) options.onOpen(r);
    }

    function sortBy(th) {
      const key = th.dataset.key;
      const numeric = th.dataset.numeric === '1';
      const dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      for (const h of table.tHead.rows[0].cells) h.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      const value = (i) => (numeric ? Number(rows[i][key]) : cellText(rows[i][key]));
      order = order.slice().sort((a, b) => (value(a) < value(b) ? -dir : value(a) > value(b) ? dir : a - b));
      applyFilter();
    }

    function applyFilter() {
      const q = filter.value.trim().toLowerCase();
      visible = q ? order.filter((i) => search[i].includes(q)) : order;
      limit = PAGE;
      render();
    }

    for (const th of table.tHead.rows[0].cells) th.querySelector('button').addEventListener('click', () => sortBy(th));
    filter.addEventListener('input', applyFilter);
    more.addEventListener('click', () => { limit += PAGE; render(); });
    render();
  }

  // ---- Details: where each occurrence was written, in the form it was written.

  /** file:line:column that may break after each "/" (long corpus paths) but nowhere else. */
  function whereNode(tag, text) {
    const node = el(tag, 'where');
    text.split('/').forEach((part, i, parts) => {
      node.append(document.createTextNode(i < parts.length - 1 ? `${part}/` : part));
      if (i < parts.length - 1) node.append(el('wbr'));
    });
    return node;
  }

  /** The context with the slogan marked: the cleaned text carries it between 【 and 】. */
  function contextElement(context, slogan) {
    const span = el('span', 'context');
    let start = context.indexOf(`【${slogan}`);
    if (start < 0) start = context.indexOf('【');
    const end = start < 0 ? -1 : context.indexOf('】', start);
    if (end < 0) {
      span.textContent = context;
      return span;
    }
    span.append(document.createTextNode(context.slice(0, start)), el('mark', '', context.slice(start + 1, end)), document.createTextNode(context.slice(end + 1)));
    return span;
  }

  function sloganDetails(s) {
    const box = el('div', 'occurrences');
    const kept = s.shown.length < s.occurrences ? `; the first ${s.shown.length} kept are shown` : '';
    box.append(el('p', 'note', `${s.occurrences} occurrence${s.occurrences === 1 ? '' : 's'} in ${s.documents} document${s.documents === 1 ? '' : 's'}${kept}. Found by: ${s.foundBy.join(', ')}.`));
    const table = el('table', 'occurrence-list');
    const head = el('tr');
    for (const h of ['where (file:line:column)', 'date', 'as written', 'context']) head.append(el('th', '', h));
    table.createTHead().append(head);
    const body = table.createTBody();
    for (const o of s.shown) {
      const tr = el('tr');
      const context = el('td');
      context.append(contextElement(o.context, s.slogan));
      tr.append(whereNode('td', o.where), el('td', 'date', o.date), el('td', 'form', o.form), context);
      body.append(tr);
    }
    box.append(table);
    return box;
  }

  function quantityText(q) {
    const value = Array.isArray(q.value) ? q.value.join('–') : q.value == null ? '?' : String(q.value);
    return `${q.approx ? '≈' : ''}${value}${q.unit && q.unit !== 'date' ? ` ${q.unit}` : ''}`;
  }

  function directiveDetails(d) {
    const box = el('div', 'occurrences');
    const dl = el('dl', 'directive');
    const add = (term, node) => { dl.append(el('dt', '', term)); const dd = el('dd'); dd.append(node); dl.append(dd); };
    add('where', whereNode('code', d.where));
    add('as written', el('span', 'form', d.text));
    if (d.heading) add('heading', el('span', '', d.heading));
    for (const q of d.quantities) add(q.text, el('span', 'value', quantityText(q)));
    add('status', el('span', '', d.status));
    box.append(dl);
    return box;
  }

  tableView('slogans', data.slogans, {
    searchText: (s) => [s.slogan, s.kind, s.forms.join(' '), s.firstDate, s.lastDate].join(' '),
    cells: (s) => [
      { cls: 'num', text: s.rank }, { cls: 'slogan', text: s.slogan }, { cls: '', text: s.kind },
      { cls: 'num', text: s.documents }, { cls: 'num', text: s.occurrences },
      { cls: 'date', text: s.firstDate }, { cls: 'date', text: s.lastDate }, { cls: 'forms', text: s.forms.join(' | ') },
    ],
    details: sloganDetails,
    onOpen: (s) => highlight(data.chartSlogans.includes(s.slogan) ? s.slogan : ''),
  });

  tableView('directives', data.directives, {
    searchText: (d) => [d.where, d.kind, d.cue, d.speaker, d.simplified, d.text, d.date, d.quantities.map((q) => q.text).join(' ')].join(' '),
    cells: (d) => [
      { node: whereNode('td', d.where) }, { cls: 'nowrap', text: d.status === 'directive' ? d.kind : `${d.kind} (${d.status})` },
      { cls: 'nowrap', text: d.cue }, { cls: 'nowrap', text: d.speaker }, { cls: 'num', text: d.ordinal },
      { cls: 'quantities', text: d.quantities.map((q) => `${q.text} = ${quantityText(q)}`).join('; ') },
      { cls: 'text', text: d.simplified }, { cls: 'date', text: d.date },
    ],
    details: directiveDetails,
  });
})();
