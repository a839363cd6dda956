import { describe, expect, it } from 'vitest';
import { ZodType } from 'zod';
import { callMethod } from '../../src/service/call-method';
import { METHOD_NAMES } from '../../src/service/method-names';
import { serviceTable } from '../../src/service/service-table';
import { tempContext } from './service-fixture';

describe('the service table', () => {
  it('gives every method a zod input and output schema, and the preload list names exactly them', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(serviceTable).sort());
    for (const [name, m] of Object.entries(serviceTable)) {
      expect(m.input, name).toBeInstanceOf(ZodType);
      expect(m.output, name).toBeInstanceOf(ZodType);
    }
    expect(METHOD_NAMES).toEqual(
      expect.arrayContaining([
        'analyzePosting',
        'scoreVariant',
        'autoTailor',
        'renderPreview',
        'exportResume',
        'listVariants',
        'getVariant',
        'saveVariant',
        'duplicateVariant',
        'renameVariant',
        'deleteVariant',
        'restoreVariant',
        'diffVariants',
        'listTemplates',
        'getSettings',
        'saveSettings',
      ]),
    );
  });

  it.each(METHOD_NAMES)('%s refuses a field its schema does not know, naming it', async (name) => {
    const { ctx, cleanup } = tempContext();
    const r = await callMethod(name, { notAField: '/etc/passwd' }, ctx);
    cleanup();
    expect(r).toMatchObject({
      ok: false,
      code: 'bad-input',
      error: expect.stringContaining(`invalid input for ${name}`),
    });
  });
});
