import { readFileSync } from 'node:fs';
import { packageVersion } from '../data-files.js';
import type { Stream } from './io.js';

/** Written by `npm run build` (scripts/write-help.mjs) beside this module's compiled form. */
export const PREBUILT_HELP_FILE = 'program-help.txt';

const PROGRAM_HELP = new Set(['--help', '-h', 'help']);
const PROGRAM_VERSION = new Set(['--version', '-V']);

/**
 * The answer to a command line that asks only for the program's help or
 * version, given without loading commander (about 20 ms of a 120 ms start);
 * undefined for anything else, which commander then parses. The help is the
 * text commander prints when the output is not a terminal (80 columns),
 * written at build time. On a terminal commander wraps to the terminal's
 * width, so the text is not used there; nor when a build did not write it.
 * `npm run build` writes it after compiling, and a test checks that it is the
 * text commander prints.
 */
export function quickAnswer(argv: readonly string[], stdout: Stream): string | undefined {
  if (argv.length !== 1) return undefined;
  if (PROGRAM_VERSION.has(argv[0])) return `${packageVersion()}\n`;
  if (!PROGRAM_HELP.has(argv[0]) || stdout.isTTY) return undefined;
  try {
    return readFileSync(new URL(PREBUILT_HELP_FILE, import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}
