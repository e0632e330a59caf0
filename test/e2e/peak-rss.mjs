// Loaded with --import into a child run: its peak resident set size, in bytes, as the last line of stderr.
// Linux's VmHWM is this process's own peak; getrusage's maxRSS is not (a child starts with its parent's peak, kept
// across fork and exec, so it would report at least the test runner's).
import { readFileSync, writeSync } from 'node:fs';

function peakBytes() {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    // not Linux: getrusage below
  }
  return process.resourceUsage().maxRSS * 1024;
}

process.on('exit', () => writeSync(2, `peak-rss ${peakBytes()}\n`));
