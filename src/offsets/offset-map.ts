/**
 * An offset map from a derived text back to the text it was derived from.
 *
 * A stage that edits text appends pieces to a {@link TextBuilder}: `copy` keeps a
 * source range as it is (positions map one to one), `replace` puts new text in
 * place of a source range (any position inside maps to the whole range), and a
 * source range that is neither copied nor replaced is deleted. Maps chain: a
 * document keeps one map per stage and composes them only when a result is
 * reported, so the stages never pay for positions nobody asks about.
 */
export interface OffsetMap {
  /** Length of the derived text. */
  readonly length: number;
  /** Source offset of the start of derived position `pos`. */
  toSourceStart(pos: number): number;
  /** Source offset just after derived position `pos - 1` (the end of a range ending at `pos`). */
  toSourceEnd(pos: number): number;
}

/** A segment map as plain data, for sending to another thread (its arrays' buffers can move there). */
export interface SegmentParts {
  dstStart: Int32Array;
  srcStart: Int32Array;
  dstLen: Int32Array;
  srcLen: Int32Array;
  length: number;
  sourceLength: number;
}

/** Segments are stored in parallel typed arrays: a large file makes few objects. */
export class SegmentMap implements OffsetMap {
  constructor(
    private readonly dstStart: Int32Array,
    private readonly srcStart: Int32Array,
    private readonly dstLen: Int32Array,
    private readonly srcLen: Int32Array,
    readonly length: number,
    private readonly sourceLength: number,
  ) {}

  static fromParts(p: SegmentParts): SegmentMap {
    return new SegmentMap(p.dstStart, p.srcStart, p.dstLen, p.srcLen, p.length, p.sourceLength);
  }

  parts(): SegmentParts {
    const { dstStart, srcStart, dstLen, srcLen, length, sourceLength } = this;
    return { dstStart, srcStart, dstLen, srcLen, length, sourceLength };
  }

  toSourceStart(pos: number): number {
    if (pos >= this.length) return this.sourceLength;
    const i = this.find(pos);
    if (i < 0) return 0;
    const within = pos - this.dstStart[i];
    return this.isLinear(i) ? this.srcStart[i] + within : this.srcStart[i];
  }

  toSourceEnd(pos: number): number {
    if (pos <= 0) return this.toSourceStart(0);
    const i = this.find(pos - 1);
    if (i < 0) return 0;
    const within = pos - this.dstStart[i];
    return this.isLinear(i) && within < this.dstLen[i] ? this.srcStart[i] + within : this.srcStart[i] + this.srcLen[i];
  }

  private isLinear(i: number): boolean {
    return this.dstLen[i] === this.srcLen[i];
  }

  /** Index of the segment that holds derived position `pos` (binary search). */
  private find(pos: number): number {
    let lo = 0;
    let hi = this.dstStart.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.dstStart[mid] + this.dstLen[mid] <= pos) lo = mid + 1;
      else if (this.dstStart[mid] > pos) hi = mid - 1;
      else return mid;
    }
    return -1;
  }
}

/** The map of a stage that changed nothing. */
export class IdentityMap implements OffsetMap {
  constructor(readonly length: number) {}
  toSourceStart(pos: number): number {
    return Math.min(pos, this.length);
  }
  toSourceEnd(pos: number): number {
    return Math.min(pos, this.length);
  }
}

/** A chain of maps, newest first: maps a position of the last text to the first. */
export class ChainMap implements OffsetMap {
  constructor(private readonly maps: readonly OffsetMap[]) {}
  get length(): number {
    return this.maps.length ? this.maps[this.maps.length - 1].length : 0;
  }
  toSourceStart(pos: number): number {
    let p = pos;
    for (let i = this.maps.length - 1; i >= 0; i--) p = this.maps[i].toSourceStart(p);
    return p;
  }
  toSourceEnd(pos: number): number {
    let p = pos;
    for (let i = this.maps.length - 1; i >= 0; i--) p = this.maps[i].toSourceEnd(p);
    return p;
  }
}
