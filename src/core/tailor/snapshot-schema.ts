import { z } from 'zod';
import { Resume } from '../resume/schema';
import { TemplateFonts } from '../render/template-schema';
import { ExportFormat, SnapshotPath, Tailoring, VariantId } from './variant-schema';

/**
 * What lies beside a frozen export (`<snapshot>.json`): enough to show what the application said and to render it
 * again without the master of today. `master` is the master as it was; `resolved` is it with the tailoring applied.
 */
export const SnapshotMeta = z
  .object({
    kind: z.literal('tailor-snapshot'),
    version: z.literal(1),
    variantId: VariantId,
    at: z.string(),
    format: ExportFormat,
    /** The name the person saved it under. */
    fileName: z.string(),
    /** The frozen file, relative to the library. */
    file: SnapshotPath,
    sha256: z.string(),
    bytes: z.number().int().min(0),
    template: z.string(),
    fonts: TemplateFonts.nullable(),
    pageTarget: z.number().int(),
    company: z.string(),
    role: z.string(),
    master: Resume,
    tailoring: Tailoring,
    resolved: Resume,
  })
  .strict();
export type SnapshotMeta = z.infer<typeof SnapshotMeta>;

/** A master frozen when a sent application was asked to stay as it was and had no snapshot to pin to. */
export const FrozenMaster = z
  .object({ kind: z.literal('tailor-frozen-master'), at: z.string(), master: Resume })
  .strict();
export type FrozenMaster = z.infer<typeof FrozenMaster>;
