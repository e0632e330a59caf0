// Part 3: exports. A chart as SVG (its own markup, with the page's font) or
// PNG (that SVG drawn on a canvas at twice the size); a table's rows as CSV.

const FONT = getComputedStyle(document.documentElement).fontFamily;

/** The figure of a section that is on show. */
function shownFigure(section) {
  return Array.from(section.querySelectorAll('figure.chart')).find((f) => !f.hidden && !f.closest('[hidden]'));
}

function svgText(svg) {
  const copy = svg.cloneNode(true);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.classList.remove('has-highlight');
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `text { font-family: ${FONT}; }`;
  copy.prepend(style);
  return new XMLSerializer().serializeToString(copy);
}

function exportChart(figure, format) {
  const svg = figure.querySelector('svg');
  const name = `${data.fileStem}-${figure.dataset.chart}`;
  const blob = new Blob([svgText(svg)], { type: 'image/svg+xml' });
  if (format === 'svg') {
    download(blob, `${name}.svg`);
    return;
  }
  const img = new Image();
  const url = URL.createObjectURL(blob);
  img.onload = () => {
    const scale = 2;
    const canvas = el('canvas');
    canvas.width = svg.width.baseVal.value * scale;
    canvas.height = svg.height.baseVal.value * scale;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(url);
    canvas.toBlob((png) => download(png, `${name}.png`), 'image/png');
  };
  img.src = url;
}

function wireChartExports() {
  for (const box of document.querySelectorAll('[data-export]')) {
    box.addEventListener('click', (ev) => {
      const button = ev.target.closest('button[data-format]');
      const figure = button && shownFigure(box.closest('section'));
      if (figure) exportChart(figure, button.dataset.format);
    });
  }
}

/** A CSV field: quoted, and a leading = + - @ made text, so that a spreadsheet runs no formula from a document. */
function csvField(value) {
  let text = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV with a byte order mark, for Excel. */
function csvBlob(columns, rows) {
  const lines = [columns.map((c) => csvField(c[0])).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvField(c[1](r))).join(','));
  return new Blob(['\ufeff', lines.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' });
}
