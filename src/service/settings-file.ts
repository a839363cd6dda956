import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { TemplateId } from '../core/tailor/variant-schema';
import { writeFileAtomic } from '../node/atomic-write';
import { readTextFile } from '../node/read-text-file';
import { sweepFolderOnce } from '../node/temp-sweep';
import { withFileLock } from '../node/variant-lock';

export const WindowBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

/** What the person sets once for every variant. */
export const AppSettings = z
  .object({
    theme: z.enum(['system', 'light', 'dark']).default('system'),
    defaultTemplate: TemplateId.default('classic'),
    defaultPageTarget: z.number().int().min(1).max(10).default(1),
  })
  .strict();
export type AppSettings = z.infer<typeof AppSettings>;

/**
 * A change names only what it changes. Not `AppSettings.partial()`: its defaults would fill in the fields left out,
 * and two windows changing different settings at once would each put the other's back to its default.
 */
export const AppSettingsChange = z
  .object({
    theme: AppSettings.shape.theme.removeDefault().optional(),
    defaultTemplate: TemplateId.optional(),
    defaultPageTarget: AppSettings.shape.defaultPageTarget.removeDefault().optional(),
  })
  .strict();

/** The file: the person's settings plus what the Electron shell remembers (window size and position). */
const SettingsFile = z.object({
  settings: AppSettings.catch(AppSettings.parse({})).default(AppSettings.parse({})),
  window: WindowBounds.optional().catch(undefined),
});
type SettingsFile = z.infer<typeof SettingsFile>;

/** A missing or damaged settings file reads as the defaults: settings are a convenience, never a reason not to start. */
export async function readSettingsFile(file: string): Promise<SettingsFile> {
  // The first read of a launch clears the temp files crashed writes left in the settings' folder.
  await sweepFolderOnce(path.dirname(file));
  const read = await readTextFile(file, 64 * 1024);
  if (!read.ok) return SettingsFile.parse({});
  try {
    const parsed = SettingsFile.safeParse(JSON.parse(read.text));
    return parsed.success ? parsed.data : SettingsFile.parse({});
  } catch {
    return SettingsFile.parse({});
  }
}

/** Read, change, write atomically: the service's settings and the shell's window bounds share the file. */
export async function updateSettingsFile(
  file: string,
  change: (f: SettingsFile) => SettingsFile,
): Promise<SettingsFile> {
  // Read-modify-write as one step: two windows changing different settings at once both keep their change.
  return withFileLock(file, async () => {
    const next = change(await readSettingsFile(file));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(next, null, 2) + '\n');
    return next;
  });
}
