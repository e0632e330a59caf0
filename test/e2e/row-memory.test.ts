import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { documentsFromBytes, extractDirectives, kwicInDocument, prepareDocument } from '../../src/index.js';

// Its own file (its own process): the heap is measured around one document.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Rows of a document, found and returned while the document itself is dropped. */
function rowsOf(fillerLines: number): { directives: unknown[]; kwic: unknown[]; characters: number } {
  const filler = '今天的会议在市政府召开，与会人员进行了讨论，并听取了有关部门的汇报情况说明。\n'.repeat(fillerLines);
  const text = `要坚持招大引强，力争全年引资一百六十亿元，确保年内建成投产二十个重点项目。\n${filler}`;
  const [item] = [...documentsFromBytes('large.txt', 'large.txt', Buffer.from(text))];
  assert.ok(item.ok === true);
  const doc = prepareDocument(item.doc);
  return { directives: extractDirectives(doc), kwic: kwicInDocument(doc, '招大引强'), characters: doc.text.length };
}

test('directive and kwic rows do not keep their document alive: their strings are copies, not slices of its text', () => {
  // A small document first: the tables every stage loads on first use stay loaded, and are not what is measured.
  rowsOf(10);
  const before = heapAfterGc();
  const rows = rowsOf(60_000);
  // V8 keeps the subject of the last successful regular-expression match (RegExp.input): one string per thread,
  // however long the run. A match on a short string lets the document's go.
  /y/.exec('y');
  const kept = heapAfterGc() - before;
  assert.ok(rows.directives.length >= 1 && rows.kwic.length === 1, JSON.stringify(rows));
  // The document's original and cleaned texts are about 2 × 4.9 MB (two bytes per character); the rows are a few hundred
  // bytes. Holding either text would keep at least half of that; a tenth leaves room for what the collector keeps anyway.
  const textBytes = 2 * 2 * rows.characters;
  assert.ok(
    kept < textBytes / 10,
    `${(kept / 1e6).toFixed(1)} MB still held after a document of ${(textBytes / 1e6).toFixed(1)} MB was dropped`,
  );
});
