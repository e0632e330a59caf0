// Loaded with --import into a child run: its peak resident set size, in bytes, as the last line of stderr.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `peak-rss ${process.resourceUsage().maxRSS * 1024}\n`));
