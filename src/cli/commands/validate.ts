import type { Command } from 'commander';
import { callService } from '../call-service';
import { cliContext } from '../cli-context';
import { printJson, printLine, say, setExit } from '../cli-io';
import { EXIT } from '../exit-codes';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a master resume file against the schema (default: resume-data/master.json)')
    .argument('[file]', 'resume JSON file (default: resume-data/master.json)')
    .option('--json', 'print the result as JSON')
    .action(async (file: string | undefined, opts: { json?: boolean }) => {
      const ctx = cliContext({ resume: file });
      const shown = file ?? ctx.resumePath;
      const r = await callService(ctx, 'validateMaster', {});
      if (!r.valid) {
        if (opts.json) printJson({ ok: false, file: shown, error: r.error, problems: r.problems });
        else if (r.problems.length) for (const p of r.problems) say(`${p.path}: ${p.message}`);
        else say(r.error);
        setExit(EXIT.failed);
        return;
      }
      // Warnings never fail validation (exit 0): the file is valid, only less useful than it could be.
      if (opts.json) {
        printJson({
          ok: true,
          file: shown,
          counts: r.counts,
          skillGroups: r.skillGroups,
          sections: r.sections,
          warnings: r.warnings,
        });
        return;
      }
      for (const w of r.warnings) say(`warning: ${w.path}: ${w.message}`);
      const kinds = r.sections.map((s) =>
        s.kind === 'skills' ? 'skills' : `${s.kind} (${s.entries} entries, ${s.bullets} bullets)`,
      );
      printLine(
        `valid: ${r.counts.sections} sections, ${r.counts.entries} entries, ${r.counts.bullets} bullets (${r.name}): ${kinds.join('; ')}`,
      );
    });
}
