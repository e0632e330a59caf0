import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';
import { outputDoc } from '../scripts/output-doc.js';

test('docs/output.md is what the schema and the seeds give (npm run docs writes it)', async () => {
  assert.equal(readFileSync(join(ROOT, 'docs', 'output.md'), 'utf8'), await outputDoc());
});
