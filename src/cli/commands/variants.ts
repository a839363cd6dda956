import type { Command } from 'commander';
import { isReportEmpty, type ReconcileReport } from '../../core/tailor/reconcile-variant';
import { VariantStatus } from '../../core/tailor/variant-schema';
import { callService } from '../call-service';
import { CliError, printJson, printLine, say } from '../cli-io';
import { EXIT } from '../exit-codes';
import { registerVariantApps } from './variants-apps';
import { registerVariantAuto } from './variants-auto';
import { registerVariantWrites } from './variants-write';
import {
  EXIT_CODES_HELP,
  contextOf,
  summaryLine,
  warnUnreadable,
  withLibrary,
  withResume,
  type CommonOpts,
} from './variants-shared';

export function registerVariants(program: Command): void {
  const variants = program
    .command('variants')
    .description('the per-company variants of your resume: list, show, create, edit, compare, delete and restore')
    .addHelpText('after', EXIT_CODES_HELP);

  withResume(withLibrary(variants.command('list')))
    .description(
      "list the variants, most recently updated first, with each posting's match rate against the tailored resume",
    )
    .option('--status <status>', `only this status (${VariantStatus.options.join(', ')})`)
    .option('--no-match-rate', 'skip scoring (faster for a large library); the match rate shows as "-" / null')
    .action(async (opts: CommonOpts & { status?: string; matchRate: boolean }) => {
      if (opts.status && !VariantStatus.safeParse(opts.status).success)
        throw new CliError(
          `unknown status "${opts.status}" (use one of ${VariantStatus.options.join(', ')})`,
          EXIT.usage,
        );
      const ctx = contextOf(opts);
      const dir = ctx.libraryDir;
      const listing = await callService(ctx, 'listVariants', { query: '', matchRate: opts.matchRate });
      const rows = opts.status ? listing.variants.filter((v) => v.status === opts.status) : listing.variants;
      if (opts.json)
        printJson({ library: dir, variants: rows, unreadable: listing.unreadable, superseded: listing.superseded });
      else {
        if (!rows.length) say(`no variants in ${dir}`);
        for (const r of rows) printLine(summaryLine(r));
      }
      warnUnreadable(listing.unreadable, dir);
      const conflicts = listing.superseded.filter((s) => !s.canonicalName);
      if (conflicts.length) {
        say(
          `note: ${conflicts.length} other cop(ies) of listed variants, kept untouched (a sync tool's conflicted copy, perhaps; open and compare them by hand):`,
        );
        for (const c of conflicts) say(`  ${c.fileName} (variant ${c.id}, save ${c.revision})`);
      }
    });

  withResume(withLibrary(variants.command('search')))
    .description('find variants by words in the company, role, notes or posting text (every word must match)')
    .argument('<words...>', 'words to look for; case and accents are ignored')
    .option('--no-match-rate', 'skip scoring; the match rate shows as "-" / null')
    .action(async (words: string[], opts: CommonOpts & { matchRate: boolean }) => {
      const ctx = contextOf(opts);
      const dir = ctx.libraryDir;
      const found = await callService(ctx, 'listVariants', { query: words.join(' '), matchRate: opts.matchRate });
      const { unreadable } = found;
      const hits = found.variants.map((h) => ({ ...h, matchedIn: h.matchedIn ?? [], snippet: h.snippet ?? '' }));
      if (opts.json) printJson({ library: dir, query: words.join(' '), hits, unreadable });
      else {
        if (!hits.length) say(`nothing matches "${words.join(' ')}" in ${dir}`);
        for (const h of hits)
          printLine(`${summaryLine(h)}  [${h.matchedIn.join(', ')}]${h.snippet ? `\n    ${h.snippet}` : ''}`);
      }
      warnUnreadable(unreadable, dir);
    });

  withResume(withLibrary(variants.command('show')))
    .description('show one variant and what changed in the master since it was saved')
    .argument('<id>', 'variant id (see "tailor variants list")')
    .option('--applied', 'print the tailored resume (master with this variant applied) instead of the variant')
    .action(async (id: string, opts: CommonOpts & { applied?: boolean }) => {
      const ctx = contextOf(opts);
      if (opts.applied) {
        printJson((await callService(ctx, 'tailoredResume', { id })).resume);
        return;
      }
      const { report, orphaned, ...stored } = await callService(ctx, 'getVariant', { id });
      if (opts.json) {
        printJson({
          fileName: stored.fileName,
          revision: stored.revision,
          migratedFrom: stored.migratedFrom,
          variant: stored.variant,
          report,
          orphaned,
        });
        return;
      }
      const v = stored.variant;
      const t = v.tailoring;
      printLine(`${v.company || '(no company)'}${v.role ? ` — ${v.role}` : ''}  [${v.status}]  id ${v.id}`);
      printLine(
        `file ${stored.fileName}  revision ${stored.revision}${stored.migratedFrom ? `  (schema ${stored.migratedFrom}, migrated on read)` : ''}`,
      );
      printLine(`created ${v.createdAt}  updated ${v.updatedAt}  template ${v.template}  ${v.pageTarget} page(s)`);
      if (v.posting.url) printLine(`posting ${v.posting.url}`);
      if (v.posting.text) printLine(`posting text: ${v.posting.text.length} characters`);
      printLine(
        `hidden: ${t.hidden.sections.length} section(s), ${t.hidden.entries.length} entr(ies), ${t.hidden.bullets.length} bullet(s); reworded: ${Object.keys(t.rewording).length} bullet(s)`,
      );
      if (t.keywords.added.length || t.keywords.removed.length || t.keywords.boosted.length)
        printLine(
          `keywords: +${t.keywords.added.join(', +') || '-'}  -${t.keywords.removed.join(', -') || '-'}  ^${t.keywords.boosted.join(', ^') || '-'}`,
        );
      for (const e of v.exportHistory)
        printLine(
          `exported ${e.at} ${e.format} (${e.template}) ${e.fileName}${e.snapshot ? `\n    kept as ${e.snapshot}  sha256 ${e.sha256}` : ''}`,
        );
      if (v.statusHistory.length)
        printLine(`status: ${v.statusHistory.map((s) => `${s.status} ${s.at.slice(0, 10)}`).join(' → ')}`);
      if (v.pinned) printLine(`kept as it was sent (since ${v.pinned.at.slice(0, 10)}); master edits do not reach it`);
      const a = v.application;
      const fields = [
        a.location && `location ${a.location}`,
        a.salary && `salary ${a.salary}`,
        a.contact.name && `contact ${a.contact.name}${a.contact.email ? ` <${a.contact.email}>` : ''}`,
        a.nextStep.text && `next: ${a.nextStep.text}${a.nextStep.due ? ` (by ${a.nextStep.due})` : ''}`,
      ].filter(Boolean);
      if (fields.length) printLine(fields.join('; '));
      for (const o of orphaned)
        printLine(
          `orphaned choice ${o.bulletId}${o.hidden ? ' (hidden)' : ''}${o.reworded ? ' (reworded)' : ''}: "${o.text}"${o.suggestion ? `; same words as ${o.suggestion} ("tailor variants reattach ${v.id} ${o.bulletId} ${o.suggestion}")` : ''}`,
        );
      if (v.notes) printLine(`notes: ${v.notes}`);
      printReport(report);
    });

  withResume(withLibrary(variants.command('diff')))
    .description('compare two variants, or a variant and the master: bullets shown, hidden, moved or reworded')
    .argument('<a>', 'variant id, or "master"')
    .argument('<b>', 'variant id, or "master"')
    .action(async (a: string, b: string, opts: CommonOpts) => {
      const diff = await callService(contextOf(opts), 'diffVariants', { a, b });
      if (opts.json) {
        printJson(diff);
        return;
      }
      printLine(`A: ${diff.a}\nB: ${diff.b}`);
      if (!diff.items.length && !diff.settings.length && !diff.skills.length && !diff.summaryText)
        printLine('no differences');
      for (const i of diff.items) {
        const where =
          i.a.position !== null && i.b.position !== null ? ` (${i.a.position + 1} → ${i.b.position + 1})` : '';
        printLine(`${i.changes.join(', ').padEnd(18)} ${i.kind.padEnd(7)} ${i.id}${where}: ${i.label}`);
        if (i.changes.includes('reworded')) printLine(`    A: ${i.a.text}\n    B: ${i.b.text}`);
      }
      if (diff.summaryText)
        printLine(`${'reworded'.padEnd(18)} summary\n    A: ${diff.summaryText.a}\n    B: ${diff.summaryText.b}`);
      for (const k of diff.skills) {
        const where =
          k.a.position !== null && k.b.position !== null ? ` (${k.a.position + 1} → ${k.b.position + 1})` : '';
        const what = k.item === null ? `skill group ${k.groupId}: ${k.group}` : `skill in ${k.groupId}: ${k.item}`;
        printLine(`${k.changes.join(', ').padEnd(18)} ${what}${where}`);
      }
      for (const c of diff.settings) printLine(`${'setting'.padEnd(18)} ${c.field}: ${c.a ?? '-'} → ${c.b ?? '-'}`);
      const s = diff.summary;
      printLine(
        `${s.shown} shown, ${s.hidden} hidden, ${s.moved} moved, ${s.reworded} reworded, ${s.skills} skill change${s.skills === 1 ? '' : 's'}${s.summaryReworded ? ', summary reworded' : ''} (from A to B)`,
      );
    });

  withLibrary(variants.command('trash'))
    .description('list the variants in the trash (restore one with "tailor variants restore ID")')
    .action(async (opts: CommonOpts) => {
      const ctx = contextOf(opts);
      const dir = ctx.libraryDir;
      const trash = await callService(ctx, 'listTrash', {});
      if (opts.json) printJson({ library: dir, variants: trash.variants, unreadable: trash.unreadable });
      else {
        if (!trash.variants.length) say('the trash is empty');
        for (const r of trash.variants) printLine(summaryLine(r));
      }
    });

  registerVariantWrites(variants);
  registerVariantAuto(variants);
  registerVariantApps(variants);
}

function printReport(r: ReconcileReport): void {
  if (isReportEmpty(r)) return;
  printLine('since this variant was saved, the master changed:');
  for (const s of r.newSections) printLine(`  new section ${s.sectionId} (${s.title})`);
  for (const e of r.newEntries) printLine(`  new entry ${e.entryId} in ${e.sectionId} (${e.title})`);
  for (const b of r.newBullets) printLine(`  new bullet ${b.bulletId} in ${b.entryId}: ${b.text}`);
  for (const id of [...r.removedSections, ...r.removedEntries, ...r.removedBullets]) printLine(`  removed ${id}`);
  for (const o of r.orphanedRewordings) printLine(`  orphaned rewording of deleted bullet ${o.bulletId} (kept)`);
  for (const s of r.staleRewordings)
    printLine(`  rewording of ${s.bulletId} may be stale: the master bullet now reads "${s.masterTextNow}"`);
  if (r.staleSummary)
    printLine(`  the summary rewording may be stale: the master summary now reads "${r.staleSummary.masterTextNow}"`);
  for (const a of r.orphanedSkillAdds)
    printLine(`  added skill "${a.item}" of deleted skill group ${a.groupId} (kept)`);
}
