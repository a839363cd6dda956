import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Tailoring } from '../../src/core/tailor/variant-schema';
import { callMethod } from '../../src/service/call-method';
import { defaultServiceContext } from '../../src/service/service-context';
import { ROOT, runCli } from '../support/run-cli';

const MASTER = path.join(ROOT, 'tests/fixtures/variants/master.json');
const POSTING = path.join(ROOT, 'tests/fixtures/postings/go-container-platform.txt');
const dir = mkdtempSync(path.join(tmpdir(), 'tailor-parity-'));
const library = path.join(dir, 'library');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The service context the app builds (its library and master), without the save dialog.
const appContext = defaultServiceContext({
  resumePath: MASTER,
  libraryDir: library,
  settingsFile: path.join(dir, 'settings.json'),
});
const cli = (...args: string[]) => runCli([...args, '--resume', MASTER, '--library', library]);
const orderOf = (t: Tailoring) => ({
  sectionOrder: t.sectionOrder,
  entryOrder: t.entryOrder,
  bulletOrder: t.bulletOrder,
  hidden: t.hidden,
});

async function app<T>(name: string, input: unknown): Promise<T> {
  const r = await callMethod(name, input, appContext);
  if (!r.ok) throw new Error(`${name}: ${r.error}`);
  return r.value as T;
}

describe('one auto-tailor recipe: the CLI and the app give the same order', () => {
  it("for a saved variant with a rewording and keyword overrides (variants auto vs the app's Auto-tailor)", async () => {
    const made = await cli(
      'variants',
      'new',
      '--company',
      'Initech',
      '--role',
      'Platform',
      '--posting',
      POSTING,
      '--json',
    );
    expect(made.code, made.stderr).toBe(0);
    const id = (JSON.parse(made.stdout) as { id: string }).id;
    // A rewording and the person's keywords both move bullets: a recipe that scored the raw master, or ignored the
    // overrides, would order this variant differently.
    const shown = JSON.parse((await cli('variants', 'show', id, '--json')).stdout) as {
      variant: { tailoring: Tailoring & { rewording: Record<string, unknown>; keywords: Record<string, string[]> } };
    };
    shown.variant.tailoring.rewording['globex-docs'] = {
      text: [{ text: 'Wrote the Go and Kubernetes onboarding guide for the container platform team.' }],
      masterText: 'Wrote the onboarding guide used by every new hire.',
    };
    shown.variant.tailoring.keywords = { added: ['Namespaces'], removed: [], boosted: ['Linux'] };
    const edited = path.join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify(shown));
    const saved = await runCli(['variants', 'save', id, '--from', edited, '--library', library]);
    expect(saved.code, saved.stderr).toBe(0);

    // The app: the open variant, as getVariant hands it to the window, through the Auto-tailor button's method.
    const open = await app<{ variant: unknown }>('getVariant', { id });
    const inApp = await app<{ variant: { tailoring: Tailoring } }>('autoTailor', { variant: open.variant });

    const auto = await cli('variants', 'auto', id, '--json');
    expect(auto.code, auto.stderr).toBe(0);
    const onDisk = JSON.parse((await cli('variants', 'show', id, '--json')).stdout) as {
      variant: { tailoring: Tailoring };
    };
    expect(orderOf(onDisk.variant.tailoring)).toEqual(orderOf(inApp.variant.tailoring));
    // It did reorder: the reworded docs bullet now leads its entry.
    expect(onDisk.variant.tailoring.bulletOrder['globex-2022']?.[0]).toBe('globex-docs');
  });

  it("for a new variant (variants new --auto vs the app's New variant form)", async () => {
    const fields = { company: 'Hooli', role: 'SRE', postingText: readPosting() };
    const inApp = await app<{ variant: { tailoring: Tailoring } }>('createTailoredVariant', fields);
    const made = await cli(
      'variants',
      'new',
      '--company',
      'Hooli',
      '--role',
      'SRE',
      '--posting',
      POSTING,
      '--auto',
      '--json',
    );
    expect(made.code, made.stderr).toBe(0);
    const onCli = JSON.parse(made.stdout) as { variant: { tailoring: Tailoring } };
    expect(orderOf(onCli.variant.tailoring)).toEqual(orderOf(inApp.variant.tailoring));
    expect(onCli.variant.tailoring.bulletOrder['globex-2022']?.[0]).toBe('globex-go');
  });
});

function readPosting(): string {
  return readFileSync(POSTING, 'utf8');
}
