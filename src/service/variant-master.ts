import type { Resume } from '../core/resume/schema';
import type { Variant } from '../core/tailor/variant-schema';
import { ServiceError } from './define-method';
import { readMaster } from './master-resume';
import type { ServiceContext } from './service-context';

/**
 * The master a variant applies to: today's master, or for an application kept "as it was" the master frozen then.
 * Every view of one variant (preview, export, score, show) goes through here, so a kept application reads the same
 * everywhere.
 */
export async function masterFor(ctx: ServiceContext, variant: Pick<Variant, 'pinned'>): Promise<Resume> {
  if (!variant.pinned) return readMaster(ctx);
  const { readPinnedMaster } = await import('../node/variant-snapshots');
  const read = await readPinnedMaster(ctx.libraryDir, variant.pinned.master);
  if (!read.ok)
    throw new ServiceError(
      `this application is kept as it was sent, but its frozen copy cannot be read (${read.error}); apply the master's changes to it to go on`,
      'unreadable',
    );
  return read.value;
}
