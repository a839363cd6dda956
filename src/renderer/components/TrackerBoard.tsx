import { useMemo, useState } from 'react';
import { VariantStatus } from '../../core/tailor/variant-schema';
import type { MethodOutput } from '../../service/service-table';
import { getApi } from '../api-client';
import { variantLabel } from '../lib/library';
import { setNotice } from '../store/tailor-store';
import './applications.css';

type Row = MethodOutput<'listVariants'>['variants'][number];
type Sort = 'updated' | 'status' | 'match' | 'due' | 'applied';

/** Today as YYYY-MM-DD in the person's own time zone: a step due today is not overdue yet. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const CLOSED = new Set(['rejected', 'withdrawn']);
export const isOverdue = (r: Pick<Row, 'nextStepDue' | 'status'>, day = today()): boolean =>
  !!r.nextStepDue && r.nextStepDue < day && !CLOSED.has(r.status);

const order = (s: string) => VariantStatus.options.indexOf(s as VariantStatus);
const SORTS: Record<Sort, (a: Row, b: Row) => number> = {
  updated: (a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt),
  applied: (a, b) => (b.appliedAt ?? '').localeCompare(a.appliedAt ?? ''),
  status: (a, b) => order(a.status) - order(b.status) || Date.parse(b.statusSince) - Date.parse(a.statusSince),
  match: (a, b) => (b.matchRate ?? -1) - (a.matchRate ?? -1),
  due: (a, b) => (a.nextStepDue ?? '9999').localeCompare(b.nextStepDue ?? '9999'),
};

/** Every application by status, as a board or a list; filter by status, sort by date, status or match rate. */
export function TrackerBoard({ rows, onOpen }: { rows: Row[] | null; onOpen: (id: string) => void }) {
  const [mode, setMode] = useState<'board' | 'list'>('board');
  const [status, setStatus] = useState<'all' | VariantStatus>('all');
  const [sort, setSort] = useState<Sort>('updated');
  const [overdueOnly, setOverdueOnly] = useState(false);

  const shown = useMemo(() => {
    const day = today();
    return (rows ?? [])
      .filter((r) => status === 'all' || r.status === status)
      .filter((r) => !overdueOnly || isOverdue(r, day))
      .sort(SORTS[sort]);
  }, [rows, status, sort, overdueOnly]);

  async function exportCsv() {
    const r = await getApi().trackerCsv(status === 'all' ? {} : { status });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error });
    const url = URL.createObjectURL(new Blob([r.value.csv], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'applications.csv';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  if (!rows) return <p role="status">Loading the applications…</p>;
  const columns = status === 'all' ? VariantStatus.options : [status];
  return (
    <section className="tracker" aria-label="Applications">
      <div className="apps-toolbar" role="toolbar" aria-label="Tracker view">
        <div role="group" aria-label="Layout">
          <button type="button" aria-pressed={mode === 'board'} onClick={() => setMode('board')}>
            Board
          </button>
          <button type="button" aria-pressed={mode === 'list'} onClick={() => setMode('list')}>
            List
          </button>
        </div>
        <label>
          <span className="field-label">Status</span>
          <select
            value={status}
            onChange={(e) => setStatus(e.target.value as typeof status)}
            aria-label="Filter by status"
          >
            <option value="all">All statuses</option>
            {VariantStatus.options.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="field-label">Sort by</span>
          <select value={sort} onChange={(e) => setSort(e.target.value as Sort)} aria-label="Sort by">
            <option value="updated">Last change</option>
            <option value="applied">Date applied</option>
            <option value="status">Status</option>
            <option value="match">Match rate</option>
            <option value="due">Next step due</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} /> Overdue
          next steps only
        </label>
        <button type="button" onClick={() => void exportCsv()}>
          Export CSV
        </button>
        <span className="muted small" role="status">
          {shown.length} of {rows.length} application(s)
        </span>
      </div>
      {mode === 'board' ? (
        <div className="board">
          {columns.map((col) => {
            const cards = shown.filter((r) => r.status === col);
            return (
              <section key={col} className="board-column" aria-label={`${col} (${cards.length})`} data-status={col}>
                <h3>
                  {col} <span className="muted small">{cards.length}</span>
                </h3>
                {cards.map((r) => (
                  <Card key={r.id} row={r} onOpen={onOpen} />
                ))}
              </section>
            );
          })}
        </div>
      ) : (
        <table className="app-table" aria-label="Applications list">
          <thead>
            <tr>
              <th scope="col">Application</th>
              <th scope="col">Status</th>
              <th scope="col">Since</th>
              <th scope="col">Match</th>
              <th scope="col">Next step</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id} data-id={r.id}>
                <td>
                  <button type="button" className="link" onClick={() => onOpen(r.id)}>
                    {variantLabel(r)}
                  </button>
                </td>
                <td>{r.status}</td>
                <td>
                  <time dateTime={r.statusSince}>{new Date(r.statusSince).toLocaleDateString()}</time>
                </td>
                <td>{r.matchRate === null ? '—' : `${Math.round(r.matchRate)}%`}</td>
                <td>
                  <NextStep row={r} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function NextStep({ row }: { row: Row }) {
  if (!row.nextStep && !row.nextStepDue) return <span className="muted">—</span>;
  const late = isOverdue(row);
  return (
    <span className={late ? 'overdue' : undefined}>
      {row.nextStep || 'Next step'}
      {row.nextStepDue ? ` by ${row.nextStepDue}` : ''}
      {late ? ' — overdue' : ''}
    </span>
  );
}

function Card({ row, onOpen }: { row: Row; onOpen: (id: string) => void }) {
  return (
    <article className="board-card" data-id={row.id} aria-label={variantLabel(row)}>
      <button type="button" className="card-open" onClick={() => onOpen(row.id)}>
        <span className="card-company">{row.company || 'Untitled'}</span>
        <br />
        <span>{row.role || '—'}</span>
      </button>
      <span className="muted small">
        {row.matchRate === null ? 'no posting' : `${Math.round(row.matchRate)}% match`} · since{' '}
        <time dateTime={row.statusSince}>{new Date(row.statusSince).toLocaleDateString()}</time>
        {row.location ? ` · ${row.location}` : ''}
        {row.pinned ? ' · kept as sent' : ''}
      </span>
      {(row.nextStep || row.nextStepDue) && (
        <span className="small">
          <NextStep row={row} />
        </span>
      )}
    </article>
  );
}
