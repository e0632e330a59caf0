import { Command, CommanderError } from 'commander';
import { packageVersion } from '../data-files.js';
import { UsageError, type CliIO } from './io.js';
import { textCommand } from './command-text.js';
import { slogansCommand } from './command-slogans.js';
import { directivesCommand } from './command-directives.js';
import { kwicCommand } from './command-kwic.js';
import { reportCommand } from './command-report.js';

/** Commands by file; each returns a commander Command whose action reports its exit status. */
const COMMANDS = [slogansCommand, directivesCommand, kwicCommand, textCommand, reportCommand];

/**
 * Run the CLI on `argv` (without node and script) and return the exit status:
 * 0 every input read, 1 some inputs could not be read, 2 usage error or nothing read.
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let status = 0;
  const program = new Command('policy-mine')
    .description('Mine Chinese government announcements for recurring policy slogans (提法) and quantified directives.')
    .version(packageVersion(), '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .addHelpText('after', '\nExit status: 0 all inputs read; 1 some inputs could not be read (results for the rest are printed);\n2 usage error, or nothing could be read.\n\nOutput goes to stdout as a table on a terminal and as CSV when piped; --format always wins.\nMessages, warnings and progress go to stderr.');
  for (const make of COMMANDS) {
    program.addCommand(make(io, (s) => { status = s; }).exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    }).showSuggestionAfterError(true));
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      io.stderr.write(`policy-mine: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  return status;
}
