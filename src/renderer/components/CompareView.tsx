import { useEffect, useState } from 'react';
import type { Variant } from '../../core/tailor/variant-schema';
import type { MethodOutput } from '../../service/service-table';
import { getApi } from '../api-client';
import { variantLabel } from '../lib/library';
import { CompareSkills } from './CompareSkills';
import './applications.css';

type Row = MethodOutput<'listVariants'>['variants'][number];
type Diff = MethodOutput<'diffVariants'>;
type Score = MethodOutput<'scoreVariant'>['score'];

interface Coverage {
  /** Whose posting. */
  posting: 'a' | 'b';
  /** The posting's keywords, with whether each side's resume covers them. */
  terms: { term: string; weight: number; a: boolean; b: boolean }[];
  rateA: number;
  rateB: number;
}

const covered = (s: Score) => {
  const gaps = new Set(s.missing.filter((m) => m.status === 'missing').map((m) => m.term));
  return (term: string) => !gaps.has(term);
};

/** One variant's resume against another's posting (with that posting's keyword corrections). */
const against = (v: Variant, p: Variant): Variant => ({
  ...v,
  posting: p.posting,
  tailoring: { ...v.tailoring, keywords: p.tailoring.keywords },
});

async function coverageOf(a: Variant, b: Variant, whose: 'a' | 'b'): Promise<Coverage | null> {
  const p = whose === 'a' ? a : b;
  if (!p.posting.text.trim()) return null;
  const [sa, sb] = await Promise.all([
    getApi().scoreVariant({ variant: against(a, p) }),
    getApi().scoreVariant({ variant: against(b, p) }),
  ]);
  if (!sa.ok || !sb.ok) return null;
  const ca = covered(sa.value.score);
  const cb = covered(sb.value.score);
  return {
    posting: whose,
    terms: sa.value.score.keywords
      .slice(0, 15)
      .map((k) => ({ term: k.term, weight: k.weight, a: ca(k.term), b: cb(k.term) })),
    rateA: sa.value.score.matchRate,
    rateB: sb.value.score.matchRate,
  };
}

/** Two applications side by side: what is shown, hidden, moved or reworded between them, and each posting's coverage. */
export function CompareView({ rows, initial }: { rows: Row[]; initial?: [string, string] }) {
  const [a, setA] = useState(initial?.[0] ?? rows[0]?.id ?? '');
  const [b, setB] = useState(initial?.[1] ?? rows[1]?.id ?? '');
  const [diff, setDiff] = useState<Diff | null>(null);
  const [coverage, setCoverage] = useState<Coverage[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!a || !b || a === b) {
      setDiff(null);
      setCoverage([]);
      return;
    }
    let live = true;
    void (async () => {
      const [d, va, vb] = await Promise.all([
        getApi().diffVariants({ a, b }),
        getApi().getVariant({ id: a }),
        getApi().getVariant({ id: b }),
      ]);
      if (!live) return;
      if (!d.ok || !va.ok || !vb.ok) return setError([d, va, vb].map((r) => (r.ok ? '' : r.error)).join(' '));
      setError(null);
      setDiff(d.value);
      const cov = await Promise.all([
        coverageOf(va.value.variant, vb.value.variant, 'a'),
        coverageOf(va.value.variant, vb.value.variant, 'b'),
      ]);
      if (live) setCoverage(cov.filter((c): c is Coverage => c !== null));
    })();
    return () => {
      live = false;
    };
  }, [a, b]);

  const name = (id: string) => {
    const r = rows.find((x) => x.id === id);
    return r ? variantLabel(r) : id;
  };
  const pick = (value: string, set: (v: string) => void, label: string) => (
    <label>
      <span className="field-label">{label}</span>
      <select value={value} onChange={(e) => set(e.target.value)} aria-label={label}>
        {rows.map((r) => (
          <option key={r.id} value={r.id}>
            {variantLabel(r)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="compare" aria-labelledby="compare-h">
      <h2 id="compare-h">Compare two applications</h2>
      <div className="apps-toolbar">
        {pick(a, setA, 'Left application')}
        {pick(b, setB, 'Right application')}
      </div>
      {a === b && <p className="muted">Pick two different applications.</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {diff && (
        <>
          <p role="status" data-testid="compare-summary">
            From left to right: {diff.summary.shown} shown, {diff.summary.hidden} hidden, {diff.summary.moved} moved,{' '}
            {diff.summary.reworded} reworded
            {diff.summary.skills ? `, ${diff.summary.skills} skill change${diff.summary.skills === 1 ? '' : 's'}` : ''}
            {diff.summary.summaryReworded ? ', summary reworded' : ''}.
          </p>
          <div className="compare-cols">
            {(['a', 'b'] as const).map((side) => (
              <section key={side} aria-label={side === 'a' ? `Left: ${name(a)}` : `Right: ${name(b)}`} data-side={side}>
                <h3>{name(side === 'a' ? a : b)}</h3>
                {diff.items.length === 0 && <p className="muted">Same bullets, same order, same words.</p>}
                <CompareSkills diff={diff} side={side} />
                {diff.items.map((i) => {
                  const s = i[side];
                  return (
                    <div key={i.id} className={`compare-item${s.shown ? '' : ' is-hidden'}`}>
                      <span className="tag">{i.kind}</span>
                      {i.changes.map((c) => (
                        <span key={c} className="tag">
                          {c}
                        </span>
                      ))}
                      {s.position !== null && <span className="muted small">#{s.position + 1} </span>}
                      <span className="text">{s.shown ? s.text : `hidden: ${s.text}`}</span>
                    </div>
                  );
                })}
                {diff.settings.map((c) => (
                  <div key={c.field} className="compare-item small">
                    {c.field}: {(side === 'a' ? c.a : c.b) ?? '—'}
                  </div>
                ))}
              </section>
            ))}
          </div>
          {coverage.map((c) => (
            <div key={c.posting} className="coverage" data-testid={`coverage-${c.posting}`}>
              <h3>Keyword coverage of {name(c.posting === 'a' ? a : b)}'s posting</h3>
              <table className="app-table">
                <thead>
                  <tr>
                    <th scope="col">Keyword</th>
                    <th scope="col">Left ({Math.round(c.rateA)}%)</th>
                    <th scope="col">Right ({Math.round(c.rateB)}%)</th>
                  </tr>
                </thead>
                <tbody>
                  {c.terms.map((t) => (
                    <tr key={t.term}>
                      <td>{t.term}</td>
                      <td>{t.a ? '✓ covered' : '✗ missing'}</td>
                      <td>{t.b ? '✓ covered' : '✗ missing'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
