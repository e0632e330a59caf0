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
 * script, handler or style would not run even if one got through.
 */
export function pageHtml(body: Markup[], data: PageData): string {
  const { script, style } = pageAssets();
  // Ours alone (single quotes, base64 hashes): no document text, so it goes in unescaped and readable.
  const csp = `default-src 'none'; script-src ${cspHash(script)}; style-src ${cspHash(style)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return html`<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${new Markup(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>policy-mine report</title>
<style>${new Markup(style)}</style>
</head>
<body>
<main>
${body}
</main>
<script type="application/json" id="report-data">${new Markup(jsonForScript(data))}</script>
<script>${new Markup(script)}</script>
</body>
</html>
`.text;
}
