import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MASTER } from '../support/run-cli';
import { call, tempContext } from './service-fixture';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A service on temporary folders with its own copy of the fixture master, which the test rewrites. */
function setup() {
  const t = tempContext();
  cleanups.push(t.cleanup);
  const resumePath = path.join(t.dir, 'master.json');
  copyFileSync(MASTER, resumePath);
  return { ctx: { ...t.ctx, resumePath }, resumePath };
}

type Json = { sections: { entries: { bullets: { id: string; text: { text: string }[] }[] }[] }[] };

describe('applications through the service', () => {
  it('keeps hidden choices through an accepted import, lists them with their likely new bullet, and re-attaches', async () => {
    const { ctx, resumePath } = setup();
    const made = await call(ctx, 'createVariant', { company: 'Acme', role: 'Engineer' });
    const v = structuredClone(made.variant);
    v.tailoring.hidden.bullets.push('inference-engineer-1');
    await call(ctx, 'saveVariant', { variant: v, expectedRevision: made.revision });

    // An import that gives every bullet a new id, accepted and saved.
    const original = readFileSync(resumePath, 'utf8');
    const imported = JSON.parse(original) as Json;
    for (const s of imported.sections) for (const e of s.entries) for (const b of e.bullets) b.id = `${b.id}-new`;
    writeFileSync(resumePath, JSON.stringify(imported));
    const opened = await call(ctx, 'getVariant', { id: v.id });
    expect(opened.orphaned).toEqual([
      expect.objectContaining({
        bulletId: 'inference-engineer-1',
        hidden: true,
        suggestion: 'inference-engineer-1-new',
      }),
    ]);
    expect(opened.orphaned[0]!.text).toContain('clinical dictation');
    // Saved by the app as it opens it: the orphaned choice is on disk, not lost.
    await call(ctx, 'saveVariant', { variant: opened.variant, expectedRevision: opened.revision });
    const reattached = await call(ctx, 'reattachChoice', {
      id: v.id,
      from: 'inference-engineer-1',
      to: 'inference-engineer-1-new',
    });
    expect(reattached.variant.tailoring.hidden.bullets).toContain('inference-engineer-1-new');
    expect(reattached.variant.orphanedChoices).toEqual([]);
    expect((await call(ctx, 'getVariant', { id: v.id })).orphaned).toEqual([]);
  });

  it('freezes an export, compares it with now, asks about it before a master change and pins it to what was sent', async () => {
    const { ctx, resumePath } = setup();
    const made = await call(ctx, 'createVariant', { company: 'Acme', role: 'Engineer', pageTarget: 2 });
    const out = await call(ctx, 'exportResume', { variant: made.variant, format: 'pdf', saved: true });
    const record = out.recorded!.exportHistory[0]!;
    const snap = await call(ctx, 'getSnapshot', { id: made.variant.id, snapshot: record.snapshot!, file: true });
    expect(snap.intact).toBe(true);
    expect(Buffer.from(snap.dataBase64!, 'base64').equals(Buffer.from(out.dataBase64!, 'base64'))).toBe(true);
    expect(snap.meta.template).toBe('classic');
    await call(ctx, 'updateApplication', { id: made.variant.id, status: 'applied' });

    const next = JSON.parse(readFileSync(resumePath, 'utf8')) as Json;
    next.sections[3]!.entries[0]!.bullets[0]!.text = [{ text: 'Changed after it was sent.' }];
    const impact = await call(ctx, 'masterChangeImpact', { master: next });
    expect(impact.affected.map((a) => a.id)).toEqual([made.variant.id]);
    expect(impact.affected[0]!.changes.changed).toHaveLength(1);

    const kept = await call(ctx, 'keepAsSent', { id: made.variant.id, keep: true });
    expect(kept.variant.pinned).toEqual(
      expect.objectContaining({ from: 'snapshot', master: `${record.snapshot}.json` }),
    );
    writeFileSync(resumePath, JSON.stringify(next));
    // Pinned: not asked about again, and what it sends has not moved.
    expect((await call(ctx, 'masterChangeImpact', { master: next })).affected).toEqual([]);
    const cmp = await call(ctx, 'compareSnapshot', { id: made.variant.id, snapshot: record.snapshot! });
    expect(cmp.changes.changed).toEqual([]);
    expect(JSON.stringify((await call(ctx, 'tailoredResume', { id: made.variant.id })).resume)).not.toContain(
      'Changed after it was sent.',
    );
    // Following the master again: now it differs from what was sent.
    await call(ctx, 'keepAsSent', { id: made.variant.id, keep: false });
    const after = await call(ctx, 'compareSnapshot', { id: made.variant.id, snapshot: record.snapshot! });
    expect(after.changes.changed.map((c) => c.now)).toEqual(['Changed after it was sent.']);
  });
});
