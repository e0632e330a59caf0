import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InOrder } from '../src/parallel/in-order.js';

/** A promise and the function that settles it, for results that finish when the test says. */
function later<T>(): { promise: Promise<T>; settle(value: T): void } {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('InOrder: results are taken in the order pushed, whatever order they finish in', async () => {
  const order = new InOrder(10);
  const taken: number[] = [];
  const results = [later<number>(), later<number>(), later<number>()];
  for (const r of results)
    await order.push(r.promise, (v) => {
      taken.push(v);
    });
  results[2].settle(2);
  results[1].settle(1);
  await tick();
  assert.deepEqual(taken, [], 'nothing before the first is ready');
  results[0].settle(0);
  await order.drain();
  assert.deepEqual(taken, [0, 1, 2]);
});

test('InOrder: a ready head is taken at the next push; more than the window, or than the budget, waits for the oldest', async () => {
  const taken: string[] = [];
  const take = (v: string) => {
    taken.push(v);
  };
  const byCount = new InOrder(2);
  await byCount.push(Promise.resolve('a'), take);
  await tick();
  await byCount.push(later<string>().promise, take);
  assert.deepEqual(taken, ['a'], 'the ready head went at once');

  const bySize = new InOrder(100, 10);
  const first = later<string>();
  await bySize.push(first.promise, take, 6);
  let pushed = false;
  const second = bySize.push(Promise.resolve('c'), take, 6).then(() => {
    pushed = true;
  });
  await tick();
  assert.equal(pushed, false, '12 characters held against a budget of 10: the push waits');
  first.settle('b');
  await second;
  assert.deepEqual(taken, ['a', 'b', 'c'], 'once the oldest was taken, the push went on and took the ready one after it');
});

test('InOrder: a failure is thrown when its turn comes, not before, and is never left unhandled', async () => {
  const order = new InOrder(10);
  const taken: number[] = [];
  const first = later<number>();
  await order.push(first.promise, (v) => {
    taken.push(v);
  });
  await order.push(Promise.reject(new Error('worker: boom')), () => {
    taken.push(-1);
  });
  await tick();
  first.settle(1);
  await assert.rejects(order.drain(), /boom/);
  assert.deepEqual(taken, [1]);
});
