import type { Resume, SkillGroup } from '../resume/schema';
import { scoreOf, type ScoreInput } from './score-input';
import type { AddedSkill, SkillsTailoring } from './variant-schema';

/** What applying needs of a skills tailoring: any part may be missing (a plain render tailoring has none). */
export type SkillsView = {
  groupOrder?: readonly string[];
  itemOrder?: Readonly<Record<string, readonly string[]>>;
  hiddenGroups?: readonly string[];
  hiddenItems?: Readonly<Record<string, readonly string[]>>;
  added?: readonly { groupId: string; item: string }[];
};

/** Relevance of skills to a posting, 0-100, from the scorer: groups by id, items by group id then item text. */
export interface SkillScores {
  groups?: ScoreInput;
  items?: Readonly<Record<string, ScoreInput>>;
}

/** A skill-group or skill that auto-tailor moved, with the score that placed it. */
export interface SkillMove {
  groupId: string;
  /** Absent for a whole group. */
  item?: string;
  score: number | null;
}

const sameSkill = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A group's items as this variant has them: the master's, then the added ones it does not already list. */
export function groupItems(group: SkillGroup, added: readonly { groupId: string; item: string }[] = []): string[] {
  const out = [...group.items];
  for (const a of added) if (a.groupId === group.id && !out.some((x) => sameSkill(x, a.item))) out.push(a.item);
  return out;
}

/**
 * Brings a skills tailoring up to date with the master: orders lose what is gone and gain what is new (a new group
 * after its master predecessor, a new skill at the end of its group), hidden lists drop what no longer exists.
 * Added skills are never dropped: one whose group is gone is reported as orphaned and comes back with the group.
 */
export function reconcileSkills(
  master: Resume,
  s: SkillsTailoring,
): { skills: SkillsTailoring; orphanedAdds: AddedSkill[] } {
  const groups = new Map(master.skills.map((g) => [g.id, g]));
  const groupOrder = s.groupOrder.filter((id, i) => groups.has(id) && s.groupOrder.indexOf(id) === i);
  master.skills.forEach((g, i) => {
    if (groupOrder.includes(g.id)) return;
    const before = i === 0 ? -1 : groupOrder.indexOf(master.skills[i - 1]?.id ?? '');
    groupOrder.splice(before + 1, 0, g.id);
  });
  const itemOrder: Record<string, string[]> = {};
  const hiddenItems: Record<string, string[]> = {};
  for (const g of master.skills) {
    const items = groupItems(g, s.added);
    const known = (s.itemOrder[g.id] ?? []).filter((x, i, all) => items.includes(x) && all.indexOf(x) === i);
    itemOrder[g.id] = [...known, ...items.filter((x) => !known.includes(x))];
    const hid = (s.hiddenItems[g.id] ?? []).filter((x) => items.includes(x));
    if (hid.length) hiddenItems[g.id] = hid;
  }
  return {
    skills: {
      ...s,
      groupOrder,
      itemOrder,
      hiddenGroups: s.hiddenGroups.filter((id) => groups.has(id)),
      hiddenItems,
      manual: { ...s.manual, itemOrder: s.manual.itemOrder.filter((id) => groups.has(id)) },
    },
    orphanedAdds: s.added.filter((a) => !groups.has(a.groupId)),
  };
}

/**
 * The skill groups to print: in the variant's order, without hidden groups and skills, with the added skills.
 * Ids or items an order misses are appended in master order, so a bad order can never lose a skill; a group with
 * every skill hidden is left out (a label with nothing after it reads as a mistake).
 */
export function tailoredSkillGroups(master: Resume, s: SkillsView | undefined): SkillGroup[] {
  if (!s) return master.skills;
  const hiddenGroups = new Set(s.hiddenGroups);
  const order = s.groupOrder ?? [];
  const ranked = [...master.skills].sort((a, b) => rank(order, a.id) - rank(order, b.id));
  const out: SkillGroup[] = [];
  for (const g of ranked) {
    if (hiddenGroups.has(g.id)) continue;
    const items = groupItems(g, s.added ?? []);
    const itemOrder = s.itemOrder?.[g.id] ?? [];
    const hidden = new Set(s.hiddenItems?.[g.id] ?? []);
    const shown = items
      .map((x, i) => ({ x, i }))
      .sort((a, b) => rank(itemOrder, a.x) - rank(itemOrder, b.x) || a.i - b.i)
      .map((p) => p.x)
      .filter((x) => !hidden.has(x));
    if (shown.length) out.push({ ...g, items: shown });
  }
  return out;
}

/** Position in an order; what the order lacks sorts after everything it has, keeping its own order (stable sort). */
function rank(order: readonly string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/**
 * Auto-tailor's part for skills: within each group the skills go by relevance to the posting, and the groups by
 * theirs. A group whose order the person set by hand, or the group order if they moved a group, stays exactly as it
 * is. Equal scores keep the current order. Nothing is hidden: whether to drop a skill is the person's call ("trim").
 */
export function rankSkills(s: SkillsTailoring, scores: SkillScores): { skills: SkillsTailoring; moves: SkillMove[] } {
  const moves: SkillMove[] = [];
  const itemOrder: Record<string, string[]> = { ...s.itemOrder };
  for (const [groupId, items] of Object.entries(s.itemOrder)) {
    const itemScores = scores.items?.[groupId];
    if (!itemScores || s.manual.itemOrder.includes(groupId)) continue;
    const sorted = byScore(items, itemScores);
    sorted.forEach((item, i) => {
      if (items[i] !== item) moves.push({ groupId, item, score: scoreOf(itemScores, item) ?? null });
    });
    itemOrder[groupId] = sorted;
  }
  let groupOrder = s.groupOrder;
  if (scores.groups && !s.manual.groupOrder) {
    groupOrder = byScore(s.groupOrder, scores.groups);
    groupOrder.forEach((id, i) => {
      if (s.groupOrder[i] !== id) moves.push({ groupId: id, score: scoreOf(scores.groups, id) ?? null });
    });
  }
  return { skills: { ...s, itemOrder, groupOrder }, moves };
}

function byScore(ids: readonly string[], scores: ScoreInput): string[] {
  const sc = (id: string) => scoreOf(scores, id) ?? 0;
  return ids
    .map((id, i) => ({ id, i }))
    .sort((a, b) => sc(b.id) - sc(a.id) || a.i - b.i)
    .map((x) => x.id);
}

/**
 * "Trim by relevance": the skills of one group to hide, weakest first, that the posting gives no (or too little)
 * evidence for, always leaving the `keep` strongest (default 3) so the group still says something.
 */
export function trimByRelevance(
  items: readonly string[],
  scores: ScoreInput,
  opts: { keep?: number; threshold?: number } = {},
): string[] {
  const keep = Math.max(1, opts.keep ?? 3);
  const threshold = opts.threshold ?? 0;
  const ranked = byScore(items, scores);
  return ranked.slice(keep).filter((x) => (scoreOf(scores, x) ?? 0) <= threshold);
}
