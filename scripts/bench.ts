/**
 * `npm run bench`: throughput, memory and start-up over the shared corpora.
 * Prints, for each command, MB/s, documents/s, wall time and peak RSS on the
 * 42 MB xwlb corpus and on a copy N times larger (BENCH_SCALE, default 10:
 * about 14 minutes in all; BENCH_SCALE=2 for a quick look), with one thread and
 * with two workers, and the floor set by the libraries: reading and decoding
 * (the tool's own reader), opencc-js's Converter on every line and jieba's cut
 * on every line, each alone. For the commands that split work over threads,
 * it also times two one-thread runs started together: what this machine gives
 * two independent threads, a reference for --jobs 2. The copies N times
 * larger are links to the same files, read with --keep-duplicates (else they
 * would be left out as the same files named again).
 *
 * Every figure also goes to bench/results/<date>-<commit>.json with the
 * machine it was measured on (see docs/performance.md).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { corporaRoot } from './corpora.js';
import { readInputs } from '../src/read/read-documents.js';
import * as OpenCC from 'opencc-js';
import { loadJieba } from '../src/segment/segmenter.js';
import { createRequire } from 'node:module';

const corpus = join(corporaRoot(), 'xwlb-2022-2026');
const scale = Number(process.env.BENCH_SCALE ?? 10);
const runs = Number(process.env.BENCH_RUNS ?? 1);
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(corpus, f));
const mb = files.reduce((n, f) => n + statSync(f).size, 0) / 1e6;

/** The run's wall time and peak RSS; a run that fails stops the bench (a short failed run would pass for a fast one). */
function measure(args: string[]): { seconds: number; rssMb: number } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [resolve('scripts/measured-run.mjs'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  checkRun(args, r.status, r.signal, r.stderr);
  const rss = /maxrss_kb=(\d+)/.exec(r.stderr)?.[1];
  return { seconds, rssMb: rss ? Number(rss) / 1024 : NaN };
}

function checkRun(args: string[], code: number | null, signal: NodeJS.Signals | null, stderr: string): void {
  if (code !== 0 || signal)
    throw new Error(`bench: policy-mine ${args.join(' ')} failed (${signal ?? `exit ${code}`}): ${stderr.slice(-500)}`);
}

/**
 * Wall time of two runs of the same command started together (the shorter of
 * BENCH_RUNS tries). Two one-thread runs at once share only the machine: its
 * two cores, caches and memory bandwidth, and the cores V8's collector threads
 * also use. What they get done against one run alone is what this machine gives
 * two independent threads, a reference for --jobs 2 rather than a bound (one
 * run with a worker collects a different heap, and it can do better or worse).
 */
async function together(args: string[]): Promise<number> {
  const once = async (): Promise<number> => {
    const t = process.hrtime.bigint();
    await Promise.all(
      [0, 1].map(
        () =>
          new Promise<void>((done, fail) => {
            const child = spawn(process.execPath, [resolve('scripts/measured-run.mjs'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
            let stderr = '';
            child.stderr.on('data', (chunk: Buffer) => {
              stderr += chunk;
            });
            child.on('error', fail);
            child.on('close', (code, signal) => {
              try {
                checkRun(args, code, signal, stderr);
                done();
              } catch (e) {
                fail(e);
              }
            });
          }),
      ),
    );
    return Number(process.hrtime.bigint() - t) / 1e9;
  };
  const all: number[] = [];
  for (let i = 0; i < runs; i++) all.push(await once());
  return Math.min(...all);
}

function best(args: string[]): { seconds: number; rssMb: number } {
  const all = Array.from({ length: runs }, () => measure(args));
  return { seconds: Math.min(...all.map((a) => a.seconds)), rssMb: Math.max(...all.map((a) => a.rssMb)) };
}

function startup(args: string[], n = 10, script = 'bin/policy-mine.js'): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, script ? [script, ...args] : args, { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)];
}

async function floors(): Promise<{ read: number; opencc: number; jieba: number }> {
  let t = Date.now();
  const texts: string[] = [];
  for await (const item of readInputs([corpus])) if (item.ok === true) texts.push(item.doc.original);
  const read = mb / ((Date.now() - t) / 1000);
  // The library as anyone would call it, on every line: the tool skips lines with nothing to convert, the floor does not.
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  t = Date.now();
  const simplified = texts.map((x) => x.split('\n').map(toSimplified).join('\n'));
  const opencc = mb / ((Date.now() - t) / 1000);
  const jieba = loadJieba();
  t = Date.now();
  for (const s of simplified) for (const line of s.split('\n')) jieba.cut(line, true);
  return { read, opencc, jieba: mb / ((Date.now() - t) / 1000) };
}

function scaled(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-mine-bench-'));
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `copy${String(i).padStart(2, '0')}`);
    mkdirSync(sub);
    for (const f of files) symlinkSync(f, join(sub, f.split('/').pop()!));
  }
  return dir;
}

/** Every figure of this run, written to bench/results/ at the end. */
const results = {
  commit: git(['rev-parse', 'HEAD']),
  uncommittedChanges: git(['status', '--porcelain', '--untracked-files=no']) !== '',
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
  },
  corpus: { name: 'xwlb-2022-2026', files: files.length, mb: Number(mb.toFixed(1)), scale, runsEach: runs },
  startupMs: {} as Record<string, number>,
  floorMbPerS: {} as Record<string, number>,
  runs: [] as Array<{ label: string; seconds: number; mbPerS: number; docsPerS: number; peakRssMb: number }>,
  notes: [] as string[],
};

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const row = (label: string, m: { seconds: number; rssMb: number }, size: number, docs: number, floor?: number) => {
  results.runs.push({
    label,
    seconds: round(m.seconds),
    mbPerS: round(size / m.seconds),
    docsPerS: round(docs / m.seconds),
    peakRssMb: Math.round(m.rssMb),
  });
  console.log(
    `${label.padEnd(34)} ${(size / m.seconds).toFixed(2).padStart(7)} MB/s ${(docs / m.seconds).toFixed(1).padStart(8)} docs/s ${m.seconds.toFixed(1).padStart(7)} s  peak RSS ${m.rssMb.toFixed(0).padStart(5)} MB${floor ? `  ${(size / m.seconds / floor).toFixed(2)}× floor` : ''}`,
  );
};
const note = (text: string) => {
  results.notes.push(text);
  console.log(`${''.padEnd(34)} ${text}`);
};
const round = (x: number) => Number(x.toFixed(2));

const require = createRequire(import.meta.url);
console.log(
  `policy-mine ${require('../package.json').version} bench: ${files.length} files, ${mb.toFixed(1)} MB (xwlb-2022-2026); node ${process.version}; ${cpus().length} cores\n`,
);
// Start-up first: a child spawned by a parent that already holds jieba and the corpus starts slower.
const starts = {
  node: startup(['-e', '0'], 10, ''),
  help: startup(['--help']),
  version: startup(['--version']),
  textOneSeed: startup(['text', 'fixtures/seeds/000_0b789b141790061d.txt'], 5),
  slogansOneSeed: startup(['slogans', 'fixtures/seeds/000_0b789b141790061d.txt'], 3),
};
Object.assign(results.startupMs, Object.fromEntries(Object.entries(starts).map(([k, v]) => [k, Math.round(v)])));
console.log(
  `start-up (median of 10): node alone ${starts.node.toFixed(0)} ms, --help ${starts.help.toFixed(0)} ms, --version ${starts.version.toFixed(0)} ms, text on one seed ${starts.textOneSeed.toFixed(0)} ms, slogans on one seed ${starts.slogansOneSeed.toFixed(0)} ms\n`,
);
const f = await floors();
const floor = 1 / (1 / f.read + 1 / f.opencc + 1 / f.jieba);
Object.assign(results.floorMbPerS, { read: round(f.read), opencc: round(f.opencc), jieba: round(f.jieba), allThree: round(floor) });
console.log(
  `library floor: read+decode ${f.read.toFixed(1)} MB/s, OpenCC t→cn ${f.opencc.toFixed(1)} MB/s, jieba cut ${f.jieba.toFixed(1)} MB/s → all three in sequence ${floor.toFixed(2)} MB/s\n`,
);
const commands: Array<[string, string[]]> = [
  ['text', ['text', '--format', 'jsonl']],
  ['kwic', ['kwic', '高质量发展']],
  ['directives', ['directives', '--top', '0']],
  ['slogans', ['slogans']],
];
const parallel = new Set(['directives', 'slogans']);
// BENCH_ONLY=slogans,directives runs only those commands (and skips the long-line runs).
const only = process.env.BENCH_ONLY?.split(',');
if (only) commands.splice(0, commands.length, ...commands.filter(([n]) => only.includes(n)));
for (const [name, args] of commands) {
  if (!parallel.has(name)) {
    row(`${name} (1×)`, best([...args, '-q', corpus]), mb, files.length);
    continue;
  }
  const one = best([...args, '--jobs', '1', '-q', corpus]);
  row(`${name} --jobs 1 (1×)`, one, mb, files.length, floor);
  const two = best([...args, '--jobs', '2', '-q', corpus]);
  row(`${name} --jobs 2 (1×)`, two, mb, files.length, floor);
  note(`${name}: --jobs 2 is ${(one.seconds / two.seconds).toFixed(2)}× --jobs 1, ${(two.rssMb - one.rssMb).toFixed(0)} MB more memory`);
  const both = await together([...args, '--jobs', '1', '-q', corpus]);
  note(
    `${name}: two --jobs 1 runs at once: ${both.toFixed(1)} s for both, ${((2 * one.seconds) / both).toFixed(2)}× the pace of one alone (what this machine gives two independent threads)`,
  );
}
if (!only) {
  // Bad input, measured: one 50 MB line (issue: memory must stay bounded).
  const dir = mkdtempSync(join(tmpdir(), 'policy-mine-long-'));
  const filler = '各地区各部门要加快推进重点项目建设，';
  const file = join(dir, 'long-line.txt');
  writeFileSync(file, `${filler.repeat(Math.ceil((50 * 2 ** 20) / (3 * filler.length)))}招商引资。`);
  const size = statSync(file).size / 1e6;
  for (const [name, args] of [
    ['text', ['text', '--format', 'jsonl']],
    ['kwic', ['kwic', '招商引资']],
    ['directives', ['directives']],
  ] as const) {
    row(`${name} (one 50 MB line)`, measure([...args, '-q', file]), size, 1);
  }
  rmSync(dir, { recursive: true, force: true });
}
if (scale > 1) {
  const big = scaled(scale);
  // Two jobs (one worker and the main thread), as the default --jobs gives for inputs this large: compare peak RSS with the --jobs 2 rows above.
  for (const [name, args] of commands.filter(([n]) => n !== 'text')) {
    const two = measure([...args, ...(parallel.has(name) ? ['--jobs', '2'] : []), '--keep-duplicates', '-q', big]);
    row(`${name}${parallel.has(name) ? ' --jobs 2' : ''} (${scale}×)`, two, mb * scale, files.length * scale);
    // One job too where it is short enough (directives: about a minute): two jobs against one once both threads are
    // warm, where at 1× a second thread's warming up is a large share of a four-second run.
    if (name === 'directives') {
      const one = measure([...args, '--jobs', '1', '--keep-duplicates', '-q', big]);
      row(`${name} --jobs 1 (${scale}×)`, one, mb * scale, files.length * scale);
      note(`${name}: --jobs 2 is ${(one.seconds / two.seconds).toFixed(2)}× --jobs 1 at ${scale}×`);
    }
  }
  rmSync(big, { recursive: true, force: true });
}

mkdirSync('bench/results', { recursive: true });
const out = join('bench', 'results', `${results.date.slice(0, 10)}-${results.commit.slice(0, 7)}${only ? `-${only.join('+')}` : ''}.json`);
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten to ${out}`);
