import type { Command } from 'commander';
import { summarizeVariant } from '../../core/tailor/variant-summary';
import { callService } from '../call-service';
import { CliError, printJson, say } from '../cli-io';
import { EXIT } from '../exit-codes';
import { contextOf, withLibrary, withResume, type CommonOpts } from './variants-shared';

interface AutoOpts extends CommonOpts {
  threshold: string;
  keep: string;
  fit: boolean;
  dryRun?: boolean;
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

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
      const threshold = numberIn(opts.threshold, '--threshold', 0, 100);
      const keepPerEntry = numberIn(opts.keep, '--keep', 0, 50, true);
      const r = await callService(contextOf(opts), 'autoTailorSaved', {
        id,
        threshold,
        keepPerEntry,
        fit: opts.fit,
        dryRun: opts.dryRun === true,
      });
      const t = r.variant.tailoring;
      const before = oneDecimal(r.matchRateBefore);
      const after = oneDecimal(r.matchRateAfter);
      const out = {
        saved: r.saved,
        ...summarizeVariant(r.variant, r, after),
        matchRateBefore: before,
        hiddenBullets: t.hidden.bullets,
        hiddenToFit: r.hiddenToFit,
        fits: r.fits,
        sectionOrder: t.sectionOrder,
      };
      if (opts.json) printJson(out);
      else {
        say(
          `${r.saved ? 'tailored' : 'would tailor'} variant ${id}: ${t.hidden.bullets.length} bullet(s) hidden (${r.hiddenToFit.length} to fit the page target), match rate ${before}% → ${after}%`,
        );
        if (r.fits === false)
          say(
            `warning: it still does not fit ${r.variant.pageTarget} page(s) with one bullet left per entry; hide entries or sections by hand`,
          );
      }
    });
}

function numberIn(v: string, what: string, min: number, max: number, whole = false): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max || (whole && !Number.isInteger(n)))
    throw new CliError(
      `${what} must be a ${whole ? 'whole ' : ''}number from ${min} to ${max} (got "${v}")`,
      EXIT.usage,
    );
  return n;
}
