import type { Command } from 'commander';
import { callService } from '../call-service';
import { cliContext } from '../cli-context';
import { printJson, say } from '../cli-io';
import { writeOutFile } from '../write-output';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('make a master resume from a Word, PDF, text/Markdown or JSON Resume file')
    .argument('<file>', 'resume.docx, resume.pdf, resume.txt, resume.md or resume.json (JSON Resume v1)')
    .option('--out <file>', 'write the master resume JSON here (default: print it)')
    .option('--json', 'print {resume, warnings} as JSON instead of the resume alone')
    .action(async (file: string, opts: { out?: string; json?: boolean }) => {
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
        await writeOutFile(opts.out, json);
        say(
          `imported ${file}: ${counts.sections} sections, ${counts.entries} entries, ${counts.bullets} bullets -> ${opts.out}`,
        );
      }
      if (opts.json) printJson({ resume, warnings, ...(verdict ? { verdict, certainty } : {}) });
      else if (!opts.out) process.stdout.write(json);
    });
}
