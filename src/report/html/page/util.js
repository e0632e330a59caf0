// The report page's own script, part 1 of 6: helpers. The parts are inlined in
// order as one function (assets.ts), allowed by the page's CSP hash. Every
// piece of document text enters the page through textContent only: the data
// are scraped web pages and must never be parsed as markup.

const data = JSON.parse(document.getElementById('report-data').textContent);

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = String(text);
  return e;
}

/** Save a blob under a name: a link to its object URL, clicked and let go. */
function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function plural(n, noun) {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}
