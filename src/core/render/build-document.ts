import type { Entry, Link, Resume, Section, TextRun } from '../resume/schema';
import type { DocBlock, DocEntry, DocRow, DocRun, DocSection, ResumeDocument } from './document-model';
import { formatDateRange } from './format-date';
import { linkText, type LinkText } from './link-text';
import type { RenderMeta } from './render-input';

export interface BuildOptions {
  /** How links read (the template's `linkText`); default: the short address. */
  linkText?: LinkText;
}

/** The tailored resume as a layout-neutral document. Templates decide how it looks; this decides what it says. */
export function buildDocument(resume: Resume, meta: RenderMeta = {}, opts: BuildOptions = {}): ResumeDocument {
  const b = resume.basics;
  const shown = opts.linkText ?? 'address';
  const linkRun = (l: Link): DocRun => (l.url ? { text: linkText(l, shown), url: l.url } : { text: l.label });
  const linkRuns = (links: readonly Link[]): DocRun[] => {
    const out: DocRun[] = [];
    links.forEach((l, i) => {
      if (i) out.push({ text: ' | ' });
      out.push(linkRun(l));
    });
    return out;
  };
  const contact: DocRun[] = [];
  if (b.phone?.trim()) contact.push({ text: b.phone.trim() });
  if (b.email) contact.push({ text: b.email, url: `mailto:${b.email}` });
  if (b.location?.trim()) contact.push({ text: b.location.trim() });
  for (const l of b.links) contact.push(linkRun(l));

  const sections: DocSection[] = [];
  if (resume.summary?.trim())
    sections.push({
      id: 'summary',
      kind: 'summary',
      heading: 'Summary',
      blocks: [{ type: 'paragraph', id: 'summary', runs: [{ text: resume.summary.trim() }] }],
    });
  for (const s of resume.sections) {
    const blocks = sectionBlocks(resume, s, linkRuns);
    if (blocks.length) sections.push({ id: s.id, kind: s.kind, heading: s.title, blocks });
  }

  const role = meta.role?.trim();
  const company = meta.company?.trim();
  const target = role && company ? `${role} at ${company}` : (role ?? company ?? '');
  return {
    header: { name: b.name, ...(b.headline?.trim() ? { headline: b.headline.trim() } : {}), contact },
    sections,
    meta: {
      title: target ? `${b.name} — ${target}` : `${b.name} — Resume`,
      author: b.name,
      subject: target ? `Resume for ${target}` : 'Resume',
      keywords: resume.skills.flatMap((g) => g.items).slice(0, 60),
    },
  };
}

type LinkRuns = (links: readonly Link[]) => DocRun[];

function sectionBlocks(resume: Resume, s: Section, linkRuns: LinkRuns): DocBlock[] {
  if (s.kind === 'skills')
    return resume.skills.map((g) => ({
      type: 'paragraph',
      id: g.id,
      runs: [{ text: `${g.label}: `, bold: true }, { text: g.items.join(', ') }],
    }));
  return s.entries
    .map((e) => entryBlock(s.kind, e, linkRuns))
    .filter((e) => e.rows.length || e.bullets.length || e.description);
}

function entryBlock(kind: Section['kind'], e: Entry, linkRuns: LinkRuns): DocEntry {
  const date = formatDateRange(e.start, e.end);
  const dateRuns: DocRun[] = date ? [{ text: date }] : [];
  const title = e.title.trim();
  const org = e.organization?.trim();
  const location = e.location?.trim();
  const links = linkRuns(e.links);
  const tech = e.tech.length ? e.tech.join(', ') : '';
  const rows: DocRow[] = [];
  const row = (role: DocRow['role'], left: DocRun[], right: DocRun[] = []) => {
    if (left.length || right.length) rows.push({ role, left, right });
  };

  if (kind === 'education') {
    // A school line reads institution first: that is what a recruiter scans for.
    row('title', org ? [{ text: org, bold: true }] : title ? [{ text: title, bold: true }] : [], dateRuns);
    row(
      'subtitle',
      org && title ? [{ text: title, italic: true }] : [],
      location ? [{ text: location, italic: true }] : [],
    );
    if (tech) row('meta', [{ text: tech, italic: true }]);
    if (links.length) row('meta', links);
  } else if (kind === 'projects') {
    const left: DocRun[] = title ? [{ text: title, bold: true }] : [];
    if (tech) left.push(...(left.length ? [{ text: ' | ' }] : []), { text: tech, italic: true });
    // Without a date, short links ("Code | Demo") take the right-hand slot so a project costs one line; printed
    // addresses are too long for it (the title would wrap into a sliver), so they get a line of their own.
    const linksRight = !dateRuns.length && links.reduce((n, r) => n + r.text.length, 0) <= 28;
    row('title', left, dateRuns.length ? dateRuns : linksRight ? links : []);
    row('subtitle', org ? [{ text: org, italic: true }] : [], location ? [{ text: location, italic: true }] : []);
    if (links.length && !linksRight) row('meta', links);
  } else {
    row('title', title ? [{ text: title, bold: true }] : [], dateRuns);
    row('subtitle', org ? [{ text: org, italic: true }] : [], location ? [{ text: location, italic: true }] : []);
    if (tech) row('meta', [{ text: tech, italic: true }]);
    if (links.length) row('meta', links);
  }
  // JSON Resume's work `description` (a one-line "what the company does") is kept in `extra` by the importer; it
  // reads as part of the description, so it is shown before the summary rather than silently dropped.
  const extraDescription = importedDescription(e);
  const description = [extraDescription, e.summary ?? '']
    .map((x) => x.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' — ');
  return {
    type: 'entry',
    id: e.id,
    rows,
    ...(description ? { description: [{ text: description }] } : {}),
    bullets: e.bullets.map((b) => ({ id: b.id, runs: richRuns(b.text) })),
  };
}

function richRuns(runs: readonly TextRun[]): DocRun[] {
  // Whitespace inside a bullet is collapsed: line breaking and text extraction both want single spaces.
  const out: DocRun[] = [];
  for (const r of runs) {
    const text = r.text.replace(/\s+/g, ' ');
    if (!text) continue;
    out.push({ text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) });
  }
  if (out.length) {
    const first = out[0]!;
    first.text = first.text.replace(/^ /, '');
    const last = out[out.length - 1]!;
    last.text = last.text.replace(/ $/, '');
  }
  return out.filter((r) => r.text.length > 0);
}

/** A JSON Resume item's `description` the importer kept aside (work has one besides its summary). */
export function importedDescription(e: Entry): string {
  const raw = e.extra?.jsonResume;
  if (!raw || typeof raw !== 'object') return '';
  const d = (raw as Record<string, unknown>).description;
  return typeof d === 'string' && d.trim() && d.trim() !== e.summary?.trim() ? d : '';
}
