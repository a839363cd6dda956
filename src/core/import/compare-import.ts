import { normalizeRuns, plainText } from '../resume/rich-text';
import type { Entry, Resume, Section } from '../resume/schema';

export const COMPARED_FIELDS = [
  'bullets',
  'boldSpans',
  'titles',
  'organizations',
  'dates',
  'locations',
  'tech',
  'links',
  'descriptions',
  'basics',
  'summary',
  'skills',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface ImportComparison {
  /** Per field: how many of the master's values came back exactly, out of how many the master has. */
  fields: Record<ComparedField, { exact: number; total: number }>;
  /** One line per value that did not come back, naming where it belongs. */
  misses: string[];
}

/**
 * How much of a master resume an import of its exported document recovered. A bullet counts only when its text
 * is in the same section and entry; its bold spans count only when the runs are identical too.
 */
export function compareImport(master: Resume, imported: Resume): ImportComparison {
  const fields = Object.fromEntries(
    COMPARED_FIELDS.map((f) => [f, { exact: 0, total: 0 }]),
  ) as ImportComparison['fields'];
  const misses: string[] = [];
  const score = (field: ComparedField, ok: boolean, what: string) => {
    fields[field].total++;
    if (ok) fields[field].exact++;
    else misses.push(`${field}: ${what}`);
  };
  for (const key of ['name', 'headline', 'email', 'phone', 'location'] as const) {
    const want = master.basics[key];
    if (want)
      score('basics', imported.basics[key] === want, `basics.${key}: got ${JSON.stringify(imported.basics[key])}`);
  }
  if (master.basics.links.length)
    score(
      'basics',
      JSON.stringify(imported.basics.links) === JSON.stringify(master.basics.links),
      `basics.links: got ${JSON.stringify(imported.basics.links)}`,
    );
  if (master.summary) score('summary', imported.summary === master.summary, 'summary differs');
  for (const g of master.skills) {
    const got = imported.skills.find((x) => x.label === g.label);
    score(
      'skills',
      JSON.stringify(got?.items) === JSON.stringify(g.items),
      `skills "${g.label}": got ${JSON.stringify(got?.items)}`,
    );
  }
  const used = new Set<Section>();
  for (const section of master.sections) {
    if (section.kind === 'skills') continue;
    const other = matchSection(section, imported.sections, used);
    const usedEntries = new Set<Entry>();
    section.entries.forEach((entry, i) => {
      const where = `${section.title} > ${entry.title || entry.organization || `entry ${i + 1}`}`;
      const got = other ? matchEntry(entry, i, other.entries, usedEntries) : undefined;
      if (got) usedEntries.add(got);
      if (entry.title) score('titles', got?.title === entry.title, `${where}: got ${JSON.stringify(got?.title)}`);
      if (entry.organization)
        score(
          'organizations',
          got?.organization === entry.organization,
          `${where}: got ${JSON.stringify(got?.organization)}`,
        );
      if (entry.location)
        score('locations', got?.location === entry.location, `${where}: got ${JSON.stringify(got?.location)}`);
      if (entry.start || entry.end)
        score(
          'dates',
          got?.start === entry.start && got?.end === entry.end,
          `${where}: got ${got?.start ?? '-'}..${got?.end ?? '-'}`,
        );
      if (entry.tech.length)
        score(
          'tech',
          JSON.stringify(got?.tech) === JSON.stringify(entry.tech),
          `${where}: got ${JSON.stringify(got?.tech)}`,
        );
      if (entry.links.length)
        score(
          'links',
          JSON.stringify(got?.links) === JSON.stringify(entry.links),
          `${where}: got ${JSON.stringify(got?.links)}`,
        );
      if (entry.summary)
        score(
          'descriptions',
          got?.summary === entry.summary,
          `${where}: description ${got?.summary ? `"${got.summary.slice(0, 70)}"` : 'missing'}`,
        );
      for (const bullet of entry.bullets) {
        const text = plainText(bullet.text);
        const runs = JSON.stringify(normalizeRuns(bullet.text));
        const same = got?.bullets.find((b) => plainText(b.text) === text);
        score('bullets', !!same, `${where}: "${text.slice(0, 70)}"`);
        score(
          'boldSpans',
          !!same && JSON.stringify(normalizeRuns(same.text)) === runs,
          `${where}: "${text.slice(0, 70)}"`,
        );
      }
    });
  }
  return { fields, misses };
}

function matchSection(section: Section, candidates: Section[], used: Set<Section>): Section | undefined {
  const free = candidates.filter((c) => !used.has(c));
  const found =
    free.find((c) => c.kind === section.kind && c.title.toLowerCase() === section.title.toLowerCase()) ??
    free.find((c) => c.kind === section.kind);
  if (found) used.add(found);
  return found;
}

function matchEntry(entry: Entry, index: number, candidates: Entry[], used: Set<Entry>): Entry | undefined {
  const free = candidates.filter((c) => !used.has(c));
  return (
    free.find((c) => c.title === entry.title && c.organization === entry.organization) ??
    free.find(
      (c) => (entry.title && c.title === entry.title) || (entry.organization && c.organization === entry.organization),
    ) ??
    (candidates[index] && !used.has(candidates[index]) ? candidates[index] : undefined)
  );
}
