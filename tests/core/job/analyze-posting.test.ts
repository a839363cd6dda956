import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePosting, MAX_ANALYZED_CHARS } from '../../../src/core/job/analyze-posting';
import { AnalyzedPosting } from '../../../src/core/job/schema';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/postings/${name}`, import.meta.url), 'utf8');
function analyzed(text: string) {
  const r = analyzePosting(text);
  if (!r.ok) throw new Error(r.error);
  return r.posting;
}
const terms = (text: string, n = 15) =>
  analyzed(text)
    .keywords.slice(0, n)
    .map((k) => k.term);

describe('analyzePosting', () => {
  it('ranks the skills a GPU kernel posting asks for at the top', () => {
    const top = terms(fixture('gpu-kernel-engineer.txt'));
    for (const t of ['CUDA', 'Triton', 'GPU Kernels', 'C++', 'Nsight Compute']) expect(top).toContain(t);
  });

  it('ranks Go, Linux namespaces and cgroups for a container platform posting', () => {
    const top = terms(fixture('go-container-platform.txt'));
    for (const t of ['Go', 'Linux Namespaces', 'cgroups', 'Container Runtime']) expect(top).toContain(t);
  });

  it('keeps benefits and equal-opportunity words out of the keywords', () => {
    const all = analyzed(fixture('gpu-kernel-engineer.txt')).keywords.map((k) => k.term.toLowerCase());
    for (const t of ['health insurance', 'religion', 'equal opportunity', '401(k)', 'team', 'experience'])
      expect(all).not.toContain(t);
  });

  it('gives every keyword a kind, a weight in 0..1 ranked high to low, and where it came from', () => {
    const p = analyzed(fixture('web-frontend.txt'));
    expect(AnalyzedPosting.safeParse(p).success).toBe(true);
    expect(p.keywords[0]?.weight).toBe(1);
    for (let i = 1; i < p.keywords.length; i++)
      expect(p.keywords[i]!.weight).toBeLessThanOrEqual(p.keywords[i - 1]!.weight);
    const kinds = new Set(p.keywords.map((k) => k.kind));
    expect(kinds.has('tool')).toBe(true);
    expect(kinds.has('hard_skill')).toBe(true);
    const react = p.keywords.find((k) => k.term === 'React');
    expect(react?.sections[0]).toBe('requirements');
    expect(react?.sections).toContain('title');
    expect(p.text.slice(react!.start, react!.end)).toBe('React');
  });

  it('reads text pasted from a web page: bullets, smart quotes, non-breaking spaces, emoji', () => {
    const p = analyzed(fixture('messy-web-paste.txt'));
    const top = p.keywords.map((k) => k.term);
    for (const t of ['Apache Spark', 'Apache Kafka', 'Snowflake', 'dbt', 'SQL', 'Apache Airflow', 'Python', 'R'])
      expect(top).toContain(t);
    expect(p.sections.map((s) => s.kind)).toEqual(['title', 'responsibilities', 'requirements']);
  });

  it('refuses empty input, binary data and text with no recognizable words with a clear message', () => {
    expect(analyzePosting('')).toEqual({ ok: false, error: expect.stringMatching(/empty/) });
    expect(analyzePosting('   \n\t ')).toEqual({ ok: false, error: expect.stringMatching(/empty/) });
    const binary = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 37) % 32));
    expect(analyzePosting(binary)).toEqual({ ok: false, error: expect.stringMatching(/binary/) });
    expect(analyzePosting('zzqx vbnm qwpf '.repeat(50))).toEqual({
      ok: false,
      error: expect.stringMatching(/no recognizable words/),
    });
  });

  it('analyzes the beginning of a 2 MB posting and says so', () => {
    const base = fixture('gpu-kernel-engineer.txt');
    const huge = base.repeat(Math.ceil((2 * 1024 * 1024) / base.length));
    const r = analyzePosting(huge);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.posting.text.length).toBe(MAX_ANALYZED_CHARS);
    expect(r.posting.notes.join(' ')).toMatch(/analyzed the first 200,000/);
    expect(r.posting.keywords.map((k) => k.term)).toContain('CUDA');
  });

  it('notes a very short posting but still analyzes it', () => {
    const p = analyzed('Python and Kubernetes engineer');
    expect(p.notes.join(' ')).toMatch(/very short/);
    expect(p.keywords.map((k) => k.term)).toEqual(expect.arrayContaining(['Python', 'Kubernetes']));
  });
});
