import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/core/resume/rich-text';
import type { Resume } from '../../../src/core/resume/schema';
import { applyVariant, editVariant, type Variant, type VariantEdit } from '../../../src/core/tailor';
import { freshVariant, loadMaster } from './fixture';

const base = loadMaster();
const sectionIds = base.sections.map((s) => s.id);
const entryIds = base.sections.flatMap((s) => s.entries.map((e) => e.id));
const bulletIdsOf = (r: Resume) => r.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.id)));
const anyId = fc.constantFrom(...sectionIds, ...entryIds, ...bulletIdsOf(base), 'no-such-id');

const editArb: fc.Arbitrary<VariantEdit> = fc.oneof(
  fc.record({ type: fc.constant('moveSection' as const), sectionId: anyId, toIndex: fc.nat(8) }),
  fc.record({ type: fc.constant('moveEntry' as const), entryId: anyId, toIndex: fc.nat(8) }),
  fc.record({ type: fc.constant('moveBullet' as const), bulletId: anyId, toIndex: fc.nat(8) }),
  fc.record({ type: fc.constant('setHidden' as const), id: anyId, hidden: fc.boolean() }),
  fc.record({
    type: fc.constant('reword' as const),
    bulletId: anyId,
    text: fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((s) => s.trim().length > 0)
      .map((text) => [{ text }]),
  }),
  fc.record({ type: fc.constant('clearRewording' as const), bulletId: anyId }),
  fc.record({ type: fc.constant('resetManual' as const), id: anyId }),
);

/** Changes to the master made after the variant: delete, add and move bullets, delete entries. */
type MasterChange =
  | { kind: 'deleteBullet' | 'deleteEntry'; pick: number }
  | { kind: 'addBullet'; pick: number }
  | { kind: 'moveBullet'; pick: number; to: number };
const changeArb: fc.Arbitrary<MasterChange> = fc.oneof(
  fc.record({ kind: fc.constantFrom('deleteBullet' as const, 'deleteEntry' as const), pick: fc.nat(50) }),
  fc.record({ kind: fc.constant('addBullet' as const), pick: fc.nat(50) }),
  fc.record({ kind: fc.constant('moveBullet' as const), pick: fc.nat(50), to: fc.nat(50) }),
);

function changeMaster(master: Resume, changes: MasterChange[]): Resume {
  const m = structuredClone(master);
  let added = 0;
  for (const c of changes) {
    const entries = m.sections.flatMap((s) => s.entries);
    const bullets = entries.flatMap((e) => e.bullets.map((b) => ({ e, b })));
    if (c.kind === 'deleteBullet' && bullets.length) {
      const { e, b } = bullets[c.pick % bullets.length]!;
      e.bullets = e.bullets.filter((x) => x.id !== b.id);
    } else if (c.kind === 'deleteEntry' && entries.length > 1) {
      const gone = entries[c.pick % entries.length]!.id;
      for (const s of m.sections) s.entries = s.entries.filter((e) => e.id !== gone);
    } else if (c.kind === 'addBullet' && entries.length) {
      entries[c.pick % entries.length]!.bullets.push({
        id: `added-${added++}`,
        text: [{ text: `Added bullet ${added}` }],
      });
    } else if (c.kind === 'moveBullet' && bullets.length && entries.length) {
      const { e, b } = bullets[c.pick % bullets.length]!;
      e.bullets = e.bullets.filter((x) => x.id !== b.id);
      entries[c.to % entries.length]!.bullets.push(b);
    }
  }
  return m;
}

/**
 * "Never loses or duplicates a master bullet" means, for the master as it is now:
 * - every bullet of the master whose section, entry and own id are not hidden appears exactly once, in its own entry,
 *   with the variant's rewording or else the master's text;
 * - every other bullet (hidden, or under a hidden entry or section) appears zero times in the tailored resume but is
 *   not lost: it is still listed exactly once in the reconciled variant's order, so showing it again brings it back;
 * - nothing appears that the master does not have.
 */
function checkNothingLost(master: Resume, variant: Variant): void {
  const { resume, reconciled } = applyVariant(master, variant);
  const t = reconciled.tailoring;
  const shown = new Map<string, { entryId: string; text: string }[]>();
  for (const s of resume.sections)
    for (const e of s.entries)
      for (const b of e.bullets)
        shown.set(b.id, [...(shown.get(b.id) ?? []), { entryId: e.id, text: plainText(b.text) }]);
  const ordered = Object.values(t.bulletOrder).flat();
  const masterIds = new Set(bulletIdsOf(master));
  for (const id of shown.keys()) expect(masterIds.has(id), `${id} is not in the master`).toBe(true);
  for (const s of master.sections)
    for (const e of s.entries)
      for (const b of e.bullets) {
        const hidden =
          t.hidden.sections.includes(s.id) || t.hidden.entries.includes(e.id) || t.hidden.bullets.includes(b.id);
        const copies = shown.get(b.id) ?? [];
        expect(copies.length, `${b.id} shown ${copies.length} times`).toBe(hidden ? 0 : 1);
        if (!hidden) {
          expect(copies[0]?.entryId).toBe(e.id);
          const r = t.rewording[b.id];
          expect(copies[0]?.text).toBe(r ? plainText(r.text) : plainText(b.text));
        }
        expect(
          ordered.filter((x) => x === b.id),
          `${b.id} in the variant's orders`,
        ).toHaveLength(1);
        expect(t.bulletOrder[e.id]).toContain(b.id);
      }
}

describe('applying a variant never loses or duplicates a master bullet', () => {
  it('holds for any sequence of edits, including edits of ids the master does not have', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 30 }), (edits) => {
        let v = freshVariant(base);
        for (const e of edits) {
          const r = editVariant(base, v, e);
          if (r.ok) v = r.variant;
          else expect(r.error).toMatch(/has no|no rewording/);
        }
        checkNothingLost(base, v);
      }),
      { numRuns: 300 },
    );
  });

  it('holds when the master changes underneath the variant (bullets added, deleted, moved; entries deleted)', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 20 }), fc.array(changeArb, { maxLength: 8 }), (edits, changes) => {
        let v = freshVariant(base);
        for (const e of edits) {
          const r = editVariant(base, v, e);
          if (r.ok) v = r.variant;
        }
        const changed = changeMaster(base, changes);
        checkNothingLost(changed, v);
        // And once more after saving the reconciled variant: reconciling is idempotent.
        const again = applyVariant(changed, v).reconciled;
        checkNothingLost(changed, again);
        expect(applyVariant(changed, again).reconciled.tailoring).toEqual(again.tailoring);
      }),
      { numRuns: 300 },
    );
  });
});
