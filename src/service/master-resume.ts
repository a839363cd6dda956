import type { Resume } from '../core/resume/schema';
import { loadResumeFile } from '../node/load-resume';
import { ServiceError } from './define-method';
import type { ServiceContext } from './service-context';

/** The master every method tailors; unreadable is a clear error the UI shows, never a crash. */
export async function readMaster(ctx: ServiceContext): Promise<Resume> {
  const loaded = await loadResumeFile(ctx.resumePath);
  if (!loaded.ok) {
    const details = (loaded.problems ?? []).slice(0, 5).map((p) => `${p.path}: ${p.message}`);
    throw new ServiceError([loaded.error, ...details].join('\n'), 'unreadable');
  }
  return loaded.resume;
}
