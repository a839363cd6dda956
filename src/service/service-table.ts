import type { z } from 'zod';
import type { ServiceMethod } from './define-method';
import type { CallResult } from './error-code';
import {
  compareSnapshot,
  getSnapshot,
  keepAsSent,
  libraryInsight,
  masterChangeImpact,
  reattachChoice,
  scoreAcrossPostings,
  trackerCsv,
  updateApplication,
} from './methods/applications';
import { analyzePosting } from './methods/analyze-posting';
import { autoTailor } from './methods/auto-tailor';
import { autoTailorSaved } from './methods/auto-tailor-saved';
import { createTailoredVariant } from './methods/create-tailored-variant';
import { checkResumeFile } from './methods/check-resume-file';
import { exportResume } from './methods/export-resume';
import { importResumeFile } from './methods/import-resume-file';
import { importResumePath } from './methods/import-resume-path';
import { listTemplates } from './methods/list-templates';
import { loadMaster } from './methods/load-master';
import { exportJsonResume, validateMaster } from './methods/master-file';
import { renderPreview } from './methods/render-preview';
import { openMaster, saveMaster } from './methods/save-master';
import { scoreMaster } from './methods/score-master';
import { scoreVariant } from './methods/score-variant';
import { updateVariant } from './methods/update-variant';
import { getSettings, saveSettings } from './methods/settings';
import { diffVariants, getVariant, listTrash, listVariants, tailoredResume } from './methods/variants-read';
import {
  createVariant,
  deleteVariant,
  duplicateVariant,
  emptyTrash,
  renameVariant,
  restoreVariant,
  saveVariant,
} from './methods/variants-write';

/**
 * Every method the UI can call. The Electron IPC handlers, the preload's API object and the loopback HTTP routes
 * are all generated from this table, so the desktop app and the browser build cannot drift apart.
 */
export const serviceTable = {
  loadMaster,
  analyzePosting,
  scoreVariant,
  autoTailor,
  renderPreview,
  exportResume,
  listVariants,
  getVariant,
  createVariant,
  saveVariant,
  duplicateVariant,
  renameVariant,
  deleteVariant,
  restoreVariant,
  listTrash,
  diffVariants,
  listTemplates,
  getSettings,
  saveSettings,
  openMaster,
  saveMaster,
  importResumeFile,
  importResumePath,
  validateMaster,
  exportJsonResume,
  scoreMaster,
  autoTailorSaved,
  createTailoredVariant,
  emptyTrash,
  tailoredResume,
  checkResumeFile,
  updateApplication,
  trackerCsv,
  getSnapshot,
  compareSnapshot,
  masterChangeImpact,
  keepAsSent,
  reattachChoice,
  libraryInsight,
  scoreAcrossPostings,
  updateVariant,
} satisfies Record<string, ServiceMethod<z.ZodType, z.ZodType>>;

export type ServiceTable = typeof serviceTable;
export type MethodName = keyof ServiceTable;

export type MethodInput<K extends MethodName> = z.input<ServiceTable[K]['input']>;
export type MethodOutput<K extends MethodName> = z.output<ServiceTable[K]['output']>;

export type { CallResult } from './error-code';

/** The API object the renderer talks to, whichever transport is behind it. */
export type TailorApi = { [K in MethodName]: (input: MethodInput<K>) => Promise<CallResult<MethodOutput<K>>> };
