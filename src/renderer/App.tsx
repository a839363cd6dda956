import { useEffect, useState } from 'react';
import type { Resume } from '../core/resume/schema';
import { getApi } from './api-client';
import { ResumeView } from './ResumeView';

type State = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; resume: Resume };

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    void getApi()
      .loadMaster({})
      .then((r) => setState(r.ok ? { status: 'ready', resume: r.value.resume } : { status: 'error', error: r.error }));
  }, []);
  return (
    <main className="app">
      <header className="app-bar">
        <h1>Tailor</h1>
        <span className="app-sub">Master resume</span>
      </header>
      {state.status === 'loading' && <p role="status">Loading your master resume…</p>}
      {state.status === 'error' && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
      {state.status === 'ready' && <ResumeView resume={state.resume} />}
    </main>
  );
}
