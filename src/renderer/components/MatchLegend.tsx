import { STATUS_LABEL, type KeywordStatus } from '../lib/keyword-status';

/** The one legend for the posting and the resume: both colour words by found / weak / missing. */
export function MatchLegend() {
  return (
    <p className="legend match-legend" aria-label="Highlight colours">
      {(Object.keys(STATUS_LABEL) as KeywordStatus[]).map((s) => (
        <span key={s} className="legend-item">
          <mark className={`st st-${s}`}>{s}</mark> {STATUS_LABEL[s]}
        </span>
      ))}
      <span className="muted">· small label = kind (skill, tool…)</span>
    </p>
  );
}
