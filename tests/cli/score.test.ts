import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MASTER, withFixtureMaster } from '../support/run-cli';
import { cleanTestEnv } from '../support/test-env';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = (name: string) => path.join(root, 'tests/fixtures/postings', name);
const tailor = (args: string[], input?: string) =>
  spawnSync(process.execPath, [path.join(root, 'bin/tailor.mjs'), ...withFixtureMaster(args)], {
    cwd: root,
    env: cleanTestEnv(process.env),
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });

interface ScoreJson {
  matchRate: number;
  keywords: { term: string; weight: number; kind: string }[];
  missing: { term: string; weight: number; status: string }[];
  bullets: { id: string; text: string; score: number; matches: { term: string; start: number; end: number }[] }[];
  breakdown: { share: number }[];
  rateNote: string;
}

describe('tailor score', () => {
  it('prints the JSON contract: matchRate, keywords, missing, bullets with spans into their plain text', () => {
    const r = tailor(['score', fixture('go-container-platform.txt'), '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as ScoreJson;
    expect(typeof out.matchRate).toBe('number');
    expect(out.keywords[0]).toMatchObject({ term: expect.any(String), weight: 1, kind: expect.any(String) });
    expect(out.missing.every((m) => ['missing', 'weak'].includes(m.status))).toBe(true);
    expect(out.bullets[0]?.id).toBe('container-sandbox-1');
    expect(out.breakdown.length).toBeGreaterThan(0);
    expect(out.rateNote).toMatch(/related/);
    for (const b of out.bullets) {
      expect(b.text).not.toMatch(/\*\*/);
      for (const m of b.matches) expect(b.text.slice(m.start, m.end).length).toBeGreaterThan(0);
    }
    const top = out.bullets[0]!;
    expect(top.matches.filter((m) => m.term === 'Go').map((m) => top.text.slice(m.start, m.end))).toEqual(['Go']);
  });

  it('prints the match rate, missing keywords and ranked bullets for people', () => {
    const r = tailor(['score', fixture('gpu-kernel-engineer.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Match rate: \d+%/);
    expect(r.stdout).toMatch(/Bullets, best match first/);
    expect(r.stdout).toMatch(/\[CUDA\]/);
  });

  it('scores against another resume with --resume and says clearly when it is invalid', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tailor-score-'));
    const master = JSON.parse(readFileSync(MASTER, 'utf8'));
    master.sections = master.sections.filter((s: { kind: string }) => s.kind !== 'projects');
    const file = path.join(dir, 'short.json');
    writeFileSync(file, JSON.stringify(master));
    const r = tailor(['score', fixture('gpu-kernel-engineer.txt'), '--resume', file, '--json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as ScoreJson).bullets.some((b) => b.id.startsWith('speculative-decoding'))).toBe(
      false,
    );
    writeFileSync(file, '{"schemaVersion": 1}');
    const bad = tailor(['score', fixture('gpu-kernel-engineer.txt'), '--resume', file]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/problem/);
  });

  it('handles a 2 MB posting with a note, in well under the timeout', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tailor-score-'));
    const base = readFileSync(fixture('mlops-platform.txt'), 'utf8');
    const file = path.join(dir, 'huge.txt');
    writeFileSync(file, base.repeat(Math.ceil((2 * 1024 * 1024) / base.length)));
    const r = tailor(['score', file, '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/note: .*analyzed the first/);
    expect((JSON.parse(r.stdout) as ScoreJson).matchRate).toBeGreaterThanOrEqual(0);
  });

  it('refuses a posting with no recognizable words', () => {
    const r = tailor(['score', '-', '--json'], 'qqq zzxv plmk '.repeat(40));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no recognizable words/);
    expect(r.stdout).toBe('');
  });
});
