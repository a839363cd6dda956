import { z } from 'zod';
import { plainText } from '../resume/rich-text';
import type { Resume } from '../resume/schema';

/** What a person wrote in a resume, keyed by hand from the document (never from an importer's output). */
export const AnswerKey = z.object({
  source: z.string(),
  files: z.array(z.string()).min(1),
  contacts: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
  entries: z.array(
    z.object({
      section: z.string(),
      title: z.string(),
      organization: z.string().optional(),
      start: z.string().optional(),
      end: z.string().optional(),
      bullets: z.array(z.string()),
    }),
  ),
});
export type AnswerKey = z.infer<typeof AnswerKey>;

/** Any parser's reading of a resume, flattened to what the answer key can check. */
export interface ParsedResume {
  contacts: { name?: string; email?: string; phone?: string };
  entries: { title: string; organization?: string; start?: string; end?: string; bullets: string[] }[];
}

export interface KeyScore {
  entries: { right: number; total: number };
  bulletsInPlace: { right: number; total: number };
  bulletsAnywhere: { right: number; total: number };
  contacts: { right: number; total: number };
  dates: { right: number; total: number };
  misses: string[];
}

export function resumeToParsed(r: Resume): ParsedResume {
  return {
    contacts: { name: r.basics.name, email: r.basics.email, phone: r.basics.phone },
    entries: r.sections.flatMap((s) =>
      s.entries.map((e) => ({
        title: e.title,
        organization: e.organization,
        start: e.start,
        end: e.end,
        bullets: e.bullets.map((b) => plainText(b.text)),
      })),
    ),
  };
}

/** Case, spacing, dash and quote variants and a final full stop do not make a field wrong; any other change does. */
export function normalizeField(s: string | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim()
    .toLowerCase();
}

/**
 * An entry is right when both its title and its organization are; its bullets are in place when they are under
 * that entry, anywhere when under any entry; its dates are right when start and end both are.
 */
export function scoreAgainstKey(key: AnswerKey, parsed: ParsedResume): KeyScore {
  const n = normalizeField;
  const score: KeyScore = {
    entries: { right: 0, total: 0 },
    bulletsInPlace: { right: 0, total: 0 },
    bulletsAnywhere: { right: 0, total: 0 },
    contacts: { right: 0, total: 0 },
    dates: { right: 0, total: 0 },
    misses: [],
  };
  const phone = (s?: string) => (s ?? '').replace(/[^\d+]/g, '');
  const contactChecks: [string, boolean][] = [
    ['name', n(parsed.contacts.name) === n(key.contacts.name)],
    ['email', n(parsed.contacts.email) === n(key.contacts.email)],
    ['phone', phone(parsed.contacts.phone) === phone(key.contacts.phone)],
  ];
  for (const [field, ok] of contactChecks) {
    score.contacts.total++;
    if (ok) score.contacts.right++;
    else
      score.misses.push(
        `contact ${field}: expected "${key.contacts[field as 'name']}", got "${parsed.contacts[field as 'name'] ?? ''}"`,
      );
  }
  const allBullets = new Set(parsed.entries.flatMap((e) => e.bullets.map(n)));
  const used = new Set<number>();
  for (const want of key.entries) {
    const label = `${want.title} @ ${want.organization ?? ''}`;
    const idx = parsed.entries.findIndex(
      (e, i) => !used.has(i) && n(e.title) === n(want.title) && n(e.organization) === n(want.organization),
    );
    const got = idx >= 0 ? parsed.entries[idx] : undefined;
    if (idx >= 0) used.add(idx);
    score.entries.total++;
    if (got) score.entries.right++;
    else score.misses.push(`entry: ${label} not found`);
    if (want.start !== undefined || want.end !== undefined) {
      score.dates.total++;
      const ok = !!got && (got.start ?? '') === (want.start ?? '') && (got.end ?? '') === (want.end ?? '');
      if (ok) score.dates.right++;
      else
        score.misses.push(
          `dates of ${label}: expected ${want.start ?? ''}–${want.end ?? ''}, got ${got ? `${got.start ?? ''}–${got.end ?? ''}` : 'no entry'}`,
        );
    }
    const here = new Set((got?.bullets ?? []).map(n));
    for (const b of want.bullets) {
      score.bulletsInPlace.total++;
      score.bulletsAnywhere.total++;
      if (here.has(n(b))) score.bulletsInPlace.right++;
      else score.misses.push(`bullet not under ${label}: ${b}`);
      if (allBullets.has(n(b))) score.bulletsAnywhere.right++;
    }
  }
  return score;
}
