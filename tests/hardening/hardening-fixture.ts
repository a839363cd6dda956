import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultServiceContext, type ServiceContext } from '../../src/service/service-context';

export const MASTER_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/variants/master.json');

/** A service context on a temporary folder, with the invented Ada Example master copied in (never resume-data/). */
export function hardeningContext(): { ctx: ServiceContext; dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tailor-hardening-'));
  const resumePath = path.join(dir, 'master.json');
  copyFileSync(MASTER_FIXTURE, resumePath);
  const ctx = defaultServiceContext({
    resumePath,
    libraryDir: path.join(dir, 'variants'),
    settingsFile: path.join(dir, 'settings.json'),
  });
  return { ctx, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
