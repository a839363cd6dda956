import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectSections } from '../../../src/core/job/detect-sections';
import { normalizeText } from '../../../src/core/job/normalize-text';

const fixture = (name: string) =>
  normalizeText(readFileSync(new URL(`../../fixtures/postings/${name}`, import.meta.url), 'utf8'));
const kinds = (text: string) => detectSections(text).sections.map((s) => `${s.kind}:${s.heading ?? ''}`);

describe('detectSections', () => {
  it('finds the title, role, duties, requirements, nice-to-haves, benefits and EEO text of a posting', () => {
    expect(kinds(fixture('gpu-kernel-engineer.txt'))).toEqual([
      'title:',
      'intro:About the role',
      "responsibilities:What you'll do",
      "requirements:What we're looking for",
      'preferred:Nice to have',
      'benefits:Benefits',
      'eeo:',
    ]);
  });

  it("reads a paragraph in the company's own voice as the company blurb, and resumes the role after it", () => {
    const text = [
      'Process Engineer',
      '',
      'Northwind Devices is on a mission to make surgery safer. Founded in 2012, we have raised $90 million from investors and our platform serves clients in twelve countries.',
      '',
      'We are looking for a process engineer who will own validation of our assembly lines and statistical process control.',
      '',
      'To make sure you enjoy solving hard problems with a great team, we offer:',
      '- Stock options and a flexible schedule',
    ].join('\n');
    expect(kinds(text)).toEqual([
      'title:',
      'about_company:',
      'intro:',
      'benefits:To make sure you enjoy solving hard problems with a great team, we offer',
    ]);
    const s = detectSections(text).sections;
    for (let i = 1; i < s.length; i++) expect(s[i]?.start).toBe(s[i - 1]?.end);
  });

  it('weights requirements most and boilerplate almost nothing', () => {
    const s = detectSections(fixture('gpu-kernel-engineer.txt')).sections;
    const w = (k: string) => s.find((x) => x.kind === k)?.weight ?? -1;
    expect(w('requirements')).toBeGreaterThan(w('preferred'));
    expect(w('responsibilities')).toBeGreaterThan(w('preferred'));
    expect(w('preferred')).toBeGreaterThan(w('benefits'));
    expect(w('eeo')).toBeLessThan(0.05);
  });

  it('reads "•" bullets and numbered duties as content, and "About us" as company text', () => {
    expect(kinds(fixture('go-container-platform.txt'))).toEqual([
      'title:',
      'intro:',
      'responsibilities:Responsibilities',
      'requirements:Requirements',
      'preferred:Nice to have',
      'about_company:About us',
    ]);
    expect(kinds(fixture('mlops-platform.txt'))).toEqual([
      'title:',
      'intro:The role',
      'responsibilities:Key responsibilities',
      'requirements:Qualifications',
      'benefits:What we offer',
    ]);
  });

  it('reads markdown, bold and all-caps headings', () => {
    expect(
      kinds('Intro text here.\n## Responsibilities\n- Build things\n**Nice to have:**\n- Rust\nQUALIFICATIONS\n- Go'),
    ).toEqual(['intro:', 'responsibilities:Responsibilities', 'preferred:Nice to have', 'requirements:QUALIFICATIONS']);
  });

  it('reads a heading with its first content on the same line, and keeps that content', () => {
    const text = 'We build compilers.\nRequirements: 5+ years of Go and Kubernetes\nBenefits: health insurance';
    const d = detectSections(text);
    expect(d.sections.map((x) => `${x.kind}:${x.heading ?? ''}`)).toEqual([
      'intro:',
      'requirements:Requirements',
      'benefits:Benefits',
    ]);
    expect(d.headingRanges.map(([a, b]) => text.slice(a, b))).toEqual(['Requirements:', 'Benefits:']);
  });

  it('does not take a short requirement line for a heading', () => {
    expect(kinds('Requirements\nExperience with CUDA\nStrong C++ skills')).toEqual(['requirements:Requirements']);
  });

  it('covers the text with sections in order', () => {
    const text = fixture('web-frontend.txt');
    const s = detectSections(text).sections;
    for (let i = 1; i < s.length; i++) expect(s[i]?.start).toBe(s[i - 1]?.end);
    expect(s[s.length - 1]?.end).toBe(text.length);
  });
});
