// Part of `npm run build`: the program's --help, as commander prints it to a stream that is not a terminal,
// saved beside the compiled CLI so that bin/policy-mine.js can answer --help without loading commander
// (src/cli/quick-answers.ts). test/cli.test.ts checks that it is what commander prints.
import { writeFileSync } from 'node:fs';
import { runCli } from '../dist/src/cli/program.js';
import { PREBUILT_HELP_FILE } from '../dist/src/cli/quick-answers.js';

let text = '';
const status = await runCli(['--help'], {
  stdout: {
    write: (s) => {
      text += s;
    },
    isTTY: false,
  },
  stderr: {
    write: (s) => {
      process.stderr.write(s);
    },
    isTTY: false,
  },
  env: {},
});
if (status !== 0 || !text) throw new Error(`--help gave status ${status} and ${text.length} characters`);
writeFileSync(new URL(`../dist/src/cli/${PREBUILT_HELP_FILE}`, import.meta.url), text);
