#!/usr/bin/env node
// The only file that touches the process: argv, streams, exit status, and the V8 heap setting.
import { tuneHeap } from '../dist/src/cli/heap.js';
import { quickAnswer } from '../dist/src/cli/quick-answers.js';

// A reader that closes early (`policy-mine slogans docs | head`) is not an error.
const quietOnClosedPipe = (err) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
};
process.stdout.on('error', quietOnClosedPipe);
process.stderr.on('error', quietOnClosedPipe);

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
};

// Ctrl-C stops the run between documents: the output so far is written (JSON stays valid) and stderr says it is
// incomplete. A second Ctrl-C ends the process at once.
const interrupt = new AbortController();
process.on('SIGINT', () => {
  if (interrupt.signal.aborted) process.exit(130);
  interrupt.abort('interrupt');
});

const run = async (argv) => {
  tuneHeap(process.execArgv);
  // Loaded here, not above: the program's --help and --version are answered without commander.
  const { runCli } = await import('../dist/src/cli/program.js');
  try {
    process.exitCode = await runCli(argv, {
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: readStdin,
      env: process.env,
      signal: interrupt.signal,
    });
  } catch (err) {
    process.stderr.write(`policy-mine: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  }
};

const argv = process.argv.slice(2);
const answer = quickAnswer(argv, process.stdout);
if (answer !== undefined) process.stdout.write(answer);
else await run(argv);
