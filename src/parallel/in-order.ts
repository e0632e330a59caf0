/**
 * Results of work started in document order, taken in that same order, with
 * at most `window` waiting: workers finish out of order, counts and output
 * must not depend on it, and memory must not grow with the corpus.
 */
export class InOrder {
  private readonly queue: Array<{ result: Promise<unknown>; take(value: unknown): void }> = [];

  constructor(private readonly window: number) {}

  async push<T>(result: Promise<T>, take: (value: T) => void): Promise<void> {
    // A failure is seen when its turn comes; until then it must not count as unhandled.
    result.catch(() => {});
    this.queue.push({ result, take: take as (value: unknown) => void });
    while (this.queue.length > this.window) await this.takeOldest();
  }

  async drain(): Promise<void> {
    while (this.queue.length) await this.takeOldest();
  }

  private async takeOldest(): Promise<void> {
    const oldest = this.queue.shift()!;
    oldest.take(await oldest.result);
  }
}
