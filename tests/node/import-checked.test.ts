import { readFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importDocumentChecked } from '../../src/node/import-checked';
import { ROOT } from '../support/run-cli';

afterEach(() => vi.restoreAllMocks());

describe('one import, one parse', () => {
  it('reads a Word file through mammoth once for both the resume and the side-by-side source text', async () => {
    const convert = vi.spyOn(mammoth, 'convertToHtml');
    const bytes = new Uint8Array(readFileSync(path.join(ROOT, 'tests/fixtures/import/tables.docx')));
    const r = await importDocumentChecked(bytes, 'docx');
    expect(r.result.ok).toBe(true);
    expect(r.sourceText.length).toBeGreaterThan(100);
    expect(convert).toHaveBeenCalledTimes(1);
  });

  it('a refused file is never parsed at all', async () => {
    const convert = vi.spyOn(mammoth, 'convertToHtml');
    const { docxImageBomb } = await import('../hardening/document-bombs');
    const r = await importDocumentChecked(docxImageBomb(60), 'docx');
    expect(r.result).toMatchObject({ ok: false, error: expect.stringMatching(/more than the 50 MB/) });
    expect(convert).not.toHaveBeenCalled();
  });
});
