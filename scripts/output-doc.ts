/**
 * docs/output.md, written from the output schema (src/report/schema.ts) and
 * from real runs of the command line on the bundled seeds: every field of
 * every command with what it holds, and one row of each as JSON Lines.
 * `npm run docs` writes it; a test checks that the file is what this gives.
 */
import { DIRECTIVE_FIELDS, KWIC_FIELDS, SLOGAN_BY_FIELDS, SLOGAN_FIELDS, TARGET_FIELDS, type Field } from '../src/report/schema.js';
import { runCli } from '../src/cli/program.js';

/** What the command line prints for these arguments (stdout), with `input` as standard input. */
async function printed(args: string[], input = ''): Promise<string> {
  let out = '';
  await runCli(args, {
    stdout: {
      write: (s: string) => {
        out += s;
        return true;
      },
    },
    stderr: { write: () => true },
    stdin: async () => Buffer.from(input),
    env: {},
  });
  return out;
}

const TARGET_INPUT = '2026年政府工作报告\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业50万人以上。\n';

function fieldTable(fields: readonly Field[]): string {
  const rows = fields.map((x) => `| \`${x.name}\` | ${x.type}${x.nullable ? ', or null' : ''} | ${x.description.replace(/\|/g, '\\|')} |`);
  return ['| field | type | what it holds |', '|---|---|---|', ...rows].join('\n');
}

const example = (line: string) => `\`\`\`json\n${line.trim().split('\n')[0]}\n\`\`\``;

export async function outputDoc(): Promise<string> {
  const slogan = await printed(['slogans', '--format', 'jsonl', '--top', '1', 'fixtures/seeds']);
  const sloganBy = await printed(['slogans', '--format', 'jsonl', '--by', 'year', '--top', '1', 'fixtures/seeds']);
  const directive = await printed(['directives', '--format', 'jsonl', '--top', '1', 'fixtures/seeds/004_7c11dd2c7fd5fdc1.txt']);
  const target = await printed(['targets', '--format', 'jsonl', '--top', '1', '-'], TARGET_INPUT);
  const kwic = await printed(['kwic', '招大引强', '--format', 'jsonl', '--top', '1', 'fixtures/seeds']);
  return `<!-- Written by \`npm run docs\` (scripts/output-doc.ts) from src/report/schema.ts and runs on the seeds: edit those, not this. -->
# Output

Each command has one schema: the same fields, under the same names, in every format. This page lists them; the
examples are real rows of the bundled seeds.

## Formats

- **csv** (the default when stdout is not a terminal): RFC 4180, UTF-8, a header row of the field names, LF line
  ends (\`--crlf\` for CRLF, \`--bom\` for a byte order mark, for Excel). A list is joined with \` | \`, an object (a directive's quantity) written as
  JSON; null is an empty cell. Cells a spreadsheet would run as a formula
  (starting with \`=\`, \`+\`, \`-\`, \`@\`) are escaped.
- **json**: one object, \`{"rows": [...], "summary": {...}}\`. Lists are lists, null is null.
- **jsonl**: one row per line, as in json, and no summary (it is on stderr's last line).
- **table** (the default on a terminal): the fields an analyst reads first, cut to the terminal's width.

\`directives\`, \`targets\` and \`kwic\` write each document's rows as soon as its turn comes, so a pipe sees results
while a large corpus is read; \`slogans\` writes when the corpus is done, since ranking needs all of it.

Positions are \`file:line:column\` or the three fields: 1-based, columns counted in characters (code points) of the
original decoded file; for HTML the position is in the HTML source, for JSON Lines the file is \`file.jsonl#ID\` and
the line and column are in that record's text.

## slogans

${fieldTable(SLOGAN_FIELDS)}

${example(slogan)}

With \`--by month|year|region|city|file|dir\`, one row per slogan and bucket:

${fieldTable(SLOGAN_BY_FIELDS)}

${example(sloganBy)}

## directives

${fieldTable(DIRECTIVE_FIELDS)}

${example(directive)}

## targets

${fieldTable(TARGET_FIELDS)}

${example(target)}

With \`--by region|year|file\`, a table: one row per indicator, with \`indicator\` and then one column per region, year
or file, each cell the target as written short (\`5%左右\`, \`≥50万人\`); where a region has several targets for one
indicator, the one for the document's own year.

## kwic

${fieldTable(KWIC_FIELDS)}

${example(kwic)}

With \`-c\`, \`file\` and \`count\`; with \`-l\`, \`file\` alone.

## text

\`text --format json|jsonl\` writes one object per document: \`name\`, \`path\`, \`format\` (text, html, jsonl),
\`encoding\` (as detected or given), \`record\` (a JSON Lines record's id and line), \`item\` (an item of a split file:
its index, count, title and first line), \`meta\` (title, date, datePrecision, source, province, city,
regionEvidence), \`messages\` (as below) and \`text\` (the cleaned, simplified text).

## The summary

In json output, and counted in the summary line on stderr:

| field | what it holds |
|---|---|
| \`files\` | input files seen (a JSON Lines file counts once) |
| \`paths\` | every input file seen, read or skipped, in reading order |
| \`documents\` | documents read (a JSON Lines record, or an item of a split file, is one) |
| \`skipped\` | inputs that could not be read: \`file\`, \`code\`, \`reason\` (these make the exit status 1) |
| \`ignored\` | files left out on purpose (data and binary files met in a folder, a file named twice): \`file\`, \`reason\` |
| \`duplicates\` | documents that repeat an earlier one, left out: \`file\`, \`of\` |
| \`repeatedLines\` | lines recurring across the corpus, removed: \`removed\`, \`distinct\`, \`commonest\` (\`text\`, \`documents\`) |
| \`split\` | files split into items, and the items |
| \`undated\` | documents without a date |
| \`withWarnings\` | documents with at least one warning |
| \`messages\` | message counts by code |
| \`interrupted\` | why the run stopped early (Ctrl-C), when it did: the counts are then of what was read |

## Messages

On stderr, one line each: \`file:line:column: severity [code] text\`. Codes are stable (scripts may match on them):
${MESSAGE_LIST}.
`;
}

const MESSAGE_LIST =
  'errors `not-found`, `unreadable`, `binary`, `stage-failed`, `malformed-record`, `no-text-field`; warnings `empty`, `invalid-bytes`, `long-line`, `mojibake`, `encoding-forced`, `meta`; notes `encoding-guess`, `not-a-document`, `duplicate`';

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { withOptions } = await import('./options-doc.js');
  writeFileSync('docs/output.md', await outputDoc());
  writeFileSync('README.md', withOptions(readFileSync('README.md', 'utf8')));
  console.log('written: docs/output.md, the options in README.md');
}
