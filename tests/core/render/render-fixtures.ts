/** Loads the real templates, fonts and resumes the render tests run on, and the real readers they check with. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FontBytes, Template } from '../../../src/core/render/template-schema';
import { plainText } from '../../../src/core/resume/rich-text';
import type { Resume } from '../../../src/core/resume/schema';
import { validateResume } from '../../../src/core/resume/validate-resume';
import { loadTemplateFonts } from '../../../src/node/font-files';
import { installNodeDeflate } from '../../../src/node/pdf-deflate';
import { listTemplates, loadTemplate } from '../../../src/node/template-store';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const MASTER_FILE = path.join(ROOT, 'tests', 'fixtures', 'resumes', 'fixture-master.json');
export const LONG_FILE = path.join(ROOT, 'tests', 'fixtures', 'render', 'long-resume.json');
/** An invented nurse with every field the model has: headline, location, descriptions, awards, references. */
export const FULL_FILE = path.join(ROOT, 'tests', 'fixtures', 'render', 'full-fields.json');

installNodeDeflate();

export function loadResume(file: string): Resume {
  const v = validateResume(JSON.parse(readFileSync(file, 'utf8')));
  if (!v.ok) throw new Error(`${file}: ${v.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return v.resume;
}

export async function templateNames(): Promise<string[]> {
  return listTemplates();
}

export async function loadTemplateAndFonts(name: string): Promise<{ template: Template; fonts: FontBytes }> {
  const t = await loadTemplate(name);
  if (!t.ok) throw new Error(t.error);
  const f = await loadTemplateFonts(t.template, t.fontsDir);
  if (!f.ok) throw new Error(f.error);
  return { template: t.template, fonts: f.fonts };
}

export const tmp = (prefix: string) => mkdtempSync(path.join(tmpdir(), `tailor-${prefix}-`));

export function writeTmp(dir: string, name: string, bytes: Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

/** Collapses all whitespace: what "the same text" means when a reader re-flows lines. */
export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export function bulletTexts(resume: Resume): { id: string; text: string }[] {
  return resume.sections.flatMap((s) =>
    s.entries.flatMap((e) => e.bullets.map((b) => ({ id: b.id, text: norm(plainText(b.text)) }))),
  );
}

export const pdftotext = (file: string, args: string[] = ['-layout']) =>
  execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });

export function pdfPages(file: string): number {
  const m = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  if (!m) throw new Error(`pdfinfo gave no page count for ${file}`);
  return Number(m[1]);
}

/** Asserts-friendly: the index in `haystack` of each needle, searching forward from the previous one (-1 when missing). */
export function positionsInOrder(haystack: string, needles: string[]): number[] {
  let from = 0;
  return needles.map((n) => {
    const at = haystack.indexOf(n, from);
    if (at >= 0) from = at + n.length;
    return at;
  });
}
