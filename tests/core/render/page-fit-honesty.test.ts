/**
 * One fit serves PDF and DOCX: the page count we report for a DOCX is the one LibreOffice renders, and both formats
 * of the imported JSON Resume sample print every description, summary, award and reference. All DOCX files of this
 * test go through ONE LibreOffice call (its start-up is most of the ~4 s).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx, renderPdf, type Rendered } from '../../../src/core/render/render-resume';
import { fromJsonResume } from '../../../src/core/resume/json-resume';
import type { Resume } from '../../../src/core/resume/schema';
import {
  FULL_FILE,
  loadResume,
  loadTemplateAndFonts,
  LONG_FILE,
  MASTER_FILE,
  norm,
  pdfPages,
  pdftotext,
  ROOT,
  templateNames,
  tmp,
  writeTmp,
} from './render-fixtures';

const dir = tmp('honesty');
const loDir = path.join(dir, 'lo');
const SAMPLE = path.join(ROOT, 'node_modules', '@jsonresume', 'schema', 'sample.resume.json');

interface Case {
  name: string;
  pdf: Rendered;
  docx: Rendered;
  pdfFile: string;
  docxFile: string;
}
const fitCases: Case[] = [];
const sampleCases: Case[] = [];
const contactCases: Case[] = [];
/** The master with a contact line long enough to wrap two or three times in every template. */
let manyContacts: Resume;
let sample: Resume;
let sampleJson: Record<string, unknown>;

function trimmed(r: Resume, keep: number): string[] {
  return r.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.id))).slice(keep);
}

beforeAll(async () => {
  sampleJson = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Record<string, unknown>;
  const imported = fromJsonResume(sampleJson);
  if (!imported.ok) throw new Error(imported.error);
  sample = imported.resume;
  const long = loadResume(LONG_FILE);
  const full = loadResume(FULL_FILE);
  const master = loadResume(MASTER_FILE);
  manyContacts = structuredClone(master);
  manyContacts.basics.location = 'Seattle, Washington, United States';
  manyContacts.basics.links = [
    ...master.basics.links,
    { label: 'Conference talk recordings', url: 'https://talks.example.com/mara' },
    { label: 'Kernel tuning notebook', url: 'https://notebook.example.com/kernels' },
    { label: 'Open-source contributions', url: 'https://code.example.com/mlindqvist/contrib' },
    { label: 'Speaker profile' },
  ];
  for (const name of await templateNames()) {
    const { template, fonts } = await loadTemplateAndFonts(name);
    const add = async (list: Case[], label: string, resume: Resume, pages?: number, hidden: string[] = []) => {
      const req = {
        resume,
        template,
        fonts,
        ...(pages ? { pages } : {}),
        tailoring: { hidden: { bullets: hidden } },
      };
      const pdf = await renderPdf(req);
      const docx = await renderDocx({ ...req, embedFonts: true });
      const base = `${label}-${name}`;
      list.push({
        name: base,
        pdf,
        docx,
        pdfFile: writeTmp(dir, `${base}.pdf`, pdf.bytes),
        docxFile: writeTmp(dir, `${base}.docx`, docx.bytes),
      });
    };
    // Natural, fitted to one page, and trimmed to land near page boundaries: where a DOCX used to spill.
    await add(fitCases, 'full', full, 1);
    // The fixture master needs two pages at the 9.5 pt floor: asked for one, both formats must say two.
    await add(fitCases, 'master', master);
    await add(fitCases, 'master-fit1', master, 1);
    await add(fitCases, 'long', long);
    await add(fitCases, 'long-fit2', long, 2);
    for (const keep of [8, 16, 24]) await add(fitCases, `long-keep${keep}`, long, 1, trimmed(long, keep));
    await add(sampleCases, 'sample', sample);
    await add(contactCases, 'contacts', manyContacts);
  }
  mkdirSync(loDir, { recursive: true });
  execFileSync(
    'soffice',
    [
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      loDir,
      ...[...fitCases, ...sampleCases, ...contactCases].map((c) => c.docxFile),
    ],
    { env: { ...process.env, HOME: dir }, stdio: 'ignore', timeout: 240_000 },
  );
}, 300_000);

const loPdf = (c: Case) => path.join(loDir, `${c.name}.pdf`);
// LibreOffice draws small caps as smaller capitals, which pdftotext splits ("E XPERIENCE"): compare letters only.
const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const pageEdges = (file: string) =>
  pdftotext(file)
    .split('\f')
    .filter((p) => p.trim())
    .map((p) => {
      // The first line of a page is where the break fell; a line inside a paragraph may wrap a word differently.
      const first = p.split('\n').find((l) => l.trim()) ?? '';
      return letters(first).slice(0, 24);
    });

describe('page-fit honesty, PDF and DOCX against LibreOffice', () => {
  it('reports for the DOCX the page count LibreOffice renders, the same as the PDF’s', () => {
    const rows = fitCases.map((c) => ({
      name: c.name,
      pdf: pdfPages(c.pdfFile),
      reported: c.docx.pageCount,
      libreOffice: pdfPages(loPdf(c)),
    }));
    for (const r of rows) {
      expect(r.pdf, r.name).toBe(r.reported);
      expect(r.libreOffice, r.name).toBe(r.reported);
    }
  });

  it('breaks the DOCX’s pages where the PDF’s break: every page starts with the same line', () => {
    for (const c of fitCases) expect(pageEdges(loPdf(c)), c.name).toEqual(pageEdges(c.pdfFile));
  });

  it('never fits below the body-size floor, and says when the target cannot be met', () => {
    for (const c of fitCases) {
      expect(c.pdf.fit.bodySize, c.name).toBeGreaterThanOrEqual(9.5 - 1e-9);
      if (c.pdf.fit.target !== null && !c.pdf.fit.fits) expect(c.pdf.fit.message, c.name).toContain('does not fit');
    }
  });
});

describe('nothing silently dropped: the JSON Resume sample in every template', () => {
  const expected = () => {
    const j = sampleJson as Record<string, Record<string, unknown>[] | Record<string, unknown>>;
    const lines: string[] = [String((j.basics as Record<string, unknown>).summary)];
    const grab = (key: string, fields: string[]) => {
      for (const item of (j[key] as Record<string, unknown>[] | undefined) ?? [])
        for (const f of fields) if (typeof item[f] === 'string' && item[f]) lines.push(item[f]);
    };
    grab('work', ['description', 'summary']);
    grab('volunteer', ['summary']);
    grab('projects', ['description']);
    grab('publications', ['summary']);
    grab('awards', ['title', 'summary']);
    grab('references', ['name', 'reference']);
    return lines.map(norm);
  };
  // A hyphen or dash ending a line joins the next word, as a reader of the page joins it.
  const textOf = (file: string) => letters(pdftotext(file, []).replace(/-\n\s*/g, '-'));

  it('prints every description, summary, award and reference line in the PDF (pdftotext)', () => {
    for (const c of sampleCases) {
      const text = textOf(c.pdfFile);
      expect(
        expected().filter((l) => !text.includes(letters(l))),
        c.name,
      ).toEqual([]);
    }
  });

  it('prints them in the DOCX too (LibreOffice)', () => {
    for (const c of sampleCases) {
      const text = textOf(loPdf(c));
      expect(
        expected().filter((l) => !text.includes(letters(l))),
        c.name,
      ).toEqual([]);
    }
  });

  it('lists in the report every field it does not print', () => {
    for (const c of sampleCases) {
      const paths = c.pdf.notShown.map((n) => n.path);
      // The sample's skill levels are kept for a round trip to JSON Resume, and no template prints them.
      expect(paths, c.name).toContain('skills[0].level');
      // The work description is printed (with the entry's summary), so it is not in the list.
      expect(
        paths.filter((p) => p.endsWith('.description')),
        c.name,
      ).toEqual([]);
    }
  });
});

describe('the contact line wraps between its items, never inside one', () => {
  const items = () => {
    const b = manyContacts.basics;
    return [b.phone!, b.email!, b.location!, ...b.links.map((l) => l.label)];
  };
  const lineOf = (text: string, item: string) => text.split('\n').findIndex((l) => norm(l).includes(item));

  it('keeps every item whole on one line, in the PDF and in LibreOffice’s rendering of the DOCX', () => {
    for (const c of contactCases)
      for (const [format, file] of [
        ['pdf', c.pdfFile],
        ['docx', loPdf(c)],
      ] as const) {
        const text = pdftotext(file).split('\f')[0]!;
        const header = text.split('\n').slice(0, 8).join('\n');
        const lines = new Set(items().map((i) => lineOf(header, i)));
        expect(
          items().filter((i) => lineOf(header, i) < 0),
          `${c.name} ${format}`,
        ).toEqual([]);
        // It did wrap: the test is about where.
        expect(lines.size, `${c.name} ${format}`).toBeGreaterThan(1);
      }
  });
});
