import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileSlug as slugify } from '../../src/core/slug';
import { idFromFileName, variantFileName } from '../../src/node/safe-file-name';
import { createVariant, listVariants } from '../../src/node/variant-store';
import { loadMaster } from '../core/tailor/fixture';

const UNSAFE = [
  '../../etc/passwd',
  'CON',
  'a/b',
  '😀'.repeat(300),
  '',
  '..\\..\\windows\\system32',
  'nul.txt',
  '.hidden',
  '   ',
  'C:\\x',
  'a\u0000b',
];
const SAFE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*-[a-z0-9]{4,32}\.variant\.json$/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

describe('variant file names', () => {
  it.each(UNSAFE)('makes a safe name from the company %j', (company) => {
    const name = variantFileName({ company, role: '', id: 'abcd1234' });
    expect(name).toMatch(SAFE_NAME);
    expect(name.length).toBeLessThanOrEqual(60 + 1 + 32 + '.variant.json'.length);
    expect(path.basename(name)).toBe(name);
    expect(name).not.toMatch(WINDOWS_RESERVED);
    expect(idFromFileName(name)).toBe('abcd1234');
  });

  it('keeps readable words and drops accents', () => {
    expect(variantFileName({ company: 'Zürich Instruments AG', role: 'GPU Kernel Engineer', id: 'abcd1234' })).toBe(
      'zurich-instruments-ag-gpu-kernel-engineer-abcd1234.variant.json',
    );
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('')).toBe('untitled');
    expect(slugify('😀'.repeat(300))).toBe('untitled');
    expect(slugify('x'.repeat(300))).toHaveLength(60);
    expect(slugify('word '.repeat(30))).toMatch(/^(word-)*word$/);
  });

  it('never builds a name from an id that is not a variant id', () => {
    expect(() => variantFileName({ company: 'Acme', role: '', id: '../x' })).toThrow();
  });
});

describe('saving variants with unsafe names', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await fs.rm(path.dirname(dir), { recursive: true, force: true });
  });

  it('writes every file inside the library folder, named safely, and lists them all back', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'tailor-names-'));
    dir = path.join(root, 'library');
    const master = loadMaster();
    for (const company of UNSAFE) {
      const r = await createVariant(dir, master, { company, role: company });
      expect(r.ok, r.ok ? '' : r.error).toBe(true);
    }
    expect(await fs.readdir(root)).toEqual(['library']);
    const names = await fs.readdir(dir);
    expect(names).toHaveLength(UNSAFE.length);
    for (const n of names) expect(n).toMatch(SAFE_NAME);
    const listed = await listVariants(dir);
    expect(listed.variants.map((v) => v.company).sort()).toEqual(UNSAFE.map((c) => c.trim()).sort());
  });
});
