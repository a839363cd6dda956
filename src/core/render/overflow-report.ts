import type { ResumeDocument } from './document-model';
import type { FitReport } from './fit-pages';

export interface OverflowItem {
  /** The bullet's id. */
  id: string;
  text: string;
}

/**
 * What would have to go for a target that cannot be met: bullets from the end of the document (the least
 * prominent place) until their lines, estimated at about 90 characters each, cover the lines too many. It is a
 * suggestion to act on; auto-tailor with a posting chooses by score instead.
 */
export function overflowItems(doc: ResumeDocument, fit: FitReport, charsPerLine = 90): OverflowItem[] {
  if (fit.fits || fit.target === null) return [];
  const bullets = doc.sections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.type === 'entry' ? b.bullets.map((x) => ({ id: x.id, text: x.runs.map((r) => r.text).join('') })) : [],
    ),
  );
  const out: OverflowItem[] = [];
  let lines = 0;
  for (let i = bullets.length - 1; i >= 0 && lines < fit.overflowLines; i--) {
    const b = bullets[i]!;
    out.push(b);
    lines += Math.max(1, Math.ceil(b.text.length / charsPerLine));
  }
  return out;
}

/** "does not fit on 1 page: ...; about these would have to go: "…", "…"" */
export function overflowMessage(fit: FitReport, items: readonly OverflowItem[]): string {
  if (!items.length) return fit.message;
  const shown = items.slice(0, 6).map((i) => `"${i.text.length > 60 ? `${i.text.slice(0, 57)}...` : i.text}"`);
  const more = items.length > 6 ? ` and ${items.length - 6} more` : '';
  return `${fit.message}. To fit, about ${items.length} bullet(s) would have to go, e.g. ${shown.join(', ')}${more}`;
}
