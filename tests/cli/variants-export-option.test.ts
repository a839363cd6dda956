import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-io';
import { recordVariantExportDone, variantExportInput } from '../../src/cli/commands/variants-export-option';
import { editVariant } from '../../src/core/tailor';
import { createVariant, getVariant, saveVariant } from '../../src/node/variant-store';
import { loadMaster } from '../core/tailor/fixture';

const master = loadMaster();
const root = await fs.mkdtemp(path.join(os.tmpdir(), 'tailor-export-option-'));
const library = path.join(root, 'variants');
afterAll(() => fs.rm(root, { recursive: true, force: true }));

describe('tailor export --variant (the variant side)', () => {
  it("hands export the tailored resume, the variant's template, pages, company and role, and records the export", async () => {
    const made = await createVariant(library, master, {
      company: 'Acme',
      role: 'Engineer',
      template: 'compact',
      pageTarget: 2,
    });
    if (!made.ok) throw new Error(made.error);
    const hidden = editVariant(master, made.value.variant, { type: 'setHidden', id: 'acme-oncall', hidden: true });
    if (!hidden.ok) throw new Error(hidden.error);
    const saved = await saveVariant(library, hidden.variant, { expectedRevision: made.value.revision });
    if (!saved.ok) throw new Error(saved.error);
    const id = saved.value.variant.id;

    const input = await variantExportInput({ variant: id, library }, master, {});
    expect(input).toMatchObject({
      dir: library,
      id,
      template: 'compact',
      pages: 2,
      meta: { company: 'Acme', role: 'Engineer' },
    });
    expect(input.resume.sections[0]?.entries[0]?.bullets.map((b) => b.id)).toEqual(['acme-kernels', 'acme-k8s']);
    // What the person types wins over what the variant saved.
    expect(
      await variantExportInput({ variant: id, library }, master, {
        template: 'classic',
        pages: 1,
        role: 'Staff Engineer',
      }),
    ).toMatchObject({
      template: 'classic',
      pages: 1,
      meta: { company: 'Acme', role: 'Staff Engineer' },
    });

    expect(
      await recordVariantExportDone(input, {
        file: path.join(root, 'out', 'Ada - Acme.pdf'),
        format: 'pdf',
        template: 'compact',
      }),
    ).toBe(true);
    const after = await getVariant(library, id);
    expect(after.ok && after.value.variant.exportHistory.map((e) => [e.format, e.template, e.fileName])).toEqual([
      ['pdf', 'compact', 'Ada - Acme.pdf'],
    ]);
  });

  it('refuses --posting with --variant and names an unknown variant', async () => {
    await expect(variantExportInput({ variant: 'abcd1234', library, posting: 'p.txt' }, master, {})).rejects.toThrow(
      CliError,
    );
    await expect(variantExportInput({ variant: 'zzzz9999', library }, master, {})).rejects.toThrow(
      `no variant with id "zzzz9999" in ${library}`,
    );
  });
});
