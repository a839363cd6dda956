import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx, type Rendered } from '../../../src/core/render/render-resume';
import { pageBox, type Template } from '../../../src/core/render/template-schema';
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

const dir = tmp('docx');
const pdfDir = path.join(dir, 'pdf');

interface Case {
  label: string;
  template: Template;
  resume: Resume;
  file: string;
  rendered: Rendered;
  shown: string[];
  hidden: string[];
}
const cases: Case[] = [];
let fitted: Rendered;

const unzip = (file: string, member: string) => execFileSync('unzip', ['-p', file, member], { encoding: 'utf8' });
const members = (file: string) => execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');

beforeAll(async () => {
  for (const [label, file] of [
    ['master', MASTER_FILE],
    ['long', LONG_FILE],
  ] as const) {
    const resume = loadResume(file);
    const all = bulletTexts(resume);
    // Hide every third bullet: the DOCX must leave them out.
    const hiddenIds = all.filter((_, i) => i % 3 === 2).map((b) => b.id);
    const tailoring: RenderTailoring = { hidden: { bullets: hiddenIds } };
    for (const name of await templateNames()) {
      const { template, fonts } = await loadTemplateAndFonts(name);
      const rendered = await renderDocx({
        resume,
        tailoring,
        template,
        fonts,
        meta: { company: 'Acme', role: 'Engineer' },
        embedFonts: label === 'master',
      });
      cases.push({
        label,
        template,
        resume,
        rendered,
        file: writeTmp(dir, `${label}-${name}.docx`, rendered.bytes),
        shown: all.filter((b) => !hiddenIds.includes(b.id)).map((b) => b.text),
        hidden: all.filter((b) => hiddenIds.includes(b.id)).map((b) => b.text),
      });
    }
  }
  const { template, fonts } = await loadTemplateAndFonts('compact');
  fitted = await renderDocx({ resume: loadResume(MASTER_FILE), template, fonts, pages: 1, embedFonts: true });
  const fittedFile = writeTmp(dir, 'master-compact-fit1.docx', fitted.bytes);
  mkdirSync(pdfDir, { recursive: true });
  // One LibreOffice run for every file: its start-up is most of the ~4 s.
  execFileSync(
    'soffice',
    ['--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...cases.map((c) => c.file), fittedFile],
    {
      env: { ...process.env, HOME: dir },
      stdio: 'ignore',
      timeout: 120_000,
    },
  );
}, 180_000);

describe('DOCX export read back by LibreOffice, mammoth and its own XML', () => {
  it('LibreOffice turns it into a PDF whose text has every shown bullet, in order, and no hidden one', () => {
    for (const c of cases) {
      // LibreOffice, like Word, may break a line after a hyphen the text already has ("first-|principles"):
      // a hyphen ending a line is joined to the next word, which is how a reader of the page reads it too.
      const text = norm(pdftotext(path.join(pdfDir, path.basename(c.file, '.docx') + '.pdf')).replace(/-\n\s*/g, '-'));
      const at = positionsInOrder(text, c.shown);
      expect(
        c.shown.filter((_, i) => at[i]! < 0),
        `${c.label}/${c.template.name}`,
      ).toEqual([]);
      for (const h of c.hidden) expect(text.includes(h), `${c.label}/${c.template.name}: ${h}`).toBe(false);
    }
  });

  it('mammoth reads the same bullet texts as list items', async () => {
    for (const c of cases) {
      const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(c.rendered.bytes) });
      const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => norm(decode(m[1]!.replace(/<[^>]+>/g, ''))));
      expect(items, `${c.label}/${c.template.name}`).toEqual(c.shown);
    }
  });

  it('uses real bullet numbering, styles, a right tab at the text edge, and no tables, text boxes or headers', () => {
    for (const c of cases) {
      const doc = unzip(c.file, 'word/document.xml');
      const numbering = unzip(c.file, 'word/numbering.xml');
      const styles = unzip(c.file, 'word/styles.xml');
      expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>/);
      expect(numbering).toContain(`<w:lvlText w:val="${c.template.bullet.char}"/>`);
      expect((doc.match(/<w:numPr>/g) ?? []).length).toBe(c.shown.length);
      expect(doc).not.toMatch(/<w:tbl>|<w:txbxContent|<w:headerReference|<w:footerReference/);
      expect(members(c.file).some((m) => /word\/(header|footer)\d*\.xml/.test(m))).toBe(false);
      // No bullet character typed into the text.
      expect(doc).not.toContain(`<w:t xml:space="preserve">${c.template.bullet.char}`);
      const right = Math.round(pageBox(c.template).contentWidth * 20);
      expect(styles).toContain(`<w:tab w:val="right" w:pos="${right}"/>`);
      for (const id of ['Heading1', 'EntryTitle', 'EntrySubtitle', 'ResumeBullet'])
        expect(styles).toContain(`w:styleId="${id}"`);
      expect(styles).toContain(`w:ascii="${c.template.fonts.family}"`);
      const core = unzip(c.file, 'docProps/core.xml');
      expect(core).toContain(`<dc:title>${c.resume.basics.name} — Engineer at Acme</dc:title>`);
      expect(core).toContain(`<dc:creator>${c.resume.basics.name}</dc:creator>`);
    }
  });

  it('carries hyperlinks for the email and every URL', () => {
    for (const c of cases) {
      const rels = unzip(c.file, 'word/_rels/document.xml.rels');
      if (c.resume.basics.email) expect(rels).toContain(`Target="mailto:${c.resume.basics.email}"`);
      for (const l of c.resume.basics.links) if (l.url) expect(rels).toContain(`Target="${l.url}"`);
    }
  });

  // Our layout states line heights, spacing and font sizes at the grain a DOCX can (twips, half points): unrounded,
  // LibreOffice gained about a point a page and drew on one page what we counted as two.
  it('fitted to one page, the master’s compact DOCX has in LibreOffice the page count it reported', () => {
    // The body-size floor (9.5 pt) may make one page impossible: then the report says so, and still counts true.
    expect(pdfPages(path.join(pdfDir, 'master-compact-fit1.pdf'))).toBe(fitted.pageCount);
    if (!fitted.fit.fits) expect(fitted.fit.message).toContain('does not fit');
  });

  it('embeds the template fonts when asked, so Word and LibreOffice draw the same faces', () => {
    for (const c of cases.filter((x) => x.label === 'master')) {
      expect(members(c.file).filter((m) => m.startsWith('word/fonts/')).length).toBe(4);
      const fonts = execFileSync('pdffonts', [path.join(pdfDir, path.basename(c.file, '.docx') + '.pdf')], {
        encoding: 'utf8',
      });
      expect(fonts.replace(/\s/g, '')).toContain(c.template.fonts.family.replace(/\s/g, ''));
    }
  });
});

function decode(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
