import { useMemo } from 'react';
import { wouldHaveToGo, type ShownBullet } from '../../core/tailor/overflow-suggestion';
import { scoreTailoring } from '../lib/scoring';
import { useTailor } from '../store/tailor-store';

export interface FitLike {
  fits: boolean;
  target: number | null;
  pageCount: number;
  overflowLines: number;
  message: string;
  /** What the service says would have to go, when it says (the export's overflow report). */
  overflow?: { id: string; text: string }[];
}

/**
 * Beside the page count, when the page target cannot be met even with the template's tightening: says so, and
 * names what would have to go (the service's list when it sends one, else the weakest shown bullets).
 */
export function PageTargetNote({ fit }: { fit: FitLike | null }) {
  const master = useTailor((s) => s.master);
  const tailoring = useTailor((s) => s.tailoring);
  const postingText = useTailor((s) => s.doc?.posting.text ?? '');
  const items = useMemo((): ShownBullet[] => {
    if (!fit || fit.fits || fit.target === null) return [];
    if (fit.overflow?.length) return fit.overflow.map((o) => ({ ...o, score: null }));
    if (!master || !tailoring) return [];
    const scored = scoreTailoring(master, postingText, tailoring);
    const score = new Map((scored.score?.bullets ?? []).map((b) => [b.bulletId, b.score]));
    const hidden = new Set([...tailoring.hidden.sections, ...tailoring.hidden.entries, ...tailoring.hidden.bullets]);
    const shown = scored.everything.sections
      .filter((s) => !hidden.has(s.id))
      .flatMap((s) => s.entries.filter((e) => !hidden.has(e.id)))
      .flatMap((e) => e.bullets.filter((b) => !hidden.has(b.id)))
      .map((b) => ({ id: b.id, text: b.text.map((r) => r.text).join(''), score: score.get(b.id) ?? null }));
    return wouldHaveToGo(shown, fit.overflowLines);
  }, [fit, master, tailoring, postingText]);
  // The preview's alert says that the target is missed; this says what would have to go for it.
  if (!fit || fit.fits || fit.target === null || items.length === 0) return null;
  return (
    <div className="warn page-target-note" role="status" data-testid="page-target-note">
      <p>
        {fit.target} page{fit.target === 1 ? '' : 's'} cannot be met ({fit.pageCount} pages, about{' '}
        {Math.ceil(fit.overflowLines)} lines over): about {items.length} bullet{items.length === 1 ? '' : 's'} would
        have to go, e.g.
      </p>
      <ul className="small">
        {items.slice(0, 6).map((b) => (
          <li key={b.id}>
            {b.score !== null && <span className="badge">{Math.round(b.score)}</span>}{' '}
            {b.text.length > 80 ? `${b.text.slice(0, 80)}…` : b.text}
          </li>
        ))}
        {items.length > 6 && <li className="muted">and {items.length - 6} more</li>}
      </ul>
    </div>
  );
}
