import { shapeKind } from './shape.js';
import { hanCount, sloganKey, type Candidate } from './types.js';

/** Quoted spans: Chinese quotes and corner brackets, and ASCII double quotes. */
const QUOTED = /“([^“”\n]{2,24})”|「([^「」\n]{2,24})」|『([^『』\n]{2,24})』|"([^"\n]{2,24})"/g;
/** A quoted sentence or clause is speech, not a name. */
const CLAUSE_PUNCTUATION = /[，。；！？：,.;!?:\ufffd]/;

/**
 * The word a quoted name is the name of, written right after the quote:
 * “人工智能+”行动, “东数西算”工程, “内卷式”竞争, “强省会”战略.
 */
const NAMED =
  /^(?:专项行动|行动计划|行动|工程|计划|战略|模式|理念|机制|改革|体系|试点|活动|建设|经济|精神|品牌|服务|平台|政策|制度|方针|原则|竞争|格局|攻坚战|保卫战|工作法|重要思想|总体布局|战略布局)/;

/**
 * Coined names in quotation marks, length-bounded; a series inside (、) is
 * reported as a series. A name followed by the word it names is found with it
 * (人工智能+行动); the name alone is counted where it stands alone.
 */
export function findQuoted(text: string): Candidate[] {
  const out: Candidate[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (CLAUSE_PUNCTUATION.test(inner) || (hanCount(inner) < 2 && !/\d/.test(inner))) continue;
    if (hanCount(inner) > 16) continue;
    const start = m.index + 1;
    const kind = shapeKind(inner) ?? 'quoted';
    const named = NAMED.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 6))?.[0];
    if (named)
      out.push({ key: sloganKey(inner + named), kind, finder: 'quoted', start: m.index, end: m.index + m[0].length + named.length });
    else out.push({ key: sloganKey(inner), kind, finder: 'quoted', start, end: start + inner.length });
  }
  return out;
}
