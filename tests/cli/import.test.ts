import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MASTER, ROOT, runCli } from '../support/run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'tailor-import-'));
const source = path.join(ROOT, 'tests', 'fixtures', 'resumes', 'fixture-master.txt');

describe('tailor import / export-json', () => {
  it('imports the fixture text into exactly the fixture master JSON', async () => {
    const out = path.join(dir, 'master.json');
    const r = await runCli(['import', source, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/5 sections, 10 entries, 17 bullets/);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(readFileSync(MASTER, 'utf8')));
  });

  it('round-trips through JSON Resume on the command line', async () => {
    const jr = path.join(dir, 'resume.json');
    const back = path.join(dir, 'back.json');
    expect((await runCli(['export-json', '--out', jr])).code).toBe(0);
    expect((await runCli(['import', jr, '--out', back])).code).toBe(0);
    expect(JSON.parse(readFileSync(back, 'utf8'))).toEqual(JSON.parse(readFileSync(MASTER, 'utf8')));
  });

  it('prints warnings on stderr and the resume on stdout', async () => {
    const r = await runCli(['import', path.join(ROOT, 'tests/fixtures/resumes/unusual.md')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ basics: { name: 'Priya Raman' } });
    expect(r.stderr).toMatch(/warning: line \d+: unknown structure/);
  });

  it('refuses what it cannot read, writing nothing', async () => {
    const target = path.join(dir, 'never.json');
    const bin = path.join(dir, 'x.txt');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0, 0, 9]));
    const r = await runCli(['import', bin, '--out', target]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/x\.txt: the file is binary, not text/);
    expect(() => readFileSync(target)).toThrow();
  });
});
