import type { RegisterCommand } from '../cli-io';

/**
 * Every `tailor` subcommand, in the order `tailor --help` lists them, with the line the list shows. Each lives in
 * its own file and is loaded only when it runs (`tailor --help` loads none): the scorer, the PDF writer and the
 * variant store each pull in heavy libraries, and a script calling `tailor score --json` should not pay for the others.
 */
export const commands: { name: string; summary: string; load: () => Promise<RegisterCommand> }[] = [
  {
    name: 'validate',
    summary: 'check a master resume file against the schema (default: resume-data/master.json)',
    load: async () => (await import('./validate')).registerValidate,
  },
  {
    name: 'import',
    summary: 'make a master resume from a Word, PDF, text/Markdown or JSON Resume file',
    load: async () => (await import('./import')).registerImport,
  },
  {
    name: 'analyze',
    summary: "show a job posting's sections and its ranked keywords",
    load: async () => (await import('./analyze')).registerAnalyze,
  },
  {
    name: 'score',
    summary: "score the resume's bullets against a job posting: match rate, missing keywords, ranked bullets",
    load: async () => (await import('./score')).registerScore,
  },
  {
    name: 'export-json',
    summary: 'write the master resume as JSON Resume (jsonresume.org schema v1)',
    load: async () => (await import('./export-json')).registerExportJson,
  },
  {
    name: 'export',
    summary: 'render the master resume (tailored to a posting if given) as PDF, DOCX or a PNG preview',
    load: async () => (await import('./export')).registerExport,
  },
  {
    name: 'variants',
    summary: 'the per-company variants of your resume: list, show, create, edit, compare, delete and restore',
    load: async () => (await import('./variants')).registerVariants,
  },
  {
    name: 'check',
    summary: 'read a resume file the way a text-based ATS does: contacts, headings, dates, bullets, problems',
    load: async () => (await import('./check')).registerCheck,
  },
];
