import { useEffect, useRef, useState } from 'react';
import { fromJsonResume } from '../../core/resume/json-resume';
import { parseJsonText } from '../../core/resume/parse-json-text';
import type { Resume } from '../../core/resume/schema';
import { getApi } from '../api-client';
import example from '../example/example-resume.json';
import { loadDraft, useMasterEdit } from '../store/master-store';
import { useTailor } from '../store/tailor-store';
import { MasterImport } from './MasterImport';

/** Where a new resume starts when "blank" is chosen: one entry to fill in, so the schema's rules hold from the start. */
const BLANK = {
  schemaVersion: 1,
  basics: { name: 'Your name' },
  skills: [],
  sections: [
    {
      id: 'experience',
      kind: 'experience',
      title: 'Experience',
      entries: [
        {
          id: 'job-1',
          title: 'Your job title',
          organization: 'Employer',
          bullets: [{ id: 'job-1-1', text: [{ text: 'What you did, and what came of it.' }] }],
        },
      ],
    },
  ],
};

/** The example is an invented person's resume, bundled with the app; never the user's own data. */
const EXAMPLE_NAME = (example as { basics: { name: string } }).basics.name;
export const isExampleResume = (r: Resume | null): boolean =>
  !!r && r.basics.name === EXAMPLE_NAME && r.basics.email === (example as { basics: { email?: string } }).basics.email;

/**
 * No master resume yet: import one (DOCX, PDF, text, JSON Resume), start from a blank one, or try the example. Each
 * writes the master file; the person then lands in the report.
 */
export function FirstRun({ onReady }: { onReady: (how: 'import' | 'blank' | 'example') => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Set while the saved resume is loaded into the editor's draft: that draft is ours, not an import to save again
  // (saving it again as an import sent "Start a blank resume" to the tailoring view instead of the master editor).
  const loadingSaved = useRef(false);

  async function save(resume: unknown, how: 'import' | 'blank' | 'example') {
    setBusy(true);
    setError(null);
    const r = await getApi().saveMaster({ resume });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    loadingSaved.current = true;
    try {
      loadDraft(r.value.resume, r.value.revision, r.value.file);
    } finally {
      loadingSaved.current = false;
    }
    useTailor.setState({ master: r.value.resume });
    onReady(how);
  }

  // The import card accepts into the master editor's draft; here, accepting it is the first save.
  useEffect(() => {
    const blank = BLANK as unknown as Resume;
    useMasterEdit.setState({ draft: blank, saved: blank, revision: null, file: null });
    return useMasterEdit.subscribe((s, prev) => {
      if (s.draft && s.draft !== prev.draft && s.draft !== blank && !loadingSaved.current) void save(s.draft, 'import');
    });
  }, []);

  return (
    <section className="first-run" aria-labelledby="first-h">
      <h2 id="first-h">Start with your resume</h2>
      <p className="muted">
        Tailor matches one master resume against each job posting. There is none yet: bring yours, start a blank one, or
        look around with an example first.
      </p>
      {error && (
        <p role="alert" className="error" style={{ whiteSpace: 'pre-wrap' }}>
          {error}
        </p>
      )}
      <div className="first-run-options">
        <div className="first-run-import">
          <MasterImport />
          <JsonResumeButton disabled={busy} onResume={(r) => void save(r, 'import')} onError={setError} />
        </div>
        <div className="m-card">
          <h3>Start from a blank resume</h3>
          <p className="muted small">One section with one entry to fill in, in the master editor.</p>
          <button type="button" disabled={busy} onClick={() => void save(BLANK, 'blank')}>
            Start a blank resume
          </button>
        </div>
        <div className="m-card">
          <h3>
            Try the example resume <span className="tag tag-example">example</span>
          </h3>
          <p className="muted small">
            {EXAMPLE_NAME} is an invented person. Her resume shows how Tailor works; import your own when you are ready.
          </p>
          <button type="button" disabled={busy} onClick={() => void save(example, 'example')}>
            Try the example
          </button>
        </div>
      </div>
    </section>
  );
}

/** A JSON Resume file (jsonresume.org), read in the page and converted by the core; the master file is then saved. */
function JsonResumeButton(props: { disabled: boolean; onResume: (r: Resume) => void; onError: (e: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <p className="small">
      Or a JSON Resume file:{' '}
      <button type="button" disabled={props.disabled} onClick={() => input.current?.click()}>
        Open resume.json…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid="json-resume-file"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          if (file.size > 5 * 1024 * 1024) return props.onError(`${file.name} is larger than 5 MB.`);
          const json = parseJsonText(await file.text());
          if (!json.ok) return props.onError(`${file.name}: ${json.error}`);
          const r = fromJsonResume(json.value);
          if (!r.ok) return props.onError(`${file.name}: ${r.error}`);
          props.onResume(r.resume);
        }}
      />
    </p>
  );
}
