import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MASTER, ROOT, runCli } from '../support/run-cli';

describe('tailor check', () => {
  it('says nothing is readable on a scan, with the JSON shape {contacts, sections, problems}, and exits 1', async () => {
    const r = await runCli(['check', path.join(ROOT, 'tests', 'fixtures', 'import', 'scanned.pdf'), '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      readable: boolean;
      contacts: { name: string | null; email: string | null; phone: string | null; links: string[] };
      sections: unknown[];
      problems: string[];
    };
    expect(out.readable).toBe(false);
    expect(out.contacts).toEqual({ name: null, email: null, phone: null, links: [] });
    expect(out.sections).toEqual([]);
    expect(out.problems).toEqual([expect.stringMatching(/^nothing is readable: the PDF has no text layer/)]);
  }, 120_000);

  it('reads back the master’s exported DOCX with every bullet, the contacts and the dates: 0 problems, exit 0', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'tailor-check-')), 'master.docx');
    expect((await runCli(['export', '--template', 'classic', '--out', out])).code).toBe(0);
    const r = await runCli(['check', out, '--resume', MASTER, '--json']);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout) as { problems: string[]; bulletsRecognised: number; contacts: { name: string } };
    expect(rep.problems).toEqual([]);
    expect(rep.bulletsRecognised).toBe(17);
    expect(rep.contacts.name).toBe('Mara Lindqvist');
    const plain = await runCli(['check', out, '--resume', MASTER]);
    expect(plain.stdout).toMatch(/^ATS check: 0 problems$/m);
  }, 120_000);
});

describe('tailor check --resume with no such file', () => {
  // loadMaster answers not-found for a missing master (the app's first run); exit 3 stays "no such variant".
  it('names the file and exits 1, not 3', async () => {
    const missing = path.join(mkdtempSync(path.join(tmpdir(), 'tailor-check-')), 'nope.json');
    const r = await runCli([
      'check',
      path.join(ROOT, 'tests', 'fixtures', 'import', 'scanned.pdf'),
      '--resume',
      missing,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.json: no such file/);
  }, 120_000);
});
