import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';
import { outputDoc } from '../scripts/output-doc.js';
import { withOptions } from '../scripts/options-doc.js';
import { COMMANDS } from '../src/cli/commands.js';
import { optionsOf } from '../src/cli/option-table.js';

test('docs/output.md is what the schema and the seeds give (npm run docs writes it)', async () => {
  assert.equal(readFileSync(join(ROOT, 'docs', 'output.md'), 'utf8'), await outputDoc());
});

test('README.md lists the options the option table holds (npm run docs writes them)', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.equal(readme, withOptions(readme));
  assert.ok(readme.length < 15_000, `README.md is ${readme.length} characters`);
});

test('every command has exactly the options of the table, in its order', async () => {
  for (const entry of COMMANDS) {
    const cmd = (await entry.load())({ stdout: { write: () => true }, stderr: { write: () => true }, env: {} }, () => {});
    assert.deepEqual(
      cmd.options.map((o) => o.flags),
      optionsOf(entry.name).map((o) => o.flags),
      entry.name,
    );
  }
});
