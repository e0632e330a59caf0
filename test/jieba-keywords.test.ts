import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKeywordExtractor, segment } from '../src/segment/segmenter.js';

// Its own file (its own process): jieba reads its keyword table only when the first load asks for it.
test('loadKeywordExtractor first: jieba\'s real IDF weights, and segmenting still works', () => {
  const jieba = loadKeywordExtractor();
  const keywords = jieba.extract('招商引资是经济工作的生命线。要坚持招大引强，招商引资要延链补链强链。', 5);
  assert.ok(keywords.length > 0);
  // The one-line stand-in gives every word an IDF of 1, so a weight is its count: real IDF weights are not whole numbers.
  assert.ok(keywords.some((k) => !Number.isInteger(k.weight)), JSON.stringify(keywords));
  assert.ok(segment('招大引强').length > 0);
  assert.doesNotThrow(() => loadKeywordExtractor());
});
