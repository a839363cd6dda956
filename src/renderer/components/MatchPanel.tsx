import type { ResumeScore } from '../../core/match';
import type { HiddenItems } from '../../core/tailor/variant-schema';
import { AddMissingSkill } from './AddMissingSkill';
import { ProposalPanel } from './ProposalPanel';

const SECTION_LABEL: Record<string, string> = {
  title: 'the title',
  intro: 'the introduction',
  responsibilities: 'responsibilities',
  requirements: 'requirements',
  preferred: 'nice to have',
  about_company: 'about the company',
  benefits: 'benefits',
  eeo: 'the legal notice',
  other: 'the posting',
};

/** Match rate as a bar, and what is missing or weak, each with where in the posting it came from. */
export function MatchPanel({
  score,
  hidden,
  onShowTerm,
}: {
  score: ResumeScore | null;
  /** What the variant hides: a hidden bullet is not on the resume, so it is never among the strongest. */
  hidden?: HiddenItems;
  onShowTerm: (term: string) => void;
}) {
  if (!score) {
    return (
      <section className="pane match-panel" aria-labelledby="match-h">
        <h2 id="match-h">Match</h2>
        <ProposalPanel />
        <p className="muted">Paste a job posting to see how well this resume matches it.</p>
      </section>
    );
  }
  const rate = Math.round(score.matchRate);
  const missing = score.missing.filter((m) => m.status === 'missing');
  const weak = score.missing.filter((m) => m.status === 'weak');
  const off = new Set([...(hidden?.bullets ?? []), ...(hidden?.entries ?? []), ...(hidden?.sections ?? [])]);
  const top = score.bullets
    .filter((b) => !off.has(b.bulletId) && !off.has(b.entryId) && !off.has(b.sectionId))
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
  return (
    <section className="pane match-panel" aria-labelledby="match-h">
      <h2 id="match-h">Match</h2>
      <ProposalPanel />
      <div className="gauge">
        <span className="gauge-value" data-testid="match-rate" aria-live="polite">
          {rate}%
        </span>
        <div
          className="gauge-bar"
          role="meter"
          aria-label="Match rate"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={rate}
          aria-valuetext={`${rate}% of the posting's top ${score.considered} keywords`}
        >
          <div
            className={`gauge-fill ${rate >= 75 ? 'good' : rate >= 50 ? 'fair' : 'poor'}`}
            style={{ width: `${rate}%` }}
          />
        </div>
        <span className="muted small">of the posting&rsquo;s top {score.considered} keywords are shown</span>
      </div>
      <KeywordList
        title="Missing"
        items={missing}
        onShowTerm={onShowTerm}
        empty="Nothing important is missing."
        canAdd
      />
      <KeywordList title="Weak" items={weak} onShowTerm={onShowTerm} empty="No weak keywords." canAdd />
      <h3>Strongest bullets</h3>
      <ol className="top-bullets" aria-label="Strongest bullets">
        {top.map((b) => (
          <li key={b.bulletId}>
            <span className="badge">{Math.round(b.score)}</span>{' '}
            {b.text.length > 90 ? `${b.text.slice(0, 90)}…` : b.text}
          </li>
        ))}
      </ol>
    </section>
  );
}

function KeywordList(props: {
  title: string;
  items: ResumeScore['missing'];
  onShowTerm: (t: string) => void;
  empty: string;
  /** Offer to add a missing term to this variant's skills (after asking). */
  canAdd?: boolean;
}) {
  return (
    <>
      <h3>
        {props.title} <span className="count">{props.items.length}</span>
      </h3>
      {props.items.length === 0 ? (
        <p className="muted small">{props.empty}</p>
      ) : (
        <ul className="missing" aria-label={`${props.title} keywords`}>
          {props.items.map((m) => (
            <li key={m.term}>
              <button
                type="button"
                className="link"
                onClick={() => props.onShowTerm(m.term)}
                aria-label={`${m.term}: show it in the posting`}
              >
                {m.term}
              </button>
              <span className="muted small">
                {' '}
                from {m.heading ? `“${m.heading}”` : SECTION_LABEL[m.section]}
                {m.via ? `; only ${m.via} shows it` : ''}
              </span>
              {props.canAdd && <AddMissingSkill term={m.term} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
