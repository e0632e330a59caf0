import type { Summary } from '../types.js';
import type { CorpusFacts } from './corpus.js';
import { html, type Markup } from './escape.js';
import { count } from './numbers.js';
import type { PathNamer } from './paths.js';

/** The page's head: what it is about, when it was made, and what was read. */
export interface HeaderInput {
  subject: string;
  made: string;
  version: string;
  summary: Summary;
  corpus: CorpusFacts;
  settings: Array<[string, string]>;
  paths: PathNamer;
}

const REGIONS_NAMED = 12;

export function headerSection(h: HeaderInput): Markup {
  const { summary: s, corpus: c } = h;
  return html`<header>
<h1>Slogans and directives in ${h.subject}</h1>
<p class="made">Made on ${h.made} by policy-mine ${h.version}, from ${count(s.files, 'file')}.</p>
<nav class="contents"><a href="#timeline">over time</a> · <a href="#regions">by region</a> · <a href="#slogans-section">slogans</a> · <a href="#directives-section">directives</a></nav>
<dl class="facts">
<dt>documents</dt><dd>${documentsText(s, c)}</dd>
<dt>dates</dt><dd>${c.firstDate ? `${c.firstDate} – ${c.lastDate}` : 'no document has a date'}${c.firstDate && c.undated ? `; ${count(c.undated, 'document')} without a date` : ''}</dd>
<dt>regions</dt><dd>${regionsText(c)}</dd>
<dt>left out</dt><dd>${leftOut(s, h.paths)}</dd>
<dt>options</dt><dd>${h.settings.map(([k, v]) => html`<code>${k} ${v}</code> `)}</dd>
</dl>
</header>`;
}

function documentsText(s: Summary, c: CorpusFacts): string {
  const split = s.split.files ? ` (${count(s.split.files, 'file')} split into ${count(s.split.items, 'item')})` : '';
  const repeated = s.repeatedLines.removed ? `; ${count(s.repeatedLines.removed, 'repeated line')} removed as page chrome` : '';
  const warned = s.withWarnings ? `; ${s.withWarnings.toLocaleString('en')} with warnings` : '';
  return `${count(s.documents, 'document')}${split}, ${c.characters.toLocaleString('en')} characters${repeated}${warned}`;
}

function regionsText(c: CorpusFacts): Markup {
  if (c.regions.length === 0) return html`no document names a region (national texts get none)`;
  const provinces = new Set(c.documents.map((d) => d.province).filter(Boolean)).size;
  const cities = new Set(c.documents.filter((d) => d.city).map((d) => `${d.province}${d.city}`)).size;
  const named = c.regions
    .slice(0, REGIONS_NAMED)
    .map((r) => `${r.region} (${r.documents})`)
    .join('、');
  const more = c.regions.length > REGIONS_NAMED ? ` and ${c.regions.length - REGIONS_NAMED} more` : '';
  return html`${count(provinces, 'province')}, ${count(cities, 'city')}: ${named}${more}; ${count(c.withoutRegion, 'document')} without a region. <details><summary>why these regions</summary><ul class="evidence">${c.regions.slice(0, REGIONS_NAMED).map((r) => html`<li>${r.region}: ${r.evidence ?? 'given by --meta or the record'}, in the first such document</li>`)}</ul></details>`;
}

function leftOut(s: Summary, paths: PathNamer): Markup {
  const parts: Markup[] = [];
  if (s.duplicates.length)
    parts.push(
      listed(
        `${count(s.duplicates.length, 'duplicate')} (read once)`,
        s.duplicates.map((d) => `${paths.show(d.file)} repeats ${paths.show(d.of)}`),
      ),
    );
  if (s.ignored.length)
    parts.push(
      listed(
        `${count(s.ignored.length, 'file')} not documents`,
        s.ignored.map((i) => `${paths.show(i.file)}: ${paths.scrub(i.reason)}`),
      ),
    );
  if (s.skipped.length)
    parts.push(
      listed(
        `${count(s.skipped.length, 'input')} that could not be read`,
        s.skipped.map((k) => `${paths.show(k.file)} [${k.code}] ${paths.scrub(k.reason)}`),
      ),
    );
  return parts.length ? html`${parts.map((p) => html`<div>${p}</div>`)}` : html`nothing`;
}

function listed(what: string, items: string[]): Markup {
  return html`${what} <details><summary>show</summary><ul class="skipped">${items.map((t) => html`<li><code>${t}</code></li>`)}</ul></details>`;
}
