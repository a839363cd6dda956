import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import type { Resume } from '../../core/resume/schema';
import type { UnreadableVariantFile, VariantSummary } from '../../core/tailor/variant-summary';
import { resolveLibraryDir } from '../../node/library-location';
import { DEFAULT_RESUME_PATH, loadResumeFile } from '../../node/load-resume';
import type { StoreErrorCode, StoreResult } from '../../node/variant-store';
import { CliError, say } from '../cli-io';

export interface CommonOpts {
  library?: string;
  json?: boolean;
  resume?: string;
}

/** Exit codes beyond 1 let scripts tell "no such variant" and "someone else saved it" from other failures. */
const EXIT: Record<StoreErrorCode, number> = { invalid: 1, io: 1, unreadable: 1, 'not-found': 3, conflict: 4 };

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
  return cmd.option('--resume <file>', 'master resume JSON', DEFAULT_RESUME_PATH);
}

export function libraryOf(opts: CommonOpts): string {
  const dir = resolveLibraryDir({ flag: opts.library });
  // A missing folder is an empty library (created on the first save); a file in its place is a mistake to name.
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new CliError(`the variant library ${dir} is a file, not a folder`, 1);
  return dir;
}

/** Unwraps a store result or throws the CLI error with the matching exit code. */
export function must<T>(r: StoreResult<T>): T {
  if (r.ok) return r.value;
  throw new CliError(r.error, EXIT[r.code]);
}

export async function loadMaster(file: string | undefined): Promise<Resume> {
  const loaded = await loadResumeFile(file ?? DEFAULT_RESUME_PATH);
  if (loaded.ok) return loaded.resume;
  throw new CliError(
    `cannot load the master resume: ${loaded.error}`,
    1,
    (loaded.problems ?? []).slice(0, 10).map((p) => `${p.path}: ${p.message}`),
  );
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
    if (at <= 0) throw new CliError(`--set expects key=value, got "${p}"`, 2);
    out[p.slice(0, at).trim()] = p.slice(at + 1);
  }
  return out;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
