import { useEffect, useState } from 'react';
import type { MethodOutput } from '../service/service-table';
import { getApi } from './api-client';
import { ApplicationsView } from './components/ApplicationsView';
import { InsightView } from './components/InsightView';
import { KeepOrApplyDialog } from './components/KeepOrApplyDialog';
import { MasterView } from './components/MasterView';
import { FirstRun, isExampleResume } from './components/FirstRun';
import { StartView } from './components/StartView';
import { VariantsSidebar } from './components/VariantsSidebar';
import { Workspace } from './components/Workspace';
import { flushSave, isDirty, startAutosave } from './lib/autosave';
import { lastOpenVariant, openById, refreshLibrary, rememberLastOpen } from './lib/library';
import { focusResume } from './lib/pane-layout';
import { installShortcuts } from './lib/shortcuts';
import { persistHistory } from './store/history-persistence';
import { isMasterDirty, useMasterEdit } from './store/master-store';
import { closeVariant, setNotice, useTailor } from './store/tailor-store';

type Settings = MethodOutput<'getSettings'>['settings'];

/** The main views; a new one is a row here and a branch below. */
const VIEWS = [
  { id: 'tailor', label: 'Tailoring' },
  { id: 'master', label: 'Master resume' },
  { id: 'applications', label: 'Applications' },
  { id: 'insight', label: 'Insight' },
] as const;
type View = (typeof VIEWS)[number]['id'];

const NOTICE_MS = 8000;

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
  const [view, setView] = useState<View>('tailor');
  const [noMaster, setNoMaster] = useState(false);
  const masterDirty = useMasterEdit((s) => isMasterDirty(s));

  useEffect(() => {
    const api = getApi();
    void api.loadMaster({}).then((r) => {
      if (!r.ok) {
        // No master file yet is the first run, not an error; a broken one is an error to show.
        if (r.code === 'not-found') setNoMaster(true);
        else setError(r.error);
        return;
      }
      useTailor.setState({ master: r.value.resume });
      // The variant open before a reload (or the last run) opens again.
      const last = lastOpenVariant();
      if (last) void openById(last, { quiet: true });
    });
    void api.listTemplates({}).then((r) => r.ok && setTemplates(r.value.templates));
    void api.getSettings({}).then((r) => r.ok && setSettings(r.value.settings));
    const stopAutosave = startAutosave();
    const stopShortcuts = installShortcuts();
    const stopHistory = persistHistory();
    const stopLastOpen = useTailor.subscribe((s, prev) => {
      if (s.doc?.id !== prev.doc?.id) rememberLastOpen(s.doc?.id ?? null);
    });
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
      stopLastOpen();
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('pagehide', pageHide);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, []);

  // A note about something done is read once, then goes; an error stays until dismissed or replaced.
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    // Counted from when the page is idle again: a note shown during a long analysis stays its full time.
    let t: ReturnType<typeof setTimeout> | undefined;
    const idle = requestIdleCallback(() => {
      t = setTimeout(() => useTailor.getState().notice === notice && setNotice(null), NOTICE_MS);
    });
    return () => {
      cancelIdleCallback(idle);
      clearTimeout(t);
    };
  }, [notice]);

  useEffect(() => {
    if (settings.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);

  async function setTheme(theme: Settings['theme']) {
    const r = await getApi().saveSettings({ settings: { theme } });
    if (r.ok) setSettings(r.value.settings);
    else setNotice({ kind: 'error', text: r.error });
  }

  const example = isExampleResume(master);
  return (
    <div className="app">
      {open && view === 'tailor' ? (
        <a
          className="skip-link"
          href="#resume-pane"
          onClick={(e) => {
            e.preventDefault();
            focusResume();
          }}
        >
          Skip to the resume
        </a>
      ) : (
        <a
          className="skip-link"
          href="#main"
          onClick={(e) => {
            e.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          Skip to the main content
        </a>
      )}
      <VariantsSidebar
        onNew={() => {
          setView('tailor');
          void flushSave().then(closeVariant);
        }}
      />
      <main id="main" tabIndex={-1} className="main" aria-label={VIEWS.find((v) => v.id === view)?.label}>
        {!noMaster && (
          <nav className="view-switch" aria-label="Views">
            {VIEWS.map((v) => (
              <button key={v.id} type="button" aria-pressed={view === v.id} onClick={() => setView(v.id)}>
                {v.label}
                {v.id === 'master' && masterDirty ? ' (unsaved changes)' : ''}
              </button>
            ))}
          </nav>
        )}
        <KeepOrApplyDialog />
        {example && !noMaster && (
          <p className="example-banner" role="note">
            <span className="tag tag-example">example</span> You are trying Tailor with the example resume of an
            invented person. Import your own in <strong>Master resume</strong> when you are ready.
          </p>
        )}
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
        {noMaster && (
          <FirstRun
            onReady={(how) => {
              setNoMaster(false);
              setView(how === 'blank' ? 'master' : 'tailor');
            }}
          />
        )}
        {view === 'tailor' && !master && !error && !noMaster && <p role="status">Loading your master resume…</p>}
        {view === 'master' && !noMaster && (
          <MasterView
            onSaved={() => {
              // The open variant is brought up to date through reconciliation, which reports what changed.
              // Its undo history is kept: saving the master is not a step of the variant's.
              const id = useTailor.getState().doc?.id;
              if (id) void flushSave().then(() => openById(id, { keepHistory: true }));
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
            <StartView defaults={{ template: settings.defaultTemplate, pageTarget: settings.defaultPageTarget }} />
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
