import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { BIN, ROOT, runBin } from '../helpers.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A terminal colour code (ESC [ … m). */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`);

function inTerminal(args: string, env: Record<string, string> = {}): string {
  // script(1) runs the CLI in a pseudo-terminal, as a user's shell would.
  const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} ${args}`, '/dev/null'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TERM: 'xterm-256color', NO_COLOR: '', FORCE_COLOR: '', ...env },
  });
  return r.stdout;
}

test(
  'on a terminal: a table with colour; NO_COLOR and --no-color turn colour off',
  { skip: spawnSync('script', ['--version']).status === 0 ? false : 'script(1) is not installed' },
  () => {
    const tty = inTerminal('slogans fixtures/seeds');
    assert.ok(tty.includes('┌') && tty.includes('招大引强'), 'table');
    assert.ok(tty.includes('\x1b['), 'colour');
    const noColor = inTerminal('slogans fixtures/seeds', { NO_COLOR: '1' });
    assert.ok(noColor.includes('┌') && !ANSI_COLOUR.test(noColor));
    const flag = inTerminal('slogans --no-color fixtures/seeds');
    assert.ok(!ANSI_COLOUR.test(flag));
  },
);

test('a reader that closes early ends the run quietly', () => {
  const r = spawnSync('sh', ['-c', `${process.execPath} ${BIN} kwic 的 --format csv fixtures/seeds fixtures/variants | head -n 2`], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(r.stdout.split('\n').filter(Boolean).length, 2);
  assert.ok(!/EPIPE|Error|at .*\.js/.test(r.stderr), r.stderr);
});

test('--jobs: the same bytes on stdout and stderr with worker threads as with one thread', () => {
  const commands = [
    ['slogans', '--by', 'region', '--top', '0', '--min-docs', '1', '--format', 'jsonl'],
    // A user lexicon: workers find with the miner's own lexicon files.
    ['slogans', '--lexicon', 'test/data/user-lexicon.tsv', '--top', '0', '--format', 'jsonl'],
    ['directives', '--all', '--format', 'jsonl'],
    ['report', '-o', '-'],
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

/** What runCli prints for these arguments on a stream of this kind. */
async function printed(argv: string[], stdout: { isTTY?: boolean; columns?: number }): Promise<{ status: number; text: string }> {
  const { runCli } = await import('../../src/cli/program.js');
  let text = '';
  const status = await runCli(argv, {
    stdout: {
      ...stdout,
      write: (s: string) => {
        text += s;
      },
    },
    stderr: { write: () => true },
    env: {},
  });
  return { status, text };
}

test("the program's --help and --version without commander: the same text commander prints, help only off a terminal", async () => {
  const { quickAnswer, PREBUILT_HELP_FILE } = await import('../../src/cli/quick-answers.js');
  const { COMMANDS: COMMAND_LIST } = await import('../../src/cli/commands.js');
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
  const built = (await import(
    pathToFileURL(join(ROOT, 'dist', 'src', 'cli', 'quick-answers.js')).href
  )) as typeof import('../../src/cli/quick-answers.js');
  const pipe = { write: () => true, isTTY: false };
  assert.equal(built.quickAnswer(['--help'], pipe), commander.text);
  assert.equal(built.quickAnswer(['-V'], pipe), (await printed(['-V'], {})).text);
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
