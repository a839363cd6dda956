import { z } from 'zod';
import { plainText } from '../resume/rich-text';
import type { Resume } from '../resume/schema';

const Line = z.object({ id: z.string(), entry: z.string(), text: z.string() });

/** What a tailored resume says differently now from a snapshot of then, bullet by bullet, in the "then" order. */
export const ResumeChanges = z.object({
  added: z.array(Line),
  removed: z.array(Line),
  changed: z.array(z.object({ id: z.string(), entry: z.string(), then: z.string(), now: z.string() })),
  /** Bullets shown in both, in another position among their entry's bullets. */
  moved: z.array(Line),
  same: z.number().int(),
});
export type ResumeChanges = z.infer<typeof ResumeChanges>;

function lines(r: Resume): Map<string, { entry: string; text: string; entryId: string; index: number }> {
  const out = new Map<string, { entry: string; text: string; entryId: string; index: number }>();
  for (const s of r.sections)
    for (const e of s.entries)
      e.bullets.forEach((b, index) =>
        out.set(b.id, {
          entry: [e.title, e.organization ?? ''].filter(Boolean).join(', '),
          text: plainText(b.text),
          entryId: e.id,
          index,
        }),
      );
  return out;
}

export function resumeChanges(then: Resume, now: Resume): ResumeChanges {
  const a = lines(then);
  const b = lines(now);
  const out: ResumeChanges = { added: [], removed: [], changed: [], moved: [], same: 0 };
  for (const [id, x] of a) {
    const y = b.get(id);
    if (!y) out.removed.push({ id, entry: x.entry, text: x.text });
    else if (y.text !== x.text) out.changed.push({ id, entry: x.entry, then: x.text, now: y.text });
    else if (y.entryId !== x.entryId || y.index !== x.index) out.moved.push({ id, entry: y.entry, text: y.text });
    else out.same++;
  }
  for (const [id, y] of b) if (!a.has(id)) out.added.push({ id, entry: y.entry, text: y.text });
  return out;
}

export function hasChanges(c: ResumeChanges): boolean {
  return c.added.length + c.removed.length + c.changed.length + c.moved.length > 0;
}
