// Runs the built CLI in this process and reports its peak RSS on stderr's last line,
// so that the bench can measure memory of this command alone.
import { readFileSync } from 'node:fs';
import { runCli } from '../dist/src/cli/program.js';
import { tuneHeap } from '../dist/src/cli/heap.js';

// As bin/policy-mine.js does.
tuneHeap(process.execArgv);

const devNull = {
  write() {
    return true;
  },
  isTTY: false,
};
const status = await runCli(process.argv.slice(2), { stdout: devNull, stderr: devNull, env: {} });
process.stderr.write(`maxrss_kb=${peakRssKb()} status=${status}\n`);
// The CLI's own exit status, so that the bench sees a run that failed.
process.exitCode = status;

/**
 * Linux's VmHWM is this program's own peak. getrusage's maxRSS is not: a child
 * starts with its parent's peak (kept across fork and exec), so every command
 * would have shown at least the bench's own 258 MB.
 */
function peakRssKb() {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // not Linux: fall back to getrusage
  }
  return process.resourceUsage().maxRSS;
}
