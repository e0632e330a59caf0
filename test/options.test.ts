import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundJobs } from '../src/cli/options.js';

const GB = 1024 ** 3;

test('--jobs is bounded by the cores and by free memory at about 350 MB a worker, and says so when lowered', () => {
  assert.deepEqual(boundJobs(2, 2, 8 * GB), { jobs: 2 });
  assert.deepEqual(boundJobs(99, 2, 8 * GB), { jobs: 2, note: '--jobs 99 lowered to 2 (2 cores)' });
  assert.deepEqual(boundJobs(8, 32, 1 * GB), { jobs: 3, note: '--jobs 8 lowered to 3 (free memory for 2 workers at about 350 MB each)' });
  assert.deepEqual(boundJobs(undefined, 32, 1 * GB), { jobs: 3 });
  assert.deepEqual(boundJobs(undefined, 1, 8 * GB), { jobs: 1 });
  assert.deepEqual(boundJobs(4, 8, 0), { jobs: 1, note: '--jobs 4 lowered to 1 (free memory for 0 workers at about 350 MB each)' });
});
