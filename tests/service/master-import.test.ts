import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allBullets } from '../../src/core/resume/walk-resume';
import { plainText } from '../../src/core/resume/rich-text';
import { ROOT } from '../support/run-cli';
import { callMethod } from '../../src/service/call-method';
import { call, tempContext } from './service-fixture';

let t: ReturnType<typeof tempContext>;
beforeEach(() => (t = tempContext()));
afterEach(() => t.cleanup());

const FIX = path.join(ROOT, 'tests/fixtures/import');
const b64 = (file: string) => readFileSync(path.join(FIX, file)).toString('base64');

describe('importResumeFile', () => {
  it('recognizes a DOCX resume sent as bytes and returns its source text for the side-by-side review', async () => {
    const r = await call(t.ctx, 'importResumeFile', { fileName: 'two-column.docx', base64: b64('two-column.docx') });
    expect(r.type).toBe('docx');
    expect(r.resume.sections.length).toBeGreaterThan(0);
    const first = allBullets(r.resume)[0];
    expect(first).toBeDefined();
    // Every recognized bullet's words come from the source text shown beside it.
    const words = plainText(first!.bullet.text).split(/\s+/).slice(0, 3).join(' ');
    expect(r.sourceText.replace(/\*/g, '')).toContain(words.replace(/\*/g, ''));
  });

  it('recognizes a PDF resume the same way', async () => {
    const r = await call(t.ctx, 'importResumeFile', { fileName: 'two-column.pdf', base64: b64('two-column.pdf') });
    expect(r.type).toBe('pdf');
    expect(r.resume.basics.name.length).toBeGreaterThan(0);
    expect(r.sourceText).toContain(r.resume.basics.name);
  });

  it('imports a Markdown resume given as text', async () => {
    const r = await call(t.ctx, 'importResumeFile', {
      fileName: 'unusual.md',
      base64: readFileSync(path.join(ROOT, 'tests/fixtures/resumes/unusual.md')).toString('base64'),
    });
    expect(r.type).toBe('text');
    expect(r.sourceText).toBe(readFileSync(path.join(ROOT, 'tests/fixtures/resumes/unusual.md'), 'utf8'));
    expect(allBullets(r.resume).length).toBeGreaterThan(0);
  });

  it('refuses a file whose bytes are not what its name says, and a scan with no text, in words a person can act on', async () => {
    const renamed = await callMethod(
      'importResumeFile',
      { fileName: 'resume.txt', base64: b64('two-column.docx') },
      t.ctx,
    );
    expect(renamed).toMatchObject({ ok: false, code: 'bad-input' });
    expect(!renamed.ok && renamed.error).toContain('give it the .docx extension');
    const scan = await callMethod('importResumeFile', { fileName: 'scanned.pdf', base64: b64('scanned.pdf') }, t.ctx);
    expect(!scan.ok && scan.error).toContain('no text layer');
    const empty = await callMethod('importResumeFile', { fileName: 'empty.docx', base64: '' }, t.ctx);
    expect(!empty.ok && empty.error).toContain('the file is empty');
  });
});
