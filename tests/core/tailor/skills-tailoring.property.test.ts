import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyVariant, autoTailor, editVariant, Variant, type VariantEdit } from '../../../src/core/tailor';
import { freshVariant, loadMaster } from './fixture';

const master = loadMaster();
const groupIds = [...master.skills.map((g) => g.id), 'no-such-group'];
const anyGroup = fc.constantFrom(...groupIds);
const anyItem = fc.constantFrom(...master.skills.flatMap((g) => g.items), 'Terraform', 'Excel', 'CI/CD');

const editArb: fc.Arbitrary<VariantEdit> = fc.oneof(
  fc.record({ type: fc.constant('moveSkillGroup' as const), groupId: anyGroup, toIndex: fc.nat(4) }),
  fc.record({ type: fc.constant('moveSkill' as const), groupId: anyGroup, item: anyItem, toIndex: fc.nat(6) }),
  fc.record({
    type: fc.constant('setSkillsHidden' as const),
    groupId: anyGroup,
    items: fc.option(fc.array(anyItem, { maxLength: 3 }), { nil: undefined }),
    hidden: fc.boolean(),
  }),
  fc.record({ type: fc.constant('addSkill' as const), groupId: anyGroup, item: anyItem }),
  fc.record({ type: fc.constant('removeAddedSkill' as const), groupId: anyGroup, item: anyItem }),
  fc.constant({ type: 'resetManual' as const }),
);

describe('skills tailoring, for any sequence of edits and any relevance', () => {
  it('prints every skill that is not hidden exactly once, in a variant that still parses, and auto-tailor keeps what was set by hand', () => {
    fc.assert(
      fc.property(
        fc.array(editArb, { maxLength: 12 }),
        fc.dictionary(anyItem, fc.integer({ min: 0, max: 100 })),
        (edits, itemScores) => {
          let v: Variant = freshVariant(master);
          for (const e of edits) {
            const r = editVariant(master, v, e);
            if (r.ok) v = r.variant;
            else expect(r.error).toMatch(/\S/);
          }
          expect(Variant.safeParse(v).success).toBe(true);
          const check = (variant: Variant) => {
            const printed = applyVariant(master, variant).resume.skills;
            const s = variant.tailoring.skills;
            for (const g of master.skills) {
              if (s.hiddenGroups.includes(g.id)) {
                expect(printed.find((p) => p.id === g.id)).toBeUndefined();
                continue;
              }
              const want = [...g.items, ...s.added.filter((a) => a.groupId === g.id).map((a) => a.item)].filter(
                (x, i, all) =>
                  !(s.hiddenItems[g.id] ?? []).includes(x) &&
                  all.findIndex((y) => y.toLowerCase() === x.toLowerCase()) === i,
              );
              const got = printed.find((p) => p.id === g.id)?.items ?? [];
              expect([...got].sort()).toEqual([...want].sort());
            }
          };
          check(v);
          const items = Object.fromEntries(master.skills.map((g) => [g.id, itemScores]));
          const tailored = autoTailor(master, v, { bulletScores: {}, skillScores: { items, groups: itemScores } });
          check(tailored.variant);
          const before = v.tailoring.skills;
          const after = tailored.variant.tailoring.skills;
          if (before.manual.groupOrder) expect(after.groupOrder).toEqual(before.groupOrder);
          for (const gid of before.manual.itemOrder) expect(after.itemOrder[gid]).toEqual(before.itemOrder[gid]);
          expect(after.hiddenItems).toEqual(before.hiddenItems);
          expect(after.hiddenGroups).toEqual(before.hiddenGroups);
        },
      ),
      { numRuns: 300 },
    );
  });
});
