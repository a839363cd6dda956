import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import type { UnreadableVariantFile, VariantSummary } from '../../core/tailor/variant-summary';
import type { ServiceContext } from '../../service/service-context';
import { cliContext } from '../cli-context';
import { CliError, say } from '../cli-io';
import { EXIT } from '../exit-codes';

export interface CommonOpts {
  library?: string;
  json?: boolean;
  resume?: string;
}

export const EXIT_CODES_HELP = `
Exit codes: 0 done; 1 bad input, unreadable file or disk error; 2 usage error; 3 no such variant; 4 conflict
(the file changed on disk since it was read, or the id already exists): nothing was written.

Library folder: --library DIR, else $TAILOR_LIBRARY, else the app-data folder
(Linux: $XDG_CONFIG_HOME/Tailor/variants or ~/.config/Tailor/variants; macOS: ~/Library/Application Support/Tailor/variants;
Windows: %APPDATA%\\Tailor\\variants).
`;

export function withLibrary(cmd: Command): Command {
  return cmd
    .option('--library <dir>', 'variant library folder (overrides $TAILOR_LIBRARY and the app-data default)')
    .option('--json', 'print machine-readable JSON on stdout');
}

export function withResume(cmd: Command): Command {
  return cmd.option('--resume <file>', 'master resume JSON (default: resume-data/master.json)');
}

/** The service context for a variants command: its library and master from the flags. */
export function contextOf(opts: CommonOpts): ServiceContext {
  const ctx = cliContext({ resume: opts.resume, library: opts.library });
  const dir = ctx.libraryDir;
  // A missing folder is an empty library (created on the first save); a file in its place is a mistake to name.
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new CliError(`the variant library ${dir} is a file, not a folder`, EXIT.failed);
  return ctx;
}

export function warnUnreadable(unreadable: readonly UnreadableVariantFile[], dir: string): void {
  if (!unreadable.length) return;
  say(`warning: ${unreadable.length} file(s) in ${dir} could not be read and were left untouched:`);
  for (const u of unreadable) say(`  ${u.fileName}: ${u.reason}`);
}

export function summaryLine(s: VariantSummary): string {
  const rate = s.matchRate === null ? '   -' : `${String(Math.round(s.matchRate)).padStart(3)}%`;
  const who = `${s.company || '(no company)'}${s.role ? ` — ${s.role}` : ''}`;
  return `${s.id}  ${s.status.padEnd(12)} ${s.updatedAt.slice(0, 10)}  ${rate}  ${who}`;
}

/** `--set status=applied` pairs. */
export function parseSetPairs(pairs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const at = p.indexOf('=');
    if (at <= 0) throw new CliError(`--set expects key=value, got "${p}"`, EXIT.usage);
    out[p.slice(0, at).trim()] = p.slice(at + 1);
  }
  return out;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
