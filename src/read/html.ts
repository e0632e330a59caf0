import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';
import { TextBuilder } from '../offsets/text-builder.js';
import type { SegmentMap } from '../offsets/offset-map.js';

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'iframe',
  'svg',
  'object',
  'head',
  'rt',
  'rp',
  'footer',
  'select',
  'button',
]);
/** Elements that start a new line of text. */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'table',
  'ul',
  'ol',
  'dl',
  'dd',
  'dt',
  'blockquote',
  'pre',
  'hr',
  'main',
  'aside',
  'figure',
  'figcaption',
  'center',
  'form',
]);

export interface HtmlText {
  text: string;
  map: SegmentMap;
  title?: string;
}

/** True when a file without an .html name still looks like an HTML page. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|meta|div|p)[\s>]/.test(head);
}

/** The charset an HTML page declares in its first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/**
 * HTML to text with a real parser: dropped elements skipped, block elements
 * become line breaks, entities decoded; every character maps back to the HTML.
 */
export function htmlToText(html: string): HtmlText {
  const out = new TextBuilder(html);
  let dropDepth = 0;
  let inTitle = false;
  let title = '';
  const parser = new Parser(
    {
      onopentag(name) {
        if (DROPPED.has(name)) dropDepth++;
        if (name === 'title') inTitle = true;
        else if (BLOCK.has(name) && dropDepth === 0) lineBreak(out, parser.startIndex);
      },
      onclosetag(name, implied) {
        if (DROPPED.has(name)) dropDepth = Math.max(0, dropDepth - 1);
        if (name === 'title') inTitle = false;
        else if (BLOCK.has(name) && dropDepth === 0 && !implied) lineBreak(out, parser.startIndex);
      },
      ontext(data) {
        if (inTitle) title += decodeHTML(data);
        if (dropDepth > 0) return;
        // Layout whitespace between blocks is not text: block edges already break lines.
        if (/^\s*$/.test(data) && (out.lastChar() === '\n' || out.lastChar() === '')) return;
        appendText(out, html, parser.startIndex, parser.startIndex + data.length);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  const { text, map } = out.build();
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  return { text, map, ...(cleanTitle ? { title: cleanTitle } : {}) };
}

/** One line break at a block edge, never two in a row. */
function lineBreak(out: TextBuilder, at: number): void {
  if (out.lastChar() !== '\n' && out.lastChar() !== '') out.replace(at, at, '\n');
}

const ENTITY_OR_SPACE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});|\s+/gi;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Copy a text node: entities decoded, whitespace runs collapsed (and dropped between CJK characters). */
function appendText(out: TextBuilder, html: string, start: number, end: number): void {
  ENTITY_OR_SPACE.lastIndex = start;
  let last = start;
  for (let m = ENTITY_OR_SPACE.exec(html); m && m.index < end; m = ENTITY_OR_SPACE.exec(html)) {
    const mEnd = Math.min(end, m.index + m[0].length);
    out.copy(last, m.index);
    if (m[0].startsWith('&')) out.replace(m.index, mEnd, decodeHTML(m[0]).replace(/\u00a0/g, ' '));
    else if (!(m[0].includes('\n') && CJK.test(html[m.index - 1] ?? '') && CJK.test(html[mEnd] ?? ''))) {
      out.replace(m.index, mEnd, m[0].includes('\n') ? '\n' : ' ');
    }
    last = mEnd;
  }
  out.copy(last, end);
}
