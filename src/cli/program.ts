import { Command, CommanderError, Help, type OutputConfiguration } from 'commander';
import { packageVersion } from '../data-files.js';
import { UsageError, type CliIO, type Stream } from './io.js';
import { COMMANDS, commandNamed, type CommandEntry } from './commands.js';
import { WorkerStopped } from '../parallel/inline.js';

/**
 * Run the CLI on `argv` (without node and script) and return the exit status:
 * 0 every input read, 1 some inputs could not be read, 2 usage error or nothing
 * read, 130 interrupted (kwic: 0 matched, 1 nothing matched, 2 errors).
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let status = 0;
  const program = new Command('policy-mine')
    .description('Mine Chinese government announcements for recurring policy slogans (提法) and quantified directives.')
    .version(packageVersion(), '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(outputTo(io))
    .addHelpText(
      'after',
      '\nExit status: 0 all inputs read; 1 some inputs could not be read (results for the rest are printed),\nor --meta matched no document; 2 usage error, nothing could be read, or a worker thread stopped;\n130 interrupted (the output so far is written). kwic answers as grep: see policy-mine help kwic.\n\nOutput goes to stdout as a table on a terminal and as CSV when piped; --format always wins.\nMessages, warnings and progress go to stderr.',
    );
  // Only the command that runs is loaded; the others are listed by name (for --help and for suggestions).
  const chosen = commandNamed(argv);
  for (const entry of COMMANDS) {
    const cmd =
      entry.name === chosen
        ? (await entry.load())(io, (s) => {
            status = s;
          })
        : listedOnly(entry);
    program.addCommand(cmd.exitOverride().configureOutput(outputTo(io)).showSuggestionAfterError(true));
  }
  const listed = new Map<string, string>(COMMANDS.map((c) => [c.name, c.usage]));
  program.configureHelp({
    subcommandTerm(this: Help, cmd: Command): string {
      const usage = listed.get(cmd.name());
      return usage ? `${cmd.name()} ${usage}` : Help.prototype.subcommandTerm.call(this, cmd);
    },
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      io.stderr.write(`policy-mine: ${e.message}\n`);
      return 2;
    }
    if (e instanceof WorkerStopped) {
      io.stderr.write(`policy-mine: error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  return status;
}

/** A command that is listed but not loaded: if commander ever ran one, that is a bug in `commandNamed`, and it says so. */
function listedOnly(entry: CommandEntry): Command {
  return new Command(entry.name)
    .description(entry.summary)
    .allowExcessArguments()
    .action(() => {
      throw new Error(`command ${entry.name} was run without being loaded`);
    });
}

/**
 * Commander's output through the CLI's streams, help wrapped to their width:
 * a terminal's columns, else 80, as commander does for the process's own
 * streams (which it would ask even when given others).
 */
function outputTo(io: CliIO): OutputConfiguration {
  return {
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    getOutHelpWidth: () => helpWidth(io.stdout),
    getErrHelpWidth: () => helpWidth(io.stderr),
  };
}

function helpWidth(stream: Stream): number {
  return (stream.isTTY && stream.columns) || 80;
}
