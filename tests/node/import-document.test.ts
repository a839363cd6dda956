import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText, toInlineMarkdown } from '../../src/core/resume/rich-text';
import type { Resume } from '../../src/core/resume/schema';
import { importDocument } from '../../src/node/import-document';
import { ROOT } from '../support/run-cli';

/** Resumes we wrote ourselves in LibreOffice (tests/fixtures/import/src), converted to DOCX and PDF. */
const fixture = (name: string) => path.join(ROOT, 'tests', 'fixtures', 'import', name);

async function imported(
  name: string,
): Promise<{ resume: Resume; warnings: { lineNo: number; line: string; reason: string }[] }> {
  const type = name.endsWith('.pdf') ? 'pdf' : 'docx';
  const r = await importDocument(new Uint8Array(readFileSync(fixture(name))), type);
  if (!r.ok) throw new Error(r.error);
  return r;
}

function bulletsBySection(resume: Resume): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of resume.sections)
    for (const e of s.entries)
      for (const b of e.bullets)
        (out[`${s.title} > ${e.title || e.organization}`] ??= []).push(toInlineMarkdown(b.text));
  return out;
}

/** What each source file says, written out by hand from tests/fixtures/import/src. */
const EXPECTED: Record<
  string,
  { bullets: Record<string, string[]>; entries: [string, string | undefined, string | undefined, string | undefined][] }
> = {
  'two-column': {
    bullets: {
      'Experience > Senior Data Scientist': [
        'Built a claims triage model that routes **30% of claims** to fast-track review.',
        'Designed the pricing experiment framework used by three product lines.',
        'Moved nightly reporting from spreadsheets to **dbt** models.',
      ],
      'Experience > Data Analyst': [
        'Forecast branch cash demand within 4% error, freeing $2M in idle reserves.',
        'Automated the monthly board report.',
      ],
      'Projects > Open Flood Maps': ['Published flood risk estimates for **1,200 census tracts** as open data.'],
    },
    entries: [
      ['M.S. Statistics', 'University of Michigan', '2014', '2016'],
      ['B.Sc. Mathematics', 'University of Lagos', '2009', '2013'],
      ['Senior Data Scientist', 'Meridian Insurance', '2019-01', 'present'],
      ['Data Analyst', 'Great Lakes Credit Union', '2016-06', '2018-12'],
      ['Open Flood Maps', undefined, undefined, undefined],
    ],
  },
  tables: {
    bullets: {
      'Professional Experience > Senior Site Reliability Engineer': [
        'Cut paging alerts by **62%** by replacing static thresholds with SLO burn-rate alerts across 40 services.',
        'Led the migration of 300 virtual machines to **Kubernetes** with zero customer-facing downtime.',
        'Wrote the incident review template now used by every engineering team.',
      ],
      'Professional Experience > Systems Administrator': [
        'Automated server provisioning with **Ansible**, taking a new host from two days to forty minutes.',
        'Ran the on-call rotation for a team of six.',
      ],
    },
    entries: [
      ['Senior Site Reliability Engineer', 'Vistula Payments', '2021-01', 'present'],
      ['Systems Administrator', 'Baltic Freight', '2017-06', '2020-12'],
      ['B.Sc. Computer Science', 'AGH University of Science and Technology', '2013', '2017'],
      ['Certified Kubernetes Administrator', 'CNCF', undefined, '2022'],
      ['AWS Solutions Architect Associate', 'Amazon', undefined, '2020'],
    ],
  },
  'unusual-headings': {
    bullets: {
      "Where I've Worked > Lead iOS Developer": [
        'Rebuilt the patient check-in flow in **SwiftUI**, lifting completion from 71% to 93%.',
        'Mentored four developers through their first App Store releases.',
      ],
      "Where I've Worked > Android Developer": [
        'Shipped an offline-first field notes app in **Kotlin** used by 12,000 park rangers.',
        'Cut cold start time from 3.1 s to 0.9 s.',
      ],
      'Things I Built > Tidepool': ['Reached **40,000 downloads** with no marketing budget.'],
    },
    entries: [
      ['Lead iOS Developer', 'Harbor Health', '2020-03', 'present'],
      ['Android Developer', 'Lantern Labs', '2016', '2020'],
      ['Tidepool', undefined, undefined, undefined],
      ['B.S. Computer Science', 'Northeastern University', undefined, '2016'],
      [
        'Volunteer coding coach at a public library, teaching teenagers to build their first apps.',
        undefined,
        undefined,
        undefined,
      ],
    ],
  },
};

// Dates come back as 2021-01; the plain "Contact" and "Summary" headings become basics and the summary.
const DATE_WORD =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$|^\d{4}$|^present$|^to$|^contact$|^summary$/i;

describe.each(Object.keys(EXPECTED))('a resume we did not make: %s', (name) => {
  const want = EXPECTED[name];
  it.each(['docx', 'pdf'])(
    `.%s: every bullet comes back, in its section and entry, with its bold spans`,
    async (ext) => {
      const { resume } = await imported(`${name}.${ext}`);
      expect(bulletsBySection(resume)).toEqual(want?.bullets);
    },
  );

  it.each(['docx', 'pdf'])('.%s: entries keep titles, organizations and dates', async (ext) => {
    const { resume } = await imported(`${name}.${ext}`);
    const entries = resume.sections.flatMap((s) => s.entries).map((e) => [e.title, e.organization, e.start, e.end]);
    expect(entries).toEqual(want?.entries);
  });

  it.each(['docx', 'pdf'])(
    '.%s: never silently drops a line: every word poppler reads is in the resume',
    async (ext) => {
      const { resume, warnings } = await imported(`${name}.${ext}`);
      // pdftotext is an independent reader; the DOCX and the PDF were made from the same source.
      const text = execFileSync('pdftotext', ['-layout', fixture(`${name}.pdf`), '-'], { encoding: 'utf8' });
      const haystack = [
        JSON.stringify(resume),
        ...resume.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => plainText(b.text)))),
        ...warnings.map((w) => w.line),
      ]
        .join(' ')
        .toLowerCase();
      const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !DATE_WORD.test(w));
      expect(words.length).toBeGreaterThan(60);
      expect(words.filter((w) => !haystack.includes(w.toLowerCase()))).toEqual([]);
    },
  );
});

describe('contact details and skills from other layouts', () => {
  it('reads a sidebar "Contact" section into the basics', async () => {
    const { resume } = await imported('two-column.pdf');
    expect(resume.basics).toMatchObject({
      name: 'Amara Okafor',
      headline: 'Data Scientist',
      email: 'amara.okafor@example.com',
      phone: '(734) 555-0199',
      location: 'Ann Arbor, MI',
    });
  });

  it('keeps a link address from a DOCX hyperlink and from a PDF link annotation', async () => {
    for (const ext of ['docx', 'pdf']) {
      const { resume } = await imported(`tables.${ext}`);
      expect(resume.basics.links).toEqual([{ label: 'GitHub', url: 'https://github.com/marta-k-example' }]);
    }
  });

  it('reads the name and contact line from a Word page header, and reports the footer it did not place', async () => {
    for (const ext of ['docx', 'pdf']) {
      const { resume, warnings } = await imported(`page-header.${ext}`);
      expect(resume.basics).toMatchObject({
        name: 'Lena Fischer',
        email: 'lena.fischer@example.de',
        phone: '+49 30 5550 1234',
        location: 'Berlin, Germany',
      });
      expect(bulletsBySection(resume)).toEqual({
        'Experience > Product Designer': [
          'Redesigned the booking flow, cutting abandoned bookings by **18%**.',
          'Ran twelve rounds of usability testing with riders in three cities.',
        ],
      });
      expect(JSON.stringify(warnings)).toContain('References available on request');
    }
  });

  it('reads a browser-printed PDF, whose bullets are drawn shapes, by indentation', async () => {
    const { resume } = await imported('browser-printed.pdf');
    expect(bulletsBySection(resume)).toEqual({
      'EXPERIENCE > Staff Frontend Engineer': [
        'Cut the **largest contentful paint** from 4.2 s to 1.3 s across the patient portal by splitting bundles and streaming server rendering of the main routes.',
        'Built the design system used by 9 product teams.',
      ],
      'EXPERIENCE > Frontend Engineer': ['Shipped the checkout rewrite in **React** and TypeScript.'],
    });
    expect(
      resume.sections.flatMap((s) => s.entries).map((e) => [e.title, e.organization, e.location, e.start, e.end]),
    ).toEqual([
      ['Staff Frontend Engineer', 'Brightline Health', 'San Francisco, CA', '2019-08', 'present'],
      ['Frontend Engineer', 'Pixel & Parcel', 'Oakland, CA', '2015', '2019'],
      ['B.A. Cognitive Science', 'UC Berkeley', undefined, '2011', '2015'],
    ]);
  });

  it('reads a skills table: the left cell is the group, the right cell its skills', async () => {
    for (const ext of ['docx', 'pdf']) {
      const { resume } = await imported(`tables.${ext}`);
      expect(resume.skills.map((g) => [g.label, g.items.join(', ')])).toEqual([
        ['Languages', 'Go, Python, Bash'],
        ['Infrastructure', 'Kubernetes, Terraform, Ansible, Prometheus'],
        ['Practices', 'SLOs, incident response, capacity planning'],
      ]);
    }
  });

  it('reports what it could not place, line by line', async () => {
    const { warnings } = await imported('unusual-headings.docx');
    expect(warnings).toContainEqual(
      expect.objectContaining({ line: 'a tide chart widget for iOS', reason: 'kept as the description of "Tidepool"' }),
    );
    expect(warnings.every((w) => w.lineNo > 0)).toBe(true);
  });
});
