import type { MethodName, ServiceTable } from './service-table';

/**
 * The table's methods, each loaded on its own: the CLI runs one method per process and would otherwise load and
 * build the schemas of all of them (about 20 ms of a 250 ms `tailor score`). The type ties every name to the
 * table's own method, and a test checks each loader returns the very object the table holds.
 */
export const methodLoaders: { [K in MethodName]: () => Promise<ServiceTable[K]> } = {
  loadMaster: async () => (await import('./methods/load-master')).loadMaster,
  analyzePosting: async () => (await import('./methods/analyze-posting')).analyzePosting,
  scoreVariant: async () => (await import('./methods/score-variant')).scoreVariant,
  autoTailor: async () => (await import('./methods/auto-tailor')).autoTailor,
  renderPreview: async () => (await import('./methods/render-preview')).renderPreview,
  exportResume: async () => (await import('./methods/export-resume')).exportResume,
  listVariants: async () => (await import('./methods/variants-read')).listVariants,
  getVariant: async () => (await import('./methods/variants-read')).getVariant,
  createVariant: async () => (await import('./methods/variants-write')).createVariant,
  saveVariant: async () => (await import('./methods/variants-write')).saveVariant,
  duplicateVariant: async () => (await import('./methods/variants-write')).duplicateVariant,
  renameVariant: async () => (await import('./methods/variants-write')).renameVariant,
  deleteVariant: async () => (await import('./methods/variants-write')).deleteVariant,
  restoreVariant: async () => (await import('./methods/variants-write')).restoreVariant,
  listTrash: async () => (await import('./methods/variants-read')).listTrash,
  diffVariants: async () => (await import('./methods/variants-read')).diffVariants,
  listTemplates: async () => (await import('./methods/list-templates')).listTemplates,
  getSettings: async () => (await import('./methods/settings')).getSettings,
  saveSettings: async () => (await import('./methods/settings')).saveSettings,
  openMaster: async () => (await import('./methods/save-master')).openMaster,
  saveMaster: async () => (await import('./methods/save-master')).saveMaster,
  importResumeFile: async () => (await import('./methods/import-resume-file')).importResumeFile,
  importResumePath: async () => (await import('./methods/import-resume-path')).importResumePath,
  validateMaster: async () => (await import('./methods/master-file')).validateMaster,
  exportJsonResume: async () => (await import('./methods/master-file')).exportJsonResume,
  scoreMaster: async () => (await import('./methods/score-master')).scoreMaster,
  autoTailorSaved: async () => (await import('./methods/auto-tailor-saved')).autoTailorSaved,
  createTailoredVariant: async () => (await import('./methods/create-tailored-variant')).createTailoredVariant,
  emptyTrash: async () => (await import('./methods/variants-write')).emptyTrash,
  tailoredResume: async () => (await import('./methods/variants-read')).tailoredResume,
  checkResumeFile: async () => (await import('./methods/check-resume-file')).checkResumeFile,
  updateVariant: async () => (await import('./methods/update-variant')).updateVariant,
};
