import type { Summary } from '../types.js';
import type { CorpusFacts } from './corpus.js';
import { html, Markup } from './escape.js';
import { MAX_REGIONS } from './model.js';
import type { Period } from './periods.js';

/** The page's server-drawn parts. Text goes in only through `html`, which escapes it. */

const REGIONS_NAMED = 12;

export function headerSection(s: Summary, c: CorpusFacts, version: string, settings: Array<[string, string]>): Markup {
  return html`<header>
<h1>policy-mine report</h1>
<dl class="facts">
<dt>read</dt><dd>${s.documents} document${s.documents === 1 ? '' : 's'} from ${s.files} file${s.files === 1 ? '' : 's'}${s.withWarnings ? `; ${s.withWarnings} with warnings` : ''}</dd>
<dt>dates</dt><dd>${c.firstDate ? `${c.firstDate} – ${c.lastDate}` : 'no document has a date'}${c.firstDate && c.undated ? `; ${c.undated} undated` : ''}</dd>
<dt>regions</dt><dd>${regionsText(c)}</dd>
<dt>skipped</dt><dd>${s.skipped.length === 0 ? 'none' : skippedList(s)}</dd>
<dt>options</dt><dd>${settings.map(([k, v]) => html`<code>${k} ${v}</code> `)}</dd>
<dt>tool</dt><dd>policy-mine ${version}</dd>
</dl>
</header>`;
}

function regionsText(c: CorpusFacts): Markup {
  if (c.regions.length === 0) return html`no document names a region (national texts get none)`;
  const named = c.regions.slice(0, REGIONS_NAMED).map((r) => `${r.region} (${r.documents})`).join('、');
  const more = c.regions.length > REGIONS_NAMED ? ` and ${c.regions.length - REGIONS_NAMED} more` : '';
  const without = `${c.withoutRegion} document${c.withoutRegion === 1 ? '' : 's'} without a region`;
  return html`${c.regions.length}: ${named}${more}; ${without}. <details><summary>why these regions</summary><ul class="evidence">${c.regions.slice(0, REGIONS_NAMED).map((r) => html`<li>${r.region}: ${r.evidence ?? 'given by --meta or the record'}, in the first such document</li>`)}</ul></details>`;
}

function skippedList(s: Summary): Markup {
  return html`${s.skipped.length} <details><summary>show</summary><ul class="skipped">${s.skipped.map((k) => html`<li><code>${k.file}</code> [${k.code}] ${k.reason}</li>`)}</ul></details>`;
}

/** The timeline, or why there is none. */
export function timelineSection(svg: string | { empty: string }, period: Period, chosen: boolean, slogans: string[]): Markup {
  if (typeof svg !== 'string') return html`<section id="timeline"><h2>Slogans over time</h2><p class="empty">${svg.empty}</p>${highlightPicker(slogans)}</section>`;
  const how = chosen ? `by ${period}, chosen from the date span (month up to three years; --by month|year to choose)` : `by ${period} (--by ${period})`;
  return html`<section id="timeline">
<h2>Slogans over time</h2>
<p class="note">Documents mentioning each of the top ${slogans.length} slogans, ${how}. Undated documents are left out. Pick a slogan, click a line or a legend entry to highlight it.</p>
${highlightPicker(slogans)}
<figure class="chart" data-chart="timeline">${markup(svg)}</figure>
</section>`;
}

function highlightPicker(slogans: string[]): Markup {
  return html`<label class="picker">highlight <select id="highlight"><option value="">(none)</option>${slogans.map((s) => html`<option value="${s}">${s}</option>`)}</select></label>`;
}

export function heatmapSection(svg: string | undefined, regionsFound: number, c: CorpusFacts): Markup {
  // Without a region a document cannot be placed: the note says how many, and an empty map is never drawn.
  const note = regionsFound > MAX_REGIONS ? ` The ${MAX_REGIONS} regions with most documents are shown, of ${regionsFound}.` : '';
  const body = svg
    ? html`<p class="note">Documents mentioning each top slogan, per region of the document.${note} ${c.withoutRegion} document${c.withoutRegion === 1 ? '' : 's'} without a region are left out.</p><figure class="chart" data-chart="regions">${markup(svg)}</figure>`
    : html`<p class="empty">No map: ${c.regions.length === 0 ? 'no document names a region (national texts get none).' : 'no top slogan occurs in a document with a region.'}</p>`;
  return html`<section id="regions"><h2>Slogans by region</h2>${body}</section>`;
}

/** vega's SVG: it escapes the text it draws, so it goes in as it is (renderSvg has checked it). */
function markup(svg: string): Markup {
  return new Markup(svg);
}

/** A column of a page table: the record key the page script sorts by, and whether it sorts as a number. */
interface PageColumn { key: string; header: string; numeric?: boolean }

const SLOGAN_COLUMNS: PageColumn[] = [
  { key: 'rank', header: '#', numeric: true }, { key: 'slogan', header: 'slogan' }, { key: 'kind', header: 'kind' },
  { key: 'documents', header: 'docs', numeric: true }, { key: 'occurrences', header: 'count', numeric: true },
  { key: 'firstDate', header: 'first' }, { key: 'lastDate', header: 'last' }, { key: 'forms', header: 'forms as written' },
];

const DIRECTIVE_COLUMNS: PageColumn[] = [
  { key: 'where', header: 'where' }, { key: 'kind', header: 'kind' }, { key: 'cue', header: 'cue' },
  { key: 'speaker', header: 'speaker' }, { key: 'ordinal', header: 'n' }, { key: 'quantities', header: 'quantities (value unit)' },
  { key: 'simplified', header: 'directive' }, { key: 'date', header: 'date' },
];

export function sloganTableSection(shown: number, found: number, chartTop: number): Markup {
  const of = shown < found ? `The top ${shown} of ${found.toLocaleString('en')} slogans found (--top)` : `All ${found} slogans found`;
  return tableSection('slogans', 'Slogans', `${of}; the charts show the top ${chartTop} (--chart-top). Click a header to sort, a row to see where each was written.`, SLOGAN_COLUMNS);
}

export function directiveTableSection(count: number): Markup {
  return tableSection('directives', 'Directives', `${count} quantified directive${count === 1 ? '' : 's'}, numbers parsed. Click a header to sort, a row to see the sentence as written.`, DIRECTIVE_COLUMNS);
}

function tableSection(id: string, title: string, note: string, columns: PageColumn[]): Markup {
  return html`<section id="${id}-section">
<h2>${title}</h2>
<p class="note">${note}</p>
<label class="filter">filter <input type="search" id="${id}-filter" placeholder="text in any column"></label> <span class="count" id="${id}-count"></span>
<div class="table-wrap"><table id="${id}-table" class="results">
<thead><tr>${columns.map((c) => html`<th scope="col" data-key="${c.key}"${c.numeric ? html` data-numeric="1"` : ''} aria-sort="none"><button type="button">${c.header}</button></th>`)}</tr></thead>
<tbody></tbody>
</table></div>
<button type="button" class="more" id="${id}-more" hidden>show more</button>
</section>`;
}
