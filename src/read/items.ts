/**
 * Files that hold many items: a daily news bulletin in markdown (`### title`
 * before each item) is one file but a dozen documents. Splitting makes each
 * item a document of its own; its positions stay those of the file.
 */
export type SplitMode = 'auto' | 'heading' | 'none';

export interface ItemSpan {
  /** Offsets of the item in the file's text: from its heading line to the next item's. */
  start: number;
  end: number;
  /** 1-based line of the file where the item starts. */
  line: number;
  /** The heading's text (without the #), or undefined for the front matter before the first heading. */
  title?: string;
}

/** Fewest headings of one level that make a file a bulletin for `auto`. */
const MIN_ITEMS = 3;
const HEADING = /^(#{1,6})[ \t]+(\S.*)$/;

/**
 * Where a file's items are: at the deepest markdown heading level that occurs
 * `MIN_ITEMS` times or more (`auto`), or at least twice (`heading`); none when
 * it is one document. The text before the first heading of that level is an
 * item of its own (the front matter).
 */
export function itemSpans(text: string, mode: SplitMode): ItemSpan[] {
  if (mode === 'none') return [];
  const headings = markdownHeadings(text);
  const level = splitLevel(headings, mode === 'auto' ? MIN_ITEMS : 2);
  if (level === undefined) return [];
  const at = headings.filter((h) => h.level === level);
  const spans: ItemSpan[] = [];
  if (at[0].start > 0) spans.push({ start: 0, end: at[0].start, line: 1 });
  at.forEach((h, i) => spans.push({ start: h.start, end: at[i + 1]?.start ?? text.length, line: h.line, title: h.title }));
  return spans;
}

interface Heading {
  start: number;
  line: number;
  level: number;
  title: string;
}

function markdownHeadings(text: string): Heading[] {
  const out: Heading[] = [];
  let line = 1;
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (text.charCodeAt(start) === HASH) {
      const m = HEADING.exec(text.slice(start, end).replace(/\r$/, ''));
      if (m) out.push({ start, line, level: m[1].length, title: m[2].trim() });
    }
    start = end + 1;
    line++;
  }
  return out;
}

const HASH = '#'.charCodeAt(0);

/** The deepest level with at least `min` headings; none for a file of one heading per level (a title and its parts). */
function splitLevel(headings: readonly Heading[], min: number): number | undefined {
  for (let level = 6; level >= 1; level--) {
    if (headings.filter((h) => h.level === level).length >= min) return level;
  }
  return undefined;
}

/**
 * Front matter that is not a document: headings, a numbered list of the
 * items' own titles (a bulletin's 新闻摘要), labels and markup, and at most a
 * few short lines besides (a credit, a link).
 */
export function isContentsOnly(frontMatter: string, titles: readonly string[]): boolean {
  let contents = 0;
  let other = 0;
  for (const raw of frontMatter.split('\n')) {
    const line = raw.trim();
    if (
      line === '' ||
      line.startsWith('#') ||
      line.startsWith('<!--') ||
      /^-{3,}$/.test(line) ||
      (line.length <= 12 && /[：:]$/.test(line))
    )
      continue;
    if (isContentsLine(line, titles)) contents++;
    else other += line.length;
  }
  return contents >= 3 && other <= 200;
}

/** The titles of a bulletin's items: its headings, and the bold lines that title the sub-items of a collected item (国内联播快讯). */
export function itemTitles(text: string): string[] {
  return [...text.matchAll(/^(?:#{2,6}\s+(.+)|\*\*([^*\n]{4,})\*\*)\s*$/gm)].map((m) => bare(m[1] ?? m[2]));
}

/** A line of a list of contents: with its number and closing mark off, a piece of one of the titles (spacing and punctuation aside). */
export function isContentsLine(line: string, titles: readonly string[]): boolean {
  const text = bare(line.replace(/^(?:\d{1,3}[.．、]|[（(]\d{1,3}[）)])\s*/, ''));
  if (text.length < 4) return false;
  return titles.some((t) => t.includes(text) || (text.length >= 12 && t.length >= 12 && t.slice(0, 12) === text.slice(0, 12)));
}

/** Han characters, letters and digits only. */
function bare(s: string): string {
  return s.replace(/[^\p{Script=Han}\p{L}\d]/gu, '');
}
