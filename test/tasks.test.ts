import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TASKS, runTask, transferablesOf, type TaskName } from '../src/parallel/tasks.js';

const TEXT = '要坚持招大引强，延链补链强链，力争全年引资160亿元。\n招大引强是关键。';

/** An input for every task: a new task without one fails the test below, until it is given one here. */
const SAMPLES: { [K in TaskName]: Parameters<typeof runTask<K>>[1] } = {
  sloganCandidates: TEXT,
  directiveDrafts: { text: TEXT, date: '2025-03-01' },
  sloganCandidatesAndDirectiveDrafts: { text: TEXT, date: '2025-03-01' },
  segmentKeys: ['招大引强', '延链补链强链'],
};

/** Every ArrayBuffer reachable from a value (typed arrays through their buffer). */
function buffersIn(value: unknown, out = new Set<ArrayBufferLike>()): Set<ArrayBufferLike> {
  if (ArrayBuffer.isView(value)) out.add(value.buffer);
  else if (value instanceof ArrayBuffer) out.add(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) buffersIn(v, out);
  return out;
}

test('tasks: each declares every buffer of its output for transfer, so none is copied between threads', () => {
  assert.deepEqual(Object.keys(SAMPLES).sort(), Object.keys(TASKS).sort());
  let buffers = 0;
  for (const name of Object.keys(TASKS) as TaskName[]) {
    const output = runTask(name, SAMPLES[name] as never, {});
    const found = buffersIn(output);
    buffers += found.size;
    assert.deepEqual(new Set(transferablesOf(name, output as never)), found, name);
  }
  // The slogan tasks carry their discovered n-grams in typed arrays: the check above saw them.
  assert.ok(buffers >= 2, `only ${buffers} buffers in the tasks' outputs`);
});
