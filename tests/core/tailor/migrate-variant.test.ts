import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readVariantText,
  readVariantValue,
  serializeVariant,
  VARIANT_MIGRATIONS,
  VARIANT_SCHEMA_VERSION,
} from '../../../src/core/tailor';
import { EVERY_FIELD, FIXTURES } from './fixture';

describe('variant files', () => {
  it('round-trips every field through the file text exactly', () => {
    const text = serializeVariant(EVERY_FIELD);
    const back = readVariantText(text);
    expect(back).toEqual({ ok: true, variant: EVERY_FIELD, migratedFrom: null });
    expect(serializeVariant(back.ok ? back.variant : EVERY_FIELD)).toBe(text);
  });

  it('migrates a version 1 file on read: posting, rewording as rich text with its master text, fresh provenance', () => {
    const r = readVariantText(readFileSync(path.join(FIXTURES, 'v1-acme.variant.json'), 'utf8'));
    if (!r.ok) throw new Error(r.error);
    expect(r.migratedFrom).toBe(1);
    const v = r.variant;
    expect(v.schemaVersion).toBe(VARIANT_SCHEMA_VERSION);
    expect(v.posting).toEqual({
      text: 'We want someone who writes CUDA kernels and runs Kubernetes.',
      url: 'https://jobs.example.com/acme/42',
    });
    expect(v.tailoring.rewording['acme-k8s']).toEqual({
      text: [
        { text: 'Moved the batch fleet to ' },
        { text: 'Kubernetes', bold: true },
        { text: ' with zero downtime.' },
      ],
      masterText: 'Moved the batch fleet to Kubernetes with zero downtime.',
    });
    expect(v.tailoring.hidden.bullets).toEqual(['acme-oncall']);
    expect(v.tailoring.keywords).toEqual({ added: ['CUDA'], removed: [], boosted: ['Kubernetes'] });
    expect(v.tailoring.manual).toEqual({ sectionOrder: false, entryOrder: [], bulletOrder: [], visibility: [] });
    expect(v.revision).toBe(0);
    expect(v.exportHistory).toEqual([]);
    expect(v.status).toBe('applied');
  });

  it('has a migration for every version below the current one', () => {
    for (let at = 1; at < VARIANT_SCHEMA_VERSION; at++)
      expect(VARIANT_MIGRATIONS[at], `migration from ${at}`).toBeTypeOf('function');
  });

  it('refuses a newer schema version, a missing one and non-variants with a reason a person can read', () => {
    const newer = readVariantValue({ ...JSON.parse(serializeVariant(EVERY_FIELD)), schemaVersion: 99 });
    expect(newer).toEqual({
      ok: false,
      error: `was written by a newer Tailor (schema version 99; this one reads up to ${VARIANT_SCHEMA_VERSION})`,
    });
    expect(readVariantValue({ id: 'x' })).toEqual({
      ok: false,
      error: 'has no schemaVersion, so it is not a Tailor variant file',
    });
    expect(readVariantValue([1, 2])).toEqual({ ok: false, error: 'is not a variant (expected a JSON object)' });
    expect(readVariantText('{"schemaVersion": 2, "id": ')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not valid JSON'),
    });
    const bad = readVariantValue({ ...JSON.parse(serializeVariant(EVERY_FIELD)), status: 'ghosted' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('status');
  });

  it('never lets a migration step run past an unknown gap', () => {
    expect(readVariantValue({ schemaVersion: 1 }, {})).toEqual({
      ok: false,
      error: 'schema version 1 has no migration to 2',
    });
  });

  it('gives a variant or a reason for any JSON and any text, never a crash', () => {
    const base = JSON.parse(serializeVariant(EVERY_FIELD)) as Record<string, unknown>;
    const v1 = JSON.parse(readFileSync(path.join(FIXTURES, 'v1-acme.variant.json'), 'utf8')) as Record<string, unknown>;
    // Real files with one field replaced by anything, plus anything at all.
    const mangled = fc.oneof(
      fc.jsonValue(),
      fc.tuple(fc.constantFrom(...Object.keys(base)), fc.jsonValue()).map(([k, x]) => ({ ...base, [k]: x })),
      fc.tuple(fc.constantFrom(...Object.keys(v1)), fc.jsonValue()).map(([k, x]) => ({ ...v1, [k]: x })),
    );
    fc.assert(
      fc.property(mangled, (value) => {
        const r = readVariantValue(value);
        if (r.ok) expect(r.variant.schemaVersion).toBe(VARIANT_SCHEMA_VERSION);
        else expect(r.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = readVariantText(text);
        if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
