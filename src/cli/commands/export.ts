import type { Command } from 'commander';
import path from 'node:path';
import { analyzePosting, scoreResume } from '../../core/match';
import { defaultExportFileName, type ExportFormat } from '../../core/render/file-name';
import { overflowItems, overflowMessage } from '../../core/render/overflow-report';
import { RenderTailoring } from '../../core/render/render-input';
import { prepareRender, renderDocx, renderPdf, type RenderRequest } from '../../core/render/render-resume';
import type { Resume } from '../../core/resume/schema';
import { autoTailor } from '../../core/tailor/auto-tailor';
import { bulletReport, type BulletReport } from '../../core/tailor/decision-report';
import { newVariant } from '../../core/tailor/new-variant';
import { loadTemplateFonts } from '../../node/font-files';
import { DEFAULT_RESUME_PATH, loadResumeFile } from '../../node/load-resume';
import { installNodeDeflate } from '../../node/pdf-deflate';
import { renderPdfPagePng } from '../../node/pdf-preview';
import { readTextFile } from '../../node/read-text-file';
import { DEFAULT_TEMPLATE, loadTemplate } from '../../node/template-store';
import { exportPathIn, writeExport } from '../../node/write-export';
import { CliError, printJson, say } from '../cli-io';
import { addVariantExportOptions, recordVariantExportDone, variantExportInput } from './variants-export-option';

interface ExportOptions {
  resume: string;
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
const MAX_POSTING_BYTES = 1024 * 1024;

export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description('render the master resume (tailored to a posting if given) as PDF, DOCX or a PNG preview')
    .option('--resume <file>', 'master resume JSON', DEFAULT_RESUME_PATH)
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
    .option('--allow-overflow', 'with --pages: write the file even when it does not fit (default: write nothing)')
    .option('--json', 'print the result as JSON on stdout');
  addVariantExportOptions(cmd).action(async (opts: ExportOptions) => runExport(opts, cmd));
}

async function runExport(opts: ExportOptions, cmd: Command): Promise<void> {
  const format = pickFormat(opts);
  let pages = opts.pages === undefined ? undefined : positiveInt(opts.pages, '--pages');
  if (!opts.out && !opts.dir) throw new CliError('say where to write: --out FILE or --dir FOLDER', 2);

  const loaded = await loadResumeFile(opts.resume);
  if (!loaded.ok)
    throw new CliError(
      loaded.error,
      1,
      (loaded.problems ?? []).map((p) => `${p.path}: ${p.message}`),
    );
  const variant = opts.variant
    ? await variantExportInput({ variant: opts.variant, library: opts.library, posting: opts.posting }, loaded.resume, {
        ...(cmd.getOptionValueSource('template') === 'cli' ? { template: opts.template } : {}),
        ...(pages ? { pages } : {}),
        ...(opts.company ? { company: opts.company } : {}),
        ...(opts.role ? { role: opts.role } : {}),
      })
    : null;
  if (variant) pages = variant.pages;
  const tpl = await loadTemplate(variant?.template ?? opts.template);
  if (!tpl.ok) throw new CliError(tpl.error, 1, tpl.problems);
  const fonts = await loadTemplateFonts(tpl.template, tpl.fontsDir);
  if (!fonts.ok) throw new CliError(fonts.error);

  const meta = variant?.meta ?? {
    ...(opts.company ? { company: opts.company } : {}),
    ...(opts.role ? { role: opts.role } : {}),
  };
  // A saved variant already carries its choices; --posting alone auto-tailors the master to it.
  const auto =
    !variant && opts.posting
      ? await tailoringFor(
          opts.posting,
          loaded.resume,
          pages
            ? (r) => prepareRender({ resume: r, template: tpl.template, fonts: fonts.fonts, pages }).fit.fits
            : undefined,
        )
      : null;
  const req: RenderRequest = {
    resume: variant?.resume ?? loaded.resume,
    tailoring: auto?.tailoring ?? RenderTailoring.parse({}),
    template: tpl.template,
    fonts: fonts.fonts,
    ...(pages ? { pages } : {}),
    meta,
  };

  const target = opts.dir
    ? exportPathIn(opts.dir, defaultExportFileName(loaded.resume.basics.name, format, meta))
    : path.resolve(opts.out!);
  installNodeDeflate();
  let rendered;
  try {
    rendered = format === 'docx' ? await renderDocx({ ...req, embedFonts: opts.embedFonts }) : await renderPdf(req);
  } catch (e) {
    // A font file that passes the checks but is damaged inside fails deep in fontkit: name the template, not the stack.
    throw new CliError(
      `could not render with template "${tpl.template.name}": ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  let bytes = rendered.bytes;
  if (format === 'png') {
    const page = positiveInt(opts.page ?? '1', '--page');
    if (page > rendered.pageCount)
      throw new CliError(`--page ${page}: the document has ${rendered.pageCount} page(s)`, 2);
    const png = await renderPdfPagePng(bytes, { page, dpi: positiveInt(opts.dpi ?? '110', '--dpi', 20, 600) });
    if (!png.ok) throw new CliError(png.error);
    bytes = png.png;
  }
  // A target that cannot be met writes nothing unless asked: a cramped two-page file sent as "one page" is worse.
  if (pages && !rendered.fit.fits && !opts.allowOverflow) {
    const wouldGo = overflowItems(rendered.document, rendered.fit);
    const message = overflowMessage(rendered.fit, wouldGo);
    if (opts.json)
      printJson({
        ok: false,
        file: null,
        format,
        pages: rendered.pageCount,
        fit: rendered.fit,
        wouldGo,
        notShown: rendered.notShown,
      });
    throw new CliError(`${message}; nothing written (--allow-overflow writes it anyway)`, 3);
  }
  const written = await writeExport(target, bytes);
  if (!written.ok) throw new CliError(written.error);
  if (variant && !(await recordVariantExportDone(variant, { file: written.file, format, template: tpl.template.name })))
    process.exitCode = 1;

  const missing = rendered.missingCharacters;
  const result = {
    ok: true,
    file: written.file,
    format,
    bytes: written.bytes,
    pages: rendered.pageCount,
    template: tpl.template.name,
    fit: rendered.fit,
    missingCharacters: missing,
    notShown: rendered.notShown,
    // With --posting: every bullet auto-tailor kept or hid, with its text, score and reason.
    ...(auto ? { shown: auto.report.shown, hidden: auto.report.hidden } : {}),
  };
  if (opts.json) printJson(result);
  else
    say(
      `wrote ${written.file} (${format}, ${rendered.pageCount} page${rendered.pageCount === 1 ? '' : 's'}, ${Math.round(written.bytes / 1024)} KB)`,
    );
  if (missing.length)
    say(
      `note: the "${tpl.template.name}" template's font has no ${missing.map((m) => (m.replacement === null ? `"${m.char}" (drawn as a blank box)` : `"${m.char}" (written as "${m.replacement}")`)).join(', ')}`,
    );
  if (pages && !rendered.fit.fits) {
    say(`tailor: ${rendered.fit.message}`);
    process.exitCode = 3;
  } else if (!opts.json && rendered.fit.message.includes('fitted')) say(rendered.fit.message);
}

/**
 * Auto-tailoring for a posting: bullets ordered by score within their entries and, with --pages, the lowest-scored
 * hidden until the page target fits (never an entry's last bullet). The same auto-tailor the saved variants use.
 */
async function tailoringFor(
  file: string,
  resume: Resume,
  fits?: (r: Resume) => boolean,
): Promise<{ tailoring: RenderTailoring; report: BulletReport }> {
  const read = await readTextFile(file, MAX_POSTING_BYTES);
  if (!read.ok) throw new CliError(`posting ${read.error}`);
  const analyzed = analyzePosting(read.text);
  if (!analyzed.ok) throw new CliError(`posting ${file}: ${analyzed.error}`);
  const score = scoreResume(analyzed.posting, resume);
  const draft = newVariant(resume, { company: '', role: '' }, { id: 'export', now: new Date().toISOString() });
  const auto = autoTailor(resume, draft, {
    bulletScores: new Map(score.bullets.map((b) => [b.bulletId, b.score])),
    sectionScores: new Map(score.sections.map((s) => [s.sectionId, s.score])),
    ...(fits ? { fits } : {}),
  });
  if (auto.hiddenToFit.length) say(`hid ${auto.hiddenToFit.length} lowest-scoring bullet(s) to fit the page target`);
  const t = auto.variant.tailoring;
  const texts = new Map(score.bullets.map((b) => [b.bulletId, b.text]));
  return {
    tailoring: { sectionOrder: t.sectionOrder, entryOrder: t.entryOrder, bulletOrder: t.bulletOrder, hidden: t.hidden },
    report: bulletReport(auto.decisions, (id) => texts.get(id)),
  };
}

function pickFormat(opts: ExportOptions): ExportFormat {
  const f = (opts.format ?? (opts.out ? path.extname(opts.out).slice(1).toLowerCase() : '') ?? '') || 'pdf';
  if (!FORMATS.includes(f as ExportFormat))
    throw new CliError(`--format must be one of ${FORMATS.join(', ')} (got "${f}")`, 2);
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
