import type { Command } from 'commander';
import type { CliIO } from './io.js';

/** Builds a command whose action reports its exit status through `done`. */
export type CommandFactory = (io: CliIO, done: (status: number) => void) => Command;

/**
 * The commands, listed without loading them. `--help` and `--version` need only
 * names, arguments and summaries; a run loads its own command's module and no
 * other (each pulls in options, reporters and their libraries).
 */
export interface CommandEntry {
  name: string;
  /** What follows the name in the command list of `--help`. */
  usage: string;
  summary: string;
  load(): Promise<CommandFactory>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'slogans', usage: '[options] <paths...>',
    summary: 'find the policy slogans (提法) that recur across documents',
    load: async () => (await import('./command-slogans.js')).slogansCommand,
  },
  {
    name: 'directives', usage: '[options] <paths...>',
    summary: 'extract quantified directives (targets, amounts, deadlines, numbered tasks) with the numbers parsed',
    load: async () => (await import('./command-directives.js')).directivesCommand,
  },
  {
    name: 'targets', usage: '[options] <paths...>',
    summary: 'list the quantified targets of work reports (GDP growth, new urban jobs…) by indicator, or as a table by region, year or file',
    load: async () => (await import('./command-targets.js')).targetsCommand,
  },
  {
    name: 'kwic', usage: '[options] [term] [paths...]',
    summary: 'show every occurrence of a term with its context (matched after normalisation: a simplified query finds traditional and pinyin-annotated text)',
    load: async () => (await import('./command-kwic.js')).kwicCommand,
  },
  {
    name: 'text', usage: '[options] <paths...>',
    summary: 'print the cleaned, simplified text of each document (what the miners see)',
    load: async () => (await import('./command-text.js')).textCommand,
  },
  {
    name: 'report', usage: '[options] <paths...>',
    summary: 'write one self-contained HTML report: slogans over time and by region, slogan and directive tables, every occurrence in context',
    load: async () => (await import('./command-report.js')).reportCommand,
  },
];

/** A command's one-line summary, for its own `.description()`. */
export function summaryOf(name: string): string {
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) throw new Error(`no command ${name}`);
  return entry.summary;
}

/**
 * The command a command line runs: its first word that is not an option (the
 * program's own options take no value), or the one after `help`; none when the
 * program's help or version comes first (commander answers those itself).
 */
export function commandNamed(argv: readonly string[]): string | undefined {
  const first = argv.findIndex((a) => !a.startsWith('-'));
  if (argv.slice(0, first === -1 ? argv.length : first).some((a) => PROGRAM_ANSWERS.has(a))) return undefined;
  const words = argv.filter((a) => !a.startsWith('-'));
  return words[0] === 'help' ? words[1] : words[0];
}

const PROGRAM_ANSWERS = new Set(['-h', '--help', '-V', '--version']);
