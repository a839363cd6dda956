import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/import-text';
import { parseDateRange } from '../../../src/core/import/recognize-dates';
import { plainText } from '../../../src/core/resume/rich-text';
import type { Resume } from '../../../src/core/resume/schema';
import { ROOT } from '../../support/run-cli';

const unusual = readFileSync(path.join(ROOT, 'tests/fixtures/resumes/unusual.md'), 'utf8');

function ok(text: string): { resume: Resume; warnings: { lineNo: number; line: string; reason: string }[] } {
  const r = importText(text);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('importText', () => {
  it('reads a Markdown resume with its own headings, separators and tabbed dates', () => {
    const { resume } = ok(unusual);
    expect(resume.basics).toMatchObject({
      name: 'Priya Raman',
      headline: 'Senior Data Engineer',
      email: 'priya.raman@example.org',
      phone: '(555) 201-3344',
      location: 'Austin, TX',
    });
    expect(resume.basics.links).toEqual([{ label: 'GitHub', url: 'https://github.com/priya-example' }]);
    expect(resume.summary).toBe('Data engineer who builds reliable pipelines.');
    const work = resume.sections.find((s) => s.kind === 'experience');
    expect(work?.title).toBe('Work History');
    expect(work?.entries.map((e) => [e.title, e.organization, e.location, e.start, e.end, e.bullets.length])).toEqual([
      ['Staff Data Engineer', 'Lakeshore Analytics', undefined, '2021-01', 'present', 2],
      ['Data Engineer', 'Corvid Health', 'Denver, CO', '2018', '2020', 1],
    ]);
    const firstBullet = work?.entries[0]?.bullets[0]?.text;
    expect(firstBullet?.find((r) => r.italic)?.text).toBe('Spark');
    const edu = resume.sections.find((s) => s.kind === 'education')?.entries[0];
    expect(edu).toMatchObject({
      organization: 'University of Texas at Austin',
      title: 'B.S. Computer Science',
      location: 'Austin, TX',
      start: '2014',
      end: '2018',
    });
  });

  it('puts unknown sections in custom sections and lists the lines it was unsure of', () => {
    const { resume, warnings } = ok(unusual);
    const custom = resume.sections.filter((s) => s.kind === 'custom').map((s) => s.title);
    expect(custom).toEqual(['Volunteering', 'Certifications']);
    const certs = resume.sections.find((s) => s.title === 'Certifications');
    expect(JSON.stringify(certs)).toContain('Some line the importer cannot classify at all: 42 %% ??');
    expect(warnings.map((w) => w.lineNo)).toContain(
      unusual.split('\n').findIndex((l) => l.startsWith('Some line')) + 1,
    );
  });

  it('never silently drops a line: every word of any input is in the resume', () => {
    const line = fc.oneof(
      fc.constantFrom(
        'EXPERIENCE',
        'SKILLS',
        'PROJECTS',
        'EDUCATION',
        'HOBBIES',
        'Jan 2020 – Present',
        '2019',
        'Remote',
        'Berlin, Germany',
      ),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.&()+#-]{0,40}$/),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.]{0,40}$/).map((s) => `- ${s}`),
      fc.stringMatching(/^[A-Za-z ]{1,12}$/).map((s) => `${s}: a, b`),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 25 }), (lines) => {
        const text = ['Jane Doe', ...lines].join('\n');
        const r = importText(text);
        if (!r.ok) {
          expect(r.error.length).toBeGreaterThan(0);
          return;
        }
        const haystack =
          `${JSON.stringify(r.resume)} ${r.resume.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => plainText(b.text)))).join(' ')}`.toLowerCase();
        for (const l of lines) {
          if (parseDateRange(l)) continue;
          for (const w of l
            .toLowerCase()
            .split(/[^a-z0-9]+/)
            .filter((x) => x.length > 1))
            expect(haystack).toContain(w);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses binary input and empty input with a reason', () => {
    expect(importText('\u0000\u0001\u0002garbage')).toEqual({
      ok: false,
      error: 'the file is binary, not text',
      warnings: [],
    });
    expect(importText('\n \n')).toMatchObject({ ok: false, error: 'the file has no text to import' });
  });
});

describe('parseDateRange', () => {
  it.each([
    ['Feb 2025 – April 2025', { start: '2025-02', end: '2025-04' }],
    ['Sept 2019 - Present', { start: '2019-09', end: 'present' }],
    ['03/2020 to 11/2021', { start: '2020-03', end: '2021-11' }],
    ['2014 – 2018', { start: '2014', end: '2018' }],
    ['Present', { end: 'present' }],
    ['May 2024', { end: '2024-05' }],
  ])('reads %s', (text, expected) => expect(parseDateRange(text)).toEqual(expected));

  it.each(['Remote', 'Smarch 2020', '13/2020', 'Present – 2020'])('rejects %s', (text) =>
    expect(parseDateRange(text)).toBeNull(),
  );
});
