import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { runCli, type CliRun } from '../support/run-cli';

const MASTER = path.resolve(__dirname, '../fixtures/variants/master.json');
const root = mkdtempSync(path.join(tmpdir(), 'tailor-variants-cli-'));
const lib = path.join(root, 'library');
/**
 * Most steps run the CLI's own main() in this process with stdout and stderr captured (a spawned `tailor` costs
 * over a second of start-up each); the steps about the process contract (stdout alone, exit codes, environment)
 * spawn the real bin.
 */
async function inProcess(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const realOut = process.stdout.write.bind(process.stdout);
  const realErr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => (
    out.push(String(chunk)),
    true
  )) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (
    err.push(String(chunk)),
    true
  )) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = realOut;
    process.stderr.write = realErr;
    process.exitCode = 0;
  }
}
const v = (...args: string[]) => inProcess(['variants', ...args, '--library', lib]);
const spawned = (...args: string[]) => runCli(['variants', ...args, '--library', lib]);
const json = <T>(s: string) => JSON.parse(s) as T;

interface Summary {
  id: string;
  company: string;
  role: string;
  status: string;
  revision: string;
  fileName: string;
  matchRate: number | null;
}

describe('tailor variants', () => {
  // One library through the whole life of a variant, in order, as a person would use it.
  let acme = '';
  let globex = '';

  it('creates variants from the master with the posting read from a file', async () => {
    const posting = path.join(root, 'posting.txt');
    writeFileSync(posting, 'We need CUDA kernels and Kubernetes.\n');
    const r = await v(
      'new',
      '--company',
      'Acme Compute',
      '--role',
      'Performance Engineer',
      '--posting',
      posting,
      '--url',
      'https://jobs.example.com/1',
      '--resume',
      MASTER,
      '--json',
    );
    expect(r.code, r.stderr).toBe(0);
    const made = json<
      Summary & {
        variant: { posting: { text: string; url: string }; tailoring: { bulletOrder: Record<string, string[]> } };
      }
    >(r.stdout);
    expect(made).toMatchObject({ company: 'Acme Compute', role: 'Performance Engineer', status: 'draft' });
    expect(made.variant.posting).toEqual({
      text: 'We need CUDA kernels and Kubernetes.\n',
      url: 'https://jobs.example.com/1',
    });
    expect(made.variant.tailoring.bulletOrder['acme-2024']).toEqual(['acme-kernels', 'acme-k8s', 'acme-oncall']);
    acme = made.id;
    const second = await v(
      'new',
      '--company',
      'Globex',
      '--role',
      'SRE',
      '--status',
      'applied',
      '--resume',
      MASTER,
      '--json',
    );
    globex = json<Summary>(second.stdout).id;
    expect(readdirSync(lib).sort()).toEqual(
      [`acme-compute-performance-engineer-${acme}.variant.json`, `globex-sre-${globex}.variant.json`].sort(),
    );
  });

  it('lists as JSON on stdout alone, newest first, with the match rate of each posting against its tailored resume', async () => {
    const r = await spawned('list', '--resume', MASTER, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = json<{ variants: Summary[]; unreadable: unknown[] }>(r.stdout);
    expect(out.variants.map((s) => s.id)).toEqual([globex, acme]);
    // Globex has no posting to score against; Acme's asks for CUDA and Kubernetes, which the master has.
    expect(out.variants[0]?.matchRate).toBeNull();
    expect(out.variants[1]?.matchRate).toBeGreaterThan(0);
    const fast = json<{ variants: Summary[] }>((await v('list', '--no-match-rate', '--json')).stdout);
    expect(fast.variants.map((s) => s.matchRate)).toEqual([null, null]);
    const applied = await v('list', '--status', 'applied', '--resume', MASTER);
    expect(applied.stdout.trim().split('\n')).toHaveLength(1);
    expect(applied.stdout).toContain('Globex — SRE');
  });

  it('saves field changes and refuses a stale edit from a file with a conflict (exit 4), writing nothing', async () => {
    const shown = await v('show', acme, '--resume', MASTER, '--json');
    const snapshot = path.join(root, 'acme.json');
    writeFileSync(snapshot, shown.stdout);
    const set = await v('save', acme, '--set', 'status=applied', '--set', 'notes=called on Tuesday', '--json');
    expect(set.code, set.stderr).toBe(0);
    expect(json<Summary & { variant: { notes: string } }>(set.stdout)).toMatchObject({
      status: 'applied',
      variant: { notes: 'called on Tuesday' },
    });
    const file = path.join(lib, json<Summary>(set.stdout).fileName);
    const before = readFileSync(file);
    // The snapshot was taken before that save: saving it now would undo it.
    const edited = json<{ variant: { notes: string } }>(readFileSync(snapshot, 'utf8'));
    edited.variant.notes = 'edited in an old copy';
    writeFileSync(snapshot, JSON.stringify(edited));
    const stale = await spawned('save', acme, '--from', snapshot);
    expect(stale.code).toBe(4);
    expect(stale.stderr).toMatch(/^tailor: variant \w+ changed on disk since it was opened/);
    expect(readFileSync(file)).toEqual(before);
  });

  it('shows what the master changed since, and diffs a variant against the master', async () => {
    const r = await v('show', acme, '--resume', MASTER);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Acme Compute — Performance Engineer  [applied]');
    const d = await v('diff', acme, 'master', '--resume', MASTER, '--json');
    expect(json<{ items: unknown[]; b: string }>(d.stdout)).toMatchObject({ items: [], b: 'master' });
  });

  it("auto-tailors from the posting: hides what scores under the threshold, keeps each entry's best bullet, saves", async () => {
    const r = await v('auto', acme, '--threshold', '30', '--resume', MASTER, '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = json<{
      saved: boolean;
      hiddenBullets: string[];
      fits: boolean;
      matchRate: number;
      matchRateBefore: number;
    }>(r.stdout);
    expect(out.saved).toBe(true);
    // The posting asks for CUDA and Kubernetes: the on-call bullet is hidden, the CUDA and Kubernetes ones stay.
    expect(out.hiddenBullets).toContain('acme-oncall');
    expect(out.hiddenBullets).not.toContain('acme-kernels');
    expect(out.hiddenBullets).not.toContain('acme-k8s');
    expect(out.fits).toBe(true);
    expect(out.matchRate).toBe(out.matchRateBefore);
    const shown = json<{ variant: { tailoring: { hidden: { bullets: string[] } } } }>(
      (await v('show', acme, '--resume', MASTER, '--json')).stdout,
    );
    expect(shown.variant.tailoring.hidden.bullets).toEqual(out.hiddenBullets);
    const none = await v('auto', globex, '--resume', MASTER);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('has no posting text to tailor to');
  });

  it('renames (the file follows), duplicates, deletes to the trash and restores', async () => {
    const renamed = await v('rename', acme, '--company', '../../etc/passwd', '--json');
    expect(json<Summary>(renamed.stdout).fileName).toBe(`etc-passwd-performance-engineer-${acme}.variant.json`);
    const copy = await v('duplicate', acme, '--company', 'Acme Labs', '--json');
    expect(json<Summary>(copy.stdout)).toMatchObject({ company: 'Acme Labs', status: 'draft' });
    expect((await v('delete', acme)).code).toBe(0);
    const trash = await v('trash', '--json');
    expect(json<{ variants: Summary[] }>(trash.stdout).variants.map((s) => s.id)).toEqual([acme]);
    expect((await v('restore', acme)).code).toBe(0);
    expect(json<{ variants: Summary[] }>((await v('list', '--resume', MASTER, '--json')).stdout).variants).toHaveLength(
      3,
    );
  });

  it('gives clear errors: unknown id (exit 3), bad status (exit 2), and reports unreadable files without touching them', async () => {
    const unknown = await spawned('show', 'zzzz9999', '--resume', MASTER);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toBe(`tailor: no variant with id "zzzz9999" in ${lib}\n`);
    const bad = await v('save', globex, '--set', 'status=ghosted');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown status "ghosted"');
    writeFileSync(path.join(lib, 'broken-abcd1234.variant.json'), '{"schemaVersion": 2, "id": "abcd');
    const listed = await v('list', '--no-match-rate', '--json');
    expect(listed.code).toBe(0);
    expect(json<{ unreadable: { fileName: string }[] }>(listed.stdout).unreadable.map((u) => u.fileName)).toEqual([
      'broken-abcd1234.variant.json',
    ]);
    expect(listed.stderr).toContain('broken-abcd1234.variant.json: not valid JSON');
    expect(readFileSync(path.join(lib, 'broken-abcd1234.variant.json'), 'utf8')).toBe(
      '{"schemaVersion": 2, "id": "abcd',
    );
  });

  it('takes the library from TAILOR_LIBRARY when --library is not given, and documents its flags', async () => {
    const r = await runCli(['variants', 'list', '--no-match-rate', '--json'], { env: { TAILOR_LIBRARY: lib } });
    expect(json<{ library: string }>(r.stdout).library).toBe(lib);
    const help = await inProcess(['variants', 'save', '--help']);
    for (const flag of ['--from <file>', '--set <key=value>', '--revision <token>', '--library <dir>', '--json'])
      expect(help.stdout).toContain(flag);
  });
});
