import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../service/service-table';
import { getApi } from '../api-client';
import { setNotice } from '../store/tailor-store';
import { CompareView } from './CompareView';
import { TrackerBoard } from './TrackerBoard';
import './applications.css';

type Row = MethodOutput<'listVariants'>['variants'][number];

/** The tracker: every application on a board by status, and two of them compared side by side. */
export function ApplicationsView({ onOpen }: { onOpen: (id: string) => void }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  useEffect(() => {
    void getApi()
      .listVariants({ query: '' })
      .then((r) => (r.ok ? setRows(r.value.variants) : setNotice({ kind: 'error', text: r.error })));
  }, []);
  return (
    <div className="apps-view">
      <h2>Applications</h2>
      <TrackerBoard rows={rows} onOpen={onOpen} />
      {rows && rows.length >= 2 && <CompareView rows={rows} />}
    </div>
  );
}
