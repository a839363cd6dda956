import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../service/service-table';
import { getApi } from '../api-client';
import './applications.css';

type Insight = MethodOutput<'libraryInsight'>;

/** What every saved posting says about the master at once: what it lacks, what carries it, what never helps. */
export function InsightView() {
  const [insight, setInsight] = useState<Insight | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void getApi()
      .libraryInsight({ limit: 30 })
      .then((r) => (r.ok ? setInsight(r.value) : setError(r.error)));
  }, []);
  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!insight) return <p role="status">Reading every saved posting…</p>;
  if (!insight.postings)
    return <p className="insight-view">No saved posting yet: insight reads the postings of your applications.</p>;
  return (
    <div className="insight-view">
      <h2>Insight across {insight.postings} saved posting(s)</h2>
      <section aria-labelledby="missing-h">
        <h3 id="missing-h">Wanted, but not in your master</h3>
        <p className="muted small">Ranked by how many postings ask for it, then how strongly.</p>
        <table className="app-table" aria-label="Keywords the master lacks">
          <thead>
            <tr>
              <th scope="col">Keyword</th>
              <th scope="col">Postings</th>
              <th scope="col">Weight</th>
            </tr>
          </thead>
          <tbody>
            {insight.missing.map((m) => (
              <tr key={m.term}>
                <td>{m.term}</td>
                <td>{m.postings}</td>
                <td>{m.weight.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="strong-h">
        <h3 id="strong-h">Bullets that matter most</h3>
        <ol>
          {insight.strongest.map((b) => (
            <li key={b.bulletId}>
              {b.text}{' '}
              <span className="muted small">
                ({b.entry}; helps {b.postings} posting(s), best score {Math.round(b.best)})
              </span>
            </li>
          ))}
        </ol>
      </section>
      <LineAcrossPostings />
      {insight.neverHelp.length > 0 && (
        <section aria-labelledby="never-h">
          <h3 id="never-h">Bullets no saved posting rewards</h3>
          <p className="muted small">Candidates to reword or cut.</p>
          <ul>
            {insight.neverHelp.map((b) => (
              <li key={b.bulletId}>
                {b.text} <span className="muted small">({b.entry})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

type Scores = MethodOutput<'scoreAcrossPostings'>['scores'];

/** A bullet being written, scored against every saved posting as it is typed. */
function LineAcrossPostings() {
  const [text, setText] = useState('');
  const [scores, setScores] = useState<Scores>([]);
  useEffect(() => {
    // A short pause after the last keystroke: every posting is scored on each pause, not on every key.
    const t = setTimeout(() => {
      void getApi()
        .scoreAcrossPostings({ text })
        .then((r) => r.ok && setScores(r.value.scores));
    }, 250);
    return () => clearTimeout(t);
  }, [text]);
  return (
    <section aria-labelledby="try-h">
      <h3 id="try-h">Try a bullet against every saved posting</h3>
      <label>
        <span className="sr-only">Bullet to score</span>
        <textarea
          rows={2}
          value={text}
          maxLength={5000}
          placeholder="Type or paste a bullet: its score against each posting updates as you type"
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {scores.length > 0 && (
        <table className="app-table" aria-label="The bullet against each posting" data-testid="line-scores">
          <thead>
            <tr>
              <th scope="col">Application</th>
              <th scope="col">Score</th>
              <th scope="col">Keywords it shows</th>
            </tr>
          </thead>
          <tbody>
            {scores.map((s) => (
              <tr key={s.variantId}>
                <td>{[s.company, s.role].filter(Boolean).join(' — ')}</td>
                <td>{Math.round(s.score)}</td>
                <td>{s.terms.join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
