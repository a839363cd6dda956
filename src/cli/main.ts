import { Command, CommanderError } from 'commander';
import { fileURLToPath } from 'node:url';
import { CliError, say } from './cli-io';
import { commands } from './commands/index';
import { EXIT } from './exit-codes';
import { TABLE_SNAPSHOT, useTableSnapshot } from './table-snapshot';

/**
 * Builds the program with the one command named on the command line (`tailor help X` names X too). Without one,
 * every command is listed from its summary alone, loading none of them: `tailor --help` stays as fast as Node.
 */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command('tailor')
    .description('Tailor one master resume to each job posting, on your own machine.')
    .version('0.1.0')
    .showHelpAfterError('(run "tailor --help" for the commands)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  const wanted = argv[0] === 'help' ? argv[1] : argv[0];
  const named = commands.find((c) => c.name === wanted);
  if (named) (await named.load())(program);
  else for (const c of commands) program.command(c.name).description(c.summary);
  for (const c of program.commands) c.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit code (the table is in exit-codes.ts). */
export async function main(argv: string[]): Promise<number> {
  process.exitCode = 0;
  // Read only when a command first needs a table; the file exists only beside the bundle (out/cli-<key>/).
  useTableSnapshot(fileURLToPath(new URL(`./${TABLE_SNAPSHOT}`, import.meta.url)));
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are "errors" to commander but successes to the user.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return EXIT.ok;
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof CliError) {
      say(`tailor: ${e.message}`);
      for (const d of e.details) say(`  ${d}`);
      return e.exitCode;
    }
    say(`tailor: unexpected error: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.TAILOR_DEBUG) say(e instanceof Error ? (e.stack ?? '') : '');
    return EXIT.internal;
  }
}
