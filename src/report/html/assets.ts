import { readFileSync } from 'node:fs';

/**
 * The page's own script and style sheet, kept as files of their own so they can
 * be read and edited as JavaScript and CSS. They sit next to this module: in
 * src/ when run through tsx, in dist/ where `npm run build` copies them (scripts/copy-assets.mjs).
 */
export interface PageAssets {
  script: string;
  style: string;
}

let cached: PageAssets | undefined;

export function pageAssets(): PageAssets {
  cached ??= {
    script: readFileSync(new URL('./page-script.js', import.meta.url), 'utf8'),
    style: readFileSync(new URL('./page-style.css', import.meta.url), 'utf8'),
  };
  return cached;
}
