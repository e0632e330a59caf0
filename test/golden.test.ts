/**
 * Golden CLI tests: each folder in test/golden holds `args` (one argument per
 * line, run from the project folder, in this process) and the expected
 * `stdout`, `stderr` and `status` of the whole run. Regenerate with `npm run golden:update`, then read
 * the diff before committing it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from './helpers.js';

const GOLDEN = join(ROOT, 'test', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

for (const name of readdirSync(GOLDEN).sort()) {
  const dir = join(GOLDEN, name);
  const argsFile = join(dir, 'args');
  if (!existsSync(argsFile)) continue;
  test(`golden: ${name}`, async () => {
    const args = readFileSync(argsFile, 'utf8')
      .split('\n')
      .filter((l) => l !== '');
    const run = await runCli(args);
    const actual = { stdout: run.stdout, stderr: run.stderr, status: `${run.status}\n` };
    for (const part of ['stdout', 'stderr', 'status'] as const) {
      const file = join(dir, part);
      if (update) writeFileSync(file, actual[part]);
      assert.equal(
        actual[part],
        readFileSync(file, 'utf8'),
        `${name}/${part} differs (npm run golden:update to accept, then read the diff)`,
      );
    }
  });
}
