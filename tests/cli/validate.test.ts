import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MASTER, runCli } from '../support/run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'tailor-validate-'));
const file = (name: string, data: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};

describe('tailor validate', () => {
  it('summarizes the master: five sections, 17 bullets under projects, publications and experience', async () => {
    const r = await runCli(['validate', MASTER]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(
      'valid: 5 sections, 10 entries, 17 bullets (Mara Lindqvist): skills; projects (5 entries, 10 bullets); publications (1 entries, 3 bullets); experience (2 entries, 4 bullets); education (2 entries, 0 bullets)',
    );
    // Only warnings (links without an address) may be on stderr; they do not change the exit code.
    expect(r.stderr.split('\n').filter((l) => l && !l.startsWith('warning: '))).toEqual([]);
  });

  it('warns on a link without an address, exit 0, with warnings [{path, message}] in --json', async () => {
    const fixture = path.join(__dirname, '..', 'fixtures', 'render', 'full-fields.json');
    const plain = await runCli(['validate', fixture]);
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('warning: basics.links[2]: link "Nursing blog" has no address');
    const r = await runCli(['validate', fixture, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; warnings: { path: string; message: string }[] };
    expect(out.ok).toBe(true);
    expect(out.warnings).toEqual([{ path: 'basics.links[2]', message: expect.stringContaining('"Nursing blog"') }]);
  }, 120_000);

  it('prints JSON on stdout alone with --json', async () => {
    const r = await runCli(['validate', MASTER, '--json']);
    const out = JSON.parse(r.stdout) as {
      ok: boolean;
      counts: { bullets: number };
      sections: { kind: string; bullets: number }[];
    };
    expect(out.ok).toBe(true);
    expect(out.counts.bullets).toBe(17);
    expect(out.sections.map((s) => s.kind)).toEqual(['skills', 'projects', 'publications', 'experience', 'education']);
  });

  it('lists each problem at its path and exits 1', async () => {
    const bad = {
      schemaVersion: 1,
      basics: { name: 'A' },
      sections: [
        {
          id: 's',
          kind: 'projects',
          title: 'P',
          entries: [
            {
              id: 'e',
              title: 'E',
              bullets: [
                { id: 'b', text: [{ text: 'ok' }] },
                { id: 'c', text: [] },
              ],
            },
          ],
        },
      ],
    };
    const r = await runCli(['validate', file('bad.json', JSON.stringify(bad))]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('sections[0].entries[0].bullets[1].text: must not be empty');
    expect(r.stdout).toBe('');
  });

  it('reports the line and column of malformed JSON', async () => {
    const r = await runCli([
      'validate',
      file('broken.json', '{\n  "schemaVersion": 1,\n  "basics": { "name": "A" \n}'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.json: not valid JSON at line 4, column 2/);
  });

  it.each([
    ['an empty file', () => file('empty.json', ''), /empty\.json: the file is empty/],
    [
      'binary garbage',
      () => file('garbage.bin', randomBytes(4096)),
      /garbage\.bin: (the file is binary, not JSON text|not valid JSON at line)/,
    ],
    [
      '50 MB of garbage',
      () => file('huge.json', Buffer.alloc(50 * 1024 * 1024, 'x')),
      /huge\.json: is 50 MB, more than the 5\.0 MB this accepts/,
    ],
    ['a missing file', () => path.join(dir, 'nope.json'), /nope\.json: no such file/],
    ['a folder', () => dir, /is a folder, not a file/],
    ['text that is not JSON', () => file('resume.txt', 'Jane Doe\nEXPERIENCE\n'), /not valid JSON at line 1, column 1/],
  ])('gives a clear message for %s, never a stack trace', async (_name, make, message) => {
    const r = await runCli(['validate', make()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('tailor --help', () => {
  it('lists the subcommands', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['validate', 'import', 'export-json']) expect(r.stdout).toContain(cmd);
  });

  it('exits 2 with a hint on an unknown command', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
  });
});
