import { html, type Markup } from './escape.js';
import { count } from './numbers.js';

/** The two tables' frames: the page script fills their rows from the page data. */

/** A column of a page table: the record key the page script sorts by, and whether it sorts as a number. */
interface PageColumn {
  key: string;
  header: string;
  numeric?: boolean;
  title?: string;
}

const SLOGAN_COLUMNS: PageColumn[] = [
  { key: 'rank', header: '#', numeric: true, title: 'rank: documents × weight, see below' },
  { key: 'slogan', header: 'slogan' },
  { key: 'kind', header: 'kind' },
  { key: 'documents', header: 'docs', numeric: true, title: 'documents that mention it' },
  { key: 'occurrences', header: 'mentions', numeric: true },
  { key: 'firstDate', header: 'first' },
  { key: 'lastDate', header: 'last' },
  { key: 'forms', header: 'forms as written' },
];

const DIRECTIVE_COLUMNS: PageColumn[] = [
  { key: 'title', header: 'document' },
  { key: 'region', header: 'region' },
  { key: 'date', header: 'date' },
  { key: 'kind', header: 'kind' },
  { key: 'cue', header: 'cue' },
  { key: 'speaker', header: 'speaker' },
  { key: 'ordinalSort', header: 'n', numeric: true, title: 'item n of a numbered list' },
  { key: 'quantitySort', header: 'quantities as parsed', numeric: true },
  { key: 'simplified', header: 'directive' },
  { key: 'where', header: 'file:line:column' },
];

export function sloganTableSection(shown: number, found: number, chartTop: number): Markup {
  const of =
    shown < found ? `The top ${shown} of ${found.toLocaleString('en')} slogans found (--top)` : `All ${count(found, 'slogan')} found`;
  return tableSection(
    'slogans',
    'Slogans',
    `${of}; the charts show the top ${chartTop} (--chart-top). Click a header to sort, a row to see where it was written.`,
    SLOGAN_COLUMNS,
    SLOGAN_HELP,
  );
}

const SLOGAN_HELP = html`<dl class="help">
<dt>#</dt><dd>Rank by score: the documents that mention the slogan, each counted 1 for a formula (numbered, patterned, series, quoted, or listed as core), 0.5 for a phrase only found by discovery, 0.2 for generic policy vocabulary.</dd>
<dt>kind</dt><dd><b>numbered</b> carries a number (十五五, 两个维护); <b>patterned</b> is a coined parallel formula (招大引强); <b>series</b> a fixed series of phrases; <b>quoted</b> a name the text puts in quotation marks; <b>term</b> established policy vocabulary.</dd>
<dt>found by</dt><dd>(in a row's details) <b>lexicon</b>: listed in the built-in or --lexicon list; <b>quoted</b>, <b>numbered</b>, <b>patterned</b>, <b>series</b>: the finder of that shape; <b>discovered</b>: a recurring phrase with varied neighbours, found without a list.</dd>
<dt>docs, mentions</dt><dd>Documents that mention it, and mentions in all (a bulletin split into items counts each item).</dd>
</dl>`;

export function directiveTableSection(quantified: number, headings: number): Markup {
  const note = `${count(quantified, 'directive')} with a quantity, and ${count(headings, 'numbered heading')} (an item of a numbered list with no quantity of its own). Click a header to sort, a row to see the whole sentence and the parsed values.`;
  return tableSection('directives', 'Directives', note, DIRECTIVE_COLUMNS, DIRECTIVE_HELP);
}

const DIRECTIVE_HELP = html`<dl class="help">
<dt>kind</dt><dd>What kind of quantity makes it a directive: <b>amount</b>, <b>count</b>, <b>rate</b>, <b>deadline</b>, <b>formula</b> (a numbered formula it names), <b>ordinal</b> (an item of a numbered list of tasks).</dd>
<dt>cue</dt><dd>The word that makes the sentence an instruction or a target (要, 力争, 确保, 目标…); empty in the plan part of a work report, where a quantified sentence is a target by its place.</dd>
<dt>quantities as parsed</dt><dd>≥ at least (以上, 不低于, 超过), ≤ at most (以内, 以下, 不超过), ≈ about (左右, 约), a range with –; large figures in 万 and 亿; a deadline as its last day. <i>no value</i> says why nothing was parsed.</dd>
<dt>n</dt><dd>Item n of a list of m (一是…, （三）…).</dd>
</dl>`;

function tableSection(id: string, title: string, note: string, columns: PageColumn[], help: Markup): Markup {
  return html`<section id="${id}-section">
<h2>${title}</h2>
<p class="note">${note}</p>
<details class="help"><summary>what the columns mean</summary>${help}</details>
<div class="toolbar"><label class="filter">filter <input type="search" id="${id}-filter" placeholder="text of the rows"></label> <span class="count" id="${id}-count"></span> <button type="button" class="csv" data-table="${id}">export the rows shown as CSV</button></div>
<noscript><p class="empty">The rows of this table are drawn by the page's script: turn JavaScript on to see them.</p></noscript>
<div class="table-wrap"><table id="${id}-table" class="results">
<thead><tr>${columns.map((c) => html`<th scope="col" data-key="${c.key}"${c.numeric ? html` data-numeric="1"` : ''}${c.title ? html` title="${c.title}"` : ''} aria-sort="none"><button type="button">${c.header}</button></th>`)}</tr></thead>
<tbody></tbody>
</table></div>
<button type="button" class="more" id="${id}-more" hidden>show more</button>
</section>`;
}
