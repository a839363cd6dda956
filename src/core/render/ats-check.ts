import { plainText } from '../resume/rich-text';
import type { Resume } from '../resume/schema';

/** Headings a text-based ATS files without guessing (lower case, "&" as "and"). */
const STANDARD_HEADINGS = new Set([
  'summary',
  'professional summary',
  'profile',
  'experience',
  'work experience',
  'professional experience',
  'employment',
  'employment history',
  'education',
  'skills',
  'technical skills',
  'projects',
  'publications',
  'awards',
  'honors and awards',
  'certifications',
  'certificates',
  'licenses and certifications',
  'volunteer',
  'volunteering',
  'languages',
  'interests',
  'references',
]);

export interface AtsEntry {
  title: string;
  organization: string | null;
  /** The dates as read back; null when the entry's dates did not parse. */
  start: string | null;
  end: string | null;
  bullets: number;
}

export interface AtsSection {
  heading: string;
  standard: boolean;
  entries: AtsEntry[];
}

export interface AtsReport {
  readable: boolean;
  contacts: { name: string | null; email: string | null; phone: string | null; links: string[] };
  sections: AtsSection[];
  bulletsRecognised: number;
  problems: string[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** "https://www.x.com/in/a/" and "x.com/in/a" are one address; a label compares by its letters. */
const linkKey = (s: string) =>
  letters(
    s
      .trim()
      .replace(/^(https?:\/\/)?(www\.)?/i, '')
      .replace(/\/+$/, ''),
  );

export function isStandardHeading(h: string): boolean {
  return STANDARD_HEADINGS.has(norm(h).replace(/&/g, 'and'));
}

/** The read-back of a file nothing could be read from (a scan, an image-only PDF). */
export function unreadableReport(reason: string): AtsReport {
  return {
    readable: false,
    contacts: { name: null, email: null, phone: null, links: [] },
    sections: [],
    bulletsRecognised: 0,
    problems: [`nothing is readable: ${reason}`],
  };
}

/**
 * What a text-based ATS gets from a resume file, read through our importer: contacts, headings (and whether they
 * are standard), dates per entry, bullets; with the intended resume, every shown bullet or field that did not come
 * back intact is a problem.
 */
export function atsReport(read: Resume, intended?: Resume): AtsReport {
  const b = read.basics;
  const problems: string[] = [];
  const sections: AtsSection[] = read.sections.map((s) => ({
    heading: s.title,
    standard: s.kind !== 'custom' || isStandardHeading(s.title),
    entries: s.entries.map((e) => ({
      title: e.title,
      organization: e.organization ?? null,
      start: e.start ?? null,
      end: e.end ?? null,
      bullets: e.bullets.length,
    })),
  }));
  for (const s of sections) if (!s.standard) problems.push(`heading "${s.heading}" is not a standard section name`);
  const readBullets = read.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((x) => plainText(x.text))));
  const report: AtsReport = {
    readable: true,
    contacts: {
      name: b.name ?? null,
      email: b.email ?? null,
      phone: b.phone ?? null,
      links: b.links.map((l) => l.url ?? l.label),
    },
    sections,
    bulletsRecognised: readBullets.length,
    problems,
  };
  if (!intended) return report;

  const want = intended.basics;
  if (letters(want.name) !== letters(b.name)) problems.push(`name: expected "${want.name}", read "${b.name}"`);
  if (want.email && want.email.toLowerCase() !== (b.email ?? '').toLowerCase())
    problems.push(`email: expected "${want.email}", read ${b.email ? `"${b.email}"` : 'nothing'}`);
  if (want.phone && letters(want.phone) !== letters(b.phone ?? ''))
    problems.push(`phone: expected "${want.phone}", read ${b.phone ? `"${b.phone}"` : 'nothing'}`);
  // A link is found when its address came back (a hyperlink, or printed), or, for one with no address, its label.
  const readLinks = new Set(
    b.links
      .flatMap((l) => [l.url, l.label])
      .filter((x): x is string => !!x)
      .map(linkKey),
  );
  for (const l of want.links) {
    const key = linkKey(l.url ?? l.label);
    if (!readLinks.has(key)) problems.push(`link: expected ${l.url ? `"${l.url}"` : `"${l.label}"`}, not read back`);
  }
  // A bullet is intact when its words came back as one bullet (a reader may re-flow spaces and punctuation).
  const got = new Set(readBullets.map(letters));
  for (const s of intended.sections)
    for (const e of s.entries) {
      for (const x of e.bullets) {
        const text = plainText(x.text);
        if (!got.has(letters(text)))
          problems.push(`bullet not read back intact: "${text.length > 80 ? `${text.slice(0, 77)}...` : text}"`);
      }
      if (!e.start && !e.end) continue;
      const match = read.sections
        .flatMap((r) => r.entries)
        .find(
          (r) =>
            letters(r.title) === letters(e.title) && letters(r.organization ?? '') === letters(e.organization ?? ''),
        );
      const label = [e.title, e.organization].filter(Boolean).join(', ');
      if (!match) problems.push(`entry not found: "${label}"`);
      else if ((match.start ?? null) !== (e.start ?? null) || (match.end ?? null) !== (e.end ?? null))
        problems.push(
          `dates of "${label}": expected ${e.start ?? '?'}–${e.end ?? '?'}, read ${match.start ?? '?'}–${match.end ?? '?'}`,
        );
    }
  return report;
}
