import { useRef, useState } from 'react';
import { guessPostingNames } from '../../core/job/guess-posting-names';
import { getApi } from '../api-client';
import { refreshLibrary } from '../lib/library';
import { focusResume } from '../lib/pane-layout';
import { openVariant, setNotice, setTailoring } from '../store/tailor-store';

/**
 * "Save as application": comes after the report, asks for company and role (prefilled from the posting when they can
 * be read), and saves only when both are there; a blank form never makes an "Untitled" variant.
 */
export function NewVariantForm({
  posting,
  defaults,
  onCancel,
}: {
  posting: string;
  defaults: { template: string; pageTarget: number };
  onCancel: () => void;
}) {
  const [guess] = useState(() => guessPostingNames(posting));
  const [company, setCompany] = useState(guess.company ?? '');
  const [role, setRole] = useState(guess.role ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const companyBox = useRef<HTMLInputElement>(null);
  const roleBox = useRef<HTMLInputElement>(null);

  async function create(e: React.FormEvent) {
    e.preventDefault();
    if (!company.trim() || !role.trim()) {
      setProblem(`Name the ${!company.trim() ? 'company' : 'role'} to save this application.`);
      (!company.trim() ? companyBox : roleBox).current?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    // One service call creates the variant and auto-tailors it (the same recipe as `tailor variants new --auto`).
    const made = await getApi().createTailoredVariant({
      company: company.trim(),
      role: role.trim(),
      postingText: posting,
      template: defaults.template,
      pageTarget: defaults.pageTarget,
    });
    if (!made.ok || !made.value.stored) {
      setBusy(false);
      return setNotice({ kind: 'error', text: made.ok ? 'The application was not saved.' : made.error });
    }
    const { variant, stored, untailored, tailorError } = made.value;
    // Opened in master order, then tailored: one undo step, so the untouched master is one Ctrl+Z away.
    openVariant({ ...variant, tailoring: untailored }, stored.revision);
    if (posting.trim() && !tailorError) {
      setTailoring(variant.tailoring);
      // Said, not done silently: what auto-tailor hid on Create, and where to see why.
      const t = variant.tailoring;
      const bullets = t.hidden.bullets.length;
      const entries = t.hidden.entries.length;
      if (bullets || entries)
        setNotice({
          kind: 'info',
          text:
            `Auto-tailored: hid ${[bullets && `${bullets} bullet${bullets > 1 ? 's' : ''}`, entries && `${entries} whole entr${entries > 1 ? 'ies' : 'y'}`].filter(Boolean).join(' and ')}` +
            `${made.value.fits === false ? ' (even so it does not fit the page target)' : ' to fit the page target'}. ` +
            'Undo shows everything again; Auto-tailor lists each choice with its score.',
        });
    } else if (tailorError)
      setNotice({ kind: 'error', text: `The application is saved, but auto-tailor could not run: ${tailorError}` });
    setBusy(false);
    void refreshLibrary();
    // The form is gone: focus goes to what it made, the tailored resume.
    focusResume();
  }

  return (
    <form onSubmit={(e) => void create(e)} className="new-form" aria-labelledby="save-app-h" noValidate>
      <h3 id="save-app-h">Save as application</h3>
      <p className="muted small">
        Tailor keeps this posting with a tailored copy of your resume, to export and to follow up.
        {guess.company || guess.role ? ' Read from the posting; check them.' : ''}
      </p>
      <div className="row">
        <label>
          <span className="field-label">Company</span>
          <input
            ref={companyBox}
            autoFocus
            value={company}
            onChange={(e) => setCompany(e.target.value)}
            placeholder="e.g. Harbor Point Medical Center"
            aria-invalid={problem !== null && !company.trim()}
            required
          />
        </label>
        <label>
          <span className="field-label">Role</span>
          <input
            ref={roleBox}
            value={role}
            onChange={(e) => setRole(e.target.value)}
            placeholder="e.g. Registered Nurse"
            aria-invalid={problem !== null && !role.trim()}
            required
          />
        </label>
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Tailoring…' : 'Save application'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
