import { copyFileSync, existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'tailor-import-docs-'));
const fixture = (name: string) => path.join(ROOT, 'tests', 'fixtures', 'import', name);

describe('tailor import resume.docx / resume.pdf', () => {
  it.each(['docx', 'pdf'])('writes a master resume from a .%s and reports its counts', async (ext) => {
    const out = path.join(dir, `tables-${ext}.json`);
    const r = await runCli(['import', fixture(`tables.${ext}`), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/4 sections, 5 entries, 5 bullets/);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      basics: { name: 'Marta Kowalczyk', email: 'marta.kowalczyk@example.com' },
    });
  });

  it('prints {resume, warnings} with --json, and warnings name their line', async () => {
    const r = await runCli(['import', fixture('unusual-headings.pdf'), '--json']);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout) as {
      resume: { basics: { name: string } };
      warnings: { lineNo: number; reason: string }[];
    };
    expect(body.resume.basics.name).toBe('Tomás Ferreira');
    expect(body.warnings.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(
      /^warning: line \d+: kept as the description of "Tidepool": a tide chart widget for iOS$/m,
    );
  });
});

describe('tailor import refuses what it cannot read: a clear message, exit 1, nothing written', () => {
  const truncated = (name: string, bytes: number) => {
    const f = path.join(dir, `truncated-${name}`);
    writeFileSync(f, readFileSync(fixture(name)).subarray(0, bytes));
    return f;
  };
  const renamed = (name: string, as: string) => {
    const f = path.join(dir, as);
    copyFileSync(fixture(name), f);
    return f;
  };
  const huge = () => {
    const f = path.join(dir, 'huge.pdf');
    writeFileSync(f, '%PDF-1.7\n');
    truncateSync(f, 100 * 1024 * 1024); // sparse: 100 MB on paper, nothing on disk
    return f;
  };

  it.each([
    [
      'a password-protected PDF',
      () => fixture('password-protected.pdf'),
      /password-protected\.pdf: the PDF is password-protected; remove the password/,
    ],
    [
      'a scanned PDF with no text layer',
      () => fixture('scanned.pdf'),
      /scanned\.pdf: the PDF has no text layer \(a scan or a picture of a resume\)/,
    ],
    [
      'a damaged PDF',
      () => truncated('tables.pdf', 2000),
      /truncated-tables\.pdf: the PDF is damaged and cannot be read/,
    ],
    [
      'a damaged DOCX',
      () => truncated('tables.docx', 2000),
      /truncated-tables\.docx: not a readable Word document \(the zip container is damaged\)/,
    ],
    ['a 100 MB file', huge, /huge\.pdf: is 100 MB, more than the 20 MB a resume file may be/],
    [
      'a DOCX named .pdf',
      () => renamed('tables.docx', 'really-a-docx.pdf'),
      /really-a-docx\.pdf: the name says \.pdf but the file is a Word \(\.docx\) document/,
    ],
    [
      'a PDF named .docx',
      () => renamed('tables.pdf', 'really-a-pdf.docx'),
      /really-a-pdf\.docx: the name says \.docx but the file is a PDF document/,
    ],
    [
      'a PDF named .txt',
      () => renamed('tables.pdf', 'really-a-pdf.txt'),
      /really-a-pdf\.txt: the file is a PDF document; give it the \.pdf extension/,
    ],
    [
      'a Word 97 / encrypted container named .docx',
      () => {
        const f = path.join(dir, 'locked.docx');
        // The Compound File header an encrypted .docx (and an old .doc) starts with.
        writeFileSync(
          f,
          Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]),
        );
        return f;
      },
      /locked\.docx: is a password-protected Word file or an old \.doc/,
    ],
    [
      'a text file named .docx',
      () => renamed('../../../package.json', 'notes.docx'),
      /notes\.docx: the name says \.docx but the file is a text file/,
    ],
    [
      'a zip that is not a Word document (an .odt named .docx)',
      () => renamed('two-column.odt', 'odt.docx'),
      /odt\.docx: not a readable Word document \(a zip file with no Word document inside\)/,
    ],
  ])('%s', async (_what, make, message) => {
    const file = make();
    const out = path.join(dir, `never-${path.basename(file)}.json`);
    const r = await runCli(['import', file, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});
