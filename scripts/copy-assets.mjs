// Part of `npm run build`: the report page's own script and style sheet go beside the compiled module that reads them.
// A Node script rather than `cp`, so that the build runs in any shell.
import { copyFileSync } from 'node:fs';

for (const file of ['page-script.js', 'page-style.css']) {
  copyFileSync(new URL(`../src/report/html/${file}`, import.meta.url), new URL(`../dist/src/report/html/${file}`, import.meta.url));
}
