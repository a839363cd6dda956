import { linkWarningMessage } from '../../core/resume/link-warnings';
import type { Link, Resume } from '../../core/resume/schema';
import type { ValidationProblem } from '../../core/resume/validate-resume';
import { problemsAt } from '../lib/master-problems';
import { editDraft, move } from '../store/master-store';
import { MasterField } from './MasterField';
import { MasterItemActions } from './MasterItemActions';

/**
 * The links of the basics or of one entry. `at` is the list's path for validation messages; `pick` finds the same
 * list in the copy an edit works on.
 */
export function MasterLinks({
  links,
  at,
  pick,
  problems,
  owner,
}: {
  links: Link[];
  at: string;
  pick: (r: Resume) => Link[] | undefined;
  problems: ValidationProblem[];
  owner: string;
}) {
  return (
    <div className="m-links" role="group" aria-label={`Links of ${owner}`}>
      {links.map((l, i) => (
        <div key={i} className="m-link">
          <MasterField
            label={`Link ${i + 1} label`}
            value={l.label}
            problems={problemsAt(problems, `${at}[${i}].label`)}
            onChange={(v) =>
              editDraft((r) => {
                const x = pick(r)?.[i];
                if (x) x.label = v;
              }, `${at}[${i}].label`)
            }
          />
          <MasterField
            label={`Link ${i + 1} address`}
            placeholder="https://…"
            value={l.url ?? ''}
            problems={problemsAt(problems, `${at}[${i}].url`)}
            onChange={(v) =>
              editDraft((r) => {
                const x = pick(r)?.[i];
                if (!x) return;
                if (v) x.url = v;
                else delete x.url;
              }, `${at}[${i}].url`)
            }
          />
          <MasterItemActions
            what={`link ${l.label || i + 1} of ${owner}`}
            index={i}
            count={links.length}
            onMove={(d) =>
              editDraft((r) => {
                const list = pick(r);
                if (list) move(list, i, d);
              })
            }
            onDelete={() => editDraft((r) => pick(r)?.splice(i, 1))}
          />
          {!l.url && (
            // The warning `tailor validate` gives (validateMaster's `warnings`), at the link it is about.
            <p className="warn small m-link-warning" role="note" data-testid="link-warning">
              {linkWarningMessage(l.label)}
            </p>
          )}
        </div>
      ))}
      <button type="button" onClick={() => editDraft((r) => pick(r)?.push({ label: 'Link' }))}>
        Add a link to {owner}
      </button>
    </div>
  );
}
