import type { Command } from 'commander';
import { callService } from '../call-service';
import { cliContext } from '../cli-context';
import { CliError, printJson, printLine, setExit } from '../cli-io';
import { EXIT } from '../exit-codes';

interface CheckReport {
  readable: boolean;
  contacts: { name: string | null; email: string | null; phone: string | null; links: string[] };
  sections: {
    heading: string;
    standard: boolean;
    entries: { title: string; start: string | null; end: string | null; bullets: number }[];
  }[];
  bulletsRecognised: number;
  problems: string[];
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('read a resume PDF or DOCX the way a text-based ATS does, and say what came back')
    .argument('<file>', 'the .pdf or .docx to read')
    .option('--resume <file>', 'the intended resume (JSON): list every bullet or field that did not come back intact')
    .option('--json', 'print the report as JSON on stdout')
    .action(async (file: string, opts: { resume?: string; json?: boolean }) => {
      // The intended resume is read as the app reads a master: loadMaster, on the file named.
      const intended = opts.resume
        ? (
            await callService(cliContext({ resume: opts.resume }), 'loadMaster', {}).catch((e: unknown) => {
              // loadMaster says not-found for a missing file (the app's first run); exit 3 means "no such variant".
              throw e instanceof CliError && e.exitCode === EXIT.notFound
                ? new CliError(e.message, EXIT.failed, e.details)
                : e;
            })
          ).resume
        : undefined;
      const rep: CheckReport = await callService(cliContext(), 'checkResumeFile', {
        file,
        ...(intended ? { intended } : {}),
      });
      if (opts.json) printJson(rep);
      else {
        const c = rep.contacts;
        printLine(`contacts: ${[c.name, c.email, c.phone, ...c.links].filter(Boolean).join(' | ') || 'none found'}`);
        for (const s of rep.sections) {
          printLine(`${s.heading}${s.standard ? '' : ' (not a standard heading)'}`);
          for (const e of s.entries)
            printLine(`  ${e.title || '(untitled)'}: ${e.start ?? '?'} – ${e.end ?? '?'}, ${e.bullets} bullet(s)`);
        }
        printLine(`bullets recognised: ${rep.bulletsRecognised}`);
        printLine(`ATS check: ${rep.problems.length} problem${rep.problems.length === 1 ? '' : 's'}`);
        for (const p of rep.problems) printLine(`  ${p}`);
      }
      if (rep.problems.length) setExit(1);
    });
}
