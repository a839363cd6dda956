import { z } from 'zod';
import { plainText } from '../resume/rich-text';
import { ItemId, type Resume } from '../resume/schema';
import { applyVariant } from './apply-variant';
import { groupItems } from './skills-tailoring';
import type { Variant } from './variant-schema';

export const Change = z.enum(['shown', 'hidden', 'moved', 'reworded']);
export type Change = z.infer<typeof Change>;

const Side = z.object({ shown: z.boolean(), position: z.number().int().nullable(), text: z.string() });

export const ItemDiff = z.object({
  id: ItemId,
  kind: z.enum(['section', 'entry', 'bullet']),
  parentId: ItemId.nullable(),
  label: z.string(),
  a: Side,
  b: Side,
  changes: z.array(Change),
});
export type ItemDiff = z.infer<typeof ItemDiff>;

/** `added`: B lists a skill A does not have at all (added for this job); `removed`: the other way round. */
export const SkillChange = z.enum(['shown', 'hidden', 'moved', 'added', 'removed']);
export type SkillChange = z.infer<typeof SkillChange>;

const SkillSide = z.object({ shown: z.boolean(), position: z.number().int().nullable() });

/** A skill group (`item` null) or one skill in it, as each side prints it. */
export const SkillDiff = z.object({
  groupId: ItemId,
  group: z.string(),
  item: z.string().nullable(),
  a: SkillSide,
  b: SkillSide,
  changes: z.array(SkillChange),
});
export type SkillDiff = z.infer<typeof SkillDiff>;

/** Changes read from A to B: "shown" means hidden in A and shown in B. Only items that changed are listed. */
export const VariantDiff = z.object({
  a: z.string(),
  b: z.string(),
  items: z.array(ItemDiff),
  /** The summary each side prints, when they differ (a variant's rewording, or the master's); null when the same. */
  summaryText: z.object({ a: z.string(), b: z.string() }).nullable(),
  /** Skill groups and skills shown, hidden, moved, added or removed. */
  skills: z.array(SkillDiff),
  /** Template, page target and keyword overrides that differ (against the master: keyword overrides only, null on its side). */
  settings: z.array(z.object({ field: z.string(), a: z.string().nullable(), b: z.string().nullable() })),
  /** Counts over `items` (bullets, entries, sections); `skills` counts `skills`, `summaryReworded` is `summaryText`. */
  summary: z.object({
    shown: z.number(),
    hidden: z.number(),
    moved: z.number(),
    reworded: z.number(),
    skills: z.number(),
    summaryReworded: z.boolean(),
  }),
});
export type VariantDiff = z.infer<typeof VariantDiff>;

/** 'master' stands for the master resume untailored: everything shown, in master order, in the master's words. */
export type DiffSide = Variant | 'master';

/**
 * `sides` gives a side its own master: an application kept as it was sent applies to the master frozen then, so
 * comparing it with one that follows today's master shows the master's edits between them as rewordings.
 */
export function diffVariants(
  master: Resume,
  a: DiffSide,
  b: DiffSide,
  sides: { a?: Resume; b?: Resume } = {},
): VariantDiff {
  const ma = sides.a ?? master;
  const mb = sides.b ?? master;
  const ra = a === 'master' ? ma : applyVariant(ma, a).resume;
  const rb = b === 'master' ? mb : applyVariant(mb, b).resume;
  const la = layout(ra);
  const lb = layout(rb);
  const items: ItemDiff[] = [];
  const moved = movedIds(la, lb);

  const visit = (kind: ItemDiff['kind'], id: string, parentId: string | null, label: string, masterText: string) => {
    const sa = la.placed.get(id);
    const sb = lb.placed.get(id);
    const side = (s: Placed | undefined) => ({
      shown: !!s,
      position: s?.position ?? null,
      text: s?.text ?? masterText,
    });
    const changes: Change[] = [];
    // Shown or hidden with its parent is said once, on the parent.
    const parentToggled = parentId !== null && la.placed.has(parentId) !== lb.placed.has(parentId);
    if (!sa && sb && !parentToggled) changes.push('shown');
    if (sa && !sb && !parentToggled) changes.push('hidden');
    if (sa && sb && moved.has(id)) changes.push('moved');
    if (side(sa).text !== side(sb).text) changes.push('reworded');
    if (changes.length) items.push({ id, kind, parentId, label, a: side(sa), b: side(sb), changes });
  };

  const seen = new Set<string>();
  const once = (id: string) => !seen.has(id) && !!seen.add(id);
  for (const m of ma === mb ? [ma] : [ma, mb])
    for (const s of m.sections) {
      if (once(s.id)) visit('section', s.id, null, s.title, '');
      for (const e of s.entries) {
        if (once(e.id)) visit('entry', e.id, s.id, e.title || e.organization || e.id, '');
        for (const bl of e.bullets) {
          const text = plainText(bl.text);
          if (once(bl.id)) visit('bullet', bl.id, e.id, text.length > 80 ? `${text.slice(0, 79)}…` : text, text);
        }
      }
    }
  const count = (c: Change) => items.filter((i) => i.changes.includes(c)).length;
  const summaryText = (ra.summary ?? '') === (rb.summary ?? '') ? null : { a: ra.summary ?? '', b: rb.summary ?? '' };
  const skills = skillsDiff({ master: ma, printed: ra, side: a }, { master: mb, printed: rb, side: b });
  return {
    a: label(a),
    b: label(b),
    items,
    summaryText,
    skills,
    settings: settingsDiff(a, b),
    summary: {
      shown: count('shown'),
      hidden: count('hidden'),
      moved: count('moved'),
      reworded: count('reworded'),
      skills: skills.length,
      summaryReworded: summaryText !== null,
    },
  };
}

interface SkillSideInput {
  master: Resume;
  /** The resume as this side prints it: its skills are the shown groups and skills, in order. */
  printed: Resume;
  side: DiffSide;
}

/**
 * Skills have no ids: a group is known by its id, a skill by its text within its group. A skill exists on a side
 * when its master group lists it or the variant added it; it is shown when the printed resume lists it.
 */
function skillsDiff(a: SkillSideInput, b: SkillSideInput): SkillDiff[] {
  const view = (x: SkillSideInput) => {
    const added = x.side === 'master' ? [] : x.side.tailoring.skills.added;
    const exists = new Map(x.master.skills.map((g) => [g.id, groupItems(g, added)]));
    const shownGroups = x.printed.skills.map((g) => g.id);
    const shownItems = new Map(x.printed.skills.map((g) => [g.id, g.items]));
    return { exists, shownGroups, shownItems };
  };
  const va = view(a);
  const vb = view(b);
  const out: SkillDiff[] = [];
  const movedGroups = movedIn(va.shownGroups, vb.shownGroups);
  const groups = [...a.master.skills, ...b.master.skills].filter(
    (g, i, all) => all.findIndex((x) => x.id === g.id) === i,
  );
  for (const g of groups) {
    const ga = va.shownGroups.indexOf(g.id);
    const gb = vb.shownGroups.indexOf(g.id);
    const groupChanges: SkillChange[] = [];
    if (ga < 0 && gb >= 0) groupChanges.push('shown');
    if (ga >= 0 && gb < 0) groupChanges.push('hidden');
    if (ga >= 0 && gb >= 0 && movedGroups.has(g.id)) groupChanges.push('moved');
    const side = (i: number) => ({ shown: i >= 0, position: i >= 0 ? i : null });
    if (groupChanges.length)
      out.push({ groupId: g.id, group: g.label, item: null, a: side(ga), b: side(gb), changes: groupChanges });
    const ia = va.shownItems.get(g.id) ?? [];
    const ib = vb.shownItems.get(g.id) ?? [];
    const ea = va.exists.get(g.id) ?? [];
    const eb = vb.exists.get(g.id) ?? [];
    const movedItems = movedIn(ia, ib);
    // Shown or hidden with its group is said once, on the group.
    const groupToggled = ga < 0 !== gb < 0;
    for (const item of [...ea, ...eb.filter((x) => !ea.includes(x))]) {
      const pa = ia.indexOf(item);
      const pb = ib.indexOf(item);
      const changes: SkillChange[] = [];
      if (!ea.includes(item)) changes.push('added');
      else if (!eb.includes(item)) changes.push('removed');
      else {
        if (pa < 0 && pb >= 0 && !groupToggled) changes.push('shown');
        if (pa >= 0 && pb < 0 && !groupToggled) changes.push('hidden');
        if (pa >= 0 && pb >= 0 && movedItems.has(item)) changes.push('moved');
      }
      if (changes.length) out.push({ groupId: g.id, group: g.label, item, a: side(pa), b: side(pb), changes });
    }
  }
  return out;
}

/** What is shown on both sides and changed its relative order (outside a longest common subsequence). */
function movedIn(a: readonly string[], b: readonly string[]): Set<string> {
  const inA = new Set(a);
  const inB = new Set(b);
  const sa = a.filter((x) => inB.has(x));
  const keep = lcs(
    sa,
    b.filter((x) => inA.has(x)),
  );
  return new Set(sa.filter((x) => !keep.has(x)));
}

function settingsDiff(a: DiffSide, b: DiffSide): VariantDiff['settings'] {
  const read = (side: DiffSide): Record<string, string | null> =>
    side === 'master'
      ? { template: null, pageTarget: null, 'keywords.added': null, 'keywords.removed': null, 'keywords.boosted': null }
      : {
          template: side.template,
          pageTarget: String(side.pageTarget),
          'keywords.added': side.tailoring.keywords.added.join(', ') || null,
          'keywords.removed': side.tailoring.keywords.removed.join(', ') || null,
          'keywords.boosted': side.tailoring.keywords.boosted.join(', ') || null,
        };
  const ra = read(a);
  const rb = read(b);
  // The master has no template or page target of its own: against it only the keyword overrides say anything.
  const againstMaster = a === 'master' || b === 'master';
  return Object.keys(ra)
    .filter((field) => ra[field] !== rb[field] && !(againstMaster && !field.startsWith('keywords.')))
    .map((field) => ({ field, a: ra[field] ?? null, b: rb[field] ?? null }));
}

function label(side: DiffSide): string {
  return side === 'master' ? 'master' : `${side.company}${side.role ? ` — ${side.role}` : ''} (${side.id})`;
}

interface Placed {
  parentId: string;
  position: number;
  text: string;
}
/** Where each shown item sits, and each parent's shown children in order ('' is the parent of sections). */
interface Layout {
  placed: Map<string, Placed>;
  siblings: Map<string, string[]>;
}

function layout(r: Resume): Layout {
  const placed = new Map<string, Placed>();
  const siblings = new Map<string, string[]>();
  const place = (id: string, parentId: string, position: number, text: string) => {
    placed.set(id, { parentId, position, text });
    const list = siblings.get(parentId) ?? [];
    list.push(id);
    siblings.set(parentId, list);
  };
  r.sections.forEach((s, si) => {
    place(s.id, '', si, '');
    s.entries.forEach((e, ei) => {
      place(e.id, s.id, ei, '');
      e.bullets.forEach((b, bi) => place(b.id, e.id, bi, plainText(b.text)));
    });
  });
  return { placed, siblings };
}

/**
 * Items shown on both sides whose relative order changed. Position numbers alone would call every bullet below a
 * hidden one "moved"; the items outside a longest common subsequence are the fewest that really moved.
 */
function movedIds(a: Layout, b: Layout): Set<string> {
  const moved = new Set<string>();
  for (const [parentId, listA] of a.siblings) {
    const listB = b.siblings.get(parentId) ?? [];
    const inA = new Set(listA);
    const inB = new Set(listB);
    const sa = listA.filter((id) => inB.has(id));
    const keep = lcs(
      sa,
      listB.filter((id) => inA.has(id)),
    );
    for (const id of sa) if (!keep.has(id)) moved.add(id);
  }
  return moved;
}

function lcs(a: string[], b: string[]): Set<string> {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const out = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.add(a[i]!);
      i++;
      j++;
    } else if (dp[i + 1]![j]! > dp[i]![j + 1]!) i++;
    // On a tie keep A's item and call B's earlier one moved: what was pulled up is what the person moved, usually.
    else j++;
  }
  return out;
}
