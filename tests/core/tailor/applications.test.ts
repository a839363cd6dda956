import { describe, expect, it } from 'vitest';
import type { Resume } from '../../../src/core/resume/schema';
import { copyName } from '../../../src/core/tailor/copy-name';
import { orphanedChoicesReport, reattachChoice } from '../../../src/core/tailor/orphaned-choices';
import { reconcileVariant } from '../../../src/core/tailor/reconcile-variant';
import { resumeChanges } from '../../../src/core/tailor/resume-changes';
import { appliedAt, statusSince, withStatusDated } from '../../../src/core/tailor/status-history';
import { csvCell, trackerCsv } from '../../../src/core/tailor/tracker-csv';
import { summarizeVariant } from '../../../src/core/tailor/variant-summary';
import { applyVariant } from '../../../src/core/tailor/apply-variant';
import { bulletIds, freshVariant, loadMaster } from './fixture';

/** What an accepted import does to ids: the same bullets, every one under a new id. */
function reimported(master: Resume): Resume {
  const m = structuredClone(master);
  for (const s of m.sections) for (const e of s.entries) for (const b of e.bullets) b.id = `${b.id}-imported`;
  return m;
}

describe('dated statuses', () => {
  it('starts the timeline on the first save and adds a dated step only when the status changes', () => {
    const master = loadMaster();
    const v = freshVariant(master);
    const first = withStatusDated(undefined, v, '2026-03-01T10:00:00.000Z');
    expect(first.statusHistory).toEqual([{ status: 'draft', at: '2026-03-01T10:00:00.000Z' }]);
    const same = withStatusDated(first, { ...first, notes: 'x' }, '2026-03-02T10:00:00.000Z');
    expect(same.statusHistory).toHaveLength(1);
    const applied = withStatusDated(first, { ...first, status: 'applied' }, '2026-03-03T09:00:00.000Z');
    expect(applied.statusHistory.at(-1)).toEqual({ status: 'applied', at: '2026-03-03T09:00:00.000Z' });
    expect(statusSince(applied)).toBe('2026-03-03T09:00:00.000Z');
    expect(appliedAt(applied)).toBe('2026-03-03T09:00:00.000Z');
  });

  it('grows the timeline from the one on disk, not from a stale copy the caller sent', () => {
    const v = freshVariant(loadMaster());
    const disk = {
      ...v,
      status: 'applied' as const,
      statusHistory: [
        { status: 'draft' as const, at: v.createdAt },
        { status: 'applied' as const, at: '2026-03-02T00:00:00.000Z' },
      ],
    };
    const stale = { ...v, status: 'applied' as const, notes: 'edited in a window opened before the step' };
    expect(withStatusDated(disk, stale, '2026-03-09T00:00:00.000Z').statusHistory).toEqual(disk.statusHistory);
  });

  it('dates an older file without a timeline from its creation', () => {
    const v = freshVariant(loadMaster());
    const next = withStatusDated(v, { ...v, status: 'applied' }, '2026-03-05T00:00:00.000Z');
    expect(next.statusHistory).toEqual([
      { status: 'draft', at: v.createdAt },
      { status: 'applied', at: '2026-03-05T00:00:00.000Z' },
    ]);
  });
});

describe('copy names', () => {
  it('counts on past names already taken, and from the base of a copy', () => {
    expect(copyName('Nurse', new Set())).toBe('Nurse (copy)');
    expect(copyName('Nurse', new Set(['Nurse (copy)']))).toBe('Nurse (copy 2)');
    expect(copyName('Nurse (copy)', new Set(['Nurse', 'Nurse (copy)']))).toBe('Nurse (copy 2)');
    expect(copyName('', new Set())).toBe('(copy)');
  });
});

describe('the tracker CSV', () => {
  it('quotes what RFC 4180 requires and defuses cells a spreadsheet would run', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1']) expect(csvCell(bad).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
    const v = freshVariant(loadMaster());
    const csv = trackerCsv([
      summarizeVariant({ ...v, company: '-Acme' }, { fileName: 'f', revision: 'r', migratedFrom: null }),
    ]);
    expect(csv.split('\r\n')[1]).toMatch(/^test0001,'-Acme,Engineer,draft,/);
  });
});

describe('orphaned choices', () => {
  it('keeps hidden choices through an accepted import, lists them with a same-text bullet, and re-attaches by hand', () => {
    const master = loadMaster();
    const [hide] = bulletIds(master);
    const v0 = freshVariant(master);
    v0.tailoring.hidden.bullets.push(hide!);
    // Read against the old master once (as the app does on open): the hidden bullet's words are remembered.
    const seen = reconcileVariant(master, v0).variant;
    expect(seen.choiceTexts[hide!]).toBeTruthy();

    const imported = reimported(master);
    const after = reconcileVariant(imported, seen).variant;
    expect(after.tailoring.hidden.bullets).toEqual([]);
    expect(after.orphanedChoices).toEqual([expect.objectContaining({ bulletId: hide, hidden: true })]);
    const listed = orphanedChoicesReport(imported, after);
    expect(listed).toEqual([expect.objectContaining({ bulletId: hide, suggestion: `${hide}-imported` })]);

    const attached = reattachChoice(imported, after, hide!, `${hide}-imported`);
    expect(attached.orphanedChoices).toEqual([]);
    expect(
      applyVariant(imported, attached).resume.sections.flatMap((s) =>
        s.entries.flatMap((e) => e.bullets.map((b) => b.id)),
      ),
    ).not.toContain(`${hide}-imported`);
  });

  it('brings a choice back by itself when the master is restored from its backup', () => {
    const master = loadMaster();
    const [hide] = bulletIds(master);
    const v0 = freshVariant(master);
    v0.tailoring.hidden.bullets.push(hide!);
    const orphaned = reconcileVariant(reimported(master), reconcileVariant(master, v0).variant).variant;
    const back = reconcileVariant(master, orphaned).variant;
    expect(back.tailoring.hidden.bullets).toEqual([hide]);
    expect(back.orphanedChoices).toEqual([]);
  });
});

describe('what it said then against now', () => {
  it('names the bullets added, removed and reworded since a snapshot', () => {
    const master = loadMaster();
    const now = structuredClone(master);
    const entry = now.sections
      .find((s) => s.entries.some((e) => e.bullets.length > 1))!
      .entries.find((e) => e.bullets.length > 1)!;
    const [first, second] = entry.bullets;
    first!.text = [{ text: 'Reworded since.' }];
    entry.bullets = entry.bullets.filter((b) => b.id !== second!.id);
    entry.bullets.push({ id: 'brand-new', text: [{ text: 'New since.' }] });
    const c = resumeChanges(master, now);
    expect(c.changed.map((x) => x.id)).toEqual([first!.id]);
    expect(c.removed.map((x) => x.id)).toEqual([second!.id]);
    expect(c.added.map((x) => x.id)).toEqual(['brand-new']);
  });
});
