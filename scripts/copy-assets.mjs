// Part of `npm run build`: the report page's own script parts and style sheet go beside the compiled module that reads them.
// A Node script rather than `cp`, so that the build runs in any shell.
import { cpSync } from 'node:fs';

cpSync(new URL('../src/report/html/page/', import.meta.url), new URL('../dist/src/report/html/page/', import.meta.url), {
  recursive: true,
});
