import { z } from 'zod';
import { IdAllocator } from '../import/make-ids';
import { compact, SECTION_MAPPINGS, type EntryDraft, type SectionMapping } from './json-resume-sections';
import { parseInlineMarkdown } from './rich-text';
import { Link, RESUME_SCHEMA_VERSION, type Basics, type Entry, type Resume, type Section } from './schema';
import { validateResume } from './validate-resume';

type Item = Record<string, unknown>;

/**
 * What JSON Resume cannot say (ids, headings, section order, link labels, tech lines of jobs, "present"), kept in
 * `meta.tailor` so master -> JSON Resume -> master comes back the same. Texts always travel in the standard fields.
 */
const TailorMeta = z.object({
  version: z.literal(1),
  sections: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      key: z.string(),
      entries: z.array(
        z.object({
          id: z.string(),
          bulletIds: z.array(z.string()),
          links: z.array(Link),
          tech: z.array(z.string()),
          end: z.string().optional(),
        }),
      ),
    }),
  ),
  skillGroupIds: z.array(z.string()),
  basicsLinks: z.array(Link),
});
type TailorMeta = z.infer<typeof TailorMeta>;

export type FromJsonResumeResult =
  | { ok: true; resume: Resume; warnings: { path: string; message: string }[] }
  | { ok: false; error: string; problems?: string[] };

const isObj = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

export function fromJsonResume(value: unknown): FromJsonResumeResult {
  if (!isObj(value)) return { ok: false, error: 'a JSON Resume file must be an object with a "basics" field' };
  const basicsIn = value.basics;
  if (!isObj(basicsIn) || !str(basicsIn.name))
    return { ok: false, error: 'basics.name is required: the resume needs a name' };
  const metaParsed = TailorMeta.safeParse(isObj(value.meta) ? value.meta.tailor : undefined);
  const meta = metaParsed.success ? metaParsed.data : undefined;
  const warnings: { path: string; message: string }[] = [];
  const ids = new IdAllocator();

  const basics: Basics = {
    name: String(basicsIn.name),
    links: meta?.basicsLinks ?? [
      ...(str(basicsIn.url) ? [{ label: 'Website', url: String(basicsIn.url) }] : []),
      ...(Array.isArray(basicsIn.profiles) ? basicsIn.profiles.filter(isObj) : []).flatMap((p) =>
        str(p.network)
          ? [str(p.url) ? { label: String(p.network), url: String(p.url) } : { label: String(p.network) }]
          : [],
      ),
    ],
  };
  if (str(basicsIn.label)) basics.headline = String(basicsIn.label);
  if (str(basicsIn.email)) basics.email = String(basicsIn.email);
  if (str(basicsIn.phone)) basics.phone = String(basicsIn.phone);
  const loc = formatLocation(basicsIn.location);
  if (loc) basics.location = loc;
  // A file we exported carries its structure in meta.tailor; one from elsewhere is remembered to be written back as it was.
  if (!meta) basics.extra = { jsonResume: basicsIn, ...(isObj(value.meta) ? { jsonResumeMeta: value.meta } : {}) };

  const sections: Section[] = [];
  const skills: Resume['skills'] = [];
  const order = meta?.sections ?? defaultOrder(value);
  for (const s of order) {
    if (s.key === 'skills') {
      const groups = (Array.isArray(value.skills) ? value.skills : []).filter(isObj);
      groups.forEach((g, i) => {
        const label = str(g.name) ?? 'Skills';
        const items = (Array.isArray(g.keywords) ? g.keywords : []).filter(
          (k): k is string => typeof k === 'string' && !!k.trim(),
        );
        if (!items.length) items.push(label);
        skills.push({
          id: meta?.skillGroupIds[i] ?? ids.take(`skills-${label}`, 'skills-group'),
          label,
          items,
          ...(meta ? {} : { extra: { jsonResume: g } }),
        });
      });
      sections.push({ id: s.id || ids.take('skills', 'skills'), kind: 'skills', title: s.title, entries: [] });
      continue;
    }
    const mapping = SECTION_MAPPINGS.find((m) => m.key === s.key);
    const items = mapping && Array.isArray(value[s.key]) ? (value[s.key] as unknown[]) : [];
    if (!mapping) continue;
    const sectionId = s.id || ids.take(mapping.key === 'work' ? 'experience' : mapping.key, 'section');
    const entries: Entry[] = [];
    items.forEach((raw, i) => {
      if (!isObj(raw)) {
        warnings.push({ path: `${s.key}[${i}]`, message: 'not an object; skipped' });
        return;
      }
      const d = mapping.read(raw);
      const m = meta ? s.entries[i] : undefined;
      const id = m?.id ?? ids.take(d.title || d.organization || '', `${sectionId}-entry`);
      const entry: Entry = {
        ...d,
        id,
        links: m?.links ?? d.links,
        tech: m?.tech?.length ? m.tech : d.tech,
        bullets: d.bullets.map((t, bi) => ({
          id: m?.bulletIds[bi] ?? ids.take(`${id}-${bi + 1}`, `${id}-${bi + 1}`, 80),
          text: parseInlineMarkdown(t),
        })),
        ...(meta ? {} : { extra: { jsonResume: raw } }),
      };
      if (m?.end === 'present') entry.end = 'present';
      if (!meta && !d.title && !d.organization)
        warnings.push({ path: `${s.key}[${i}]`, message: 'has no name or title' });
      entries.push(entry);
    });
    sections.push({
      id: sectionId,
      kind: s.kind as Section['kind'],
      title: s.title,
      entries,
      ...(meta ? {} : { extra: { jsonResumeKey: s.key } }),
    });
  }
  if (!sections.length) sections.push({ id: 'experience', kind: 'experience', title: 'Experience', entries: [] });

  const resume = {
    schemaVersion: RESUME_SCHEMA_VERSION,
    basics,
    ...(str(basicsIn.summary) ? { summary: String(basicsIn.summary) } : {}),
    skills,
    sections,
  };
  const v = validateResume(resume);
  if (!v.ok)
    return {
      ok: false,
      error: 'the JSON Resume file maps to an invalid resume',
      problems: v.problems.map((p) => `${p.path}: ${p.message}`),
    };
  return { ok: true, resume: v.resume, warnings };
}

function defaultOrder(value: Item): { id: string; kind: string; title: string; key: string; entries: [] }[] {
  const keys = [...SECTION_MAPPINGS.map((m) => m.key), 'skills'];
  // Follow the file's own key order, so a resume that lists projects first keeps them first.
  return Object.keys(value)
    .filter((k) => keys.includes(k) && Array.isArray(value[k]) && (value[k] as unknown[]).length > 0)
    .map((key) => {
      const m = SECTION_MAPPINGS.find((x) => x.key === key);
      return { id: '', kind: m?.kind ?? 'skills', title: m?.title ?? 'Skills', key, entries: [] };
    });
}

function formatLocation(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v);
  if (!isObj(v)) return undefined;
  const parts = [v.city, v.region, v.countryCode].map(str).filter(Boolean);
  return parts.length ? parts.join(', ') : str(v.address);
}

/** Master -> JSON Resume v1. Entries that came from a JSON Resume file and were not edited are written back as they were. */
export function toJsonResume(resume: Resume): Item {
  const out: Item = { $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json' };
  out.basics = writeBasics(resume);
  const meta: TailorMeta = {
    version: 1,
    sections: [],
    skillGroupIds: resume.skills.map((g) => g.id),
    basicsLinks: resume.basics.links,
  };
  for (const section of resume.sections) {
    const key = section.kind === 'skills' ? 'skills' : sectionKey(section);
    meta.sections.push({
      id: section.id,
      kind: section.kind,
      title: section.title,
      key,
      entries: section.entries.map((e) => ({
        id: e.id,
        bulletIds: e.bullets.map((b) => b.id),
        links: e.links,
        tech: e.tech,
        ...(e.end === 'present' ? { end: 'present' } : {}),
      })),
    });
    if (key === 'skills') {
      out.skills = resume.skills.map((g) => {
        const orig = isObj(g.extra?.jsonResume) ? g.extra.jsonResume : undefined;
        return { ...(orig ?? {}), name: g.label, keywords: g.items };
      });
      continue;
    }
    const mapping = SECTION_MAPPINGS.find((m) => m.key === key);
    if (!mapping) continue;
    const list = (out[key] as Item[] | undefined) ?? [];
    list.push(...section.entries.map((e) => writeEntry(mapping, e)));
    out[key] = list;
  }
  const origMeta = isObj(resume.basics.extra?.jsonResumeMeta) ? resume.basics.extra.jsonResumeMeta : {};
  out.meta = { ...origMeta, tailor: meta };
  return out;
}

function sectionKey(section: Section): string {
  const declared = section.extra?.jsonResumeKey;
  if (typeof declared === 'string' && SECTION_MAPPINGS.some((m) => m.key === declared)) return declared;
  switch (section.kind) {
    case 'experience':
      return 'work';
    case 'education':
      return 'education';
    case 'publications':
      return 'publications';
    default:
      // JSON Resume has no free-form sections; projects is the closest shape (name, description, highlights).
      return 'projects';
  }
}

function writeEntry(mapping: SectionMapping, e: Entry): Item {
  const orig = isObj(e.extra?.jsonResume) ? e.extra.jsonResume : undefined;
  if (orig && sameDraft(mapping.read(orig), e)) return orig;
  const unmapped = orig ? Object.fromEntries(Object.entries(orig).filter(([k]) => !mapping.fields.includes(k))) : {};
  return { ...unmapped, ...compact(mapping.write(e)) };
}

function sameDraft(d: EntryDraft, e: Entry): boolean {
  const fromEntry = mappedView({ ...e, bullets: e.bullets.map((b) => JSON.stringify(b.text)) });
  const fromDraft = mappedView({ ...d, bullets: d.bullets.map((t) => JSON.stringify(parseInlineMarkdown(t))) });
  return JSON.stringify(fromEntry) === JSON.stringify(fromDraft);
}

function mappedView(e: EntryDraft): unknown {
  return [
    e.title,
    e.organization ?? '',
    e.location ?? '',
    e.start ?? '',
    e.end ?? '',
    e.summary ?? '',
    e.tech,
    e.links.map((l) => l.url ?? ''),
    e.bullets,
  ];
}

function writeBasics(resume: Resume): Item {
  const b = resume.basics;
  const orig = isObj(b.extra?.jsonResume) ? b.extra.jsonResume : {};
  const origLoc = formatLocation(orig.location);
  const profiles = b.links.filter((l) => l.label !== 'Website');
  const website = b.links.find((l) => l.label === 'Website')?.url;
  const origProfiles = Array.isArray(orig.profiles) ? orig.profiles.filter(isObj) : [];
  const derived: Item = {
    name: b.name,
    label: b.headline,
    email: b.email,
    phone: b.phone,
    url: website ?? (str(orig.url) && !b.links.length ? orig.url : undefined),
    summary: resume.summary,
    location: origLoc === b.location ? orig.location : b.location ? { city: b.location } : undefined,
    profiles: profiles.map((l) => {
      const same = origProfiles.find((p) => p.network === l.label && (p.url ?? undefined) === l.url);
      return same ?? compact({ network: l.label, url: l.url });
    }),
  };
  // Fields Tailor does not model (image, ...) stay exactly as they were, empty strings included.
  const out: Item = { ...orig };
  for (const [k, v] of Object.entries(derived)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete out[k];
    else out[k] = v;
  }
  return out;
}
