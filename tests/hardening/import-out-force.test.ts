import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'tailor-import-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tailor import --out never overwrites silently', () => {
  it('refuses an existing file without --force, then replaces it with --force and keeps a backup', async () => {
    const seed = path.join(dir, 'resume.txt');
    writeFileSync(
      seed,
      'Casey Invented\ncasey@example.com\n\nExperience\nNurse, Example Hospital\n- Cared for patients on a surgical ward\n',
    );
    const out = path.join(dir, 'master.json');
    const original = readFileSync(path.resolve(import.meta.dirname, '../fixtures/variants/master.json'), 'utf8');
    writeFileSync(out, original);
    const refused = await runCli(['import', seed, '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists; nothing was written \(add --force to replace it/);
    expect(readFileSync(out, 'utf8')).toBe(original);
    const forced = await runCli(['import', seed, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ basics: { name: 'Casey Invented' } });
    expect(readFileSync(path.join(dir, 'master.backup.json'), 'utf8')).toBe(original);
    expect(readdirSync(path.join(dir, 'master.backups'))).toHaveLength(1);
    expect(existsSync(out)).toBe(true);
  }, 60_000);
});
