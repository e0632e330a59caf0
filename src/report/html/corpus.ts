import { regionName, type Document } from '../../document.js';
import { ownCopy } from '../../text/own-copy.js';

/** What the report needs to know of one document: where it is, what it is called, its date, region and size. */
export interface DocFacts {
  name: string;
  /** The line its text starts on in its file (an item of a split file starts further down). */
  line: number;
  title: string;
  date?: string;
  province?: string;
  city?: string;
  /** Characters of its cleaned text, white space left out: what rates per 10,000 characters divide by. */
  characters: number;
}

/** What the header says about the documents read, and what the charts divide by. */
export interface CorpusFacts {
  firstDate?: string;
  lastDate?: string;
  /** Documents without a date. */
  undated: number;
  /** Documents per region (the province, or the city within it), most first, with the evidence of the first document claimed for it. */
  regions: Array<{ region: string; documents: number; evidence?: string }>;
  /** Documents without a region (national texts, or no place named often enough). */
  withoutRegion: number;
  characters: number;
  /** Every document, in reading order. */
  documents: DocFacts[];
}

/** Collects the corpus facts one document at a time, beside the miners, so documents are read once. */
export class CorpusTally {
  private readonly docs: DocFacts[] = [];
  private readonly regions = new Map<string, { documents: number; evidence?: string }>();

  add(doc: Document): void {
    const { date, province, city } = doc.meta;
    this.docs.push({
      name: doc.name,
      line: doc.base?.line ?? 1,
      title: titleOf(doc),
      characters: nonSpace(doc.text),
      ...(date ? { date } : {}),
      ...(province ? { province } : {}),
      ...(province && city ? { city } : {}),
    });
    const region = regionName(doc.meta);
    if (!region) return;
    const seen = this.regions.get(region);
    if (seen) seen.documents++;
    else this.regions.set(region, { documents: 1, ...(doc.meta.regionEvidence ? { evidence: doc.meta.regionEvidence } : {}) });
  }

  facts(): CorpusFacts {
    const dates = this.docs
      .map((d) => d.date)
      .filter((d): d is string => Boolean(d))
      .sort();
    const regions = [...this.regions]
      .map(([region, r]) => ({ region, ...r }))
      .sort((a, b) => b.documents - a.documents || (a.region < b.region ? -1 : 1));
    return {
      ...(dates.length ? { firstDate: dates[0], lastDate: dates.at(-1) } : {}),
      undated: this.docs.length - dates.length,
      regions,
      withoutRegion: this.docs.filter((d) => !d.province).length,
      characters: this.docs.reduce((n, d) => n + d.characters, 0),
      documents: this.docs,
    };
  }
}

/** The item's heading, the document's title, or its first line: what a reader would call it. */
function titleOf(doc: Document): string {
  const title =
    doc.item?.title ??
    doc.meta.title ??
    doc.text
      .slice(0, 200)
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ??
    '';
  // A copy: a slice would keep the whole document's text alive for the run.
  return ownCopy(title.replace(/^#+\s*/, '').slice(0, 80));
}

function nonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0x3000 && c !== 0xa0) n++;
  }
  return n;
}

/** Finds a document by a place in its file: the item whose text starts at or before the line. */
export class DocIndex {
  private readonly byName = new Map<string, DocFacts[]>();

  constructor(docs: readonly DocFacts[]) {
    for (const d of docs) {
      const list = this.byName.get(d.name);
      if (list) list.push(d);
      else this.byName.set(d.name, [d]);
    }
    for (const list of this.byName.values()) list.sort((a, b) => a.line - b.line);
  }

  at(name: string, line: number): DocFacts | undefined {
    const list = this.byName.get(name);
    if (!list) return undefined;
    let found = list[0];
    for (const d of list) if (d.line <= line) found = d;
    return found;
  }
}
