import type { RegisterCommand } from '../cli-io';

/**
 * Every `tailor` subcommand, in the order `tailor --help` lists them. Each lives in its own file and is loaded only
 * when it runs: the scorer, the PDF writer and the variant store each pull in heavy libraries, and a script calling
 * `tailor score --json` should not pay for the others.
 */
export const commands: { name: string; load: () => Promise<RegisterCommand> }[] = [
  { name: 'validate', load: async () => (await import('./validate')).registerValidate },
  { name: 'import', load: async () => (await import('./import')).registerImport },
  { name: 'analyze', load: async () => (await import('./analyze')).registerAnalyze },
  { name: 'score', load: async () => (await import('./score')).registerScore },
  { name: 'export-json', load: async () => (await import('./export-json')).registerExportJson },
  { name: 'export', load: async () => (await import('./export')).registerExport },
  { name: 'check', load: async () => (await import('./check')).registerCheck },
  { name: 'variants', load: async () => (await import('./variants')).registerVariants },
];
