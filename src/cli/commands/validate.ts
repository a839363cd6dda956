import type { Command } from 'commander';
import { linkWarnings } from '../../core/resume/link-warnings';
import { countResume } from '../../core/resume/walk-resume';
import { DEFAULT_RESUME_PATH, loadResumeFile } from '../../node/load-resume';
import { printJson, printLine, say, setExit } from '../cli-io';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a master resume file against the schema (default: resume-data/master.json)')
    .argument('[file]', 'resume JSON file', DEFAULT_RESUME_PATH)
    .option('--json', 'print the result as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const loaded = await loadResumeFile(file);
      if (!loaded.ok) {
        const problems = loaded.problems ?? [];
        if (opts.json) printJson({ ok: false, file, error: loaded.error, problems });
        else if (problems.length) for (const p of problems) say(`${p.path}: ${p.message}`);
        else say(loaded.error);
        setExit(1);
        return;
      }
      const counts = countResume(loaded.resume);
      // Warnings never fail validation (exit 0): the file is valid, only less useful than it could be.
      const warnings = linkWarnings(loaded.resume);
      const bySection = loaded.resume.sections.map((s) => ({
        id: s.id,
        kind: s.kind,
        title: s.title,
        entries: s.entries.length,
        bullets: s.entries.reduce((n, e) => n + e.bullets.length, 0),
      }));
      if (opts.json) {
        printJson({ ok: true, file, counts, skillGroups: loaded.resume.skills.length, sections: bySection, warnings });
        return;
      }
      for (const w of warnings) say(`warning: ${w.path}: ${w.message}`);
      const kinds = bySection.map((s) =>
        s.kind === 'skills' ? 'skills' : `${s.kind} (${s.entries} entries, ${s.bullets} bullets)`,
      );
      printLine(
        `valid: ${counts.sections} sections, ${counts.entries} entries, ${counts.bullets} bullets (${loaded.resume.basics.name}): ${kinds.join('; ')}`,
      );
    });
}
