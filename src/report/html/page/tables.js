// Part 5: the tables: sortable by header (numbers as numbers, largest first
// on the first click), filtered by a text box, a click on a row opens its
// details below it, and the rows shown (all that pass the filter) export as CSV.

/** Rows drawn at once; "show more" draws the next ones (a year of news has thousands of directives). */
const PAGE = 200;

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
    count.textContent =
      visible.length === rows.length
        ? plural(rows.length, 'row')
        : `${visible.length.toLocaleString('en')} of ${plural(rows.length, 'row')}`;
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
    tr.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        open();
      }
    });
    return tr;
  }

  function toggleDetails(tr, r) {
    const next = tr.nextElementSibling;
    if (next && next.classList.contains('details')) {
      next.remove();
      tr.setAttribute('aria-expanded', 'false');
      if (options.onClose) options.onClose(r);
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

  /** Numbers compare as numbers, with rows that have none last whichever the direction. */
  function comparer(key, numeric, dir) {
    if (!numeric) {
      const text = (i) => cellText(rows[i][key]);
      return (a, b) => (text(a) < text(b) ? -dir : text(a) > text(b) ? dir : a - b);
    }
    const num = (i) => (rows[i][key] == null || rows[i][key] === '' ? null : Number(rows[i][key]));
    return (a, b) => {
      const x = num(a);
      const y = num(b);
      if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
      return x === y ? a - b : (x - y) * dir;
    };
  }

  function sortBy(th) {
    const numeric = th.dataset.numeric === '1';
    const current = th.getAttribute('aria-sort');
    // Counts and figures: largest first on the first click; text: A to Z.
    const dir = current === 'none' ? (numeric ? -1 : 1) : current === 'ascending' ? -1 : 1;
    for (const h of table.tHead.rows[0].cells) h.setAttribute('aria-sort', 'none');
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    order = order.slice().sort(comparer(th.dataset.key, numeric, dir));
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
  more.addEventListener('click', () => {
    limit += PAGE;
    render();
  });
  const csv = document.querySelector(`button.csv[data-table="${id}"]`);
  if (csv)
    csv.addEventListener('click', () =>
      download(
        csvBlob(
          options.csv,
          visible.map((i) => rows[i]),
        ),
        `${data.fileStem}-${id}.csv`,
      ),
    );
  render();
}

function cellText(value) {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'object' ? v.text : v)).join(' | ') : String(value == null ? '' : value);
}

/** The quantities cell: each as parsed, the written form after it. */
function quantitiesCell(d) {
  const td = el('td', 'quantities');
  d.quantities.forEach((q, i) => {
    if (i) td.append(document.createTextNode('; '));
    td.append(quantityNode(q));
    // The written form too, where the parsed one does not simply repeat it (5%左右 beside ≈ 5%, not 20个 beside 20个).
    if (q.text.replace(/\s/g, '') !== q.shown.replace(/[\s,]/g, '')) td.append(el('span', 'written', ` ${q.text}`));
  });
  return td;
}
