import type { Resume } from '../resume/schema';
import type { RenderTailoring } from './render-input';

/**
 * The master with a tailoring applied: ordered, hidden items dropped, reworded bullets swapped in.
 * Ids a tailoring lists that the master no longer has are ignored; items the tailoring does not list keep their
 * master order after the listed ones, so a bullet added to the master after the tailoring was made still shows.
 * Kept small and pure so the variant model can replace it.
 */
export function applyRenderTailoring(resume: Resume, t: RenderTailoring = {}): Resume {
  const hidden = new Set([...(t.hidden?.sections ?? []), ...(t.hidden?.entries ?? []), ...(t.hidden?.bullets ?? [])]);
  const sections = orderBy(resume.sections, t.sectionOrder)
    .filter((s) => !hidden.has(s.id))
    .map((s) => ({
      ...s,
      entries: orderBy(s.entries, t.entryOrder?.[s.id])
        .filter((e) => !hidden.has(e.id))
        .map((e) => ({
          ...e,
          bullets: orderBy(e.bullets, t.bulletOrder?.[e.id])
            .filter((b) => !hidden.has(b.id))
            .map((b) => {
              const reworded = t.rewording?.[b.id];
              return reworded ? { ...b, text: reworded } : b;
            }),
        })),
    }));
  return { ...resume, sections };
}

function orderBy<T extends { id: string }>(items: readonly T[], order: readonly string[] | undefined): T[] {
  if (!order?.length) return [...items];
  const rank = new Map(order.map((id, i) => [id, i]));
  // Stable: listed items by their rank, unlisted ones after them in master order.
  return items
    .map((item, i) => ({ item, key: rank.get(item.id) ?? order.length + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}
