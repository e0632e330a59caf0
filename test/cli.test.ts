/**
 * The CLI's contract, run in this process (as cspell's tests do): the output
 * schema in every format, JSON and JSON Lines, CSV habits, help, usage errors,
 * standard input. What needs a real process (a terminal, a closed pipe,
 * threads byte for byte, the program's quick answers) is in test/e2e/cli.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { Help } from 'commander';
import { runCli } from './helpers.js';
import { DIRECTIVE_FIELDS, KWIC_FIELDS, SLOGAN_FIELDS, TARGET_FIELDS, type Field } from '../src/report/schema.js';

const COMMANDS: Array<[string[], readonly Field[]]> = [
  [['slogans'], SLOGAN_FIELDS],
  [['directives'], DIRECTIVE_FIELDS],
  [['kwic', '招大引强'], KWIC_FIELDS],
  [['targets', '--all'], TARGET_FIELDS],
];

/** Whether a JSON value is of a field's type (null where the field may be empty). */
function ofType(value: unknown, field: Field): boolean {
  if (value === null) return Boolean(field.nullable);
  switch (field.type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
    case 'list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'objects':
      return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
  }
}

test("every format of every command has the schema's fields, in order, of its types (CSV read back with a CSV parser)", async () => {
  const inputs = ['fixtures/seeds', 'test/data/directives/1-structure.txt'];
  for (const [cmd, fields] of COMMANDS) {
    const names = fields.map((x) => x.name);
    const csv = await runCli([...cmd, '--format', 'csv', ...inputs]);
    const json = await runCli([...cmd, '--format', 'json', ...inputs]);
    const jsonl = await runCli([...cmd, '--format', 'jsonl', ...inputs]);
    assert.equal(csv.status, 0, csv.stderr);
    const records: string[][] = parse(csv.stdout, { relax_column_count: false });
    assert.deepEqual(records[0], names, `${cmd[0]}: CSV header`);
    const rows = JSON.parse(json.stdout).rows as Record<string, unknown>[];
    assert.ok(rows.length > 0, `${cmd[0]} has rows`);
    assert.equal(records.length - 1, rows.length, `${cmd[0]}: as many CSV records as JSON rows`);
    assert.deepEqual(
      jsonl.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
      rows,
      `${cmd[0]}: JSON Lines are the JSON rows`,
    );
    rows.forEach((row, i) => {
      assert.deepEqual(Object.keys(row), names, `${cmd[0]}: JSON row ${i} has the schema's fields in order`);
      for (const field of fields)
        assert.ok(ofType(row[field.name], field), `${cmd[0]}: ${field.name} is a ${field.type}: ${JSON.stringify(row[field.name])}`);
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

test('JSON has rows and a summary that accounts for every input', async () => {
  const run = await runCli(['slogans', '--format', 'json', 'fixtures/seeds', 'missing.txt']);
  assert.equal(run.status, 1);
  const out = JSON.parse(run.stdout);
  assert.equal(out.summary.files, 6);
  assert.equal(out.summary.documents, 5);
  assert.deepEqual(
    out.summary.skipped.map((s: { file: string }) => s.file),
    ['missing.txt'],
  );
});

test('JSON Lines: one JSON row per line', async () => {
  const run = await runCli(['directives', '--format', 'jsonl', 'fixtures/seeds']);
  const lines = run.stdout.trim().split('\n');
  assert.ok(lines.length >= 5);
  for (const l of lines) assert.equal(typeof JSON.parse(l).kind, 'string');
});

test('piped stdout gets CSV without colour; --bom starts CSV with a BOM', async () => {
  const run = await runCli(['slogans', 'fixtures/seeds']);
  assert.ok(run.stdout.startsWith('rank,slogan,kind'));
  // LF line ends, so that awk and cut read fields as they are; --crlf for CRLF.
  assert.ok(!run.stdout.includes('\r'));
  assert.ok(
    (await runCli(['slogans', '--crlf', 'fixtures/seeds'])).stdout.startsWith(
      'rank,slogan,kind,family,documents,occurrences,undated_documents,first_date,last_date,score,weight,weight_reason,found_by,forms,first_seen,first_context,locations,locations_sampled,members\r\n',
    ),
  );
  assert.ok(!run.stdout.includes('\x1b['));
  const bom = await runCli(['slogans', '--bom', 'fixtures/seeds']);
  assert.ok(bom.stdout.startsWith('\ufeffrank,slogan'));
});

test('--help for every command has an example; --version prints the version', async () => {
  for (const cmd of ['slogans', 'directives', 'kwic', 'text']) {
    const r = await runCli([cmd, '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Example/);
  }
  // `help <command>` and `<command> --help` load the command itself (the others are only listed).
  assert.match((await runCli(['help', 'slogans'])).stdout, /Example/);
  const top = await runCli(['--help']);
  assert.match(top.stdout, /Exit status/);
  assert.match(top.stdout, /CSV when piped/);
  assert.match((await runCli(['--version'])).stdout, /^\d+\.\d+\.\d+\n$/);
});

test('usage errors: one line on stderr, exit status 2', async () => {
  for (const args of [['slogans', '--bogus', 'fixtures/seeds'], ['slogans'], ['nonsense'], ['slogans', '--top', 'x', 'fixtures/seeds']]) {
    const r = await runCli(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('(Did you mean')).length,
      1,
      r.stderr,
    );
    assert.equal(r.stdout, '');
  }
});

test('a missing --lexicon file and an unknown declared charset', async () => {
  const r = await runCli(['slogans', '--lexicon', 'no-such-lexicon.tsv', 'fixtures/seeds']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^policy-mine: cannot read lexicon no-such-lexicon.tsv: ENOENT\n$/);
  const page = await runCli(['text', '-'], { input: '<html><head><meta charset="x-weird"></head><body><p>经济</p></body></html>' });
  assert.equal(page.status, 0);
});

test('stdin: - reads standard input', async () => {
  const r = await runCli(['kwic', '经济', '--format', 'jsonl', '-'], { input: '發展經(jīng)濟(jì)是第一要務' });
  assert.equal(r.status, 0);
  const row = JSON.parse(r.stdout.trim());
  assert.equal(row.file, '<stdin>');
  assert.equal(row.form, '經(jīng)濟(jì)');
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

test("the command a command line names: the first word, the one after help, none before the program's help or version", async () => {
  const { commandNamed } = await import('../src/cli/commands.js');
  assert.equal(commandNamed(['slogans', '--top', '5', 'docs']), 'slogans');
  assert.equal(commandNamed(['help', 'kwic']), 'kwic');
  assert.equal(commandNamed(['--help', 'slogans']), undefined);
  assert.equal(commandNamed(['-V']), undefined);
  assert.equal(commandNamed(['slogans', '--help']), 'slogans');
  assert.equal(commandNamed([]), undefined);
});
