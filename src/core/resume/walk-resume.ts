import type { Bullet, Entry, Resume, Section } from './schema';

export interface BulletPlace {
  section: Section;
  entry: Entry;
  bullet: Bullet;
  sectionIndex: number;
  entryIndex: number;
  bulletIndex: number;
}

/** Every bullet with where it sits, in document order. */
export function allBullets(resume: Resume): BulletPlace[] {
  const out: BulletPlace[] = [];
  resume.sections.forEach((section, sectionIndex) =>
    section.entries.forEach((entry, entryIndex) =>
      entry.bullets.forEach((bullet, bulletIndex) =>
        out.push({ section, entry, bullet, sectionIndex, entryIndex, bulletIndex }),
      ),
    ),
  );
  return out;
}

export function countResume(resume: Resume): { sections: number; entries: number; bullets: number } {
  let entries = 0;
  let bullets = 0;
  for (const s of resume.sections) {
    entries += s.entries.length;
    for (const e of s.entries) bullets += e.bullets.length;
  }
  return { sections: resume.sections.length, entries, bullets };
}
