import { Command, CommanderError } from 'commander';
import { CliError, say } from './cli-io';
import { commands } from './commands/index';

/** Builds the program with every command, or only the one named first on the command line. */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command('tailor')
    .description('Tailor one master resume to each job posting, on your own machine.')
    .version('0.1.0')
    .showHelpAfterError('(run "tailor --help" for the commands)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  const named = commands.find((c) => c.name === argv[0]);
  for (const c of named ? [named] : commands) (await c.load())(program);
  for (const c of program.commands) c.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit code: 0 success, 1 bad input or failed check, 2 usage error. */
export async function main(argv: string[]): Promise<number> {
  process.exitCode = 0;
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are "errors" to commander but successes to the user.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return 0;
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof CliError) {
      say(`tailor: ${e.message}`);
      for (const d of e.details) say(`  ${d}`);
      return e.exitCode;
    }
    say(`tailor: unexpected error: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.TAILOR_DEBUG) say(e instanceof Error ? (e.stack ?? '') : '');
    return 70;
  }
}
