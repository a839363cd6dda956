import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultExportFileName, sanitizeFileName } from '../../../src/core/render/file-name';

describe('export file names', () => {
  it('defaults to "Name - Company - Role.ext", leaving out what is not known', () => {
    expect(defaultExportFileName('Mara Lindqvist', 'pdf', { company: 'Acme AI', role: 'ML Engineer' })).toBe(
      'Mara Lindqvist - Acme AI - ML Engineer.pdf',
    );
    expect(defaultExportFileName('Mara Lindqvist', 'docx', { role: 'ML Engineer' })).toBe(
      'Mara Lindqvist - ML Engineer.docx',
    );
    expect(defaultExportFileName('Mara Lindqvist', 'png')).toBe('Mara Lindqvist.png');
  });

  it('removes characters Windows, macOS or Linux refuse, and control characters', () => {
    expect(defaultExportFileName('A/B', 'pdf', { company: 'C:\\D*E?', role: '"F" <G> |H|\u0007' })).toBe(
      'A B - C D E - F G H.pdf',
    );
  });

  it('never gives a reserved device name, a hidden file, or a trailing dot', () => {
    expect(sanitizeFileName('CON')).toBe('_CON');
    expect(sanitizeFileName('lpt1.txt')).toBe('_lpt1.txt');
    expect(sanitizeFileName('...hidden')).toBe('hidden');
    expect(sanitizeFileName('name. ')).toBe('name');
    expect(sanitizeFileName('  ')).toBe('Resume');
  });

  it('caps the length and keeps the extension', () => {
    const n = defaultExportFileName('N'.repeat(300), 'docx', { company: 'C', role: 'R' });
    expect(n.length).toBeLessThanOrEqual(120);
    expect(n.endsWith('.docx')).toBe(true);
  });

  it('gives a safe name for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 100 }), (name, company) => {
        const f = defaultExportFileName(name, 'pdf', { company });
        expect(f).toMatch(/\.pdf$/);
        expect(f).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
        expect(f.startsWith('.')).toBe(false);
        expect(f.length).toBeLessThanOrEqual(120);
        expect(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(f)).toBe(false);
      }),
    );
  });
});
