import { readFileSync, statSync } from 'node:fs';
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
 * width, so the text is not used there; nor when a build did not write it,
 * or compiled the program again after writing it.
 */
export function quickAnswer(argv: readonly string[], stdout: Stream): string | undefined {
  if (argv.length !== 1) return undefined;
  if (PROGRAM_VERSION.has(argv[0])) return `${packageVersion()}\n`;
  if (!PROGRAM_HELP.has(argv[0]) || stdout.isTTY) return undefined;
  try {
    const file = new URL(PREBUILT_HELP_FILE, import.meta.url);
    // Written after the modules whose help it is; older than one of them, it is stale (they were compiled again without it).
    const written = statSync(file).mtimeMs;
    if (HELP_SOURCES.some((source) => statSync(new URL(source, import.meta.url)).mtimeMs > written)) return undefined;
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The compiled modules the program's help is written from: its description and epilogue, and the command list. */
const HELP_SOURCES = ['program.js', 'commands.js'];
