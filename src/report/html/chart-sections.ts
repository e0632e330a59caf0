import { html, Markup } from './escape.js';
import { count } from './numbers.js';
import type { RegionModel } from './regions.js';
import type { TimelineModel } from './timeline.js';

/** The charts' sections: vega's SVG goes in as it is (it escapes what it draws; renderSvg has checked it), text through `html`. */

export interface TimelineSvgs {
  share: string;
  rate: string;
}

export function timelineSection(
  model: TimelineModel | { empty: string },
  svgs: TimelineSvgs | undefined,
  slogans: string[],
  chosen: boolean,
): Markup {
  if ('empty' in model || !svgs)
    return html`<section id="timeline"><h2>Slogans over time</h2><p class="empty">${'empty' in model ? model.empty : ''}</p></section>`;
  const how = chosen
    ? `by ${model.period}, chosen from the date span (month up to three years; --by month|year to choose)`
    : `by ${model.period} (--by ${model.period})`;
  const last = model.periods.at(-1)!;
  const notes = [
    model.periods.some((p) => p.flag === 'few') ? 'periods with few documents' : '',
    model.periods.some((p) => p.flag === 'partial')
      ? `periods the dates cover only in part${last.flag === 'partial' ? ` (the last, ${last.period}, is incomplete)` : ''}`
      : '',
  ].filter(Boolean);
  const unplaced = model.unplaced
    ? ` ${count(model.unplaced, 'document')} dated only to the year ${model.unplaced === 1 ? 'is' : 'are'} left out of a monthly chart.`
    : '';
  return html`<section id="timeline">
<h2>Slogans over time</h2>
<p class="note">For each of the top ${slogans.length} slogans, the share of each ${model.period}'s documents that mention it (or, switched, its mentions per 10,000 characters), ${how}. The bars under the chart are the documents of each ${model.period}: a share of few documents moves a lot.${notes.length ? ` Shaded: ${notes.join('; ')}.` : ''} Undated documents are left out.${unplaced} Hover a point for its value and the counts behind it; click a line or a legend entry to highlight it.</p>
<div class="toolbar">
<fieldset class="switch" data-switch="timeline"><legend>show</legend><label><input type="radio" name="timeline-unit" value="timeline" checked> share of documents</label> <label><input type="radio" name="timeline-unit" value="timeline-rate"> mentions per 10,000 characters</label></fieldset>
${highlightPicker(slogans)}
${exportButtons('timeline')}
</div>
<figure class="chart" data-chart="timeline">${new Markup(svgs.share)}</figure>
<figure class="chart" data-chart="timeline-rate" hidden>${new Markup(svgs.rate)}</figure>
</section>`;
}

function highlightPicker(slogans: string[]): Markup {
  return html`<label class="picker">highlight <select id="highlight"><option value="">(none)</option>${slogans.map((s) => html`<option value="${s}">${s}</option>`)}</select></label>`;
}

function exportButtons(group: string): Markup {
  return html`<span class="export" data-export="${group}">export chart <button type="button" data-format="svg">SVG</button> <button type="button" data-format="png">PNG</button></span>`;
}

export interface RegionView {
  model: RegionModel;
  svg: string;
}

export function regionSection(views: RegionView[], withoutRegion: number, empty: string): Markup {
  if (views.length === 0) return html`<section id="regions"><h2>Slogans by region</h2><p class="empty">${empty}</p></section>`;
  const [first] = views;
  const toggle =
    views.length > 1
      ? html`<fieldset class="switch" data-switch="regions"><legend>regions</legend>${views.map((v, i) => html`<label><input type="radio" name="regions-level" value="regions-${v.model.level}"${i === 0 ? ' checked' : ''}> ${v.model.level === 'province' ? 'provinces' : 'cities'}</label> `)}</fieldset>`
      : '';
  return html`<section id="regions">
<h2>Slogans by region</h2>
<p class="note">${unitNote(first.model)} The upper map shows the slogans that most set a region apart: used significantly more there than in all the other regions together (log-likelihood G² above 10.83, p &lt; 0.001, as quanteda's <code>textstat_keyness</code>); the lower one, the top slogans found in at least two thirds of the regions. Phrases found only by discovery are left out of the upper map. Each column is a region and its documents.${withoutRegion ? ` ${count(withoutRegion, 'document')} without a region ${withoutRegion === 1 ? 'is' : 'are'} left out.` : ''} Hover a cell for its value and counts.</p>
<div class="toolbar">${toggle}${exportButtons('regions')}</div>
${views.map((v, i) => regionView(v, i > 0))}
</section>`;
}

function unitNote(m: RegionModel): string {
  return m.unit === 'share'
    ? "Each cell is the share of the region's documents that mention the slogan."
    : "Most regions have too few documents for a share (one or two each), so each cell is the slogan's mentions per 10,000 characters of the region's documents.";
}

function regionView({ model, svg }: RegionView, hidden: boolean): Markup {
  const id = `regions-${model.level}`;
  return html`<div class="region-view" data-view="${id}"${hidden ? ' hidden' : ''}>
<figure class="chart" data-chart="${id}">${new Markup(svg)}</figure>
<details class="keys" open><summary>What sets each ${model.level} apart: its most distinctive slogans (G²)</summary>
<div class="table-wrap"><table class="keys-table"><thead><tr><th scope="col">${model.level}</th><th scope="col">documents</th><th scope="col">slogans used more there than elsewhere: ${model.unit === 'share' ? 'share of documents' : 'mentions per 10,000 characters'} there and elsewhere, and G² (hover for the counts)</th></tr></thead>
<tbody>${model.keys.map((k) => html`<tr><td>${k.column.region}</td><td class="num">${k.column.documents}</td><td>${k.slogans.length ? k.slogans.map((s) => html`<span class="key" title="${s.counts}"><b>${s.slogan}</b> ${s.inRegion} vs ${s.elsewhere}, G² ${Math.round(s.g2)}</span>`) : html`<span class="none">none significant</span>`}</td></tr>`)}</tbody></table></div>
</details>
</div>`;
}
