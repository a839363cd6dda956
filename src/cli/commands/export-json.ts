import type { Command } from 'commander';
import { callService } from '../call-service';
import { cliContext } from '../cli-context';
import { say } from '../cli-io';
import { writeOutFile } from '../write-output';

export function registerExportJson(program: Command): void {
  program
    .command('export-json')
    .description('write the master resume as JSON Resume (jsonresume.org schema v1)')
    .option('--resume <file>', 'master resume JSON (default: resume-data/master.json)')
    .option('--out <file>', 'write here instead of printing')
    .action(async (opts: { resume?: string; out?: string }) => {
      const { jsonResume } = await callService(cliContext({ resume: opts.resume }), 'exportJsonResume', {});
      const json = `${JSON.stringify(jsonResume, null, 2)}\n`;
      if (!opts.out) return void process.stdout.write(json);
      await writeOutFile(opts.out, json);
      say(`wrote ${opts.out}`);
    });
}
