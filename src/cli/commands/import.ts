import type { Command } from 'commander';
import path from 'node:path';
import { replaceMasterFile } from '../../node/master-file';
import { callService } from '../call-service';
import { cliContext } from '../cli-context';
import { CliError, printJson, say } from '../cli-io';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('make a master resume from a Word, PDF, text/Markdown or JSON Resume file')
    .argument('<file>', 'resume.docx, resume.pdf, resume.txt, resume.md or resume.json (JSON Resume v1)')
    .option('--out <file>', 'write the master resume JSON here (default: print it)')
    .option('--json', 'print {resume, warnings} as JSON instead of the resume alone')
    .option('--force', 'with --out: replace an existing file (the old one is kept as a backup)')
    .action(async (file: string, opts: { out?: string; json?: boolean; force?: boolean }) => {
      const { resume, warnings, counts, verdict, certainty } = await callService(cliContext(), 'importResumePath', {
        file,
      });
      for (const w of warnings)
        say(
          w.lineNo > 0
            ? `warning: line ${w.lineNo}: ${w.reason}: ${w.line}`
            : `warning: ${w.reason}${w.line ? `: ${w.line}` : ''}`,
        );
      if (verdict) say(verdict);
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
      if (opts.json) printJson({ resume, warnings, ...(verdict ? { verdict, certainty } : {}) });
      else if (!opts.out) process.stdout.write(json);
    });
}
