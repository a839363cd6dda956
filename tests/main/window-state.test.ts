import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadWindowBounds, restorableBounds, saveWindowBounds } from '../../src/main/window-state';
import { readSettingsFile, updateSettingsFile } from '../../src/service/settings-file';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'tailor-window-'));
  dirs.push(d);
  return path.join(d, 'nested', 'settings.json');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('window size and position', () => {
  it("are remembered in the settings file, beside the person's settings", async () => {
    const file = tmp();
    await updateSettingsFile(file, (f) => ({ ...f, settings: { ...f.settings, theme: 'dark' } }));
    await saveWindowBounds(file, { x: 40, y: 30, width: 1200, height: 800, maximized: false });
    expect(await loadWindowBounds(file)).toEqual({ x: 40, y: 30, width: 1200, height: 800, maximized: false });
    expect((await readSettingsFile(file)).settings.theme).toBe('dark');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      window: { width: 1200 },
      settings: { theme: 'dark' },
    });
  });

  it('reads a damaged settings file as defaults, and a save replaces it whole', async () => {
    const file = tmp();
    await saveWindowBounds(file, { x: 0, y: 0, width: 1000, height: 700, maximized: true });
    writeFileSync(file, '{"window": {"x": "left"');
    expect(await loadWindowBounds(file)).toBeUndefined();
    await saveWindowBounds(file, { x: 5, y: 5, width: 900, height: 600, maximized: false });
    expect(JSON.parse(readFileSync(file, 'utf8')).window).toEqual({
      x: 5,
      y: 5,
      width: 900,
      height: 600,
      maximized: false,
    });
  });

  it('are used only when the window would be visible on a display that exists now', () => {
    const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    const onScreen = { x: 100, y: 100, width: 1200, height: 800, maximized: false };
    expect(restorableBounds(onScreen, displays)).toEqual(onScreen);
    expect(restorableBounds({ ...onScreen, x: 2500 }, displays)).toBeUndefined();
    expect(
      restorableBounds({ ...onScreen, x: 2500 }, [...displays, { x: 1920, y: 0, width: 2560, height: 1440 }]),
    ).toEqual({ ...onScreen, x: 2500 });
    expect(restorableBounds(undefined, displays)).toBeUndefined();
  });
});
