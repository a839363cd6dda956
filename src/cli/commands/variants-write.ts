import type { Command } from 'commander';
import { parseJsonText } from '../../core/resume/parse-json-text';
import { VariantStatus, type Variant } from '../../core/tailor/variant-schema';
import { summarizeVariant } from '../../core/tailor/variant-summary';
import { callService } from '../call-service';
import { CliError, printJson, say } from '../cli-io';
import { EXIT } from '../exit-codes';
import { readJsonArg, readPostingArg } from '../read-input';
import { collect, contextOf, parseSetPairs, withLibrary, withResume, type CommonOpts } from './variants-shared';

interface StoredVariant {
  variant: Variant;
  fileName: string;
  revision: string;
  migratedFrom: number | null;
}
const SETTABLE = ['company', 'role', 'status', 'notes', 'url', 'template', 'pages'] as const;

export function registerVariantWrites(variants: Command): void {
  withResume(withLibrary(variants.command('new')))
    .description('create a variant of the master resume for one job (everything shown, in master order)')
    .requiredOption('--company <name>', 'the company')
    .option('--role <title>', 'the role applied for', '')
    .option('--posting <file>', 'the job posting as a text file ("-" reads standard input)')
    .option('--url <url>', 'where the posting is online')
    .option('--status <status>', `one of ${VariantStatus.options.join(', ')}`, 'draft')
    .option('--notes <text>', 'your notes')
    .option('--template <name>', 'document template')
    .option('--pages <n>', 'page target for the export', toPages)
    .option('--auto', 'auto-tailor it to the posting straight away (as the app does), then save')
    .action(
      async (
        opts: CommonOpts & {
          company: string;
          role: string;
          posting?: string;
          url?: string;
          status: string;
          notes?: string;
          template?: string;
          pages?: number;
          auto?: boolean;
        },
      ) => {
        const ctx = contextOf(opts);
        const fields = {
          company: opts.company,
          role: opts.role,
          postingText: opts.posting ? await readPosting(opts.posting) : '',
          ...(opts.url ? { url: opts.url } : {}),
          status: parseStatus(opts.status),
          ...(opts.notes !== undefined ? { notes: opts.notes } : {}),
          ...(opts.template ? { template: opts.template } : {}),
          ...(opts.pages ? { pageTarget: opts.pages } : {}),
        };
        if (!opts.auto) return report(await callService(ctx, 'createVariant', fields), opts, 'created');
        if (!fields.postingText.trim())
          throw new CliError('--auto tailors to the posting: give --posting FILE', EXIT.usage);
        const made = await callService(ctx, 'createTailoredVariant', fields);
        if (made.tailorError) say(`warning: the variant is saved, but auto-tailor could not run: ${made.tailorError}`);
        report({ variant: made.variant, ...made.stored! }, opts, made.tailorError ? 'created' : 'created and tailored');
      },
    );

  withLibrary(variants.command('save'))
    .description('change a variant: replace it with an edited JSON file (--from) and/or set fields (--set key=value)')
    .argument('<id>', 'variant id')
    .option('--from <file>', 'variant JSON to save (as printed by "show ID --json", edited); its id must be <id>')
    .option(
      '--set <key=value>',
      `set a field; keys: ${SETTABLE.join(', ')} (repeatable; url= clears the URL)`,
      collect,
      [],
    )
    .option('--posting <file>', 'replace the posting text with this file ("-" reads standard input)')
    .option('--revision <token>', 'refuse to save unless the file on disk still has this revision (from "show --json")')
    .addHelpText(
      'after',
      '\nWith --from, the revision inside the file (from "show --json") is checked too: if the variant changed on disk since, the save is refused with exit code 4.',
    )
    .action(
      async (id: string, opts: CommonOpts & { from?: string; set: string[]; posting?: string; revision?: string }) => {
        if (!opts.from && !opts.set.length && !opts.posting)
          throw new CliError('nothing to save: give --from FILE, --set key=value or --posting FILE', EXIT.usage);
        const loaded = opts.from ? await readVariantArg(opts.from) : null;
        if (loaded && loaded.variant.id !== id)
          throw new CliError(`${opts.from} holds variant ${loaded.variant.id}, not ${id}`, EXIT.failed);
        // The revision the edit was based on: --revision, else the one inside the file; without either the
        // service checks against the revision it reads.
        const expected = opts.revision ?? loaded?.revision ?? undefined;
        const saved = await callService(contextOf(opts), 'updateVariant', {
          id,
          ...(loaded ? { variant: loaded.variant } : {}),
          set: parseSets(parseSetPairs(opts.set)),
          ...(opts.posting ? { postingText: await readPosting(opts.posting) } : {}),
          ...(expected !== undefined ? { expectedRevision: expected } : {}),
        });
        report(saved, opts, 'saved');
      },
    );

  withLibrary(variants.command('duplicate'))
    .description(
      'copy a variant for a similar job: same posting, tailoring and notes; new id, status draft, no exports',
    )
    .argument('<id>', 'variant id to copy')
    .option('--company <name>', 'company of the copy (default: the same)')
    .option('--role <title>', 'role of the copy (default: the same)')
    .action(async (id: string, opts: CommonOpts & { company?: string; role?: string }) => {
      const changes = {
        ...(opts.company !== undefined ? { company: opts.company } : {}),
        ...(opts.role !== undefined ? { role: opts.role } : {}),
      };
      report(await callService(contextOf(opts), 'duplicateVariant', { id, ...changes }), opts, 'created copy');
    });

  withLibrary(variants.command('rename'))
    .description('change the company and/or role of a variant (its file name follows)')
    .argument('<id>', 'variant id')
    .option('--company <name>', 'new company')
    .option('--role <title>', 'new role')
    .option('--revision <token>', 'refuse unless the file on disk still has this revision')
    .action(async (id: string, opts: CommonOpts & { company?: string; role?: string; revision?: string }) => {
      if (opts.company === undefined && opts.role === undefined)
        throw new CliError('give --company and/or --role', EXIT.usage);
      const changes = {
        ...(opts.company !== undefined ? { company: opts.company } : {}),
        ...(opts.role !== undefined ? { role: opts.role } : {}),
      };
      const revision = opts.revision ? { expectedRevision: opts.revision } : {};
      report(await callService(contextOf(opts), 'renameVariant', { id, ...changes, ...revision }), opts, 'renamed');
    });

  withLibrary(variants.command('delete'))
    .description('move a variant to the trash (undo with "tailor variants restore ID")')
    .argument('<id>', 'variant id')
    .action(async (id: string, opts: CommonOpts) => {
      const done = await callService(contextOf(opts), 'deleteVariant', { id });
      if (opts.json) printJson({ deleted: done.id, movedToTrash: done.fileNames });
      else say(`moved variant ${id} to the trash`);
    });

  withLibrary(variants.command('restore'))
    .description('bring a variant back from the trash')
    .argument('<id>', 'variant id')
    .action(async (id: string, opts: CommonOpts) => {
      const done = await callService(contextOf(opts), 'restoreVariant', { id });
      if (opts.json) printJson({ restored: done.id, fileName: done.fileName });
      else say(`restored variant ${id} (${done.fileName})`);
    });

  withLibrary(variants.command('empty-trash'))
    .description('delete the variants in the trash for good')
    .action(async (opts: CommonOpts) => {
      const done = await callService(contextOf(opts), 'emptyTrash', {});
      if (opts.json) printJson({ removed: done.removed });
      else say(`removed ${done.removed.length} variant file(s) from the trash`);
    });
}

function report(stored: StoredVariant, opts: CommonOpts, verb: string): void {
  const summary = summarizeVariant(stored.variant, stored);
  if (opts.json) printJson({ ...summary, variant: stored.variant });
  else
    say(
      `${verb} variant ${summary.id} (${summary.company}${summary.role ? ` — ${summary.role}` : ''}) in ${summary.fileName}, revision ${summary.revision}`,
    );
}

/** --set key=value pairs as the fields updateVariant sets (checked here for the exit code and the message). */
function parseSets(sets: Record<string, string>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(sets)) {
    switch (key) {
      case 'company':
      case 'role':
      case 'notes':
      case 'template':
      case 'url':
        out[key] = value;
        break;
      case 'status':
        out.status = parseStatus(value);
        break;
      case 'pages':
        out.pageTarget = toPages(value);
        break;
      default:
        throw new CliError(
          `cannot --set "${key}" (settable: ${SETTABLE.join(', ')}; use --from FILE for the tailoring)`,
          2,
        );
    }
  }
  return out;
}

function parseStatus(s: string): Variant['status'] {
  const r = VariantStatus.safeParse(s);
  if (!r.success) throw new CliError(`unknown status "${s}" (use one of ${VariantStatus.options.join(', ')})`, 2);
  return r.data;
}

function toPages(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1 || n > 10)
    throw new CliError(`page target must be a whole number from 1 to 10, not "${s}"`, 2);
  return n;
}

async function readPosting(file: string): Promise<string> {
  return readPostingArg(file, 'cannot read the posting: ');
}

/**
 * Accepts a bare variant file or the output of `show --json` (which wraps it with its revision). The service's
 * saveVariant checks it against the schema.
 */
async function readVariantArg(file: string): Promise<{ variant: Variant; revision: string | null }> {
  const json = parseJsonText(await readJsonArg(file));
  if (!json.ok) throw new CliError(`${file}: ${json.error}`, EXIT.failed);
  const value = json.value as { variant?: unknown; revision?: unknown; schemaVersion?: unknown } | null;
  const wrapped =
    value && typeof value === 'object' && value.schemaVersion === undefined && value.variant !== undefined;
  const variant = (wrapped ? value.variant : value) as Variant;
  if (!variant || typeof variant !== 'object') throw new CliError(`${file}: not a variant`, EXIT.failed);
  return { variant, revision: wrapped && typeof value.revision === 'string' ? value.revision : null };
}
