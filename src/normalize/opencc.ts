import { ConverterFactory, type DictGroup, type DictLike } from 'opencc-js/core';
import * as t2cnPreset from 'opencc-js/preset/t2cn';
import { CodeUnitSet } from '../text/code-unit-set.js';

/** OpenCC's traditional → mainland simplified conversion, and a cheap test of whether it can change a text. */
export interface Simplifier {
  convert(text: string): string;
  /**
   * False when the text holds no character that any of the converter's rules
   * rewrites: converting it would give it back unchanged. Most of mainland
   * text is like that (lines holding 97% of the characters of the xwlb
   * corpus), and the test is one table read per character where conversion
   * walks a trie at every one.
   */
  mayChange(text: string): boolean;
}

/**
 * The dictionaries opencc-js chains for t → cn (its `t2s` configuration):
 * compatibility ideographs first, then phrases and characters. The typings
 * leave out the first.
 */
interface ChainConfig {
  normalizationChain?: readonly DictGroup[];
  conversionChain: readonly DictGroup[];
}

/**
 * Built from opencc-js's own t → cn configuration: its dictionary groups,
 * chained in its order (as its Converter({ from: 't', to: 'cn' }) chains
 * them; a test compares the two), and the test derived from the very same
 * groups. Without that configuration (a future opencc-js), there is nothing
 * to build from, and this says so at once.
 */
export function createSimplifier(): Simplifier {
  const config = (t2cnPreset.configs as Record<string, ChainConfig | undefined>).t2s;
  if (!config) throw new Error('opencc-js has no t2s configuration: this version of it is not supported');
  const chain = [...(config.normalizationChain ?? []), ...config.conversionChain];
  const convert = ConverterFactory(...chain);
  const changed = changedCharacters(chain);
  return { convert, mayChange: (text) => changed.foundIn(text) };
}

/**
 * Every character that some rule rewrites: where a rule's source and target
 * have the same number of characters, those that differ; where not, all of the
 * source's. A text without any of them can only match rules that give back
 * what they matched (every other rule needs one of those characters to match),
 * so no dictionary of the chain changes it.
 */
function changedCharacters(groups: readonly DictGroup[]): CodeUnitSet {
  const changed = new CodeUnitSet();
  for (const group of groups) {
    for (const dict of group) {
      for (const [source, target] of pairsOf(dict)) {
        const from = Array.from(source);
        const to = Array.from(target);
        from.forEach((ch, i) => {
          if (from.length !== to.length || ch !== to[i]) changed.add(ch);
        });
      }
    }
  }
  return changed;
}

/** A dictionary's rules, read as opencc-js reads them: `source target|source target…`, or pairs. */
function pairsOf(dict: DictLike): Array<readonly [string, string]> {
  if (typeof dict !== 'string') return dict.map(([source, target]) => [source, target] as const);
  if (dict === '') return [];
  return dict.split('|').map((rule) => {
    const [source, target] = rule.split(' ');
    return [source, target ?? ''] as const;
  });
}
