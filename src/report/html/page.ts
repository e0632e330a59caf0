import { createHash } from 'node:crypto';
import { pageAssets } from './assets.js';
import { html, jsonForScript, Markup } from './escape.js';
import type { PageData } from './model.js';

/** Hash of an inline element's text for the Content-Security-Policy: only this page's own script and style run. */
function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The whole document. The CSP allows no network at all (default-src 'none')
 * and only the page's own inline script and style, by hash: an injected
 * script, handler or style would not run even if one got through. Images only
 * from blob: URLs, which only a script can make: the PNG export draws the
 * chart's SVG through one.
 */
export function pageHtml(body: Markup[], page: { title: string; data: PageData }): string {
  const { script, style } = pageAssets();
  // Ours alone (single quotes, base64 hashes): no document text, so it goes in unescaped and readable.
  const csp = `default-src 'none'; script-src ${cspHash(script)}; style-src ${cspHash(style)}; img-src blob:; base-uri 'none'; form-action 'none'`;
  return html`<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${new Markup(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<style>${new Markup(style)}</style>
</head>
<body>
<noscript><p class="noscript">This page's tables, tooltips and exports need JavaScript; the charts and notes are here without it.</p></noscript>
<main>
${body}
</main>
<script type="application/json" id="report-data">${new Markup(jsonForScript(page.data))}</script>
<script>${new Markup(script)}</script>
</body>
</html>
`.text;
}
