import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanTestEnv } from './test-env';

export const ROOT = path.resolve(__dirname, '..', '..');
/** The invented person the tests use as the master resume: tests/fixtures/resumes/fixture-master.txt, imported. */
export const MASTER = path.join(ROOT, 'tests', 'fixtures', 'resumes', 'fixture-master.json');

/** `tailor` commands that read a master resume and take `--resume` (default: the person's own resume-data/). */
const READS_MASTER = [
  'score',
  'export',
  'export-json',
  'variants new',
  'variants list',
  'variants search',
  'variants show',
  'variants diff',
  'variants auto',
];

/** The arguments with `--resume MASTER` added when the command reads a master and the test named none. */
export function withFixtureMaster(args: string[]): string[] {
  const command = args[0] === 'variants' ? `variants ${args[1]}` : (args[0] ?? '');
  if (!READS_MASTER.includes(command) || args.includes('--resume') || args.includes('--help')) return args;
  return [...args, '--resume', MASTER];
}

let library: string | undefined;
/** One temporary variant library and settings file per test file: never the person's own. */
function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  library ??= mkdtempSync(path.join(tmpdir(), 'tailor-cli-'));
  return {
    ...cleanTestEnv(process.env),
    TAILOR_RESUME: MASTER,
    TAILOR_LIBRARY: path.join(library, 'variants'),
    TAILOR_SETTINGS: path.join(library, 'settings.json'),
    ...extra,
  };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `tailor` bin (as `npx tailor` would) and collects its output. The master is the fixture person's
 * unless the test passes `--resume`; the library and settings are temporary unless `env` names them.
 */
export function runCli(
  args: string[],
  opts: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'tailor.mjs'), ...withFixtureMaster(args)], {
      cwd: opts.cwd ?? ROOT,
      env: cliEnv(opts.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.end(opts.input ?? '');
  });
}
