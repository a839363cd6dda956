import { toInlineMarkdown } from './rich-text';
import type { Entry, Link, SectionKind } from './schema';

/** An entry before ids are assigned: what one JSON Resume item maps to. */
export type EntryDraft = Omit<Entry, 'id' | 'bullets'> & { bullets: string[] };
type Item = Record<string, unknown>;

export interface SectionMapping {
  key: string;
  kind: SectionKind;
  title: string;
  /** JSON Resume fields this mapping reads; all others are kept in the entry's `extra`. */
  fields: string[];
  read(item: Item): EntryDraft;
  write(entry: Entry): Item;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !!x.trim()) : [];
const date = (v: unknown): string | undefined => {
  const s = str(v);
  return s && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) ? s : undefined;
};
const urlLinks = (v: unknown, label = 'Link'): Link[] => {
  const u = str(v);
  return u ? [{ label, url: /^(https?:|mailto:)/i.test(u) ? u : `https://${u}` }] : [];
};
const firstUrl = (e: Entry): string | undefined => e.links.find((l) => l.url)?.url;
const md = (e: Entry): string[] => e.bullets.map((b) => toInlineMarkdown(b.text));
const endDate = (e: Entry) => (e.end && e.end !== 'present' ? e.end : undefined);

function draft(d: Partial<EntryDraft>): EntryDraft {
  const out: EntryDraft = { title: d.title ?? '', tech: d.tech ?? [], links: d.links ?? [], bullets: d.bullets ?? [] };
  for (const k of ['organization', 'location', 'start', 'end', 'summary'] as const)
    if (d[k] !== undefined) out[k] = d[k];
  return out;
}

/** Drops undefined and empty values so a written item only says what the entry has. */
export function compact(o: Item): Item {
  const out: Item = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out;
}

/** The degree line a person reads: "Bachelor in Information Technology". */
export function degreeTitle(studyType?: string, area?: string): string {
  if (studyType && area) return `${studyType} in ${area}`;
  return studyType ?? area ?? '';
}

export const SECTION_MAPPINGS: SectionMapping[] = [
  {
    key: 'work',
    kind: 'experience',
    title: 'Experience',
    fields: ['name', 'position', 'location', 'startDate', 'endDate', 'summary', 'url', 'highlights'],
    read: (i) =>
      draft({
        title: str(i.position),
        organization: str(i.name),
        location: str(i.location),
        start: date(i.startDate),
        end: date(i.endDate),
        summary: str(i.summary),
        links: urlLinks(i.url, 'Website'),
        bullets: strs(i.highlights),
      }),
    write: (e) => ({
      name: e.organization,
      position: e.title,
      location: e.location,
      url: firstUrl(e),
      startDate: e.start,
      endDate: endDate(e),
      summary: e.summary,
      highlights: md(e),
    }),
  },
  {
    key: 'volunteer',
    kind: 'custom',
    title: 'Volunteer',
    fields: ['organization', 'position', 'url', 'startDate', 'endDate', 'summary', 'highlights'],
    read: (i) =>
      draft({
        title: str(i.position),
        organization: str(i.organization),
        start: date(i.startDate),
        end: date(i.endDate),
        summary: str(i.summary),
        links: urlLinks(i.url, 'Website'),
        bullets: strs(i.highlights),
      }),
    write: (e) => ({
      organization: e.organization,
      position: e.title,
      url: firstUrl(e),
      startDate: e.start,
      endDate: endDate(e),
      summary: e.summary,
      highlights: md(e),
    }),
  },
  {
    key: 'education',
    kind: 'education',
    title: 'Education',
    fields: ['institution', 'url', 'area', 'studyType', 'startDate', 'endDate', 'courses', 'location'],
    read: (i) =>
      draft({
        title: degreeTitle(str(i.studyType), str(i.area)),
        organization: str(i.institution),
        location: str(i.location),
        start: date(i.startDate),
        end: date(i.endDate),
        links: urlLinks(i.url, 'Website'),
        bullets: strs(i.courses),
      }),
    write: (e) => ({
      institution: e.organization,
      url: firstUrl(e),
      area: e.title,
      location: e.location,
      startDate: e.start,
      endDate: endDate(e),
      courses: md(e),
    }),
  },
  {
    key: 'awards',
    kind: 'custom',
    title: 'Awards',
    fields: ['title', 'date', 'awarder', 'summary'],
    read: (i) =>
      draft({ title: str(i.title), organization: str(i.awarder), end: date(i.date), summary: str(i.summary) }),
    write: (e) => ({ title: e.title, date: endDate(e), awarder: e.organization, summary: e.summary }),
  },
  {
    key: 'certificates',
    kind: 'custom',
    title: 'Certificates',
    fields: ['name', 'date', 'issuer', 'url'],
    read: (i) => draft({ title: str(i.name), organization: str(i.issuer), end: date(i.date), links: urlLinks(i.url) }),
    write: (e) => ({ name: e.title, date: endDate(e), issuer: e.organization, url: firstUrl(e) }),
  },
  {
    key: 'publications',
    kind: 'publications',
    title: 'Publications',
    fields: ['name', 'publisher', 'releaseDate', 'url', 'summary', 'highlights'],
    read: (i) =>
      draft({
        title: str(i.name),
        organization: str(i.publisher),
        end: date(i.releaseDate),
        links: urlLinks(i.url),
        summary: str(i.summary),
        bullets: strs(i.highlights),
      }),
    write: (e) => ({
      name: e.title,
      publisher: e.organization,
      releaseDate: endDate(e),
      url: firstUrl(e),
      summary: e.summary,
      highlights: md(e),
    }),
  },
  {
    key: 'languages',
    kind: 'custom',
    title: 'Languages',
    fields: ['language', 'fluency'],
    read: (i) => draft({ title: str(i.language), organization: str(i.fluency) }),
    write: (e) => ({ language: e.title, fluency: e.organization }),
  },
  {
    key: 'interests',
    kind: 'custom',
    title: 'Interests',
    fields: ['name', 'keywords'],
    read: (i) => draft({ title: str(i.name), tech: strs(i.keywords) }),
    write: (e) => ({ name: e.title, keywords: e.tech }),
  },
  {
    key: 'references',
    kind: 'custom',
    title: 'References',
    fields: ['name', 'reference'],
    read: (i) => draft({ title: str(i.name), summary: str(i.reference) }),
    write: (e) => ({ name: e.title, reference: e.summary }),
  },
  {
    key: 'projects',
    kind: 'projects',
    title: 'Projects',
    fields: ['name', 'description', 'highlights', 'keywords', 'startDate', 'endDate', 'url'],
    read: (i) =>
      draft({
        title: str(i.name),
        summary: str(i.description),
        start: date(i.startDate),
        end: date(i.endDate),
        links: urlLinks(i.url),
        tech: strs(i.keywords),
        bullets: strs(i.highlights),
      }),
    write: (e) => ({
      name: e.title,
      description: e.summary,
      highlights: md(e),
      keywords: e.tech,
      startDate: e.start,
      endDate: endDate(e),
      url: firstUrl(e),
    }),
  },
];
