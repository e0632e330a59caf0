/**
 * The commands' names, usage lines and one-line summaries: what --help lists
 * and each command's own description, without loading any command.
 */
import type { CommandName } from './option-table.js';

export interface CommandSummary {
  name: CommandName;
  /** What follows the name in the command list of `--help`. */
  usage: string;
  summary: string;
}

export const COMMAND_SUMMARIES: readonly CommandSummary[] = [
  { name: 'slogans', usage: '[options] <paths...>', summary: 'find the policy slogans (提法) that recur across documents' },
  {
    name: 'directives',
    usage: '[options] <paths...>',
    summary: 'extract quantified directives (targets, amounts, deadlines, numbered tasks) with the numbers parsed',
  },
  {
    name: 'targets',
    usage: '[options] <paths...>',
    summary:
      'list the quantified targets of work reports (GDP growth, new urban jobs…) by indicator, or as a table by region, year or file',
  },
  {
    name: 'kwic',
    usage: '[options] [term] [paths...]',
    summary:
      'show every occurrence of a term with its context (matched after normalisation: a simplified query finds traditional and pinyin-annotated text)',
  },
  { name: 'text', usage: '[options] <paths...>', summary: 'print the cleaned, simplified text of each document (what the miners see)' },
  {
    name: 'report',
    usage: '[options] <paths...>',
    summary:
      'write one self-contained HTML report: slogans over time and by region, slogan and directive tables, every occurrence in context',
  },
];

/** A command's one-line summary, for its own `.description()`. */
export function summaryOf(name: CommandName): string {
  const entry = COMMAND_SUMMARIES.find((c) => c.name === name);
  if (!entry) throw new Error(`no command ${name}`);
  return entry.summary;
}
