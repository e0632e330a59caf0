/**
 * The HTML report: rows and counts in, one self-contained page out (no
 * network, no files, no process). The CLI command reads the documents and
 * writes the page; this module only builds it.
 */
import type { DirectiveRow } from '../../extract/directives/index.js';
import type { SloganRow } from '../../extract/slogans/rank.js';
import { where } from '../../extract/where.js';
import type { Summary } from '../types.js';
import { heatmapSpec, heatmapsSpec, renderSvg, timelineSpec } from './charts.js';
import { regionSection, timelineSection, type RegionView } from './chart-sections.js';
import { DocIndex, type CorpusFacts } from './corpus.js';
import { headerSection } from './header.js';
import { isHeading, pageDirective, pageSlogan } from './model.js';
import { pageHtml } from './page.js';
import { inputsTitle, PathNamer, type InputRoot } from './paths.js';
import { choosePeriod, type Period } from './periods.js';
import { hasCityView, regionModel, type RegionLevel, type RegionModel } from './regions.js';
import type { DirectiveSentence } from './sentences.js';
import { directiveTableSection, sloganTableSection } from './table-sections.js';
import { timelineModel } from './timeline.js';

export { CorpusTally, type CorpusFacts } from './corpus.js';
export { escapeHtml, jsonForScript } from './escape.js';
export { directiveSentences, type DirectiveSentence } from './sentences.js';
export type { Period } from './periods.js';
export type { InputRoot } from './paths.js';

export interface ReportInput {
  /** Every slogan found, best first (SloganMiner.rows() with by: ['month', 'region', 'city']). */
  slogans: SloganRow[];
  directives: DirectiveRow[];
  /** Each directive's whole sentence, by its file:line:column (directiveSentences, per document). */
  sentences?: ReadonlyMap<string, DirectiveSentence>;
  summary: Summary;
  corpus: CorpusFacts;
  /** The inputs as given: the page is titled by their names and shows paths relative to them. */
  inputs: InputRoot[];
  /** When the page was made (an ISO date), as the header says it. */
  made: string;
  version: string;
  /** Slogans in the table (0: all). */
  top: number;
  /** Slogans in the charts. */
  chartTop: number;
  /** The timeline's unit; chosen from the date span when not given. */
  period?: Period;
  /** The options as given, shown in the header: [`--min-docs`, `2`]. */
  settings: Array<[string, string]>;
}

export async function buildReport(input: ReportInput): Promise<string> {
  const table = input.top === 0 ? input.slogans : input.slogans.slice(0, input.top);
  const charted = input.slogans.slice(0, input.chartTop);
  const paths = new PathNamer(input.inputs);
  const subject = inputsTitle(input.inputs);
  const docs = new DocIndex(input.corpus.documents);
  const directives = input.directives.map((d) => pageDirective(d, input.sentences?.get(where(d)), paths));
  const headings = directives.filter(isHeading).length;
  const body = [
    headerSection({
      subject,
      made: input.made,
      version: input.version,
      summary: input.summary,
      corpus: input.corpus,
      settings: input.settings,
      paths,
    }),
    await timeline(charted, input),
    await regions(input.slogans, charted, input.corpus),
    sloganTableSection(table.length, input.slogans.length, charted.length),
    directiveTableSection(directives.length - headings, headings),
  ];
  return pageHtml(body, {
    title: `${subject}: slogans and directives (policy-mine, ${input.made})`,
    data: {
      chartSlogans: charted.map((r) => r.slogan),
      slogans: table.map((r, i) => pageSlogan(r, i, docs, paths)),
      directives,
      fileStem: subject.replace(/[\\/:*?"<>|\s,]+/g, '-').slice(0, 60) || 'report',
    },
  });
}

async function timeline(rows: SloganRow[], input: ReportInput) {
  const period = choosePeriod(input.corpus.firstDate, input.corpus.lastDate, input.period);
  const model = timelineModel(rows, input.corpus, period);
  const slogans = rows.map((r) => r.slogan);
  if ('empty' in model) return timelineSection(model, undefined, slogans, !input.period);
  const [share, rate] = await Promise.all([
    renderSvg(timelineSpec(model, slogans, 'share')),
    renderSvg(timelineSpec(model, slogans, 'rate')),
  ]);
  return timelineSection(model, { share, rate }, slogans, !input.period);
}

async function regions(all: SloganRow[], charted: SloganRow[], corpus: CorpusFacts) {
  const levels: RegionLevel[] = hasCityView(corpus.documents) ? ['province', 'city'] : ['province'];
  const views: RegionView[] = [];
  for (const level of levels) {
    const model = regionModel(all, charted, corpus.documents, level);
    if (model && (model.distinct.slogans.length || model.common.slogans.length))
      views.push({ model, svg: await renderSvg(regionsSpec(model)) });
  }
  const empty =
    corpus.regions.length === 0
      ? 'No map: no document names a region (national texts get none).'
      : 'No map: the documents name fewer than two regions, or no slogan is found in them.';
  return regionSection(views, corpus.withoutRegion, empty);
}

function regionsSpec(m: RegionModel) {
  const parts = [
    m.distinct.slogans.length
      ? heatmapSpec(m.distinct.cells, m.distinct.slogans, m.columns, m.unit, 'Slogans that set a region apart')
      : undefined,
    m.common.slogans.length
      ? heatmapSpec(m.common.cells, m.common.slogans, m.columns, m.unit, 'Top slogans found in most regions')
      : undefined,
  ].filter((p): p is object => p !== undefined);
  return heatmapsSpec(parts);
}
