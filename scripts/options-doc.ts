/**
 * The README's list of options, written from the option table
 * (src/cli/option-table.ts) by `npm run docs`; a test checks the README holds
 * what this gives.
 */
import { OPTIONS, type CommandName, type OptionSpec } from '../src/cli/option-table.js';

export const OPTIONS_START = '<!-- options: written by `npm run docs` from src/cli/option-table.ts -->';
export const OPTIONS_END = '<!-- /options -->';

const cell = (s: string) => s.replace(/\|/g, '\\|');

function line(o: OptionSpec): string {
  const choices = o.choices && !o.choices.every((c) => o.help.includes(c)) ? `one of ${o.choices.join(', ')}` : '';
  const value = o.default !== undefined && !Array.isArray(o.default) && !o.help.includes('default') ? `default ${String(o.default)}` : '';
  const extra = [choices, value, o.required ? 'required' : ''].filter(Boolean).join('; ');
  return `| \`${cell(o.flags)}\` | ${cell(o.help)}${extra ? ` (${cell(extra)})` : ''} |`;
}

function table(title: string, options: readonly OptionSpec[]): string {
  return [`**${title}**`, '', '| option | |', '|---|---|', ...options.map(line)].join('\n');
}

const COMMAND_ORDER: CommandName[] = ['slogans', 'directives', 'targets', 'kwic', 'text', 'report'];

export function optionsMarkdown(): string {
  const own = (c: CommandName) =>
    OPTIONS.filter((o) => o.commands.includes(c) && (o.group === 'command' || (o.group === 'reading' && o.commands.length === 1)));
  const parts = COMMAND_ORDER.map((c) => table(c, own(c))).filter((t) => t.includes('| `'));
  // kwic's -q is listed with kwic's own options.
  const reading = OPTIONS.filter((o) => o.group === 'reading' && o.commands.length > 1);
  const output = OPTIONS.filter((o) => o.group === 'output' && o.flags !== '--top <n>');
  const tops = OPTIONS.filter((o) => o.flags === '--top <n>' && o.group === 'output');
  const topLine = `| \`--top <n>\` | show the first N rows, 0 for all (default ${tops.map((o) => `${o.default} for ${o.commands.join(', ')}`).join('; ')}) |`;
  const threads = OPTIONS.filter((o) => o.group === 'threads');
  return [
    OPTIONS_START,
    ...parts,
    table('every command: reading', reading),
    `${table('slogans, directives, targets and kwic: output', output)}\n${topLine}`,
    table(`${threads[0].commands.join(', ')}: threads`, threads),
    OPTIONS_END,
  ].join('\n\n');
}

/** The README with its list of options replaced by what the table gives. */
export function withOptions(readme: string): string {
  const start = readme.indexOf(OPTIONS_START);
  const end = readme.indexOf(OPTIONS_END);
  if (start < 0 || end < start) throw new Error('README.md has no options block to write');
  return readme.slice(0, start) + optionsMarkdown() + readme.slice(end + OPTIONS_END.length);
}
