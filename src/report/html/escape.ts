/**
 * Escaping for the HTML report. Every string that reaches the page came from
 * scraped web pages, so nothing is inserted raw: text goes through
 * `escapeHtml`, data through `jsonForScript`.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value for HTML: the five characters that can end a text node or an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const SCRIPT_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON to put inside `<script type="application/json">`: `<` and `>` escaped so
 * that `</script>` or `<!--` in a document cannot end or bend the element, `&`
 * for older parsers, U+2028/2029 so the text is also valid JavaScript.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]);
}

/** Markup that is already safe: built by `html` or drawn by vega (which escapes its own text). */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = Markup | string | number | undefined | null | readonly Value[];

/**
 * A template tag that escapes every interpolated value unless it is Markup:
 * safe by default, so a forgotten call cannot let document text in raw.
 * Arrays are joined; undefined and null write nothing.
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0];
  values.forEach((v, i) => {
    out += markupOf(v) + strings[i + 1];
  });
  return new Markup(out);
}

function markupOf(v: Value): string {
  if (v instanceof Markup) return v.text;
  if (Array.isArray(v)) return v.map(markupOf).join('');
  if (v === undefined || v === null) return '';
  return escapeHtml(String(v));
}
