import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyVariant, autoTailor, type Variant } from '../../../src/core/tailor';
import type { Resume } from '../../../src/core/resume/schema';
import { applyEdits, bulletIds, freshVariant, loadMaster } from './fixture';

const master = loadMaster();
const ids = bulletIds(master);
const entryOf = new Map(master.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => [b.id, e.id]))));

const scoresArb = fc.tuple(...ids.map(() => fc.integer({ min: 0, max: 100 })));
const manualArb = fc.subarray(ids, { maxLength: 3 });

describe('auto-tailor, for any scores, page budget and manual choices', () => {
  it('never hides a bullet scoring higher than one it keeps, except by the two-bullet rule or a manual choice, and says which', () => {
    fc.assert(
      fc.property(
        scoresArb,
        fc.integer({ min: 0, max: ids.length }),
        manualArb,
        fc.boolean(),
        (s, budget, manual, hide) => {
          const bulletScores = Object.fromEntries(ids.map((id, i) => [id, s[i]!]));
          let v: Variant = freshVariant(master);
          for (const id of manual) v = applyEdits(master, v, { type: 'setHidden', id, hidden: hide });
          const fits = (r: Resume) => bulletIds(r).length <= budget;
          const r = autoTailor(master, v, { bulletScores, fits });
          const shown = new Set(bulletIds(applyVariant(master, r.variant).resume));
          const bullets = r.decisions.filter((d) => d.kind === 'bullet');
          // Every bullet of the master gets a decision that matches what is shown.
          for (const d of bullets) expect(shown.has(d.id), d.id).toBe(d.action === 'keep');
          const kept = bullets.filter((d) => d.action === 'keep');
          const autoHidden = bullets.filter((d) => d.action === 'hide' && d.reason !== 'manual');
          for (const h of autoHidden)
            for (const k of kept)
              if ((h.score ?? 0) > (k.score ?? 0)) {
                expect(['two-bullet-rule', 'manual', 'reworded'], `${h.id} hidden over ${k.id}`).toContain(k.reason);
                if (k.reason === 'two-bullet-rule') {
                  // The rule really applies: the kept bullet's entry shows no more than two.
                  const left = [...shown].filter((id) => entryOf.get(id) === entryOf.get(k.id)).length;
                  expect(left, k.id).toBeLessThanOrEqual(2);
                }
              }
          // A manual choice is never overridden.
          for (const id of manual) expect(shown.has(id), id).toBe(!hide);
          // A shown entry keeps two bullets unless it had fewer or the person chose so.
          for (const e of master.sections.flatMap((x) => x.entries)) {
            const n = e.bullets.filter((b) => shown.has(b.id)).length;
            const touched = e.bullets.some((b) => manual.includes(b.id));
            if (n > 0 && !touched) expect(n, e.id).toBeGreaterThanOrEqual(Math.min(2, e.bullets.length));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
