import { useState } from 'react';
import { MAX_POSTING_BOX_CHARS } from '../../core/job/posting-limits';
import { getApi } from '../api-client';
import { clampPaste } from '../lib/big-paste';
import { refreshLibrary } from '../lib/library';
import { openVariant, setNotice, setTailoring, useTailor } from '../store/tailor-store';
import { OpenPostingFile } from './OpenPostingFile';

/** The start of a tailoring: paste the posting, name the company and role, and get a first tailored resume. */
export function NewVariantForm({ defaults }: { defaults: { template: string; pageTarget: number } }) {
  const master = useTailor((s) => s.master);
  const bullets = master
    ? master.sections.reduce((n, s) => n + s.entries.reduce((m, e) => m + e.bullets.length, 0), 0)
    : 0;
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [posting, setPosting] = useState('');
  const [busy, setBusy] = useState(false);

  async function create(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    // One service call creates the variant and auto-tailors it (the same recipe as `tailor variants new --auto`).
    const made = await getApi().createTailoredVariant({
      company,
      role,
      postingText: posting,
      template: defaults.template,
      pageTarget: defaults.pageTarget,
    });
    if (!made.ok || !made.value.stored) {
      setBusy(false);
      return setNotice({ kind: 'error', text: made.ok ? 'The variant was not saved.' : made.error });
    }
    const { variant, stored, untailored, tailorError } = made.value;
    // Opened in master order, then tailored: one undo step, so the untouched master is one Ctrl+Z away.
    openVariant({ ...variant, tailoring: untailored }, stored.revision);
    if (posting.trim() && !tailorError) setTailoring(variant.tailoring);
    else if (tailorError)
      setNotice({ kind: 'error', text: `The variant is saved, but auto-tailor could not run: ${tailorError}` });
    setBusy(false);
    void refreshLibrary();
  }

  return (
    <section className="welcome" aria-labelledby="new-h">
      <h2 id="new-h">Tailor your resume to a job</h2>
      {master && (
        <p className="master-line" data-testid="master-summary">
          Master resume: <strong>{master.basics.name}</strong>, {bullets} bullets in {master.sections.length} sections
        </p>
      )}
      <p className="muted">
        Paste the job posting. Tailor finds its keywords, scores every bullet of your master resume against them and
        puts the strongest first.
      </p>
      <form onSubmit={(e) => void create(e)} className="new-form">
        <div className="row">
          <label>
            <span className="field-label">Company</span>
            <input value={company} onChange={(e) => setCompany(e.target.value)} placeholder="e.g. Acme GPU" />
          </label>
          <label>
            <span className="field-label">Role</span>
            <input value={role} onChange={(e) => setRole(e.target.value)} placeholder="e.g. GPU Kernel Engineer" />
          </label>
        </div>
        <label className="posting-editor">
          <span className="field-label">Job posting</span>
          <textarea
            value={posting}
            onChange={(e) => {
              const v = e.target.value;
              if (v.length > MAX_POSTING_BOX_CHARS)
                setNotice({
                  kind: 'info',
                  text: `The posting is ${v.length.toLocaleString()} characters; Tailor keeps the first ${MAX_POSTING_BOX_CHARS.toLocaleString()}.`,
                });
              setPosting(v.slice(0, MAX_POSTING_BOX_CHARS));
            }}
            onPaste={(e) => clampPaste(e, MAX_POSTING_BOX_CHARS, setPosting)}
            placeholder="Paste the job posting here"
            spellCheck={false}
          />
        </label>
        <div className="row">
          <OpenPostingFile max={MAX_POSTING_BOX_CHARS} onText={setPosting} />
          <button type="submit" className="primary grow" disabled={busy}>
            {busy ? 'Tailoring…' : 'Create variant'}
          </button>
        </div>
      </form>
    </section>
  );
}
