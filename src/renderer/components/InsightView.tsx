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
