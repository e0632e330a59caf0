import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import * as t2cnPreset from 'opencc-js/preset/t2cn';
import type { DictGroup } from 'opencc-js/core';
import { createSimplifier } from '../src/normalize/opencc.js';

const simplifier = createSimplifier();

/** Every rule's source text in the t → cn chain, read from the preset the simplifier is built from. */
function ruleSources(): string[] {
  const config = (t2cnPreset.configs as unknown as Record<string, { normalizationChain?: DictGroup[]; conversionChain: DictGroup[] }>).t2s;
  const groups = [...(config.normalizationChain ?? []), ...config.conversionChain];
  return groups.flat().flatMap((dict) => (typeof dict === 'string' ? dict.split('|').map((r) => r.split(' ')[0]) : dict.map(([s]) => s)));
}

test('OpenCC t→cn: traditional text is converted', () => {
  assert.equal(simplifier.mayChange('推動經濟高質量發展'), true);
  assert.equal(simplifier.convert('推動經濟高質量發展'), '推动经济高质量发展');
  assert.equal(simplifier.mayChange('推动经济高质量发展'), false);
});

test('OpenCC t→cn: a character that no rule changes is given back unchanged (every BMP character)', () => {
  const wrong: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (!simplifier.mayChange(ch) && simplifier.convert(ch) !== ch) wrong.push(ch);
  }
  assert.deepEqual(wrong, []);
});

test('OpenCC t→cn: a rule source that the test lets through converts to itself (every rule)', () => {
  const sources = ruleSources();
  assert.ok(sources.length > 4000, `read ${sources.length} rules`);
  const wrong = sources.filter((s) => !simplifier.mayChange(s) && simplifier.convert(s) !== s);
  assert.deepEqual(wrong, []);
});

test('OpenCC t→cn: text the test lets through converts to itself (phrases, their characters, astral and simplified text mixed)', () => {
  const sources = ruleSources();
  const pieces = [
    ...sources.filter((s) => [...s].length > 1).slice(0, 400),
    ...new Set(sources.join('')),
    '发',
    '展',
    '了',
    '着',
    '干',
    '𠀀',
    '\ud840',
    '。',
  ];
  const piece = fc.constantFrom(...pieces);
  let through = 0;
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 8 }).map((ps) => ps.join('')),
      (text) => {
        if (simplifier.mayChange(text)) return;
        through++;
        assert.equal(simplifier.convert(text), text);
      },
    ),
    { numRuns: 5000 },
  );
  assert.ok(through > 100, `only ${through} texts let through`);
});

test("OpenCC t→cn: converts as opencc-js's own Converter does (the seeds, and random mixes of rules and text)", () => {
  const bundled = OpenCC.Converter({ from: 't', to: 'cn' });
  const dir = new URL('../fixtures/seeds/', import.meta.url);
  const seeds = readdirSync(dir).map((f) => readFileSync(new URL(f, dir), 'utf8'));
  assert.ok(seeds.length >= 5);
  for (const text of seeds) assert.equal(simplifier.convert(text), bundled(text));
  const sources = ruleSources();
  const piece = fc.constantFrom(...sources.slice(0, 2000), ...sources.slice(-300), '发展', '了', '。', '𠀀');
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 10 }).map((ps) => ps.join('')),
      (text) => {
        assert.equal(simplifier.convert(text), bundled(text));
      },
    ),
    { numRuns: 2000 },
  );
});
