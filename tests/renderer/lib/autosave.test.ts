import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newVariant } from '../../../src/core/tailor/new-variant';
import { flushSave, startAutosave, useSaveState } from '../../../src/renderer/lib/autosave';
import { refreshLibrary, useLibrary } from '../../../src/renderer/lib/library';
import { openVariant, setDoc, useTailor } from '../../../src/renderer/store/tailor-store';
import { callMethod } from '../../../src/service/call-method';
import { METHOD_NAMES } from '../../../src/service/method-names';
import { defaultServiceContext } from '../../../src/service/service-context';
import type { TailorApi } from '../../../src/service/service-table';
import { loadMaster } from '../../core/tailor/fixture';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tailor-autosave-'));
const libraryDir = path.join(dir, 'variants');
const ctx = defaultServiceContext({ libraryDir, settingsFile: path.join(dir, 'settings.json') });

/** The real service behind the page's API, with a transport that can be made to fail (a rejected IPC invoke). */
const broken = new Set<string>();
const api = Object.fromEntries(
  METHOD_NAMES.map((name) => [
    name,
    async (input: unknown) => {
      if (broken.has(name)) throw new Error(`Error invoking remote method 'tailor:${name}': reply was never sent`);
      return callMethod(name, input, ctx);
    },
  ]),
) as TailorApi;

let stop: () => void;
beforeAll(() => {
  (globalThis as { window?: unknown }).window = { tailor: api };
  const master = loadMaster();
  useTailor.setState({ master });
  stop = startAutosave();
  openVariant(
    newVariant(master, { company: 'Acme', role: 'Engineer' }, { id: 'save0001', now: '2026-03-01T10:00:00.000Z' }),
    null,
  );
});
afterAll(() => {
  stop();
  delete (globalThis as { window?: unknown }).window;
  rmSync(dir, { recursive: true, force: true });
});

const onDisk = () =>
  readdirSync(libraryDir)
    .filter((f) => f.endsWith('.variant.json'))
    .map((f) => JSON.parse(readFileSync(path.join(libraryDir, f), 'utf8')) as { company: string });

describe('autosave', () => {
  it('survives a save whose transport rejects: shows it, and the next save goes through', async () => {
    broken.add('saveVariant');
    setDoc({ company: 'Acme Rockets' });
    await expect(flushSave()).resolves.toBeUndefined();
    expect(useSaveState.getState()).toMatchObject({
      status: 'error',
      message: expect.stringContaining("Not saved: Error invoking remote method 'tailor:saveVariant'"),
    });

    broken.delete('saveVariant');
    setDoc({ company: 'Acme Rockets Ltd' });
    await flushSave();
    expect(useSaveState.getState()).toMatchObject({ status: 'saved', message: null });
    expect(onDisk().map((v) => v.company)).toEqual(['Acme Rockets Ltd']);
  });

  it("shows a failure of the library's refresh instead of swallowing it", async () => {
    useTailor.setState({ notice: null });
    broken.add('listTrash');
    await expect(refreshLibrary()).resolves.toBeUndefined();
    expect(useTailor.getState().notice).toMatchObject({
      kind: 'error',
      text: expect.stringContaining("Error invoking remote method 'tailor:listTrash'"),
    });
    broken.delete('listTrash');
    await refreshLibrary();
    expect(useLibrary.getState().listing?.variants.map((v) => v.company)).toEqual(['Acme Rockets Ltd']);
  });
});
