import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_RESUME_BYTES } from '../../src/node/load-resume';
import { MAX_VARIANT_BYTES } from '../../src/node/variant-files';
import { callMethod } from '../../src/service/call-method';
import { serviceTable, type MethodName } from '../../src/service/service-table';
import { hardeningContext } from './hardening-fixture';

const t = hardeningContext();
afterAll(() => t.cleanup());

/** Oversized and deep values: what a hostile page or a broken client could send to any method. */
const nasty = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(
      'x'.repeat(3_000_001),
      '\u0001'.repeat(200_000),
      '😀'.repeat(5000),
      '/etc/hostname',
      '/dev/zero',
      '\\\\host\\share\\t.json',
      '../../x',
      '__proto__',
      '',
      -1,
      1e308,
      Number.NaN,
      null,
      true,
    ),
    fc.string({ maxLength: 50 }),
    fc.integer(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('text', 'variant', 'resume', 'settings', 'template', 'id', 'extra'), tie('value'), {
      maxKeys: 4,
    }),
  ),
}));

function deep(levels: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = { a: v, extra: v === 'x' ? {} : undefined };
  return v;
}

/** Every file the service wrote must be one its reader accepts: within the caps. */
function writtenFilesReadable(): void {
  const lib = t.ctx.libraryDir;
  if (existsSync(lib))
    for (const n of readdirSync(lib).filter((x) => x.endsWith('.variant.json')))
      expect(readFileSync(path.join(lib, n)).length).toBeLessThanOrEqual(MAX_VARIANT_BYTES);
  expect(readFileSync(t.ctx.resumePath).length).toBeLessThanOrEqual(MAX_RESUME_BYTES);
}

/** Every path to a value inside a JSON value (objects and arrays), so one field at a time can be replaced. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (v && typeof v === 'object' && at.length < 8)
    for (const [k, c] of Object.entries(v)) paths(c, [...at, Array.isArray(v) ? Number(k) : k], out);
  return out;
}

function replaced(base: unknown, at: (string | number)[], value: unknown): unknown {
  if (!at.length) return value;
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let o = copy;
  for (const k of at.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[at.at(-1) as string | number] = value;
  return copy;
}

// Methods that open a native dialog or need a real export are still called: ctx has no chooseSavePath.
const methods = Object.keys(serviceTable) as MethodName[];

describe('every service method, fed oversized and deep values', () => {
  let bases: Partial<Record<MethodName, unknown>> = {};

  it('valid inputs to start from', async () => {
    const made = await callMethod(
      'createVariant',
      { company: 'Acme', role: 'Nurse', postingText: 'Triage nurse, BLS.' },
      t.ctx,
    );
    if (!made.ok) throw new Error(made.error);
    const { variant, revision } = made.value as { variant: { id: string }; revision: string };
    const opened = await callMethod('openMaster', {}, t.ctx);
    if (!opened.ok) throw new Error(opened.error);
    const master = opened.value as { resume: unknown; revision: string };
    bases = {
      analyzePosting: { text: 'Registered nurse, triage, BLS.' },
      scoreVariant: { variant },
      autoTailor: { variant },
      renderPreview: { variant },
      exportResume: { variant, format: 'pdf', saved: false },
      getVariant: { id: variant.id },
      createVariant: { company: 'Acme', role: 'Nurse', postingText: 'Triage.', template: 'classic', pageTarget: 1 },
      saveVariant: { variant, expectedRevision: revision },
      duplicateVariant: { id: variant.id, company: 'Beta' },
      renameVariant: { id: variant.id, company: 'Gamma', expectedRevision: revision },
      diffVariants: { a: variant.id, b: variant.id },
      saveSettings: { settings: { theme: 'dark', defaultTemplate: 'modern', defaultPageTarget: 2 } },
      saveMaster: { resume: master.resume, expectedRevision: master.revision },
      importResumeFile: {
        fileName: 'resume.txt',
        base64: Buffer.from('Casey Invented\nExperience\nNurse').toString('base64'),
      },
    };
  });

  it.each(Object.keys(serviceTable) as MethodName[])(
    '%s, one field at a time',
    async (name) => {
      const base = bases[name];
      if (base === undefined) return;
      const all = paths(base);
      await fc.assert(
        fc.asyncProperty(fc.nat(all.length - 1), fc.oneof(nasty.value, fc.constant(deep(300))), async (i, value) => {
          const r = await callMethod(name, replaced(base, all[i] as (string | number)[], value), t.ctx);
          if (!r.ok) {
            expect(r.code).toMatch(/^(bad-input|not-found|conflict|unreadable|io)$/);
            expect(r.error.length).toBeLessThan(5000);
          }
          writtenFilesReadable();
        }),
        { numRuns: 30, seed: 17 },
      );
    },
    300_000,
  );

  it.each(methods)(
    '%s: a clear refusal or a result, never an unexpected error or an unreadable write',
    async (name) => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(nasty.value, fc.constant(deep(2000)), fc.constant({ resume: deep(500) })),
          async (input) => {
            const r = await callMethod(name, input, t.ctx);
            if (!r.ok) {
              expect(r.code).toMatch(/^(bad-input|not-found|conflict|unreadable|io)$/);
              expect(r.error.length).toBeLessThan(5000);
            }
            writtenFilesReadable();
          },
        ),
        { numRuns: 25, seed: 17 },
      );
    },
    120_000,
  );
});
