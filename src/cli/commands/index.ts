import type { RegisterCommand } from '../cli-io';
import { registerAnalyze } from './analyze';
import { registerExport } from './export';
import { registerExportJson } from './export-json';
import { registerImport } from './import';
import { registerScore } from './score';
import { registerValidate } from './validate';
import { registerVariants } from './variants';

/** Every `tailor` subcommand, in the order `tailor --help` lists them. Each lives in its own file. */
export const commands: RegisterCommand[] = [
  registerValidate,
  registerImport,
  registerAnalyze,
  registerScore,
  registerExportJson,
  registerExport,
  registerVariants,
];
