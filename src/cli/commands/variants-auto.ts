import type { Command } from 'commander';
import { analyzePosting, scoreResume, withKeywordOverrides } from '../../core/match';
import { prepareRender } from '../../core/render/render-resume';
import type { Resume } from '../../core/resume/schema';
import { applyVariant } from '../../core/tailor/apply-variant';
import { autoTailor } from '../../core/tailor/auto-tailor';
import { summarizeVariant } from '../../core/tailor/variant-summary';
import { loadTemplateFonts } from '../../node/font-files';
import { loadTemplate } from '../../node/template-store';
import { getVariant, saveVariant } from '../../node/variant-store';
import { CliError, printJson, say } from '../cli-io';
import { libraryOf, loadMaster, must, withLibrary, withResume, type CommonOpts } from './variants-shared';

interface AutoOpts extends CommonOpts {
  threshold: string;
  keep: string;
  fit: boolean;
  dryRun?: boolean;
}

export function registerVariantAuto(variants: Command): void {
  withResume(withLibrary(variants.command('auto')))
    .description(
      'tailor a variant from its posting: bullets by score, weak ones hidden, hide more until the page target fits; your manual choices stay',
    )
    .argument('<id>', 'variant id (it must have a posting: "tailor variants save ID --posting FILE")')
    .option('--threshold <score>', 'hide bullets scoring below this (0-100)', '0')
    .option('--keep <n>', "never hide an entry's last n bullets", '1')
    .option('--no-fit', 'do not hide bullets to meet the page target')
    .option('--dry-run', 'show what would change without saving')
    .action(async (id: string, opts: AutoOpts) => {
      const dir = libraryOf(opts);
      const threshold = numberIn(opts.threshold, '--threshold', 0, 100);
      const keep = numberIn(opts.keep, '--keep', 0, 50);
      const stored = must(await getVariant(dir, id));
      const v = stored.variant;
      if (!v.posting.text.trim())
        throw new CliError(
          `variant ${id} has no posting text to tailor to: add one with "tailor variants save ${id} --posting FILE"`,
          1,
        );
      const analyzed = analyzePosting(v.posting.text);
      if (!analyzed.ok) throw new CliError(`the posting of variant ${id} cannot be analyzed: ${analyzed.error}`, 1);
      const master = await loadMaster(opts.resume);
      // The person's added, removed and boosted keywords count here as they do in the app.
      const posting = withKeywordOverrides(analyzed.posting, v.tailoring.keywords);
      const score = scoreResume(posting, master);
      const fits = opts.fit ? await pageFit(v.template, v.pageTarget) : undefined;
      const result = autoTailor(master, v, {
        bulletScores: new Map(score.bullets.map((b) => [b.bulletId, b.score])),
        sectionScores: new Map(score.sections.map((s) => [s.sectionId, s.score])),
        threshold,
        keepPerEntry: keep,
        ...(fits ? { fits } : {}),
      });
      const rateOf = (r: Resume) => Math.round(scoreResume(posting, r).matchRate * 10) / 10;
      const before = rateOf(applyVariant(master, v).resume);
      const after = rateOf(applyVariant(master, result.variant).resume);
      const saved = opts.dryRun
        ? null
        : must(await saveVariant(dir, result.variant, { expectedRevision: stored.revision }));
      const t = result.variant.tailoring;
      const out = {
        saved: saved !== null,
        ...(saved ? summarizeVariant(saved.variant, saved, after) : summarizeVariant(result.variant, stored, after)),
        matchRateBefore: before,
        hiddenBullets: t.hidden.bullets,
        hiddenToFit: result.hiddenToFit,
        fits: result.fits,
        sectionOrder: t.sectionOrder,
      };
      if (opts.json) printJson(out);
      else {
        say(
          `${saved ? 'tailored' : 'would tailor'} variant ${id}: ${t.hidden.bullets.length} bullet(s) hidden (${result.hiddenToFit.length} to fit the page target), match rate ${before}% → ${after}%`,
        );
        if (result.fits === false)
          say(
            `warning: it still does not fit ${v.pageTarget} page(s) with one bullet left per entry; hide entries or sections by hand`,
          );
      }
    });
}

/** The renderer's own layout decides: it first tightens spacing and type within the template's bounds. */
async function pageFit(templateName: string, pages: number): Promise<(r: Resume) => boolean> {
  const tpl = await loadTemplate(templateName);
  if (!tpl.ok) throw new CliError(`template "${templateName}": ${tpl.error}`, 1, tpl.problems);
  const fonts = await loadTemplateFonts(tpl.template, tpl.fontsDir);
  if (!fonts.ok) throw new CliError(fonts.error);
  return (resume) => prepareRender({ resume, template: tpl.template, fonts: fonts.fonts, pages }).fit.fits;
}

function numberIn(v: string, what: string, min: number, max: number): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new CliError(`${what} must be a number from ${min} to ${max} (got "${v}")`, 2);
  return n;
}
