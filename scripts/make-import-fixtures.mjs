/**
 * Regenerates tests/fixtures/import from the sources we wrote in tests/fixtures/import/src:
 * four resumes (two-column, tables, unusual headings, name in the page header) as DOCX and PDF through LibreOffice, a password-protected
 * PDF, a browser-printed PDF, an ODT (a zip that is not a DOCX), and a scanned PDF (a page drawn to an image, with no text layer). Run: `node scripts/make-import-fixtures.mjs`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'import');
const src = path.join(dir, 'src');
const resumes = ['two-column.fodt', 'tables.html', 'unusual-headings.html', 'page-header.fodt'];
const home = mkdtempSync(path.join(tmpdir(), 'soffice-home-'));
const tmp = mkdtempSync(path.join(tmpdir(), 'import-fixtures-'));
const soffice = (...args) =>
  execFileSync('soffice', ['--headless', ...args], { env: { ...process.env, HOME: home }, stdio: 'pipe' });

try {
  // One LibreOffice start per step: each call costs seconds, mostly start-up.
  soffice('--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, ...resumes.map((f) => path.join(src, f)));
  const docx = resumes.map((f) => path.join(dir, f.replace(/\.\w+$/, '.docx')));
  soffice('--convert-to', 'pdf', '--outdir', dir, ...docx);
  // A zip that is not a Word document: the ODT an importer must refuse with a reason, not a crash.
  soffice('--convert-to', 'odt', '--outdir', dir, path.join(src, 'two-column.fodt'));

  const lock = JSON.stringify({
    EncryptFile: { type: 'boolean', value: 'true' },
    DocumentOpenPassword: { type: 'string', value: 'secret' },
  });
  soffice('--convert-to', `pdf:writer_pdf_Export:${lock}`, '--outdir', tmp, path.join(src, 'password.html'));
  renameSync(path.join(tmp, 'password.pdf'), path.join(dir, 'password-protected.pdf'));

  // A resume printed from a browser: Chromium draws list bullets as shapes, so the text has no bullet glyphs.
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-pdf-header-footer',
      `--print-to-pdf=${path.join(dir, 'browser-printed.pdf')}`,
      path.join(src, 'browser-printed.html'),
    ],
    { stdio: 'pipe', env: { ...process.env, HOME: home } },
  );

  // A scan: the first page of a real resume as a grey image, in a PDF with no text at all.
  execFileSync('pdftoppm', [
    '-f',
    '1',
    '-l',
    '1',
    '-r',
    '40',
    '-gray',
    '-png',
    '-singlefile',
    path.join(dir, 'tables.pdf'),
    path.join(tmp, 'page'),
  ]);
  const pdf = await PDFDocument.create();
  const png = await pdf.embedPng(readFileSync(path.join(tmp, 'page.png')));
  const page = pdf.addPage([595, 842]);
  page.drawImage(png, { x: 0, y: 0, width: 595, height: 842 });
  writeFileSync(path.join(dir, 'scanned.pdf'), await pdf.save({ useObjectStreams: true }));
} finally {
  rmSync(home, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`wrote fixtures to ${dir}`);
