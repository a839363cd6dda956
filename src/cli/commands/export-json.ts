import type { Command } from 'commander';
import path from 'node:path';
import { toJsonResume } from '../../core/resume/json-resume';
import { writeFileAtomic } from '../../node/atomic-write';
import { DEFAULT_RESUME_PATH, loadResumeFile } from '../../node/load-resume';
import { fsReason } from '../../node/read-text-file';
import { CliError, say } from '../cli-io';

export function registerExportJson(program: Command): void {
  program
    .command('export-json')
    .description('write the master resume as JSON Resume (jsonresume.org schema v1)')
    .option('--resume <file>', 'master resume JSON', DEFAULT_RESUME_PATH)
    .option('--out <file>', 'write here instead of printing')
    .action(async (opts: { resume: string; out?: string }) => {
      const loaded = await loadResumeFile(opts.resume);
      if (!loaded.ok)
        throw new CliError(
          loaded.error,
          1,
          (loaded.problems ?? []).map((p) => `${p.path}: ${p.message}`),
        );
      const json = `${JSON.stringify(toJsonResume(loaded.resume), null, 2)}\n`;
      if (!opts.out) {
        process.stdout.write(json);
        return;
      }
      try {
        await writeFileAtomic(path.resolve(opts.out), json);
      } catch (e) {
        throw new CliError(`cannot write ${opts.out}: ${fsReason(e)}`);
      }
      say(`wrote ${opts.out}`);
    });
}
