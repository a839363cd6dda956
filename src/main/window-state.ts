import { WindowBounds, readSettingsFile, updateSettingsFile } from '../service/settings-file';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The saved bounds if at least a 100 × 60 patch of the title bar area lands on a display that exists now (a monitor
 * unplugged since must not leave the window off screen); otherwise the default size, centred by the OS.
 */
export function restorableBounds(saved: WindowBounds | undefined, displays: readonly Area[]): WindowBounds | undefined {
  if (!saved) return undefined;
  const visible = displays.some((d) => {
    const w = Math.min(saved.x + saved.width, d.x + d.width) - Math.max(saved.x, d.x);
    const h = Math.min(saved.y + 60, d.y + d.height) - Math.max(saved.y, d.y);
    return w >= 100 && h >= 60;
  });
  return visible ? saved : undefined;
}

export async function loadWindowBounds(settingsFile: string): Promise<WindowBounds | undefined> {
  return (await readSettingsFile(settingsFile)).window;
}

/** Written atomically with the rest of the settings file, so a crash mid-write leaves the old bounds, not garbage. */
export async function saveWindowBounds(settingsFile: string, bounds: WindowBounds): Promise<void> {
  const parsed = WindowBounds.safeParse(bounds);
  if (!parsed.success) return;
  await updateSettingsFile(settingsFile, (f) => ({ ...f, window: parsed.data }));
}
