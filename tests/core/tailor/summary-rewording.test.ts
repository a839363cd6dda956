import { describe, expect, it } from 'vitest';
import { applyVariant, editVariant, Variant } from '../../../src/core/tailor';
import { applyEdits, deepFreeze, freshVariant, loadMaster } from './fixture';

const master = deepFreeze(loadMaster());

describe('the summary reworded per variant', () => {
  it('prints the variant summary and leaves the master untouched', () => {
    const v = applyEdits(master, freshVariant(master), { type: 'rewordSummary', text: 'Nurse who keeps wards calm.' });
    expect(v.tailoring.summary).toEqual({
      text: 'Nurse who keeps wards calm.',
      masterText: 'Engineer who makes slow things fast.',
    });
    expect(applyVariant(master, v).resume.summary).toBe('Nurse who keeps wards calm.');
    expect(master.summary).toBe('Engineer who makes slow things fast.');
  });

  it('is no rewording when it says what the master says, and clears back to the master', () => {
    const same = applyEdits(master, freshVariant(master), {
      type: 'rewordSummary',
      text: ' Engineer who makes slow things fast. ',
    });
    expect(same.tailoring.summary).toBeNull();
    const v = applyEdits(
      master,
      freshVariant(master),
      { type: 'rewordSummary', text: 'Other.' },
      { type: 'clearSummary' },
    );
    expect(applyVariant(master, v).resume.summary).toBe(master.summary);
    expect(editVariant(master, freshVariant(master), { type: 'rewordSummary', text: '  ' }).ok).toBe(false);
  });

  it('is flagged stale, not dropped, when the master summary changes', () => {
    const v = applyEdits(master, freshVariant(master), { type: 'rewordSummary', text: 'Fast, for this job.' });
    const changed = { ...structuredClone(master), summary: 'Engineer who makes slow things fast, safely.' };
    const applied = applyVariant(changed, v);
    expect(applied.report.staleSummary).toEqual({
      text: 'Fast, for this job.',
      masterTextThen: 'Engineer who makes slow things fast.',
      masterTextNow: 'Engineer who makes slow things fast, safely.',
    });
    expect(applied.resume.summary).toBe('Fast, for this job.');
    expect(applyVariant(master, v).report.staleSummary).toBeNull();
  });

  it('reads a version 3 file written before summaries and skills were tailored, with their defaults', () => {
    const old = structuredClone(freshVariant(master)) as Record<string, unknown> & {
      tailoring: Record<string, unknown>;
    };
    delete old.tailoring.summary;
    delete old.tailoring.skills;
    const v = Variant.parse(old);
    expect(v.tailoring.summary).toBeNull();
    expect(v.tailoring.skills).toEqual({
      groupOrder: [],
      itemOrder: {},
      hiddenGroups: [],
      hiddenItems: {},
      added: [],
      manual: { groupOrder: false, itemOrder: [] },
    });
  });
});
