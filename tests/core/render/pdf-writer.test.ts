import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf, type Rendered } from '../../../src/core/render/render-resume';
import type { RenderTailoring } from '../../../src/core/render/render-input';
import type { Resume } from '../../../src/core/resume/schema';
import {
  bulletTexts,
  loadResume,
  loadTemplateAndFonts,
  LONG_FILE,
  MASTER_FILE,
  norm,
  pdfPages,
  pdftotext,
  positionsInOrder,
  templateNames,
  tmp,
  writeTmp,
} from './render-fixtures';

const dir = tmp('pdf');
const meta = { company: 'Acme Robotics', role: 'GPU Performance Engineer' };

interface Case {
  label: string;
  resume: Resume;
  template: string;
  file: string;
  rendered: Rendered;
  tailoring: RenderTailoring;
}
const cases: Case[] = [];

/** Hides the second bullet of every entry that has three or more, one whole entry, and rewords one bullet. */
function tailoringFor(resume: Resume): RenderTailoring {
  const entries = resume.sections.flatMap((s) => s.entries);
  const hiddenBullets = entries.filter((e) => e.bullets.length >= 3).map((e) => e.bullets[1]!.id);
  const hiddenEntry = entries.filter((e) => e.bullets.length >= 1).at(-1)!;
  const reworded = entries.find((e) => e.bullets.length >= 3)!.bullets[0]!;
  const bulletOrder = Object.fromEntries(
    entries.filter((e) => e.bullets.length >= 3).map((e) => [e.id, e.bullets.map((b) => b.id).reverse()]),
  );
  return {
    hidden: { bullets: hiddenBullets, entries: [hiddenEntry.id] },
    bulletOrder,
    rewording: {
      [reworded.id]: [
        { text: 'Reworded for this job: ' },
        { text: 'cut p99 latency', bold: true },
        { text: ' on the serving path.' },
      ],
    },
  };
}

/** The bullets the tailored document must show, in order, and those it must not. */
function expected(resume: Resume, t: RenderTailoring): { shown: string[]; hidden: string[] } {
  const hidden = new Set([...(t.hidden?.bullets ?? []), ...(t.hidden?.entries ?? [])]);
  const shown: string[] = [];
  const gone: string[] = [];
  for (const s of resume.sections)
    for (const e of s.entries) {
      const order = t.bulletOrder?.[e.id] ?? e.bullets.map((b) => b.id);
      for (const id of order) {
        const b = e.bullets.find((x) => x.id === id)!;
        const text = bulletTexts({ ...resume, sections: [{ ...s, entries: [{ ...e, bullets: [b] }] }] })[0]!.text;
        if (hidden.has(id) || hidden.has(e.id)) gone.push(text);
        else shown.push(t.rewording?.[id] ? norm(t.rewording[id]!.map((r) => r.text).join('')) : text);
      }
    }
  return { shown, hidden: gone };
}

beforeAll(async () => {
  const names = await templateNames();
  for (const [label, file] of [
    ['master', MASTER_FILE],
    ['long', LONG_FILE],
  ] as const) {
    const resume = loadResume(file);
    for (const template of names) {
      const { template: t, fonts } = await loadTemplateAndFonts(template);
      const tailoring = tailoringFor(resume);
      const rendered = await renderPdf({ resume, tailoring, template: t, fonts, meta });
      cases.push({
        label,
        resume,
        template,
        tailoring,
        rendered,
        file: writeTmp(dir, `${label}-${template}.pdf`, rendered.bytes),
      });
    }
  }
});

describe('PDF export read back by poppler and pdf.js', () => {
  it('renders the master and the long resume in every template (at least three); the long one untailored runs 3+ pages', async () => {
    expect(new Set(cases.map((c) => c.template)).size).toBeGreaterThanOrEqual(3);
    for (const c of cases.filter((x) => x.label === 'long')) {
      const { template, fonts } = await loadTemplateAndFonts(c.template);
      expect((await renderPdf({ resume: c.resume, template, fonts })).pageCount, c.template).toBeGreaterThanOrEqual(3);
    }
  });

  it('pdftotext -layout reads every shown bullet exactly and in order, and no hidden one', () => {
    for (const c of cases) {
      const text = norm(pdftotext(c.file));
      const { shown, hidden } = expected(c.resume, c.tailoring);
      const at = positionsInOrder(text, shown);
      const missing = shown.filter((_, i) => at[i]! < 0);
      expect(missing, `${c.label}/${c.template}: bullets missing or out of order`).toEqual([]);
      for (const h of hidden)
        expect(text.includes(h), `${c.label}/${c.template}: hidden bullet shows: ${h}`).toBe(false);
      // Ligatures are off: "fi" and "fl" come back as two letters, never as U+FB01/U+FB02.
      expect(/[\uFB00-\uFB06]/.test(text)).toBe(false);
    }
  });

  it('pdftotext without -layout keeps each bullet in reading order too (the way most ATS parsers read)', () => {
    for (const c of cases) {
      const text = norm(pdftotext(c.file, []));
      const { shown } = expected(c.resume, c.tailoring);
      const at = positionsInOrder(text, shown);
      expect(
        shown.filter((_, i) => at[i]! < 0),
        `${c.label}/${c.template}`,
      ).toEqual([]);
    }
  });

  it('reads every section heading back as whole words, in every heading style (small caps included)', () => {
    for (const c of cases) {
      const text = norm(pdftotext(c.file)).toLowerCase();
      const hidden = new Set([...(c.tailoring.hidden?.sections ?? []), ...(c.tailoring.hidden?.entries ?? [])]);
      // A section whose every entry is hidden is left out whole, heading included.
      const shown = c.resume.sections.filter(
        (x) => !hidden.has(x.id) && (x.kind === 'skills' || x.entries.some((e) => !hidden.has(e.id))),
      );
      expect(shown.length).toBeGreaterThan(3);
      for (const s of shown)
        expect(text.includes(norm(s.title).toLowerCase()), `${c.label}/${c.template}: heading "${s.title}"`).toBe(true);
    }
  });

  it('reports the page count pdfinfo reads', () => {
    for (const c of cases) expect(c.rendered.pageCount, `${c.label}/${c.template}`).toBe(pdfPages(c.file));
  });

  it('embeds every font, as tagged subsets a fraction of the font files’ size', async () => {
    for (const c of cases.filter((x) => x.label === 'master')) {
      const rows = execFileSync('pdffonts', [c.file], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(rows.length, c.template).toBeGreaterThanOrEqual(2);
      for (const r of rows) {
        const cols = r.trim().split(/\s+/);
        // name, type..., encoding, emb, sub, uni, object, id
        const [emb, sub, uni] = cols.slice(-5, -2);
        expect({ font: cols[0], emb, sub, uni }).toEqual({ font: cols[0], emb: 'yes', sub: 'yes', uni: 'yes' });
        expect(cols[0]).toMatch(/^[A-Z]{6}\+/);
      }
      const { template, fonts } = await loadTemplateAndFonts(c.template);
      const whole = await renderPdf({ resume: c.resume, tailoring: c.tailoring, template, fonts, meta, subset: false });
      const fontFiles = rows.length * Math.min(fonts.regular.length, fonts.bold.length, fonts.italic.length);
      expect(statSync(c.file).size, c.template).toBeLessThan(whole.bytes.length / 2);
      expect(statSync(c.file).size, c.template).toBeLessThan(fontFiles / 2);
    }
  });

  it('pdf.js reads the metadata and a link annotation on every URL and the email, none on placeholders', async () => {
    for (const c of cases.filter((x) => x.template === 'classic')) {
      const pdf = await getDocument({ data: new Uint8Array(c.rendered.bytes), useSystemFonts: false }).promise;
      const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, string> };
      const name = c.resume.basics.name;
      expect(info.Title).toBe(`${name} — GPU Performance Engineer at Acme Robotics`);
      expect(info.Author).toBe(name);
      expect(info.Subject).toBe('Resume for GPU Performance Engineer at Acme Robotics');
      expect(info.Creator).toBe('Tailor');
      expect(info.CreationDate).toMatch(/^D:\d{14}/);
      const urls: string[] = [];
      for (let p = 1; p <= pdf.numPages; p++)
        for (const a of (await (await pdf.getPage(p)).getAnnotations()) as { subtype: string; url?: string }[])
          if (a.subtype === 'Link' && a.url) urls.push(a.url);
      const hiddenEntries = new Set(c.tailoring.hidden?.entries ?? []);
      const want = [
        ...(c.resume.basics.email ? [`mailto:${c.resume.basics.email}`] : []),
        ...c.resume.basics.links.flatMap((l) => (l.url ? [l.url] : [])),
        ...c.resume.sections.flatMap((s) =>
          s.entries
            .filter((e) => !hiddenEntries.has(e.id))
            .flatMap((e) => e.links.flatMap((l) => (l.url ? [l.url] : []))),
        ),
      ];
      // pdf.js reports URLs normalized ("https://a.dev" → "https://a.dev/").
      expect(new Set(urls), c.label).toEqual(new Set(want.map((u) => new URL(u).href)));
      await pdf.destroy();
    }
  });

  it('never leaves a heading or an entry title as the last line of a page', () => {
    for (const c of cases.filter((x) => x.label === 'long')) {
      const headings = new Set(c.resume.sections.map((s) => norm(s.title).toLowerCase()));
      // An entry with bullets must not end a page on its title; one without bullets is complete on its own.
      const titles = c.resume.sections
        .flatMap((s) => s.entries.filter((e) => e.bullets.length).map((e) => e.title.trim()))
        .filter(Boolean);
      for (let p = 1; p <= c.rendered.pageCount; p++) {
        const lines = pdftotext(c.file, ['-layout', '-f', String(p), '-l', String(p)])
          .split('\n')
          .map(norm)
          .filter(Boolean);
        const last = lines.at(-1) ?? '';
        expect(headings.has(last.toLowerCase()), `${c.template} page ${p} ends with heading "${last}"`).toBe(false);
        expect(
          titles.some((t) => last.startsWith(t)),
          `${c.template} page ${p} ends with entry title "${last}"`,
        ).toBe(false);
      }
    }
  });
});
