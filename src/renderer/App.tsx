import { useEffect, useState } from 'react';
import type { MethodOutput } from '../service/service-table';
import { getApi } from './api-client';
import { ApplicationsView } from './components/ApplicationsView';
import { InsightView } from './components/InsightView';
import { KeepOrApplyDialog } from './components/KeepOrApplyDialog';
import { MasterView } from './components/MasterView';
import { NewVariantForm } from './components/NewVariantForm';
import { VariantsSidebar } from './components/VariantsSidebar';
import { Workspace } from './components/Workspace';
import { flushSave, isDirty, startAutosave } from './lib/autosave';
import { openById, refreshLibrary } from './lib/library';
import { installShortcuts } from './lib/shortcuts';
import { persistHistory } from './store/history-persistence';
import { isMasterDirty, useMasterEdit } from './store/master-store';
import { closeVariant, setNotice, useTailor } from './store/tailor-store';

type Settings = MethodOutput<'getSettings'>['settings'];

export function App() {
  const [error, setError] = useState<string | null>(null);
  const [templates, setTemplates] = useState<MethodOutput<'listTemplates'>['templates']>([]);
  const [settings, setSettings] = useState<Settings>({
    theme: 'system',
    defaultTemplate: 'classic',
    defaultPageTarget: 1,
  });
  const master = useTailor((s) => s.master);
  const open = useTailor((s) => s.doc !== null);
  const notice = useTailor((s) => s.notice);
  const [view, setView] = useState<'tailor' | 'master' | 'applications' | 'insight'>('tailor');
  const masterDirty = useMasterEdit((s) => isMasterDirty(s));

  useEffect(() => {
    const api = getApi();
    void api.loadMaster({}).then((r) => (r.ok ? useTailor.setState({ master: r.value.resume }) : setError(r.error)));
    void api.listTemplates({}).then((r) => r.ok && setTemplates(r.value.templates));
    void api.getSettings({}).then((r) => r.ok && setSettings(r.value.settings));
    const stopAutosave = startAutosave();
    const stopShortcuts = installShortcuts();
    const stopHistory = persistHistory();
    // Closing the tab with unsaved changes: save now and ask the browser to hold the page until it is done.
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      void flushSave();
      e.preventDefault();
    };
    const hidden = () => document.visibilityState === 'hidden' && void flushSave();
    const pageHide = () => void flushSave();
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('pagehide', pageHide);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      stopAutosave();
      stopShortcuts();
      stopHistory();
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('pagehide', pageHide);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, []);

  useEffect(() => {
    if (settings.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);

  async function setTheme(theme: Settings['theme']) {
    const r = await getApi().saveSettings({ settings: { theme } });
    if (r.ok) setSettings(r.value.settings);
    else setNotice({ kind: 'error', text: r.error });
  }

  return (
    <div className="app">
      <VariantsSidebar
        onNew={() => {
          void flushSave().then(closeVariant);
        }}
      />
      <main className="main" aria-label={view === 'master' ? 'Master resume' : 'Tailoring'}>
        <nav className="view-switch" aria-label="Views">
          <button type="button" aria-pressed={view === 'tailor'} onClick={() => setView('tailor')}>
            Tailoring
          </button>
          <button type="button" aria-pressed={view === 'master'} onClick={() => setView('master')}>
            Master resume{masterDirty ? ' (unsaved changes)' : ''}
          </button>
          <button type="button" aria-pressed={view === 'applications'} onClick={() => setView('applications')}>
            Applications
          </button>
          <button type="button" aria-pressed={view === 'insight'} onClick={() => setView('insight')}>
            Insight
          </button>
        </nav>
        <KeepOrApplyDialog />
        {notice && (
          <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            <span>{notice.text}</span>
            <button type="button" aria-label="Dismiss" onClick={() => setNotice(null)}>
              ×
            </button>
          </div>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {view === 'tailor' && !master && !error && <p role="status">Loading your master resume…</p>}
        {view === 'master' && (
          <MasterView
            onSaved={() => {
              // The open variant is brought up to date through reconciliation, which reports what changed.
              const id = useTailor.getState().doc?.id;
              if (id) void flushSave().then(() => openById(id));
              void refreshLibrary();
            }}
          />
        )}
        {view === 'applications' && (
          <ApplicationsView
            onOpen={(id) => {
              void flushSave()
                .then(() => openById(id))
                .then(() => setView('tailor'));
            }}
          />
        )}
        {view === 'insight' && <InsightView />}
        {view === 'tailor' &&
          master &&
          (open ? (
            <Workspace templates={templates} />
          ) : (
            <NewVariantForm defaults={{ template: settings.defaultTemplate, pageTarget: settings.defaultPageTarget }} />
          ))}
      </main>
      <footer className="app-footer">
        <label>
          Theme{' '}
          <select value={settings.theme} onChange={(e) => void setTheme(e.target.value as Settings['theme'])}>
            <option value="system">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </footer>
    </div>
  );
}
