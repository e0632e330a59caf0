import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PhraseMatcher } from '../src/text/phrase-matcher.js';

/** The matcher's contract written the slow way: at each place, the longest phrase that matches , then on after it. */
function naiveMatches(phrases: ReadonlyArray<[string, number]>, text: string): Array<[number, number, number]> {
  const known: Array<[string, number]> = [];
  for (const [p, v] of phrases) if (p && !known.some(([q]) => q === p)) known.push([p, v]);
  const out: Array<[number, number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    let best: [string, number] | undefined;
    for (const k of known) if (text.startsWith(k[0], i) && (!best || k[0].length > best[0].length)) best = k;
    if (!best) continue;
    out.push([best[1], i, i + best[0].length]);
    i += best[0].length - 1;
  }
  return out;
}

// A small alphabet (with an astral character) so that phrases overlap, share first characters and repeat.
const letter = fc.constantFrom('招', '大', '引', '强', '链', '𠀀', 'a');
const phrase = fc.array(letter, { minLength: 0, maxLength: 4 }).map((cs) => cs.join(''));

test('phrase matcher: longest phrase at each place, no overlaps (against a naive search)', () => {
  fc.assert(
    fc.property(
      fc.array(phrase, { maxLength: 12 }),
      fc.array(letter, { maxLength: 40 }).map((cs) => cs.join('')),
      (phrases, text) => {
        const numbered = phrases.map((p, i): [string, number] => [p, i]);
        const matcher = new PhraseMatcher<number>();
        const added = numbered.map(([p, v]) => matcher.add(p, v));
        const matches: Array<[number, number, number]> = [];
        matcher.forEachMatch(text, (v, s, e) => matches.push([v, s, e]));
        assert.deepEqual(matches, naiveMatches(numbered, text));
        // add() says whether the phrase was new; get() answers with the first value given.
        numbered.forEach(([p], i) => {
          assert.equal(added[i], p !== '' && numbered.findIndex(([q]) => q === p) === i);
          if (p) assert.equal(matcher.get(p), numbered.find(([q]) => q === p)![1]);
        });
      },
    ),
    { numRuns: 500 },
  );
});

test('phrase matcher: the longer of two nested phrases wins, and matching goes on after it', () => {
  const m = new PhraseMatcher<string>();
  m.add('补链强链', 'short');
  m.add('延链补链强链', 'long');
  const seen: string[] = [];
  m.forEachMatch('要延链补链强链，也要补链强链', (v, s, e) => seen.push(`${v}@${s}-${e}`));
  assert.deepEqual(seen, ['long@1-7', 'short@10-14']);
  assert.equal(m.get('延链'), undefined);
});
