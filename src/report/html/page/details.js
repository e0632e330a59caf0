// Part 4: a row's details. Where each occurrence was written, in which
// document, in the form it was written; a directive's whole sentence.

/** file:line:column that may break after each "/" but nowhere else. */
function whereNode(tag, text) {
  const node = el(tag, 'where');
  text.split('/').forEach((part, i, parts) => {
    node.append(document.createTextNode(i < parts.length - 1 ? `${part}/` : part));
    if (i < parts.length - 1) node.append(el('wbr'));
  });
  return node;
}

/** Text with [start, end) marked. */
function marked(className, text, start, end) {
  const span = el('span', className);
  if (start < 0 || end <= start) {
    span.textContent = text;
    return span;
  }
  span.append(
    document.createTextNode(text.slice(0, start)),
    el('mark', '', text.slice(start, end)),
    document.createTextNode(text.slice(end)),
  );
  return span;
}

/** The context with the slogan marked: the cleaned text carries it between 【 and 】. */
function contextElement(context, slogan) {
  let start = context.indexOf(`【${slogan}`);
  if (start < 0) start = context.indexOf('【');
  const end = start < 0 ? -1 : context.indexOf('】', start);
  if (end < 0) return marked('context', context, -1, -1);
  return marked('context', `${context.slice(0, start)}${context.slice(start + 1, end)}${context.slice(end + 1)}`, start, end - 1);
}

function documentCell(o) {
  const td = el('td', 'doc');
  td.append(el('span', 'title', o.title || '(untitled)'), el('br'), whereNode('span', o.where));
  return td;
}

function sloganDetails(s) {
  const box = el('div', 'occurrences');
  const documents = new Set(s.shown.map((o) => o.where.replace(/:\d+:\d+$/, '') + '\n' + o.title)).size;
  const kept =
    s.shown.length < s.occurrences
      ? `; ${s.shown.length} shown, one a document, spread over the corpus in reading order (from ${plural(documents, 'document')})`
      : '';
  box.append(
    el(
      'p',
      'note',
      `${plural(s.occurrences, 'mention')} in ${plural(s.documents, 'document')}${kept}. Found by: ${s.foundBy.join(', ')}. Weight: ${s.weightReason}.`,
    ),
  );
  const table = el('table', 'occurrence-list');
  const head = el('tr');
  for (const h of ['document', 'date', 'region', 'as written', 'context']) head.append(el('th', '', h));
  table.createTHead().append(head);
  const body = table.createTBody();
  for (const o of s.shown) {
    const tr = el('tr');
    const context = el('td');
    context.append(contextElement(o.context, s.slogan));
    tr.append(documentCell(o), el('td', 'date', o.date), el('td', 'region', o.region), el('td', 'form', o.form), context);
    body.append(tr);
  }
  box.append(table);
  return box;
}

/** A quantity as parsed, or why there is no value. */
function quantityNode(q) {
  return el('span', q.shown ? 'value' : 'no-value', q.shown || `no value: ${q.missing}`);
}

function directiveDetails(d) {
  const box = el('div', 'occurrences');
  const dl = el('dl', 'directive');
  const add = (term, node) => {
    dl.append(el('dt', '', term));
    const dd = el('dd');
    dd.append(node);
    dl.append(dd);
  };
  add('sentence', marked('sentence', d.sentence, d.mark[0], d.mark[1]));
  add('document', el('span', '', [d.title || '(untitled)', d.date, d.region].filter(Boolean).join(' · ')));
  add('where', whereNode('code', d.where));
  if (d.text) add('as written', el('span', 'form', d.text));
  if (d.heading) add('list opened by', el('span', '', d.heading));
  for (const q of d.quantities) add(q.text, quantityNode(q));
  add('status', el('span', '', `${d.status}, in the ${d.section === 'other' ? 'text (no plan or review part)' : `${d.section} part`}`));
  box.append(dl);
  return box;
}
