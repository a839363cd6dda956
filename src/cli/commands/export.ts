import type { Command } from 'commander';
import path from 'node:path';
import type { ExportFormat } from '../../core/render/file-name';
import type { ReconcileReport } from '../../core/tailor/reconcile-variant';
import type { Variant } from '../../core/tailor/variant-schema';
import { DEFAULT_TEMPLATE } from '../../node/template-store';
import { exportPathIn } from '../../node/write-export';
import { callService } from '../call-service';
import { cliContext } from '../cli-context';
import { CliError, printJson, say } from '../cli-io';
import { EXIT } from '../exit-codes';
import { readPostingArg } from '../read-input';

interface ExportOptions {
  resume?: string;
  posting?: string;
  template: string;
  pages?: string;
  format?: string;
  out?: string;
  dir?: string;
  company?: string;
  role?: string;
  page?: string;
  dpi?: string;
  embedFonts: boolean;
  json?: boolean;
  allowOverflow?: boolean;
  variant?: string;
  library?: string;
}

const FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'png'];

export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description('render the master resume (tailored to a posting if given) as PDF, DOCX or a PNG preview')
    .option('--resume <file>', 'master resume JSON (default: resume-data/master.json)')
    .option('--posting <file>', 'job posting text: bullets are ordered by how well they match it')
    .option('--template <name>', 'template name in templates/ or a template .json file', DEFAULT_TEMPLATE)
    .option('--pages <n>', "fit to this many pages (tightens spacing, then font size, within the template's bounds)")
    .option('--format <format>', "pdf, docx or png (default: from --out's extension, else pdf)")
    .option('--out <file>', 'file to write')
    .option('--dir <folder>', 'write "Name - Company - Role.<format>" into this folder instead of --out')
    .option('--company <name>', 'the employer, for the PDF title and the default file name')
    .option('--role <title>', 'the job title, for the PDF title and the default file name')
    .option('--page <n>', 'with --format png: which page to draw', '1')
    .option('--dpi <n>', 'with --format png: resolution', '110')
    .option('--no-embed-fonts', 'DOCX: name the template fonts but do not embed them (smaller file)')
    .option('--allow-overflow', 'write the file even when the page target is not met (default: write nothing)')
    .option('--json', 'print the result as JSON on stdout')
    .option(
      '--variant <id>',
      'render a saved variant (its tailoring, template, page target, company and role) and record the export in its history',
    )
    .option(
      '--library <dir>',
      'variant library folder for --variant (overrides $TAILOR_LIBRARY and the app-data default)',
    );
  cmd.action(async (opts: ExportOptions) => runExport(opts, cmd));
}

async function runExport(opts: ExportOptions, cmd: Command): Promise<void> {
  const format = pickFormat(opts);
  const pages = opts.pages === undefined ? undefined : positiveInt(opts.pages, '--pages', 1, 10);
  if (!opts.out && !opts.dir) throw new CliError('say where to write: --out FILE or --dir FOLDER', EXIT.usage);
  if (opts.variant && opts.posting)
    throw new CliError('--variant brings its own posting and tailoring; leave out --posting', EXIT.usage);
  const page = positiveInt(opts.page ?? '1', '--page');
  const dpi = positiveInt(opts.dpi ?? '110', '--dpi', 20, 600);
  const { dir, out } = opts;
  // The service names templates by id only; a template file typed here is the person's own, so its folder becomes
  // this run's templates folder and its base name the id (its fonts come from the fonts folder beside it).
  const typed = cmd.getOptionValueSource('template') === 'cli' ? opts.template : undefined;
  const file = typed && /[\\/]|\.json$/i.test(typed) ? path.resolve(typed) : undefined;
  const ctx = cliContext({
    resume: opts.resume,
    library: opts.library,
    out: (defaultName) => (dir ? exportPathIn(dir, defaultName) : path.resolve(out!)),
    ...(file ? { templatesDir: path.dirname(file) } : {}),
  });
  const template = file ? path.basename(file).replace(/\.json$/i, '') : typed;

  let variant: Variant;
  if (opts.variant) {
    const got = await callService(ctx, 'getVariant', { id: opts.variant });
    noteMasterChanges(opts.variant, got.report);
    // What the person typed wins over what the variant saved.
    variant = {
      ...got.variant,
      ...(template ? { template } : {}),
      ...(pages ? { pageTarget: pages } : {}),
      ...(opts.company !== undefined ? { company: opts.company } : {}),
      ...(opts.role !== undefined ? { role: opts.role } : {}),
    };
  } else {
    // A draft, never saved: the master, auto-tailored to --posting by the same recipe the app uses.
    const draft = await callService(ctx, 'createTailoredVariant', {
      company: opts.company ?? '',
      role: opts.role ?? '',
      postingText: opts.posting ? await readPostingArg(opts.posting, 'posting ') : '',
      template: template ?? opts.template,
      ...(pages ? { pageTarget: pages } : {}),
      save: false,
      fit: pages !== undefined,
    });
    if (draft.tailorError) throw new CliError(`posting ${opts.posting}: ${draft.tailorError}`);
    if (draft.hiddenToFit.length)
      say(`hid ${draft.hiddenToFit.length} lowest-scoring bullet(s) to fit the page target`);
    variant = draft.variant;
  }

  const r = await callService(ctx, 'exportResume', {
    variant,
    format,
    saved: opts.variant !== undefined,
    // Without --pages (or a variant's target) the template's own sizes stand.
    fitPages: opts.variant !== undefined || pages !== undefined,
    embedFonts: opts.embedFonts,
    page,
    dpi,
    allowOverflow: opts.allowOverflow ?? false,
  });
  const fit = r.fit!;
  // A target that cannot be met writes nothing unless asked: a cramped two-page file sent as "one page" is worse.
  if (!r.written && r.overflow) {
    if (opts.json)
      printJson({
        ok: false,
        file: null,
        format,
        pages: r.pageCount,
        template: r.template,
        fit,
        wouldGo: r.overflow.wouldGo,
        shown: r.bullets.shown,
        hidden: r.bullets.hidden,
        notShown: r.notShown,
      });
    throw new CliError(
      `${r.overflow.message}; nothing written (--allow-overflow writes it anyway)`,
      EXIT.pageTargetMissed,
    );
  }
  if (r.warning) {
    say(`tailor: wrote ${r.file}, but ${r.warning}`);
    process.exitCode = EXIT.failed;
  }
  if (opts.json)
    printJson({
      ok: true,
      file: r.file,
      format,
      bytes: r.bytes,
      pages: r.pageCount,
      template: r.template,
      fit,
      missingCharacters: r.missingCharacters,
      shown: r.bullets.shown,
      hidden: r.bullets.hidden,
      notShown: r.notShown,
      atsCheck: r.atsCheck,
    });
  else {
    say(
      `wrote ${r.file} (${format}, ${r.pageCount} page${r.pageCount === 1 ? '' : 's'}, ${Math.round(r.bytes / 1024)} KB)`,
    );
    if (r.atsCheck) {
      const p = r.atsCheck.problems;
      say(
        `ATS check: ${p.length} problem${p.length === 1 ? '' : 's'}${p.length ? `: ${p.slice(0, 5).join('; ')}` : ''}`,
      );
    }
  }
  if (r.missingCharacters.length)
    say(
      `note: the "${r.template}" template's font has no ${r.missingCharacters.map((m) => (m.replacement === null ? `"${m.char}" (drawn as a blank box)` : `"${m.char}" (written as "${m.replacement}")`)).join(', ')}`,
    );
  if (fit.target !== null && !fit.fits) {
    say(`tailor: ${fit.message}`);
    process.exitCode = EXIT.pageTargetMissed;
  } else if (!opts.json && fit.message.includes('fitted')) say(fit.message);
}

/** What changed in the master since the variant was saved is worth a line on stderr; the export goes ahead. */
function noteMasterChanges(id: string, report: ReconcileReport): void {
  const parts = [
    report.newBullets.length && `${report.newBullets.length} new bullet(s) shown`,
    report.staleRewordings.length && `${report.staleRewordings.length} rewording(s) made against older master text`,
    report.orphanedRewordings.length &&
      `${report.orphanedRewordings.length} rewording(s) of deleted bullets (kept, not shown)`,
  ].filter(Boolean);
  if (parts.length)
    say(
      `note: the master changed since variant ${id} was saved: ${parts.join('; ')} (see "tailor variants show ${id}")`,
    );
}

function pickFormat(opts: ExportOptions): ExportFormat {
  const f = (opts.format ?? (opts.out ? path.extname(opts.out).slice(1).toLowerCase() : '') ?? '') || 'pdf';
  if (!FORMATS.includes(f as ExportFormat))
    throw new CliError(`--format must be one of ${FORMATS.join(', ')} (got "${f}")`, EXIT.usage);
  if (opts.format && opts.out) {
    const ext = path.extname(opts.out).slice(1).toLowerCase();
    if (ext && FORMATS.includes(ext as ExportFormat) && ext !== f)
      throw new CliError(`--out ${opts.out} ends in .${ext} but --format is ${f}`, 2);
  }
  return f as ExportFormat;
}

function positiveInt(v: string, what: string, min = 1, max = 100): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new CliError(`${what} must be a whole number from ${min} to ${max} (got "${v}")`, 2);
  return n;
}
