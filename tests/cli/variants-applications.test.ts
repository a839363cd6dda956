import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MASTER, runCli } from '../support/run-cli';

const work = mkdtempSync(path.join(tmpdir(), 'tailor-apps-'));
const library = path.join(work, 'variants');
const master = path.join(work, 'master.json');
copyFileSync(MASTER, master);
// Every run reads the copy, so the test can edit the master the way the person would.
const env = { TAILOR_LIBRARY: library, TAILOR_RESUME: master };
const cli = (args: string[]) => runCli([...args, ...(needsResume(args) ? ['--resume', master] : [])], { env });
const needsResume = (args: string[]) =>
  args[0] === 'export' || ['new', 'show', 'list', 'diff', 'keep', 'insight', 'export-csv'].includes(args[1] ?? '');

interface Shown {
  variant: {
    id: string;
    status: string;
    role: string;
    statusHistory: { status: string; at: string }[];
    exportHistory: { fileName: string; snapshot?: string; sha256?: string }[];
  };
}
async function show(id: string): Promise<Shown> {
  const r = await cli(['variants', 'show', id, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Shown;
}
async function create(company: string, role: string, posting?: string): Promise<string> {
  // Two pages: the whole fixture master fits, so an export is not refused for its page target.
  const args = ['variants', 'new', '--company', company, '--role', role, '--pages', '2', '--json'];
  if (posting) {
    const file = path.join(work, `${company}.txt`);
    writeFileSync(file, posting);
    args.push('--posting', file);
  }
  const r = await cli(args);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { id: string }).id;
}
function editMaster(
  change: (m: { sections: { entries: { bullets: { id: string; text: { text: string }[] }[] }[] }[] }) => void,
) {
  const m = JSON.parse(readFileSync(master, 'utf8'));
  change(m);
  writeFileSync(master, JSON.stringify(m, null, 2));
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('applications: what was sent stays what was sent', () => {
  it('keeps a byte-identical snapshot of an export, with its sha256, through status changes and master edits', async () => {
    const id = await create('Northwind Health', 'Inference Engineer');
    const out = path.join(work, 'sent.pdf');
    const exported = await cli(['export', '--variant', id, '--format', 'pdf', '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    expect((await cli(['variants', 'track', id, '--status', 'applied'])).code).toBe(0);
    editMaster((m) => {
      const bullets = m.sections
        .find((s) => s.entries.some((e) => e.bullets.some((b) => b.id === 'inference-engineer-1')))!
        .entries.find((e) => e.bullets.some((b) => b.id === 'inference-engineer-1'))!.bullets;
      bullets[0]!.text = [{ text: 'Rewrote the dictation service from scratch after the send.' }];
      bullets.push({ id: 'inference-engineer-new', text: [{ text: 'A bullet added to the master after the send.' }] });
    });

    const after = await show(id);
    const record = after.variant.exportHistory[0]!;
    expect(record.fileName).toBe('sent.pdf');
    expect(record.snapshot).toMatch(new RegExp(`^snapshots/${id}/\\d{8}T\\d{9}Z-sent\\.pdf$`));
    const sent = readFileSync(out);
    const kept = readFileSync(path.join(library, record.snapshot!));
    expect(kept.equals(sent)).toBe(true);
    expect(record.sha256).toBe(sha(sent));
    // The resolved resume it was made from is kept beside it: it still says what was sent, not what the master says now.
    const meta = JSON.parse(readFileSync(path.join(library, `${record.snapshot!}.json`), 'utf8'));
    expect(JSON.stringify(meta.resolved)).toContain('clinical dictation service');
    expect(JSON.stringify(meta.resolved)).not.toContain('after the send');
    expect(meta.template).toBe('classic');
    expect(meta.fonts.family).toBeTruthy();

    // Renamed, then trashed and restored: the snapshot moves with the variant and comes back whole.
    expect((await cli(['variants', 'rename', id, '--company', 'Northwind Care'])).code).toBe(0);
    expect((await cli(['variants', 'delete', id])).code).toBe(0);
    expect(() => readFileSync(path.join(library, record.snapshot!))).toThrow();
    expect(readFileSync(path.join(library, '.trash', record.snapshot!)).equals(sent)).toBe(true);
    expect((await cli(['variants', 'restore', id])).code).toBe(0);
    expect(readFileSync(path.join(library, record.snapshot!)).equals(sent)).toBe(true);
    expect((await show(id)).variant.exportHistory[0]!.sha256).toBe(sha(sent));
  });

  it('dates every status change', async () => {
    const id = await create('Contoso', 'Nurse');
    const before = Date.now();
    expect((await cli(['variants', 'track', id, '--status', 'applied', '--location', 'Malmö'])).code).toBe(0);
    expect((await cli(['variants', 'save', id, '--set', 'status=interviewing'])).code).toBe(0);
    expect((await cli(['variants', 'track', id, '--location', 'Lund'])).code).toBe(0); // no status change: no step
    const h = (await show(id)).variant.statusHistory;
    expect(h.map((s) => s.status)).toEqual(['draft', 'applied', 'interviewing']);
    for (const s of h) expect(s.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(h[1]!.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(h[2]!.at)).toBeGreaterThanOrEqual(Date.parse(h[1]!.at));
  });

  it('names duplicates "(copy)", "(copy 2)" and writes a formula-safe CSV of the tracker', async () => {
    const id = await create('=HYPERLINK("http://x.example","pay")', 'Account Executive');
    const d1 = JSON.parse((await cli(['variants', 'duplicate', id, '--json'])).stdout) as { role: string };
    const d2 = JSON.parse((await cli(['variants', 'duplicate', id, '--json'])).stdout) as { role: string };
    expect([d1.role, d2.role]).toEqual(['Account Executive (copy)', 'Account Executive (copy 2)']);
    expect(
      (
        await cli([
          'variants',
          'track',
          id,
          '--salary',
          '$60,000 – $70,000',
          '--next',
          'call back',
          '--due',
          '2026-03-14',
        ])
      ).code,
    ).toBe(0);
    const r = await cli(['variants', 'export-csv', '--no-match-rate']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toMatch(/^id,company,role,status,/);
    const row = lines.find((l) => l.startsWith(`${id},`))!;
    expect(row).toContain(`,"'=HYPERLINK(""http://x.example"",""pay"")",Account Executive,draft,`);
    expect(row).toContain(',"$60,000 – $70,000",');
    expect(row).toContain(',call back,2026-03-14,');
    expect(r.stdout.endsWith('\r\n')).toBe(true);
  });

  it('keeps an application as it was: a master edit no longer reaches it, and "follow" lets it through again', async () => {
    const id = await create('Fabrikam', 'ML Engineer');
    expect((await cli(['variants', 'track', id, '--status', 'applied'])).code).toBe(0);
    const sent = (await cli(['variants', 'show', id, '--applied'])).stdout;
    expect((await cli(['variants', 'keep', id])).code).toBe(0);
    editMaster((m) => {
      m.sections[1]!.entries[0]!.bullets[0]!.text = [{ text: 'Edited after Fabrikam was kept.' }];
    });
    const kept = (await cli(['variants', 'show', id, '--applied'])).stdout;
    expect(kept).toBe(sent);
    expect((await cli(['variants', 'follow', id])).code).toBe(0);
    expect((await cli(['variants', 'show', id, '--applied'])).stdout).toContain('Edited after Fabrikam was kept.');
  });
});

describe('insight across saved postings', () => {
  it('lists a keyword the master lacks that two of three saved postings want', async () => {
    const lib2 = path.join(work, 'insight-library');
    const run = (args: string[]) => runCli([...args, '--resume', master], { env: { ...env, TAILOR_LIBRARY: lib2 } });
    const posting = (extra: string) =>
      `Senior ML Inference Engineer\n\nRequirements\n- Strong CUDA and C++ for GPU kernels\n- PyTorch serving experience\n${extra}`;
    const texts = [
      posting('- Terraform, AWS and Docker for our infrastructure'),
      posting('- Snowflake, Terraform and Airflow pipelines'),
      posting('- Triton and CUTLASS experience\n- Nsight profiling'),
    ];
    for (const [i, t] of texts.entries()) {
      const file = path.join(work, `insight-${i}.txt`);
      writeFileSync(file, t);
      const r = await run(['variants', 'new', '--company', `Co${i}`, '--role', 'Engineer', '--posting', file]);
      expect(r.code, r.stderr).toBe(0);
    }
    const r = await run(['variants', 'insight', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const insight = JSON.parse(r.stdout) as {
      postings: number;
      missing: { term: string; postings: number; weight: number }[];
      strongest: { bulletId: string }[];
    };
    expect(insight.postings).toBe(3);
    const terraform = insight.missing.find((m) => m.term.toLowerCase() === 'terraform');
    expect(terraform, JSON.stringify(insight.missing.slice(0, 10))).toBeDefined();
    expect(terraform!.postings).toBe(2);
    expect(terraform!.weight).toBeGreaterThan(0);
    expect(insight.missing[0]!.postings).toBeGreaterThanOrEqual(2);
    expect(insight.strongest.length).toBeGreaterThan(0);
    // The second look reads the cache: same answer.
    const again = JSON.parse((await run(['variants', 'insight', '--json'])).stdout) as {
      missing: unknown;
      fromCache: number;
    };
    expect(again.missing).toEqual(insight.missing);
    expect(again.fromCache).toBe(3);
  });
});
