import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearInsightMemory, libraryInsight } from '../../src/node/library-insight';
import { createVariant, getVariant, saveVariant } from '../../src/node/variant-store';
import { loadMaster } from '../core/tailor/fixture';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tailor-insight-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const posting = (tools: string) => `Platform Engineer\n\nRequirements\n- Go and Kubernetes\n- ${tools}\n`;

describe('insight across the library', () => {
  it('analyzes each posting once, then reads the cache; an edited posting alone is analyzed again', async () => {
    const master = loadMaster();
    const a = await createVariant(dir, master, {
      company: 'A',
      role: 'R',
      posting: { text: posting('Terraform, AWS and Docker') },
    });
    const b = await createVariant(dir, master, {
      company: 'B',
      role: 'R',
      posting: { text: posting('Snowflake, Terraform and Airflow') },
    });
    if (!a.ok || !b.ok) throw new Error('create failed');
    const first = await libraryInsight(dir, master);
    expect(first.fromCache).toBe(0);
    expect(first.missing.find((m) => m.term === 'Terraform')?.postings).toBe(2);

    // A new process: the cache on disk answers.
    clearInsightMemory();
    const again = await libraryInsight(dir, master);
    expect(again.fromCache).toBe(2);
    expect(again.missing).toEqual(first.missing);

    const got = await getVariant(dir, a.value.variant.id);
    if (!got.ok) throw new Error(got.error);
    const edited = { ...got.value.variant, posting: { text: posting('Salesforce, AWS and Docker') } };
    expect((await saveVariant(dir, edited, { expectedRevision: got.value.revision })).ok).toBe(true);
    const after = await libraryInsight(dir, master);
    expect(after.fromCache).toBe(1);
    expect(after.missing.find((m) => m.term === 'Terraform')?.postings).toBe(1);

    // A master edit changes every score: nothing is read from the cache.
    const changed = structuredClone(master);
    changed.summary = `${changed.summary ?? ''} Terraform.`;
    expect((await libraryInsight(dir, changed)).fromCache).toBe(0);
  });
});
