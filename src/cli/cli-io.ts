import type { Command } from 'commander';

/** Machine-readable output: stdout alone carries it. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** Messages for people go to stderr so `--json` output stays parseable. */
export function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** A failure the user can act on: message on stderr, a non-zero exit, no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** Every subcommand file exports one of these; src/cli/commands/index.ts lists them. */
export type RegisterCommand = (program: Command) => void;

/** Sets the exit code a command's action chose (commander's own parse errors use 2). */
export function setExit(code: number): void {
  process.exitCode = code;
}
