/**
 * Numbers appended one or two at a time into a typed array that doubles as it
 * fills: four bytes each, where a JavaScript array of small integers takes
 * eight, and mostly no copy of the whole list to turn it into the Int32Array
 * that crosses threads. A document of 4M characters has about two million
 * word starts and one and a half million n-gram ends.
 */
export class Int32List {
  private items: Int32Array;
  private size = 0;

  constructor(capacity = 1024) {
    this.items = new Int32Array(Math.max(2, capacity));
  }

  get length(): number {
    return this.size;
  }

  push(a: number, b?: number): void {
    if (this.size + 2 > this.items.length) this.grow();
    this.items[this.size++] = a;
    if (b !== undefined) this.items[this.size++] = b;
  }

  /**
   * The numbers pushed, as a view of the list's own buffer, not copied, when
   * they fill at least half of it; else copied into an array of their own
   * (a capacity guessed too large must not travel with them). The list is
   * empty again after, and never writes into what it handed out.
   */
  toInt32Array(): Int32Array {
    const numbers = this.size * 2 >= this.items.length ? this.items.subarray(0, this.size) : this.items.slice(0, this.size);
    this.items = new Int32Array(0);
    this.size = 0;
    return numbers;
  }

  private grow(): void {
    const bigger = new Int32Array(Math.max(2, this.items.length * 2));
    bigger.set(this.items.subarray(0, this.size));
    this.items = bigger;
  }
}
