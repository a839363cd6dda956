import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-cli';

const library = mkdtempSync(path.join(tmpdir(), 'tailor-export-variant-'));
const env = { TAILOR_LIBRARY: library };
const norm = (s: string) => s.replace(/\s+/g, ' ');

describe('tailor export --variant', () => {
  it('renders a saved variant (hidden and reworded bullets honoured) and records the export in its history', async () => {
    const created = await runCli(
      ['variants', 'new', '--company', 'Acme GPU', '--role', 'Kernel Engineer', '--pages', '2', '--json'],
      { env },
    );
    expect(created.code).toBe(0);
    const id = (JSON.parse(created.stdout) as { id: string }).id;
    const shown = JSON.parse((await runCli(['variants', 'show', id, '--json'], { env })).stdout) as {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      variant: Record<string, any>;
    };
    const v = shown.variant;
    v.tailoring.hidden.bullets.push('container-sandbox-1');
    v.tailoring.rewording['inference-engineer-1'] = {
      text: [{ text: 'Built a low-latency voice agent for CUDA-accelerated speech.' }],
      masterText: 'x',
    };
    const edited = path.join(library, 'edited.json');
    writeFileSync(edited, JSON.stringify(v));
    expect((await runCli(['variants', 'save', id, '--from', edited], { env })).code).toBe(0);

    const out = path.join(library, 'out.pdf');
    const r = await runCli(['export', '--variant', id, '--format', 'pdf', '--out', out, '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const text = norm(execFileSync('pdftotext', [out, '-']).toString());
    expect(text).toContain('Built a low-latency voice agent for CUDA-accelerated speech.');
    expect(text).not.toContain('Wrote a small container runtime');
    const info = execFileSync('pdfinfo', [out]).toString();
    expect(info).toMatch(/Title:\s+Mara Lindqvist — Kernel Engineer at Acme GPU/);

    const after = JSON.parse((await runCli(['variants', 'show', id, '--json'], { env })).stdout) as {
      variant: { exportHistory: { format: string; fileName: string }[] };
    };
    expect(after.variant.exportHistory).toEqual([expect.objectContaining({ format: 'pdf', fileName: 'out.pdf' })]);
  });

  it('with --posting and --pages, auto-tailors the master: the best bullets stay, the weakest go until it fits', async () => {
    const out = path.join(library, 'go.pdf');
    const posting = path.join(ROOT, 'tests/fixtures/postings/go-container-platform.txt');
    const r = await runCli(['export', '--posting', posting, '--template', 'classic', '--pages', '1', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/hid \d+ lowest-scoring bullet\(s\) to fit the page target/);
    expect(execFileSync('pdfinfo', [out]).toString()).toMatch(/Pages:\s+1\n/);
    const text = norm(execFileSync('pdftotext', [out, '-']).toString());
    expect(text).toContain('Wrote a small container runtime in Go');
    expect((text.match(/•/g) ?? []).length).toBeLessThan(17);
  });
});
