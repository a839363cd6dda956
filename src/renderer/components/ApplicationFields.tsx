import { useTailor, setDoc } from '../store/tailor-store';
import { isOverdue } from './TrackerBoard';
import { OrphanedChoices } from './OrphanedChoices';
import { KeptBanner, SentHistory } from './SentHistory';
import './applications.css';

/** The tracker's fields of the open application (saved with it), what was sent, and its orphaned choices. */
export function ApplicationFields() {
  const doc = useTailor((s) => s.doc);
  if (!doc) return null;
  const a = doc.application;
  const set = (change: Partial<typeof a>) => setDoc({ application: { ...a, ...change } });
  const late = isOverdue({ nextStepDue: a.nextStep.due, status: doc.status });
  return (
    <>
      <KeptBanner />
      <details className="application-box">
        <summary>
          Application{doc.pinned ? ' · kept as sent' : ''}
          {a.nextStep.due && (
            <span className={late ? 'overdue small' : 'muted small'}>
              {' '}
              · next step by {a.nextStep.due}
              {late ? ' (overdue)' : ''}
            </span>
          )}
        </summary>
        <div className="app-fields">
          <label>
            <span className="field-label">Job URL</span>
            <input
              type="url"
              value={doc.posting.url ?? ''}
              placeholder="https://…"
              onChange={(e) => {
                const url = e.target.value.trim();
                const posting = { ...doc.posting };
                // Saved only once it reads as an address, so a half-typed one never blocks the save.
                if (/^https?:\/\/\S+$/i.test(url)) posting.url = url;
                else if (!url) delete posting.url;
                else return;
                setDoc({ posting });
              }}
            />
          </label>
          <label>
            <span className="field-label">Location</span>
            <input value={a.location} maxLength={300} onChange={(e) => set({ location: e.target.value })} />
          </label>
          <label>
            <span className="field-label">Salary range</span>
            <input
              value={a.salary}
              maxLength={200}
              placeholder="€55–62k"
              onChange={(e) => set({ salary: e.target.value })}
            />
          </label>
          <label>
            <span className="field-label">Contact person</span>
            <input
              value={a.contact.name}
              maxLength={300}
              onChange={(e) => set({ contact: { ...a.contact, name: e.target.value } })}
            />
          </label>
          <label>
            <span className="field-label">Contact e-mail</span>
            <input
              type="email"
              value={a.contact.email}
              maxLength={300}
              onChange={(e) => set({ contact: { ...a.contact, email: e.target.value } })}
            />
          </label>
          <label>
            <span className="field-label">Next step</span>
            <input
              value={a.nextStep.text}
              maxLength={1000}
              placeholder="Follow up with the recruiter"
              onChange={(e) => set({ nextStep: { ...a.nextStep, text: e.target.value } })}
            />
          </label>
          <label>
            <span className="field-label">Due</span>
            <input
              type="date"
              value={a.nextStep.due ?? ''}
              onChange={(e) => set({ nextStep: { ...a.nextStep, due: e.target.value || null } })}
            />
          </label>
        </div>
        <SentHistory />
        <OrphanedChoices />
      </details>
    </>
  );
}
