import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../service/service-table';
import { getApi } from '../api-client';
import './BulletAcrossPostings.css';

type Scores = MethodOutput<'scoreAcrossPostings'>['scores'];

// The pause after the last keystroke before scoring: every saved posting is scored on each pause, not on each key.
const DEBOUNCE_MS = 300;
// The postings it suits best; a library of hundreds would bury the bullet under its own scores.
const SHOWN = 5;

/** The master bullet being edited, scored against every saved posting as it is typed (best first). */
export function BulletAcrossPostings({ text, label }: { text: string; label: string }) {
  const [scores, setScores] = useState<Scores | null>(null);
  useEffect(() => {
    let live = true;
    const t = setTimeout(() => {
      void getApi()
        .scoreAcrossPostings({ text: text.slice(0, 5000) })
        .then((r) => live && r.ok && setScores(r.value.scores));
    }, DEBOUNCE_MS);
    return () => {
      // A reply for text since replaced is dropped: a slow answer never overwrites a newer one.
      live = false;
      clearTimeout(t);
    };
  }, [text]);
  if (!scores?.length) return null;
  return (
    <div className="bullet-across" data-testid="bullet-across-postings">
      <p className="bullet-across-title small">{label} against your saved postings</p>
      <ul aria-label={`${label} against your saved postings`}>
        {scores.slice(0, SHOWN).map((s) => (
          <li key={s.variantId} data-variant-id={s.variantId}>
            <span className="bullet-across-name" title={[s.company, s.role].filter(Boolean).join(' — ')}>
              {[s.company, s.role].filter(Boolean).join(' — ')}
            </span>
            <span className="bullet-across-score" data-testid="bullet-across-score">
              {Math.round(s.score)}
            </span>
            <span className="bullet-across-terms small">{s.terms.join(', ') || 'no keyword of it yet'}</span>
          </li>
        ))}
      </ul>
      {scores.length > SHOWN && <p className="small bullet-across-more">and {scores.length - SHOWN} more in Insight</p>}
    </div>
  );
}
