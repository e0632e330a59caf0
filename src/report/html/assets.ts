import { readFileSync } from 'node:fs';

/**
 * The page's own script and style sheet, kept as files of their own so they can
 * be read and edited as JavaScript and CSS. They sit in page/ next to this module: in
 * src/ when run through tsx, in dist/ where `npm run build` copies them (scripts/copy-assets.mjs).
 */
export interface PageAssets {
  script: string;
  style: string;
}

/**
 * The script's parts, in order, inlined as one function: each declares the
 * functions and constants of its concern, and main.js, last, wires them to the page.
 */
export const SCRIPT_PARTS = ['util.js', 'charts.js', 'exports.js', 'details.js', 'tables.js', 'main.js'];

let cached: PageAssets | undefined;

export function pageAssets(): PageAssets {
  const read = (name: string) => readFileSync(new URL(`./page/${name}`, import.meta.url), 'utf8');
  cached ??= {
    script: `(() => {\n'use strict';\n${SCRIPT_PARTS.map(read).join('\n')}})();\n`,
    style: read('style.css'),
  };
  return cached;
}
