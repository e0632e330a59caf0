// Part 2: the charts. A mark's aria-label is its slogan (a line) or its
// tooltip, which starts with the slogan and " · " (a point, a cell).

const TIP_SEPARATOR = ' · ';
const timelineSvgs = Array.from(document.querySelectorAll('figure.chart[data-chart^="timeline"] svg'));
const picker = document.getElementById('highlight');
let highlighted = '';

/** The charted slogan a label is about: the longest one it is or starts with (a slogan may itself hold " · "). */
function sloganOf(label) {
  let best = '';
  for (const s of data.chartSlogans) {
    if ((label === s || label.startsWith(s + TIP_SEPARATOR)) && s.length > best.length) best = s;
  }
  return best;
}

function legendEntries(svg) {
  return Array.from(svg.querySelectorAll('.role-legend-label text'), (t) => ({
    entry: t.closest('.role-scope > g'),
    slogan: t.textContent,
  }));
}

function highlight(slogan) {
  highlighted = slogan;
  for (const svg of timelineSvgs) {
    svg.classList.toggle('has-highlight', Boolean(slogan));
    for (const m of svg.querySelectorAll('.role-mark [aria-label]'))
      m.classList.toggle('hl', Boolean(slogan) && sloganOf(m.getAttribute('aria-label')) === slogan);
    for (const { entry, slogan: s } of legendEntries(svg)) if (entry) entry.classList.toggle('hl', s === slogan);
  }
  if (picker) picker.value = data.chartSlogans.includes(slogan) ? slogan : '';
}

function sloganClicked(target) {
  const mark = target.closest('.role-mark [aria-label]');
  if (mark) return sloganOf(mark.getAttribute('aria-label'));
  const entry = target.closest('.role-legend .role-scope > g');
  const label = entry && entry.querySelector('.role-legend-label text');
  return label && data.chartSlogans.includes(label.textContent) ? label.textContent : '';
}

function wireHighlight() {
  for (const svg of timelineSvgs) {
    svg.addEventListener('click', (ev) => {
      const slogan = sloganClicked(ev.target);
      if (slogan) highlight(highlighted === slogan ? '' : slogan);
    });
  }
  if (picker) picker.addEventListener('change', () => highlight(picker.value));
}

/** One floating box for every chart: a point's, a bar's or a cell's label, where the pointer is. */
function wireTooltips() {
  const tip = el('div', 'tooltip');
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.append(tip);
  for (const svg of document.querySelectorAll('figure.chart svg')) {
    svg.addEventListener('mousemove', (ev) => {
      const mark = ev.target.closest('.role-mark [aria-label]');
      if (!mark || mark.closest('.mark-line')) {
        tip.hidden = true;
        return;
      }
      tip.textContent = mark.getAttribute('aria-label');
      tip.hidden = false;
      const x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
      tip.style.left = `${Math.max(4, x) + window.scrollX}px`;
      tip.style.top = `${ev.clientY + 16 + window.scrollY}px`;
    });
    svg.addEventListener('mouseleave', () => {
      tip.hidden = true;
    });
  }
}

/** Radio buttons that show one of a section's figures or views and hide the others. */
function wireSwitches() {
  for (const set of document.querySelectorAll('fieldset.switch')) {
    const section = set.closest('section');
    set.addEventListener('change', (ev) => {
      const shown = ev.target.value;
      for (const node of section.querySelectorAll('[data-view], figure.chart[data-chart]')) {
        const id = node.dataset.view || node.dataset.chart;
        if (node.closest('[data-view]') && !node.dataset.view) continue;
        node.hidden = id !== shown;
      }
    });
  }
}
