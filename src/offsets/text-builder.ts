import { SegmentMap } from './offset-map.js';

/** Builds a derived text piece by piece and records where every piece came from. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private dstStart: number[] = [];
  private srcStart: number[] = [];
  private dstLen: number[] = [];
  private srcLen: number[] = [];
  private length = 0;

  constructor(private readonly source: string) {}

  /** Keep `source[start, end)` unchanged. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.push(this.source.slice(start, end), start, end - start, true);
  }

  /** Put `text` in place of `source[start, end)`; same lengths keep a one-to-one mapping. */
  replace(start: number, end: number, text: string): void {
    if (text.length === 0) return;
    this.push(text, start, end - start, text.length === end - start);
  }

  /** The last character appended so far ('' if none). */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] : '';
  }

  build(): { text: string; map: SegmentMap } {
    const text = this.parts.join('');
    const map = new SegmentMap(
      Int32Array.from(this.dstStart),
      Int32Array.from(this.srcStart),
      Int32Array.from(this.dstLen),
      Int32Array.from(this.srcLen),
      text.length,
      this.source.length,
    );
    return { text, map };
  }

  private push(text: string, srcStart: number, srcLen: number, linear: boolean): void {
    const n = this.dstStart.length - 1;
    // Merge with the previous segment when both are one-to-one and contiguous:
    // an untouched file then has a single segment.
    if (linear && n >= 0 && this.dstLen[n] === this.srcLen[n] && this.srcStart[n] + this.srcLen[n] === srcStart) {
      this.dstLen[n] += text.length;
      this.srcLen[n] += srcLen;
    } else {
      this.dstStart.push(this.length);
      this.srcStart.push(srcStart);
      this.dstLen.push(text.length);
      this.srcLen.push(srcLen);
    }
    this.parts.push(text);
    this.length += text.length;
  }
}
