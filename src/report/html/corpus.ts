import type { Document } from '../../document.js';

/** What the header says about the documents read: date range and regions. */
export interface CorpusFacts {
  firstDate?: string;
  lastDate?: string;
  /** Documents without a date. */
  undated: number;
  /** Documents per region, most first, with the evidence of the first document claimed for it (place names can be common words). */
  regions: Array<{ region: string; documents: number; evidence?: string }>;
  /** Documents without a region (national texts, or no place named often enough). */
  withoutRegion: number;
}

/** Collects the corpus facts one document at a time, beside the miners, so documents are read once. */
export class CorpusTally {
  private firstDate?: string;
  private lastDate?: string;
  private undated = 0;
  private withoutRegion = 0;
  private readonly regions = new Map<string, { documents: number; evidence?: string }>();

  add(doc: Document): void {
    const { date } = doc.meta;
    const region = doc.meta.province;
    if (date) {
      if (!this.firstDate || date < this.firstDate) this.firstDate = date;
      if (!this.lastDate || date > this.lastDate) this.lastDate = date;
    } else this.undated++;
    if (!region) {
      this.withoutRegion++;
      return;
    }
    const seen = this.regions.get(region);
    if (seen) seen.documents++;
    else this.regions.set(region, { documents: 1, ...(doc.meta.regionEvidence ? { evidence: doc.meta.regionEvidence } : {}) });
  }

  facts(): CorpusFacts {
    const regions = [...this.regions].map(([region, r]) => ({ region, ...r }))
      .sort((a, b) => b.documents - a.documents || (a.region < b.region ? -1 : 1));
    return {
      ...(this.firstDate ? { firstDate: this.firstDate, lastDate: this.lastDate } : {}),
      undated: this.undated, regions, withoutRegion: this.withoutRegion,
    };
  }
}
