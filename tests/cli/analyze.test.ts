import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = path.join(root, 'tests/fixtures/postings/gpu-kernel-engineer.txt');
const tailor = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [path.join(root, 'bin/tailor.mjs'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('tailor analyze', () => {
  it('prints sections and ranked keywords as JSON on stdout alone', () => {
    const r = tailor(['analyze', fixture, '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.sections.map((s: { kind: string }) => s.kind)).toContain('requirements');
    expect(out.keywords.slice(0, 15).map((k: { term: string }) => k.term)).toEqual(
      expect.arrayContaining(['CUDA', 'Triton']),
    );
    for (const k of out.keywords) expect(Object.keys(k)).toEqual(expect.arrayContaining(['term', 'weight', 'kind']));
  });

  it('reads the posting from standard input with "-" and prints a readable table', () => {
    const r = tailor(['analyze', '-'], 'Requirements\n- Go and Kubernetes (k8s) on Linux\n- CI/CD with GitHub Actions');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Keywords, most important first/);
    expect(r.stdout).toMatch(/Kubernetes/);
    expect(r.stdout).toMatch(/requirements\s+weight 1\.00/);
  });

  it('refuses empty input, binary garbage and a missing file with a message and exit 1, never a stack trace', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tailor-analyze-'));
    const bin = path.join(dir, 'garbage.bin');
    writeFileSync(bin, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)));
    for (const [args, input, message] of [
      [['analyze', '-'], '', /empty/],
      [['analyze', bin], undefined, /binary/],
      [['analyze', path.join(dir, 'nope.txt')], undefined, /no such file/],
    ] as const) {
      const r = tailor([...args], input);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    }
  });
});
