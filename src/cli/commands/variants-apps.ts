import path from 'node:path';
import type { Command } from 'commander';
import { VariantStatus } from '../../core/tailor/variant-schema';
import { callService } from '../call-service';
import { CliError, printJson, printLine, say } from '../cli-io';
import { EXIT } from '../exit-codes';
import { contextOf, withLibrary, withResume, type CommonOpts } from './variants-shared';

/** The tracker side of variants: application fields, CSV, keeping a sent application as it was, insight. */
export function registerVariantApps(variants: Command): void {
  withLibrary(variants.command('track'))
    .description('set the tracker fields of an application: status, job URL, location, salary, contact, next step')
    .argument('<id>', 'variant id')
    .option('--status <status>', `one of ${VariantStatus.options.join(', ')} (the change is dated)`)
    .option('--url <url>', 'the job posting online ("" clears it)')
    .option('--location <text>', 'where the job is')
    .option('--salary <text>', 'the salary range, as written ("€55–62k")')
    .option('--contact <name>', 'the contact person')
    .option('--email <address>', "the contact's e-mail")
    .option('--phone <number>', "the contact's phone")
    .option('--next <text>', 'the next step ("follow up with the recruiter")')
    .option('--due <date>', 'when the next step is due, YYYY-MM-DD ("" clears it)')
    .action(
      async (
        id: string,
        o: CommonOpts &
          Partial<
            Record<'status' | 'url' | 'location' | 'salary' | 'contact' | 'email' | 'phone' | 'next' | 'due', string>
          >,
      ) => {
        if (o.status !== undefined && !VariantStatus.safeParse(o.status).success)
          throw new CliError(
            `unknown status "${o.status}" (use one of ${VariantStatus.options.join(', ')})`,
            EXIT.usage,
          );
        const contact = {
          ...(o.contact !== undefined ? { name: o.contact } : {}),
          ...(o.email !== undefined ? { email: o.email } : {}),
          ...(o.phone !== undefined ? { phone: o.phone } : {}),
        };
        const nextStep = {
          ...(o.next !== undefined ? { text: o.next } : {}),
          ...(o.due !== undefined ? { due: o.due === '' ? null : o.due } : {}),
        };
        const input = {
          id,
          ...(o.status !== undefined ? { status: o.status as VariantStatus } : {}),
          ...(o.url !== undefined ? { url: o.url } : {}),
          ...(o.location !== undefined ? { location: o.location } : {}),
          ...(o.salary !== undefined ? { salary: o.salary } : {}),
          ...(Object.keys(contact).length ? { contact } : {}),
          ...(Object.keys(nextStep).length ? { nextStep } : {}),
        };
        if (Object.keys(input).length === 1) throw new CliError('nothing to set: give at least one option', EXIT.usage);
        const stored = await callService(contextOf(o), 'updateApplication', input);
        if (o.json) printJson({ id, revision: stored.revision, variant: stored.variant });
        else say(`updated application ${id} (${stored.variant.status}), revision ${stored.revision}`);
      },
    );

  withResume(withLibrary(variants.command('export-csv')))
    .description('the tracker as a CSV file (RFC 4180; cells that a spreadsheet would run as formulas are quoted)')
    .option('--out <file>', 'write here instead of standard output')
    .option('--status <status>', 'only this status')
    .option('--no-match-rate', 'skip scoring (faster for a large library); the match rate column stays empty')
    .action(async (o: CommonOpts & { out?: string; status?: string; matchRate: boolean }) => {
      if (o.status !== undefined && !VariantStatus.safeParse(o.status).success)
        throw new CliError(`unknown status "${o.status}" (use one of ${VariantStatus.options.join(', ')})`, EXIT.usage);
      const r = await callService(contextOf(o), 'trackerCsv', {
        matchRate: o.matchRate,
        ...(o.status ? { status: o.status as VariantStatus } : {}),
      });
      if (o.out) {
        const { writeFileAtomic } = await import('../../node/atomic-write');
        await writeFileAtomic(path.resolve(o.out), r.csv);
        say(`wrote ${r.rows} application(s) to ${o.out}`);
      } else process.stdout.write(r.csv);
    });

  withResume(withLibrary(variants.command('keep')))
    .description('keep a sent application as it was: later master edits no longer change it (undo: "follow")')
    .argument('<id>', 'variant id')
    .action(async (id: string, o: CommonOpts) => {
      const s = await callService(contextOf(o), 'keepAsSent', { id, keep: true });
      if (o.json) printJson({ id, pinned: s.variant.pinned, revision: s.revision });
      else
        say(
          `variant ${id} is kept as it was (${s.variant.pinned?.from === 'snapshot' ? 'as last exported' : 'as the master reads now'})`,
        );
    });

  withResume(withLibrary(variants.command('follow')))
    .description('let a kept application follow the master again (its master edits apply here)')
    .argument('<id>', 'variant id')
    .action(async (id: string, o: CommonOpts) => {
      const s = await callService(contextOf(o), 'keepAsSent', { id, keep: false });
      if (o.json) printJson({ id, pinned: s.variant.pinned, revision: s.revision });
      else say(`variant ${id} follows the master again`);
    });

  withResume(withLibrary(variants.command('reattach')))
    .description('re-attach an orphaned choice (a hidden or reworded bullet the master lost) to a master bullet')
    .argument('<id>', 'variant id')
    .argument('<from>', 'the orphaned bullet id (see "show ID")')
    .argument('<to>', 'the master bullet id to attach it to')
    .action(async (id: string, from: string, to: string, o: CommonOpts) => {
      const s = await callService(contextOf(o), 'reattachChoice', { id, from, to });
      if (o.json) printJson({ id, revision: s.revision, variant: s.variant });
      else say(`re-attached the choice about ${from} to ${to}`);
    });

  withResume(withLibrary(variants.command('insight')))
    .description('across every saved posting: keywords the master lacks, bullets that matter most and never help')
    .option('--limit <n>', 'at most this many rows per list', '20')
    .action(async (o: CommonOpts & { limit: string }) => {
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500)
        throw new CliError(`--limit must be a whole number from 1 to 500 (got "${o.limit}")`, EXIT.usage);
      const r = await callService(contextOf(o), 'libraryInsight', { limit });
      if (o.json) {
        printJson(r);
        return;
      }
      printLine(`${r.postings} saved posting(s)`);
      if (!r.postings) return;
      printLine('\nwanted, but not in the master (postings, weight):');
      for (const m of r.missing)
        printLine(`  ${String(m.postings).padStart(3)}  ${m.weight.toFixed(2).padStart(6)}  ${m.term}`);
      printLine('\nbullets that matter most (postings, total score):');
      for (const b of r.strongest)
        printLine(`  ${String(b.postings).padStart(3)}  ${b.total.toFixed(0).padStart(6)}  ${b.bulletId}: ${b.text}`);
      if (r.neverHelp.length) {
        printLine('\nbullets no saved posting rewards:');
        for (const b of r.neverHelp.slice(0, limit)) printLine(`  ${b.bulletId}: ${b.text}`);
      }
    });
}
