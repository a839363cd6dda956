import { z } from 'zod';
import { fsReason } from '../../node/read-text-file';
import { defineMethod, ServiceError } from '../define-method';
import { AppSettings, AppSettingsChange, readSettingsFile, updateSettingsFile } from '../settings-file';

export const getSettings = defineMethod({
  input: z.object({}).strict(),
  output: z.object({ settings: AppSettings, libraryDir: z.string() }),
  async run(_input, ctx) {
    return { settings: (await readSettingsFile(ctx.settingsFile)).settings, libraryDir: ctx.libraryDir };
  },
});

export const saveSettings = defineMethod({
  input: z.object({ settings: AppSettingsChange }).strict(),
  output: z.object({ settings: AppSettings, libraryDir: z.string() }),
  async run({ settings }, ctx) {
    try {
      const next = await updateSettingsFile(ctx.settingsFile, (f) => ({
        ...f,
        settings: AppSettings.parse({ ...f.settings, ...settings }),
      }));
      return { settings: next.settings, libraryDir: ctx.libraryDir };
    } catch (e) {
      throw new ServiceError(`cannot save the settings to ${ctx.settingsFile}: ${fsReason(e)}`, 'io');
    }
  },
});
