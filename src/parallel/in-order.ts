/**
 * Results of work started in document order, taken in that same order:
 * workers finish out of order, and counts and output must not depend on it.
 * What waits is bounded twice, so that memory does not grow with the corpus:
 * at most `window` results, and at most `budget` of their size (characters of
 * the documents they hold: a window of documents just under the size sent to
 * workers would otherwise hold half a gigabyte). Results whose turn has come
 * and that are ready are taken at once.
 */
export class InOrder {
  private readonly queue: Array<{ result: Promise<unknown>; take(value: unknown): void | Promise<void>; size: number; ready: boolean }> =
    [];
  private held = 0;

  constructor(
    private readonly window: number,
    private readonly budget = Infinity,
  ) {}

  async push<T>(result: Promise<T>, take: (value: T) => void | Promise<void>, size = 0): Promise<void> {
    const entry = { result, take: take as (value: unknown) => void | Promise<void>, size, ready: false };
    // A failure is seen when its turn comes; until then it must not count as unhandled.
    result.then(
      () => {
        entry.ready = true;
      },
      () => {
        entry.ready = true;
      },
    );
    this.queue.push(entry);
    this.held += size;
    while (this.mustTake()) await this.takeOldest();
  }

  private mustTake(): boolean {
    if (!this.queue.length) return false;
    return this.queue.length > this.window || this.held > this.budget || this.queue[0].ready;
  }

  async drain(): Promise<void> {
    while (this.queue.length) await this.takeOldest();
  }

  private async takeOldest(): Promise<void> {
    const oldest = this.queue.shift()!;
    this.held -= oldest.size;
    await oldest.take(await oldest.result);
  }
}
