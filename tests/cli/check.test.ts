import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-cli';

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
});
