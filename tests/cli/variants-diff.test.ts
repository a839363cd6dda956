import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

const MASTER = path.resolve(__dirname, '../fixtures/variants/master.json');
const lib = path.join(mkdtempSync(path.join(tmpdir(), 'tailor-diff-cli-')), 'library');

describe('tailor variants diff', () => {
  it('shows a reworded summary and skills hidden, moved and added, in text and --json', async () => {
    const made = await runCli(['variants', 'new', '--company', 'Acme', '--resume', MASTER, '--library', lib, '--json']);
    expect(made.code, made.stderr).toBe(0);
    const id = (JSON.parse(made.stdout) as { id: string }).id;
    // A variant tailored in the app: its summary reworded, Go hidden, Python first, Triton added to Tools.
    const file = path.join(
      lib,
      readdirSync(lib).find((f) => f.includes(id))!,
    );
    const v = JSON.parse(readFileSync(file, 'utf8'));
    v.tailoring.summary = { text: 'Makes GPU kernels fast.', masterText: 'Engineer who makes slow things fast.' };
    v.tailoring.skills.hiddenItems = { languages: ['Go'] };
    v.tailoring.skills.itemOrder = { ...v.tailoring.skills.itemOrder, languages: ['Python', 'C++', 'Go'] };
    v.tailoring.skills.added = [{ groupId: 'tools', item: 'Triton' }];
    writeFileSync(file, JSON.stringify(v));

    const text = await runCli(['variants', 'diff', 'master', id, '--resume', MASTER, '--library', lib]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(
      'reworded           summary\n    A: Engineer who makes slow things fast.\n    B: Makes GPU kernels fast.',
    );
    expect(text.stdout).toContain('hidden             skill in languages: Go');
    expect(text.stdout).toMatch(/moved +skill in languages: Python \(3 → 1\)/);
    expect(text.stdout).toContain('added              skill in tools: Triton');
    expect(text.stdout).toContain('3 skill changes, summary reworded (from A to B)');

    const json = await runCli(['variants', 'diff', 'master', id, '--resume', MASTER, '--library', lib, '--json']);
    const d = JSON.parse(json.stdout);
    expect(d.summaryText).toEqual({ a: 'Engineer who makes slow things fast.', b: 'Makes GPU kernels fast.' });
    expect(d.skills.map((s: { item: string; changes: string[] }) => [s.item, s.changes])).toEqual([
      ['Go', ['hidden']],
      ['Python', ['moved']],
      ['Triton', ['added']],
    ]);
  });
});
