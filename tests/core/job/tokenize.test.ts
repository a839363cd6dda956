import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/job/normalize-text';
import { tokenize, tokenizeTransient } from '../../../src/core/job/tokenize';
import { matchSkills } from '../../../src/core/skills/match-skills';

const words = (s: string) => tokenize(s).map((t) => t.text);
const skills = (s: string) => matchSkills(tokenize(normalizeText(s))).map((m) => m.skill.name);
const spans = (s: string) => matchSkills(tokenize(s)).map((m) => `${s.slice(m.start, m.end)}=${m.skill.name}`);

describe('tokenize', () => {
  it('keeps tech names with symbols whole', () => {
    expect(words('C++, C#, F#, .NET, Node.js and Next.js')).toEqual([
      'C++',
      'C#',
      'F#',
      '.NET',
      'Node.js',
      'and',
      'Next.js',
    ]);
    expect(words('k8s FP16 NVFP4 Tile_lang 5.7x')).toEqual(['k8s', 'FP16', 'NVFP4', 'Tile_lang', '5.7x']);
  });

  it('splits CI/CD, TCP/IP and A/B into joined words so aliases meet', () => {
    const t = tokenize('CI/CD TCP/IP A/B testing');
    expect(t.map((x) => x.lower)).toEqual(['ci', 'cd', 'tcp', 'ip', 'a', 'b', 'testing']);
    expect(t.map((x) => x.joined)).toEqual([false, true, true, true, true, true, true]);
  });

  it('does not join words across punctuation', () => {
    const t = tokenize('kernels. Then, profile');
    expect(t.map((x) => x.joined)).toEqual([false, false, false]);
  });

  it('finds exactly the tokens its documented pattern describes', () => {
    const pattern =
      /(?<![\p{L}\p{M}\p{N}_])\.(?=\p{L})[\p{L}\p{M}\p{N}]+|[\p{L}\p{M}\p{N}_]+(?:[.'][\p{L}\p{M}\p{N}_]+)*(?:\+\+|#(?![\p{L}\p{M}\p{N}]))?/gu;
    const chars = fc.constantFrom('a', 'B', 'z', '0', '9', '_', '.', "'", '+', '#', ' ', '-', '/', '&', 'é', '\n', ',');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((a) => a.join('')),
        (s) => {
          const expected = [...s.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
          expect(tokenize(s).map((t) => `${t.start}:${t.text}`)).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives each token the gap before it and joins exactly across a space, "/", "&" or "-"', () => {
    const joinable = /^(?: ?[/&-] ?| )$/;
    const chars = fc.constantFrom('a', 'B', '0', ' ', ' ', '-', '/', '&', ',', '.', '(', 'ü', '\u2014', '\n');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((a) => a.join('')),
        (s) => {
          let prevEnd = 0;
          // The transient tokens are overwritten by the next call: check them before tokenizing again.
          for (const [i, t] of tokenizeTransient(s).entries()) {
            expect(t.gap).toBe(s.slice(prevEnd, t.start));
            expect(t.joined).toBe(i > 0 && joinable.test(t.gap));
            prevEnd = t.end;
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives offsets that point at the token in the text', () => {
    const s = 'Built a “fast” C++ tool';
    for (const t of tokenize(normalizeText(s))) expect(s.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('skills in text', () => {
  it('recognizes the tech names the issue lists', () => {
    expect(skills('C++, C#, F#, .NET, Node.js, Next.js, CI/CD, TCP/IP, k8s, FP16, NVFP4, A/B testing')).toEqual([
      'C++',
      'C#',
      'F#',
      '.NET',
      'Node.js',
      'Next.js',
      'CI/CD',
      'Networking',
      'Kubernetes',
      'FP16',
      'NVFP4',
      'A/B Testing',
    ]);
  });

  it('reads R as the language only next to data or programming words, never in R&D', () => {
    expect(skills('Experience with R and Python for statistics')).toContain('R');
    expect(skills('Our R&D group ships every week')).not.toContain('R');
  });

  it('reads Go as the language in tech context, not as the verb', () => {
    expect(skills('Built a container runtime in Go using Linux namespaces')).toContain('Go');
    expect(skills('Go beyond what is expected of you')).not.toContain('Go');
    expect(skills('go to the office twice a week')).not.toContain('Go');
  });

  it('reads Spark, Rust and Swift as tech only near other tech', () => {
    expect(skills('ETL jobs in Spark and Kafka')).toContain('Apache Spark');
    expect(skills('Spark joy in every customer conversation')).toEqual([]);
    expect(skills('We write services in Rust, Swift and C++')).toEqual(['Rust', 'Swift', 'C++']);
    expect(skills('Rust stains on the old bridge')).toEqual([]);
  });

  it('tells Triton the kernel language from Triton Inference Server by context', () => {
    expect(skills('Write Triton kernels for the GPU')).toContain('Triton');
    expect(skills('Serve models with Triton behind our model serving endpoints')).toContain('Triton Inference Server');
    expect(skills('Fused RMSNorm in Triton on the GPU')).toEqual(['Kernel Fusion', 'Triton', 'GPU']);
  });

  it('matches aliases and acronyms to canonical skills', () => {
    expect(skills('k8s and kube')).toEqual(['Kubernetes', 'Kubernetes']);
    expect(skills('JS or ECMAScript')).toEqual(['JavaScript', 'JavaScript']);
    expect(skills('LLMs and large language models')).toEqual(['Large Language Models', 'Large Language Models']);
    expect(skills('Compute Unified Device Architecture')).toEqual(['CUDA']);
  });

  it('matches concepts by stem ("profiled" is profiling) and points at the right characters', () => {
    expect(spans('profiled CUDA kernels in Nsight Compute; memory-bandwidth bound')).toEqual([
      'profiled=Profiling',
      'CUDA=CUDA',
      'kernels=GPU Kernels',
      'Nsight Compute=Nsight Compute',
      'memory-bandwidth=Memory Bandwidth',
    ]);
  });

  it('keeps offsets through pasted punctuation and emoji', () => {
    const s = 'Ship 🚀 “Next.js” apps\u00a0with k8s';
    const found = matchSkills(tokenize(normalizeText(s)));
    expect(found.map((m) => s.slice(m.start, m.end))).toEqual(['Next.js', 'k8s']);
  });
});
