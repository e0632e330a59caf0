import { decodeHTML } from 'entities';
import { TextBuilder } from '../offsets/text-builder.js';
import type { SegmentMap } from '../offsets/offset-map.js';

/** Named and numeric character references left in text that a naive tag-strip produced (&nbsp;, &ldquo;, &#8220;). */
const REFERENCE = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;

/**
 * Decode character references in a plain-text document: 国务院&nbsp;&nbsp; → 国务院 (a
 * no-break space), &ldquo;两个毫不动摇&rdquo; → “两个毫不动摇”. Each reference maps back
 * to itself. A reference that decodes to a line break becomes a space, so that
 * lines stay where reading found them; one that is not a known entity stays.
 */
export function decodeReferences(text: string): { text: string; map: SegmentMap } | undefined {
  if (!text.includes('&')) return undefined;
  const out = new TextBuilder(text);
  let at = 0;
  let changed = false;
  for (const m of text.matchAll(REFERENCE)) {
    const decoded = decodeHTML(m[0]);
    if (decoded === m[0]) continue;
    out.copy(at, m.index);
    out.replace(m.index, m.index + m[0].length, decoded.replace(/[\r\n]/g, ' '));
    at = m.index + m[0].length;
    changed = true;
  }
  if (!changed) return undefined;
  out.copy(at, text.length);
  return out.build();
}
