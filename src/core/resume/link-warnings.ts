import type { Resume } from './schema';

export interface ResumeWarning {
  path: string;
  message: string;
}

/** The one wording of the warning, for `tailor validate` and the app's editor alike. */
export const linkWarningMessage = (label: string) =>
  `link "${label}" has no address: it prints as a bare label; add its URL (https://...) or remove it`;

/**
 * Links that have a label but no address. They are valid (an address may come later), but a printed "LinkedIn"
 * with nothing behind it tells a recruiter nothing and a text-only ATS even less, so validate and the app say so.
 */
export function linkWarnings(resume: Resume): ResumeWarning[] {
  const out: ResumeWarning[] = [];
  const message = linkWarningMessage;
  resume.basics.links.forEach((l, i) => {
    if (!l.url) out.push({ path: `basics.links[${i}]`, message: message(l.label) });
  });
  resume.sections.forEach((s, si) =>
    s.entries.forEach((e, ei) =>
      e.links.forEach((l, li) => {
        if (!l.url) out.push({ path: `sections[${si}].entries[${ei}].links[${li}]`, message: message(l.label) });
      }),
    ),
  );
  return out;
}
