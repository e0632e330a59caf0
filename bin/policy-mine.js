#!/usr/bin/env node
// The only file that touches the process: argv, streams, exit status, and the V8 heap setting.
import { runCli } from '../dist/src/cli/program.js';
import { tuneHeap } from '../dist/src/cli/heap.js';

tuneHeap(process.execArgv);

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

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: readStdin, env: process.env })
  .then((status) => { process.exitCode = status; })
  .catch((err) => {
    process.stderr.write(`policy-mine: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  });
