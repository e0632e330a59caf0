import type { SloganRow } from '../../extract/slogans/rank.js';
import { rowRegion, type DirectiveRow } from '../../extract/directives/index.js';
import { regionName } from '../../document.js';
import type { DocIndex } from './corpus.js';
import type { PathNamer } from './paths.js';
import { showQuantity, type ShownQuantity } from './quantity-text.js';
import type { DirectiveSentence } from './sentences.js';

/** What the page script gets, as JSON: plain records, text exactly as found (it is escaped on the way in). */
export interface PageData {
  /** The slogans drawn in the charts, by rank. */
  chartSlogans: string[];
  slogans: PageSlogan[];
  directives: PageDirective[];
  /** The file names downloads get: the report's subject, made safe for a file system. */
  fileStem: string;
}

/** A place a slogan was written, with the document it is in. */
export interface PageSample {
  where: string;
  title: string;
  date: string;
  region: string;
  form: string;
  context: string;
}

export interface PageSlogan {
  rank: number;
  slogan: string;
  kind: string;
  documents: number;
  occurrences: number;
  firstDate: string;
  lastDate: string;
  forms: string[];
  foundBy: string[];
  weightReason: string;
  score: number;
  /** The kept occurrences (at most 20, one a document, spread over the corpus in reading order); `occurrences` says how many there are. */
  shown: PageSample[];
}

export interface PageDirective {
  where: string;
  title: string;
  region: string;
  date: string;
  kind: string;
  status: string;
  section: string;
  cue: string;
  speaker: string;
  /** `3/10`, and its sort key (3.010): the third of ten sorts before the tenth. */
  ordinal: string;
  ordinalSort: number | null;
  heading: string;
  /** Parsed as `directives` parses them, shown with their comparator and unit; the ordinal's marker is in `ordinal`. */
  quantities: ShownQuantity[];
  /** What the quantities column sorts by: the first figure. */
  quantitySort: number | null;
  simplified: string;
  /** As written in the file, when it differs from `simplified` (traditional script, full-width digits…). */
  text: string;
  sentence: string;
  mark: [number, number];
}

export function pageSlogan(r: SloganRow, i: number, docs: DocIndex, paths: PathNamer): PageSlogan {
  return {
    rank: i + 1,
    slogan: r.slogan,
    kind: r.kind,
    documents: r.documents,
    occurrences: r.occurrences,
    firstDate: r.firstDate ?? '',
    lastDate: r.lastDate ?? '',
    forms: r.forms,
    foundBy: r.foundBy,
    weightReason: r.weightReason,
    score: r.score,
    shown: r.occurrencesShown.map((o) => {
      const doc = docs.at(o.file, o.line);
      return {
        where: `${paths.show(o.file)}:${o.line}:${o.column}`,
        title: doc?.title ?? '',
        date: o.date ?? '',
        region: (doc && regionName({ province: doc.province, city: doc.city })) ?? '',
        form: o.form,
        context: o.context,
      };
    }),
  };
}

export function pageDirective(r: DirectiveRow, sentence: DirectiveSentence | undefined, paths: PathNamer): PageDirective {
  const quantities = r.quantities.filter((q) => q.kind !== 'ordinal').map(showQuantity);
  return {
    where: `${paths.show(r.file)}:${r.line}:${r.column}`,
    title: r.title,
    region: rowRegion(r),
    date: r.date,
    kind: r.kind,
    status: r.status,
    section: r.section,
    cue: r.cue,
    speaker: r.speaker,
    ordinal: r.ordinal ? `${r.ordinal.index}/${r.ordinal.of}` : '',
    ordinalSort: r.ordinal ? r.ordinal.index + r.ordinal.of / 1000 : null,
    heading: r.ordinal?.heading ?? '',
    quantities,
    quantitySort: quantities.find((q) => q.sort !== null)?.sort ?? null,
    simplified: r.simplified,
    text: r.text === r.simplified ? '' : r.text,
    sentence: sentence?.sentence ?? r.simplified,
    mark: sentence?.mark ?? [0, r.simplified.length],
  };
}

/** Directives with a quantity, and headings: an ordinal alone (（三）着力…) marks a task, it sets no figure. */
export function isHeading(d: PageDirective): boolean {
  return d.kind === 'ordinal' && d.quantities.length === 0;
}
