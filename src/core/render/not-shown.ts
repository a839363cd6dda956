import { SECTION_MAPPINGS } from '../resume/json-resume-sections';
import type { Resume } from '../resume/schema';

export interface NotShown {
  path: string;
  message: string;
}

/** JSON Resume basics fields the importer turns into the model (all printed); others stay in `extra` only. */
const BASICS_READ = new Set(['name', 'label', 'email', 'phone', 'url', 'location', 'profiles', 'summary']);
const EXTRA_MESSAGE = 'kept from the imported JSON Resume file for the round trip; no template prints it';

const filled = (v: unknown) =>
  v !== undefined &&
  v !== null &&
  v !== '' &&
  !(Array.isArray(v) && v.length === 0) &&
  !(isObj(v) && !Object.keys(v).length);

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Every field of the (tailored) resume that the document does not print, so an export can say so instead of
 * dropping it silently: fields of an imported file that the model keeps aside (a photo, a course score), and skill
 * groups when no skills section places them. Hidden items are the person's choice and are reported as such elsewhere.
 */
export function notShownFields(resume: Resume): NotShown[] {
  const out: NotShown[] = [];
  const unread = (path: string, raw: unknown, read: Set<string>) => {
    if (!isObj(raw)) return;
    for (const [k, v] of Object.entries(raw))
      if (!read.has(k) && filled(v)) out.push({ path: `${path}.${k}`, message: EXTRA_MESSAGE });
  };
  unread('basics', resume.basics.extra?.jsonResume, BASICS_READ);
  resume.skills.forEach((g, gi) => unread(`skills[${gi}]`, g.extra?.jsonResume, new Set(['name', 'keywords'])));
  if (resume.skills.length && !resume.sections.some((s) => s.kind === 'skills'))
    out.push({ path: 'skills', message: 'no section of kind "skills" places the skill groups, so none is printed' });
  resume.sections.forEach((s, si) => {
    const key = s.extra?.jsonResumeKey;
    const mapping = SECTION_MAPPINGS.find((m) => m.key === key);
    // The work description is printed with the entry's description (build-document.ts).
    const read = new Set([...(mapping?.fields ?? []), 'description']);
    s.entries.forEach((e, ei) => {
      const at = `sections[${si}].entries[${ei}]`;
      unread(at, e.extra?.jsonResume, read);
      if (!e.title.trim() && !e.organization?.trim() && !e.bullets.length && !e.summary?.trim())
        out.push({ path: at, message: 'has no title, organization, description or bullets: nothing to print' });
    });
  });
  return out;
}
