import type { Command } from 'commander';
import path from 'node:path';
import { importText } from '../../core/import/import-text';
import { fromJsonResume } from '../../core/resume/json-resume';
import { parseJsonText } from '../../core/resume/parse-json-text';
import { validateResume } from '../../core/resume/validate-resume';
import type { Resume } from '../../core/resume/schema';
import type { ImportWarning } from '../../core/import/source-line';
import { countResume } from '../../core/resume/walk-resume';
import { loadImportFile } from '../../node/import-document';
import { importDocumentIsolated } from '../../node/import-worker';
import { replaceMasterFile } from '../../node/master-file';
import { decodeText } from '../../node/read-text-file';
import { CliError, printJson, say } from '../cli-io';

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('make a master resume from a Word, PDF, text/Markdown or JSON Resume file')
    .argument('<file>', 'resume.docx, resume.pdf, resume.txt, resume.md or resume.json (JSON Resume v1)')
    .option('--out <file>', 'write the master resume JSON here (default: print it)')
    .option('--json', 'print {resume, warnings} as JSON instead of the resume alone')
    .option('--force', 'with --out: replace an existing file (the old one is kept as a backup)')
    .action(async (file: string, opts: { out?: string; json?: boolean; force?: boolean }) => {
      const { resume, warnings } = await importFile(file);
      for (const w of warnings)
        say(
          w.lineNo > 0
            ? `warning: line ${w.lineNo}: ${w.reason}: ${w.line}`
            : `warning: ${w.reason}${w.line ? `: ${w.line}` : ''}`,
        );
      const counts = countResume(resume);
      const json = `${JSON.stringify(resume, null, 2)}\n`;
      if (opts.out) {
        // Never over an existing file (it may be the master) unless told, and then with a backup of it.
        const saved = await replaceMasterFile(path.resolve(opts.out), resume, { mustNotExist: !opts.force });
        if (!saved.ok)
          throw new CliError(
            saved.code === 'exists'
              ? `${opts.out} already exists; nothing was written (add --force to replace it; the old file is kept as a backup)`
              : saved.error,
          );
        if (saved.backup) say(`the previous ${opts.out} is kept as ${saved.backup}`);
        say(
          `imported ${file}: ${counts.sections} sections, ${counts.entries} entries, ${counts.bullets} bullets -> ${opts.out}`,
        );
      }
      if (opts.json) printJson({ resume, warnings });
      else if (!opts.out) process.stdout.write(json);
    });
}

async function importFile(file: string): Promise<{ resume: Resume; warnings: ImportWarning[] }> {
  const ext = path.extname(file).toLowerCase();
  // Text and JSON have a tighter cap than Word and PDF files, which carry fonts and images.
  const textual = !['.pdf', '.docx', '.doc'].includes(ext);
  const loaded = await loadImportFile(file, textual ? MAX_IMPORT_BYTES : undefined);
  if (!loaded.ok) throw new CliError(loaded.error);
  if (loaded.type === 'pdf' || loaded.type === 'docx') {
    const r = (await importDocumentIsolated(loaded.bytes, loaded.type)).result;
    if (!r.ok) throw new CliError(`${file}: ${r.error}`);
    return r;
  }
  const read = { text: decodeText(loaded.bytes) };
  const looksJson = ext === '.json' || /^\s*[{[]/.test(read.text);
  if (looksJson) {
    const parsed = parseJsonText(read.text);
    if (!parsed.ok) throw new CliError(`${file}: ${parsed.error}`);
    // Our own format passes through validation; anything else is read as JSON Resume.
    if (parsed.value && typeof parsed.value === 'object' && 'schemaVersion' in parsed.value) {
      const v = validateResume(parsed.value);
      if (!v.ok)
        throw new CliError(
          `${file}: not a valid master resume`,
          1,
          v.problems.map((p) => `${p.path}: ${p.message}`),
        );
      return { resume: v.resume, warnings: [] };
    }
    const r = fromJsonResume(parsed.value);
    if (!r.ok) throw new CliError(`${file}: ${r.error}`, 1, r.problems ?? []);
    return { resume: r.resume, warnings: r.warnings.map((w) => ({ lineNo: 0, line: w.path, reason: w.message })) };
  }
  const r = importText(read.text);
  if (!r.ok) throw new CliError(`${file}: ${r.error}`);
  return r;
}
