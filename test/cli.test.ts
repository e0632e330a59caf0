import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { BIN, ROOT, runBin } from './helpers.js';
import { Help } from 'commander';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIRECTIVE_FIELDS, KWIC_FIELDS, SLOGAN_FIELDS, TARGET_FIELDS, type Field } from '../src/report/schema.js';

const COMMANDS: Array<[string[], readonly Field[]]> = [
  [['slogans'], SLOGAN_FIELDS], [['directives'], DIRECTIVE_FIELDS], [['kwic', '招大引强'], KWIC_FIELDS], [['targets', '--all'], TARGET_FIELDS],
];

/** Whether a JSON value is of a field's type (null where the field may be empty). */
function ofType(value: unknown, field: Field): boolean {
  if (value === null) return Boolean(field.nullable);
  switch (field.type) {
    case 'string': return typeof value === 'string';
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'boolean': return typeof value === 'boolean';
    case 'date': return typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
    case 'list': return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'objects': return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
  }
}

test('every format of every command has the schema\'s fields, in order, of its types (CSV read back with a CSV parser)', () => {
  const inputs = ['fixtures/seeds', 'test/data/directives/1-structure.txt'];
  for (const [cmd, fields] of COMMANDS) {
    const names = fields.map((x) => x.name);
    const csv = runBin([...cmd, '--format', 'csv', ...inputs]);
    const json = runBin([...cmd, '--format', 'json', ...inputs]);
    const jsonl = runBin([...cmd, '--format', 'jsonl', ...inputs]);
    assert.equal(csv.status, 0, csv.stderr);
    const records: string[][] = parse(csv.stdout, { relax_column_count: false });
    assert.deepEqual(records[0], names, `${cmd[0]}: CSV header`);
    const rows = JSON.parse(json.stdout).rows as Record<string, unknown>[];
    assert.ok(rows.length > 0, `${cmd[0]} has rows`);
    assert.equal(records.length - 1, rows.length, `${cmd[0]}: as many CSV records as JSON rows`);
    assert.deepEqual(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l)), rows, `${cmd[0]}: JSON Lines are the JSON rows`);
    rows.forEach((row, i) => {
      assert.deepEqual(Object.keys(row), names, `${cmd[0]}: JSON row ${i} has the schema's fields in order`);
      for (const field of fields) assert.ok(ofType(row[field.name], field), `${cmd[0]}: ${field.name} is a ${field.type}: ${JSON.stringify(row[field.name])}`);
      // The CSV cell says the same: numbers as written, lists joined with " | ", objects as JSON, null as empty.
      records[i + 1].forEach((cell, k) => assert.equal(cell, csvCell(row[names[k]]), `${cmd[0]}: ${names[k]} in CSV row ${i}`));
    });
  }
});

/** What the CSV reporter writes for a JSON value (docs/output.md, "CSV"). */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(' | ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

test('JSON has rows and a summary that accounts for every input', () => {
  const run = runBin(['slogans', '--format', 'json', 'fixtures/seeds', 'missing.txt']);
  assert.equal(run.status, 1);
  const out = JSON.parse(run.stdout);
  assert.equal(out.summary.files, 6);
  assert.equal(out.summary.documents, 5);
  assert.deepEqual(out.summary.skipped.map((s: { file: string }) => s.file), ['missing.txt']);
});

test('JSON Lines: one JSON row per line', () => {
  const run = runBin(['directives', '--format', 'jsonl', 'fixtures/seeds']);
  const lines = run.stdout.trim().split('\n');
  assert.ok(lines.length >= 5);
  for (const l of lines) assert.equal(typeof JSON.parse(l).kind, 'string');
});

test('piped stdout gets CSV without colour; --bom starts CSV with a BOM', () => {
  const run = runBin(['slogans', 'fixtures/seeds']);
  assert.ok(run.stdout.startsWith('rank,slogan,kind'));
  // LF line ends, so that awk and cut read fields as they are; --crlf for CRLF.
  assert.ok(!run.stdout.includes('\r'));
  assert.ok(runBin(['slogans', '--crlf', 'fixtures/seeds']).stdout.startsWith('rank,slogan,kind,family,documents,occurrences,undated_documents,first_date,last_date,score,weight,weight_reason,found_by,forms,first_seen,first_context,locations,locations_sampled,members\r\n'));
  assert.ok(!run.stdout.includes('\x1b['));
  const bom = runBin(['slogans', '--bom', 'fixtures/seeds']);
  assert.ok(bom.stdout.startsWith('\ufeffrank,slogan'));
});

function inTerminal(args: string, env: Record<string, string> = {}): string {
  // script(1) runs the CLI in a pseudo-terminal, as a user's shell would.
  const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} ${args}`, '/dev/null'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, TERM: 'xterm-256color', NO_COLOR: '', FORCE_COLOR: '', ...env },
  });
  return r.stdout;
}

test('on a terminal: a table with colour; NO_COLOR and --no-color turn colour off', { skip: spawnSync('script', ['--version']).status === 0 ? false : 'script(1) is not installed' }, () => {
  const tty = inTerminal('slogans fixtures/seeds');
  assert.ok(tty.includes('┌') && tty.includes('招大引强'), 'table');
  assert.ok(tty.includes('\x1b['), 'colour');
  const noColor = inTerminal('slogans fixtures/seeds', { NO_COLOR: '1' });
  assert.ok(noColor.includes('┌') && !/\x1b\[[0-9;]*m/.test(noColor));
  const flag = inTerminal('slogans --no-color fixtures/seeds');
  assert.ok(!/\x1b\[[0-9;]*m/.test(flag));
});

test('a reader that closes early ends the run quietly', () => {
  const r = spawnSync('sh', ['-c', `${process.execPath} ${BIN} kwic 的 --format csv fixtures/seeds fixtures/variants | head -n 2`], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.stdout.split('\n').filter(Boolean).length, 2);
  assert.ok(!/EPIPE|Error|at .*\.js/.test(r.stderr), r.stderr);
});

test('--help for every command has an example; --version prints the version', () => {
  for (const cmd of ['slogans', 'directives', 'kwic', 'text']) {
    const r = runBin([cmd, '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Example/);
  }
  // `help <command>` and `<command> --help` load the command itself (the others are only listed).
  assert.match(runBin(['help', 'slogans']).stdout, /Example/);
  const top = runBin(['--help']);
  assert.match(top.stdout, /Exit status/);
  assert.match(top.stdout, /CSV when piped/);
  assert.match(runBin(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
});

test('usage errors: one line on stderr, exit status 2', () => {
  for (const args of [['slogans', '--bogus', 'fixtures/seeds'], ['slogans'], ['nonsense'], ['slogans', '--top', 'x', 'fixtures/seeds']]) {
    const r = runBin(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').filter((l) => !l.startsWith('(Did you mean')).length, 1, r.stderr);
    assert.equal(r.stdout, '');
  }
});

test('a missing --lexicon file and an unknown declared charset', () => {
  const r = runBin(['slogans', '--lexicon', 'no-such-lexicon.tsv', 'fixtures/seeds']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^policy-mine: cannot read lexicon no-such-lexicon.tsv: ENOENT\n$/);
  const page = runBin(['text', '-'], { input: '<html><head><meta charset="x-weird"></head><body><p>经济</p></body></html>' });
  assert.equal(page.status, 0);
});

test('stdin: - reads standard input', () => {
  const r = runBin(['kwic', '经济', '--format', 'jsonl', '-'], { input: '發展經(jīng)濟(jì)是第一要務' });
  assert.equal(r.status, 0);
  const row = JSON.parse(r.stdout.trim());
  assert.equal(row.file, '<stdin>');
  assert.equal(row.form, '經(jīng)濟(jì)');
});

test('--jobs: the same bytes on stdout and stderr with worker threads as with one thread', () => {
  const commands = [
    ['slogans', '--by', 'region', '--top', '0', '--min-docs', '1', '--format', 'jsonl'],
    // A user lexicon: workers find with the miner's own lexicon files.
    ['slogans', '--lexicon', 'test/data/user-lexicon.tsv', '--top', '0', '--format', 'jsonl'],
    ['directives', '--all', '--format', 'jsonl'], ['report', '-o', '-'],
  ];
  // --meta is applied after cleaning, wherever a document is cleaned: its region must show in both runs.
  const meta = ['--meta', 'test/data/meta.csv'];
  for (const command of commands) {
    // The variants copy the seeds: kept, so that the threads have more documents to agree on.
    const args = [...command, ...meta, '--keep-duplicates', 'fixtures/seeds', 'missing.txt', 'fixtures/variants'];
    const one = runBin([...args, '--jobs', '1']);
    const two = runBin([...args, '--jobs', '2']);
    assert.equal(one.status, 1, one.stderr);
    assert.ok(one.stdout.split('\n').length > 20, one.stdout);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
    assert.equal(two.status, one.status);
    if (command.includes('--by')) assert.match(one.stdout, /"bucket":"江西省"/);
    if (command.includes('--lexicon')) assert.match(one.stdout, /"slogan":"强化服务"[^\n]*"found_by":\["lexicon"\]/);
  }
  const zero = runBin(['slogans', '--jobs', '0', 'fixtures/seeds']);
  assert.equal(zero.status, 2);
  assert.match(zero.stderr, /--jobs.*expected 1 or more/);
});

test('the command list of --help matches the commands themselves (it is written without loading them)', async () => {
  const { COMMANDS } = await import('../src/cli/commands.js');
  const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {} };
  for (const entry of COMMANDS) {
    const cmd = (await entry.load())(io, () => {});
    assert.equal(cmd.name(), entry.name);
    assert.equal(cmd.description(), entry.summary);
    assert.equal(new Help().subcommandTerm(cmd), `${entry.name} ${entry.usage}`);
  }
});

test('the command a command line names: the first word, the one after help, none before the program\'s help or version', async () => {
  const { commandNamed } = await import('../src/cli/commands.js');
  assert.equal(commandNamed(['slogans', '--top', '5', 'docs']), 'slogans');
  assert.equal(commandNamed(['help', 'kwic']), 'kwic');
  assert.equal(commandNamed(['--help', 'slogans']), undefined);
  assert.equal(commandNamed(['-V']), undefined);
  assert.equal(commandNamed(['slogans', '--help']), 'slogans');
  assert.equal(commandNamed([]), undefined);
});

/** What runCli prints for these arguments on a stream of this kind. */
async function printed(argv: string[], stdout: { isTTY?: boolean; columns?: number }): Promise<{ status: number; text: string }> {
  const { runCli } = await import('../src/cli/program.js');
  let text = '';
  const status = await runCli(argv, { stdout: { ...stdout, write: (s: string) => { text += s; } }, stderr: { write: () => true }, env: {} });
  return { status, text };
}

test('the program\'s --help and --version without commander: the same text commander prints, help only off a terminal', async () => {
  const { quickAnswer, PREBUILT_HELP_FILE } = await import('../src/cli/quick-answers.js');
  const { COMMANDS: COMMAND_LIST } = await import('../src/cli/commands.js');
  const commander = await printed(['--help'], { isTTY: false });
  assert.equal(commander.status, 0);
  // The build's copy is what commander prints now: a stale one would fail here.
  assert.equal(readFileSync(join(ROOT, 'dist', 'src', 'cli', PREBUILT_HELP_FILE), 'utf8'), commander.text);
  for (const ask of ['--help', '-h', 'help']) {
    const r = runBin([ask]);
    assert.equal(r.status, 0, ask);
    assert.equal(r.stdout, commander.text, ask);
    assert.equal(r.stderr, '');
  }
  assert.equal(runBin(['-V']).stdout, (await printed(['-V'], {})).text);
  // The built module answers by itself (commander would print the same text, so the runs above cannot tell).
  const built = await import(pathToFileURL(join(ROOT, 'dist', 'src', 'cli', 'quick-answers.js')).href) as typeof import('../src/cli/quick-answers.js');
  const pipe = { write: () => true, isTTY: false };
  assert.equal(built.quickAnswer(['--help'], pipe), commander.text);
  assert.equal(built.quickAnswer(['-V'], pipe), (await printed(['-V'], {})).text);
  // A help file older than the modules it comes from (compiled again without it) is not used.
  const helpFile = join(ROOT, 'dist', 'src', 'cli', PREBUILT_HELP_FILE);
  const { atime, mtime } = statSync(helpFile);
  try {
    utimesSync(helpFile, atime, new Date(0));
    assert.equal(built.quickAnswer(['--help'], pipe), undefined);
  } finally {
    utimesSync(helpFile, atime, mtime);
  }
  // On a terminal commander wraps to its width, which a prebuilt text cannot: commander answers there.
  assert.equal(built.quickAnswer(['--help'], { write: () => true, isTTY: true, columns: 150 }), undefined);
  const wide = await printed(['--help'], { isTTY: true, columns: 150 });
  const summary = COMMAND_LIST.find((c) => c.name === 'slogans')!.summary;
  assert.ok(!commander.text.includes(summary), 'wrapped at 80 columns');
  assert.ok(wide.text.includes(summary), 'on one line at 150 columns');
  // Anything more than the one question goes to commander.
  assert.equal(quickAnswer(['--help', 'slogans'], { write: () => true }), undefined);
  assert.equal(quickAnswer(['slogans'], { write: () => true }), undefined);
});
