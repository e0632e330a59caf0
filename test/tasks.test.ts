import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTask, transferablesOf } from '../src/parallel/tasks.js';
import { landCleaned, shipRead } from '../src/parallel/ship.js';
import { createDocument, type Document } from '../src/document.js';
import { documentsFromBytes } from '../src/read/read-documents.js';
import { prepareDocument } from '../src/pipeline.js';
import { findIn, FindTools, type FindRequest } from '../src/extract/finders.js';
import { locateDirectives } from '../src/extract/directives/index.js';
import { ROOT } from './helpers.js';

/** Traditional script with pinyin: every cleaning stage changes it, so the document carries several maps. */
const TEXT = '要堅持招大引強，延鏈補鏈強鏈，力爭全年引資160億元。\n招大引強是關鍵，經(jīng)濟(jì)要發展。\n会议由李明主持。\n';
const REQUEST: FindRequest = { slogans: {}, directives: { all: true }, targets: {} };
const tools = new FindTools();

/** The documents to compare: the seeds as read, and one whose third line (index 2) the corpus survey marked as repeated. */
function readDocuments(): Document[] {
  const dir = join(ROOT, 'fixtures', 'seeds');
  const seeds = readdirSync(dir)
    .flatMap((f) => [...documentsFromBytes(f, join(dir, f), readFileSync(join(dir, f)))])
    .flatMap((item) => (item.ok === true ? [item.doc] : []));
  const marked = createDocument({
    name: 't.txt',
    path: 't.txt',
    format: 'text',
    encoding: 'utf-8',
    original: TEXT,
    meta: { date: '2025-03-01' },
  });
  marked.repeatedLines = [2];
  return [...seeds, marked];
}

test("a document done by a worker's task, across structured clones both ways, is the document done here", () => {
  for (const read of readDocuments()) {
    const here = prepareDocument(structuredClone(read), { source: 'meta' });
    const foundHere = findIn(here, REQUEST, tools);
    const input = structuredClone({ doc: shipRead(read), meta: { source: 'meta' }, request: REQUEST });
    const output = runTask('mine', input, tools);
    // A buffer listed twice, or one not of the output, makes the clone throw; listed ones are moved, not copied.
    const back = structuredClone(output, { transfer: transferablesOf('mine', output) });
    const there = landCleaned(read, back.cleaned);
    assert.equal(there.text, here.text, read.name);
    assert.deepEqual(there.meta, here.meta, read.name);
    assert.deepEqual(there.messages, here.messages, read.name);
    assert.deepEqual(back.found.slogans, foundHere.slogans, read.name);
    assert.deepEqual(back.found.targets, foundHere.targets, read.name);
    assert.deepEqual(locateDirectives(there, back.found.directives!), locateDirectives(here, foundHere.directives!), read.name);
  }
});

test('a line the survey marked as repeated is removed on the worker too', () => {
  const marked = readDocuments().at(-1)!;
  const cleanedThere = (doc: Document) => runTask('mine', structuredClone({ doc: shipRead(doc), request: {} }), tools).cleaned.text;
  assert.ok(!cleanedThere(marked).includes('李明'), cleanedThere(marked));
  assert.ok(cleanedThere({ ...marked, repeatedLines: undefined }).includes('李明'));
});
