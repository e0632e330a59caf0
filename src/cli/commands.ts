import type { Command } from 'commander';
import type { CliIO } from './io.js';
import { COMMAND_SUMMARIES, type CommandSummary } from './command-list.js';
import type { CommandName } from './option-table.js';

/** Builds a command whose action reports its exit status through `done`. */
export type CommandFactory = (io: CliIO, done: (status: number) => void) => Command;

/**
 * The commands, listed without loading them. `--help` and `--version` need only
 * names, arguments and summaries; a run loads its own command's module and no
 * other (each pulls in options, reporters and their libraries).
 */
export interface CommandEntry extends CommandSummary {
  load(): Promise<CommandFactory>;
}

const LOADERS: Record<CommandName, () => Promise<CommandFactory>> = {
  slogans: async () => (await import('./command-slogans.js')).slogansCommand,
  directives: async () => (await import('./command-directives.js')).directivesCommand,
  targets: async () => (await import('./command-targets.js')).targetsCommand,
  kwic: async () => (await import('./command-kwic.js')).kwicCommand,
  text: async () => (await import('./command-text.js')).textCommand,
  report: async () => (await import('./command-report.js')).reportCommand,
};

export const COMMANDS: readonly CommandEntry[] = COMMAND_SUMMARIES.map((c) => ({ ...c, load: LOADERS[c.name] }));

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
