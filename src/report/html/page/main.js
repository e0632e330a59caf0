// Part 6: what the page does on load.

// Controls that need the script are shown only when it runs (style.css hides them otherwise).
document.documentElement.classList.add('js');
wireHighlight();
wireTooltips();
wireSwitches();
wireChartExports();

tableView('slogans', data.slogans, {
  searchText: (s) => [s.slogan, s.kind, s.forms.join(' ')].join(' '),
  cells: (s) => [
    { cls: 'num', text: s.rank },
    { cls: 'slogan', text: s.slogan },
    { cls: '', text: s.kind },
    { cls: 'num', text: s.documents },
    { cls: 'num', text: s.occurrences },
    { cls: 'date', text: s.firstDate },
    { cls: 'date', text: s.lastDate },
    { cls: 'forms', text: s.forms.join(' | ') },
  ],
  details: sloganDetails,
  onOpen: (s) => highlight(data.chartSlogans.includes(s.slogan) ? s.slogan : ''),
  onClose: (s) => {
    if (highlighted === s.slogan) highlight('');
  },
  csv: [
    ['rank', (s) => s.rank],
    ['slogan', (s) => s.slogan],
    ['kind', (s) => s.kind],
    ['documents', (s) => s.documents],
    ['mentions', (s) => s.occurrences],
    ['first date', (s) => s.firstDate],
    ['last date', (s) => s.lastDate],
    ['forms', (s) => s.forms.join(' | ')],
    ['found by', (s) => s.foundBy.join(' | ')],
    ['weight', (s) => s.weightReason],
  ],
});

tableView('directives', data.directives, {
  searchText: (d) =>
    [
      d.title,
      d.region,
      d.date,
      d.kind,
      d.cue,
      d.speaker,
      d.sentence,
      d.text,
      d.quantities.map((q) => `${q.text} ${q.shown}`).join(' '),
    ].join(' '),
  cells: (d) => [
    { cls: 'doc-title', text: d.title },
    { cls: 'nowrap', text: d.region },
    { cls: 'date', text: d.date },
    { cls: 'nowrap', text: d.status === 'directive' ? d.kind : `${d.kind} (${d.status})` },
    { cls: 'nowrap', text: d.cue },
    { cls: 'nowrap', text: d.speaker },
    { cls: 'num', text: d.ordinal },
    { node: quantitiesCell(d) },
    { cls: 'text', text: d.simplified },
    { node: whereNode('td', d.where) },
  ],
  details: directiveDetails,
  csv: [
    ['document', (d) => d.title],
    ['region', (d) => d.region],
    ['date', (d) => d.date],
    ['kind', (d) => d.kind],
    ['status', (d) => d.status],
    ['section', (d) => d.section],
    ['cue', (d) => d.cue],
    ['speaker', (d) => d.speaker],
    ['n', (d) => d.ordinal],
    ['quantities as written', (d) => d.quantities.map((q) => q.text).join(' | ')],
    ['quantities as parsed', (d) => d.quantities.map((q) => q.shown || `no value: ${q.missing}`).join(' | ')],
    ['directive', (d) => d.simplified],
    ['sentence', (d) => d.sentence],
    ['where', (d) => d.where],
  ],
});
