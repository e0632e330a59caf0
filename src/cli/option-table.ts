/**
 * Every option of every command, in one table: the commander options, each
 * command's --help and the README's list of options are all made from it (a
 * test checks the README's list).
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { FORMATS } from '../report/types.js';
import { ENCODING_NAMES } from '../read/encodings.js';
import { SLOGAN_KINDS, type SloganKind } from '../extract/slogans/types.js';

export type CommandName = 'slogans' | 'directives' | 'targets' | 'kwic' | 'text' | 'report';

/** Which part of --help and of the README an option is listed in. */
export type OptionGroup = 'command' | 'reading' | 'output' | 'threads';

export interface OptionSpec {
  flags: string;
  help: string;
  commands: readonly CommandName[];
  group: OptionGroup;
  choices?: readonly string[];
  default?: unknown;
  parse?: (value: string, previous: never) => unknown;
  required?: boolean;
}

const READING: readonly CommandName[] = ['slogans', 'directives', 'targets', 'kwic', 'text', 'report'];
const ROWS: readonly CommandName[] = ['slogans', 'directives', 'targets', 'kwic'];
const THREADED: readonly CommandName[] = ['slogans', 'directives', 'targets', 'report'];

export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number, got ${JSON.stringify(value)}`);
  return n;
}

function parsePositive(value: string): number {
  const n = parseCount(value);
  if (n < 1) throw new InvalidArgumentError(`expected 1 or more, got ${JSON.stringify(value)}`);
  return n;
}

function parseKinds(value: string): SloganKind[] {
  const kinds = value
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const bad = kinds.find((k) => !SLOGAN_KINDS.includes(k as SloganKind));
  if (bad) throw new InvalidArgumentError(`unknown kind ${JSON.stringify(bad)}; choose from ${SLOGAN_KINDS.join(', ')}`);
  return kinds as SloganKind[];
}

function parseChartTop(value: string): number {
  const n = parseCount(value);
  if (n < 1 || n > 20) throw new InvalidArgumentError(`expected 1 to 20 (one colour a slogan), got ${value}`);
  return n;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Inputs at least this large use every core by default: below it, starting workers costs more than it saves. */
export const AUTO_JOBS_BYTES = 8 * 1024 * 1024;

export const OPTIONS: readonly OptionSpec[] = [
  // slogans and report: which slogans count
  {
    flags: '--min-docs <n>',
    help: 'only slogans found in at least N documents (default 2; 1 for a single document; 0 lists every lexicon entry, found or not)',
    commands: ['slogans'],
    group: 'command',
    parse: parseCount,
  },
  {
    flags: '--min-docs <n>',
    help: 'only slogans found in at least N documents (default 2)',
    commands: ['report'],
    group: 'command',
    parse: parseCount,
  },
  {
    flags: '--lexicon <file>',
    help: 'add your own slogans (one per line, or slogan<TAB>kind); repeatable',
    commands: ['slogans', 'report'],
    group: 'command',
    parse: collect,
    default: [],
  },
  // slogans
  {
    flags: '--kind <kinds>',
    help: 'only these kinds, comma-separated: numbered, patterned, series, quoted, term',
    commands: ['slogans'],
    group: 'command',
    parse: parseKinds,
  },
  {
    flags: '--by <what>',
    help: 'break counts down by month, year, region (province), city, file or dir (one row per slogan and bucket)',
    commands: ['slogans'],
    group: 'command',
    choices: ['month', 'year', 'region', 'city', 'file', 'dir'],
  },
  {
    flags: '--families',
    help: 'one row per family of variants (延链补链强链, 强链补链延链, 补链强链…), its members listed',
    commands: ['slogans'],
    group: 'command',
  },
  {
    flags: '--stoplist <file>',
    help: 'phrases never to report (one per line, or phrase<TAB>reason); repeatable',
    commands: ['slogans'],
    group: 'command',
    parse: collect,
  },
  // directives and targets
  { flags: '--all', help: 'keep achievements (reports of what was done), labelled as such', commands: ['directives'], group: 'command' },
  { flags: '--all', help: 'keep the same figures of review parts (results), with section review', commands: ['targets'], group: 'command' },
  {
    flags: '--by <what>',
    help: 'one row per indicator and a column per region, year or file',
    commands: ['targets'],
    group: 'command',
    choices: ['region', 'year', 'file'],
  },
  // kwic
  {
    flags: '-w, --window <n>',
    help: 'characters of context on each side',
    commands: ['kwic'],
    group: 'command',
    parse: parseCount,
    default: 20,
  },
  {
    flags: '-e, --regexp <pattern>',
    help: 'a regular expression (JavaScript) over the normalised text instead of a term',
    commands: ['kwic'],
    group: 'command',
  },
  { flags: '-i, --ignore-case', help: 'Latin letters match in either case (GDP, gdp)', commands: ['kwic'], group: 'command' },
  { flags: '-c, --count', help: 'print how many matches each file has, not the matches', commands: ['kwic'], group: 'command' },
  { flags: '-l, --files-with-matches', help: 'print only the names of files with a match', commands: ['kwic'], group: 'command' },
  // text
  {
    flags: '-f, --format <format>',
    help: 'plain text, or json/jsonl with metadata and messages',
    commands: ['text'],
    group: 'command',
    choices: ['plain', 'json', 'jsonl'],
    default: 'plain',
  },
  // report
  {
    flags: '-o, --output <file.html>',
    help: 'where to write the page; - for standard output',
    commands: ['report'],
    group: 'command',
    required: true,
  },
  { flags: '--top <n>', help: 'slogans in the table (0 for all)', commands: ['report'], group: 'command', parse: parseCount, default: 100 },
  {
    flags: '--chart-top <n>',
    help: 'slogans in the charts (at most 20 colours)',
    commands: ['report'],
    group: 'command',
    parse: parseChartTop,
    default: 15,
  },
  {
    flags: '--by <period>',
    help: 'timeline by month or year (default: month when the dates span up to three years)',
    commands: ['report'],
    group: 'command',
    choices: ['month', 'year'],
  },
  { flags: '--all', help: 'keep achievements among the directives, labelled as such', commands: ['report'], group: 'command' },
  // reading: every command
  {
    flags: '-g, --glob <glob>',
    help: 'only read files found in folders that match (ripgrep style; !GLOB excludes); repeatable',
    commands: READING,
    group: 'reading',
    parse: collect,
  },
  {
    flags: '--exclude <glob>',
    help: 'do not read files found in folders that match; repeatable',
    commands: READING,
    group: 'reading',
    parse: collect,
  },
  {
    flags: '--split <how>',
    help: 'files of many items (markdown bulletins): auto, heading (split at # headings), none',
    commands: READING,
    group: 'reading',
    choices: ['auto', 'heading', 'none'],
    default: 'auto',
  },
  {
    flags: '--keep-duplicates',
    help: 'read documents that repeat an earlier one (a copy, a .txt and its .html) and files named twice',
    commands: READING,
    group: 'reading',
  },
  {
    flags: '--keep-repeated',
    help: 'keep lines that recur in 30% or more of 10 or more documents (licence notices, footers)',
    commands: READING,
    group: 'reading',
  },
  {
    flags: '--meta <file>',
    help: 'table (CSV/TSV) of what you know about documents: file, date, region/province, city, title, source',
    commands: READING,
    group: 'reading',
  },
  {
    flags: '--meta-columns <map>',
    help: 'which --meta columns hold which field: file=path,date=publish_date',
    commands: READING,
    group: 'reading',
  },
  {
    flags: '--encoding <name>',
    help: 'read every file in this encoding instead of detecting it',
    commands: READING,
    group: 'reading',
    choices: ENCODING_NAMES,
  },
  {
    flags: '--text-field <name>',
    help: 'JSON Lines field holding the text (default: content, text or body)',
    commands: READING,
    group: 'reading',
  },
  {
    flags: '-q, --quiet',
    help: 'no warnings or summary on stderr (errors are still shown)',
    commands: READING.filter((c) => c !== 'kwic'),
    group: 'reading',
  },
  {
    flags: '-q, --quiet',
    help: 'print nothing: the exit status says whether anything matched (as grep -q); the first match ends the run',
    commands: ['kwic'],
    group: 'reading',
  },
  {
    flags: '--no-messages',
    help: 'no warnings or notes on stderr, but the summary (errors are still shown)',
    commands: READING,
    group: 'reading',
  },
  {
    flags: '--color [when]',
    help: 'colour the table: auto (on a terminal), always, never',
    commands: READING,
    group: 'reading',
    choices: ['auto', 'always', 'never'],
  },
  { flags: '--no-color', help: 'never colour (also: NO_COLOR=1)', commands: READING, group: 'reading' },
  { flags: '--no-progress', help: 'no progress bar (it only shows on a terminal)', commands: READING, group: 'reading' },
  // output: commands that print rows
  {
    flags: '-f, --format <format>',
    help: 'output format (default: table on a terminal, csv when piped)',
    commands: ROWS,
    group: 'output',
    choices: FORMATS,
  },
  { flags: '--bom', help: 'start CSV with a byte order mark (for Excel)', commands: ROWS, group: 'output' },
  { flags: '--crlf', help: 'end CSV lines with CRLF (default LF)', commands: ROWS, group: 'output' },
  { flags: '--top <n>', help: 'show the first N rows (0 for all)', commands: ['slogans'], group: 'output', parse: parseCount, default: 50 },
  {
    flags: '--top <n>',
    help: 'show the first N rows (0 for all)',
    commands: ['directives', 'targets', 'kwic'],
    group: 'output',
    parse: parseCount,
    default: 0,
  },
  // threads
  {
    flags: '-j, --jobs <n>',
    help: `threads that clean and search documents, this one included (default: one per core for inputs over ${AUTO_JOBS_BYTES / 1024 / 1024} MB, else 1); output does not depend on it`,
    commands: THREADED,
    group: 'threads',
    parse: parsePositive,
  },
];

/** The options of one command, in the order --help lists them. */
export function optionsOf(command: CommandName): OptionSpec[] {
  const order: OptionGroup[] = ['command', 'reading', 'output', 'threads'];
  return order.flatMap((group) => OPTIONS.filter((o) => o.group === group && o.commands.includes(command)));
}

/** Add a command's options from the table. */
export function addOptionsOf(cmd: Command, command: CommandName): Command {
  for (const spec of optionsOf(command)) cmd.addOption(optionOf(spec));
  return cmd;
}

function optionOf(spec: OptionSpec): Option {
  const option = new Option(spec.flags, spec.help);
  if (spec.choices) option.choices(spec.choices);
  if (spec.parse) option.argParser(spec.parse as (value: string, previous: unknown) => unknown);
  if (spec.default !== undefined) option.default(spec.default);
  if (spec.required) option.makeOptionMandatory();
  return option;
}
