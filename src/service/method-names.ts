import type { MethodName } from './service-table';

/**
 * The method names alone, for the preload (which must stay tiny and import no schemas). A test checks this list
 * equals the table's keys; the Record type makes a missing name a compile error.
 */
const names: Record<MethodName, true> = {
  loadMaster: true,
  analyzePosting: true,
  scoreVariant: true,
  autoTailor: true,
  renderPreview: true,
  exportResume: true,
  listVariants: true,
  getVariant: true,
  createVariant: true,
  saveVariant: true,
  duplicateVariant: true,
  renameVariant: true,
  deleteVariant: true,
  restoreVariant: true,
  listTrash: true,
  diffVariants: true,
  listTemplates: true,
  getSettings: true,
  saveSettings: true,
  openMaster: true,
  saveMaster: true,
  importResumeFile: true,
  importResumePath: true,
  validateMaster: true,
  exportJsonResume: true,
  scoreMaster: true,
  autoTailorSaved: true,
  createTailoredVariant: true,
  emptyTrash: true,
  tailoredResume: true,
  checkResumeFile: true,
  updateApplication: true,
  trackerCsv: true,
  getSnapshot: true,
  compareSnapshot: true,
  masterChangeImpact: true,
  keepAsSent: true,
  reattachChoice: true,
  libraryInsight: true,
  scoreAcrossPostings: true,
  updateVariant: true,
};

export const METHOD_NAMES = Object.keys(names) as MethodName[];
