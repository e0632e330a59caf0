import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'policy-mine.js');

export interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

interface BinOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Node options before the binary, e.g. `--import` of a module. */
  node?: string[];
}

/** Run the built CLI as a user would, in `cwd` (default: the project folder). */
export function runBin(args: string[], options: BinOptions = {}): Run {
  const r = spawnSync(process.execPath, [...(options.node ?? []), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Run the built CLI and measure the peak resident memory of its process, in bytes. */
export function runBinMeasured(args: string[], options: BinOptions = {}): Run & { peakRss: number } {
  const run = runBin(args, { ...options, node: ['--import', join(ROOT, 'test', 'e2e', 'peak-rss.mjs')] });
  const m = /peak-rss (\d+)\n$/.exec(run.stderr);
  if (!m) throw new Error(`no peak-rss line from the child: ${run.stderr.slice(-300)}`);
  return { ...run, stderr: run.stderr.slice(0, m.index), peakRss: Number(m[1]) };
}

/**
 * Run the CLI in this process, as cspell's tests do: the same code as the
 * binary from argv on, with memory streams for stdout and stderr (no terminal)
 * and the input as standard input. What the binary adds (the exit status of
 * the process, a closed pipe, Ctrl-C) is left to the end-to-end tests.
 */
export async function runCli(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): Promise<Run> {
  const { runCli: run } = await import('../src/cli/program.js');
  let stdout = '';
  let stderr = '';
  const status = await run(args, {
    stdout: {
      write: (s: string) => {
        stdout += s;
        return true;
      },
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
        return true;
      },
    },
    stdin: async () => Buffer.from(options.input ?? ''),
    env: { ...options.env },
  });
  return { stdout, stderr, status };
}
