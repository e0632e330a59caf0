import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TASKS, runTask, transferablesOf, type TaskName } from '../src/parallel/tasks.js';
import { shipRead } from '../src/parallel/ship.js';
import { createDocument } from '../src/document.js';

/** Traditional script with pinyin: every cleaning stage changes it, so the output carries several maps. */
const TEXT = '要堅持招大引強，延鏈補鏈強鏈，力爭全年引資160億元。\n招大引強是關鍵，經(jīng)濟(jì)要發展。';
const doc = () => shipRead(createDocument({ name: 't.txt', path: 't.txt', format: 'text', encoding: 'utf-8', original: TEXT, meta: { date: '2025-03-01' } }));

/** An input for every task: a new task without one fails the test below, until it is given one here. */
const SAMPLES: { [K in TaskName]: Parameters<typeof runTask<K>>[1] } = {
  cleanAndFind: { doc: doc(), request: { slogans: true, directives: { all: false } } },
  segmentForFinding: '要坚持招大引强，延链补链强链。',
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
    const listed = transferablesOf(name, output as never);
    // A buffer listed twice makes postMessage throw.
    assert.equal(new Set(listed).size, listed.length, `${name} lists a buffer twice`);
    assert.deepEqual(new Set(listed), found, name);
  }
  // Four arrays per offset map of cleaning, the discovered n-grams, and a segmentation's two arrays: the check above
  // saw every one of them.
  const cleaned = runTask('cleanAndFind', SAMPLES.cleanAndFind, {});
  assert.ok(cleaned.cleaned.maps.length >= 3, `${cleaned.cleaned.maps.length} maps`);
  assert.equal(buffers, 4 * cleaned.cleaned.maps.length + 1 + 2);
});
