import { SectionKind, type Resume } from '../../core/resume/schema';
import type { ValidationProblem } from '../../core/resume/validate-resume';
import { problemsAt } from '../lib/master-problems';
import { editDraft, freshId, move } from '../store/master-store';
import { MasterEntry } from './MasterEntry';
import { MasterField } from './MasterField';
import { MasterItemActions } from './MasterItemActions';

const KIND_WORDS: Record<SectionKind, string> = {
  experience: 'Experience',
  projects: 'Projects',
  publications: 'Publications',
  education: 'Education',
  skills: 'Skills (lists the skill groups)',
  custom: 'Other',
};

/** The sections in their order, each with its entries; sections and entries are added, moved and deleted here. */
export function MasterSections({
  draft,
  problems,
  onDeleted,
}: {
  draft: Resume;
  problems: ValidationProblem[];
  onDeleted: (what: string) => void;
}) {
  return (
    <section className="m-card" aria-labelledby="m-sections">
      <h3 id="m-sections">Sections</h3>
      {problemsAt(problems, 'sections')
        .filter((_, i, all) => all.length && !draft.sections.length && i === 0)
        .map((m) => (
          <p key={m} className="error small">
            Sections {m}
          </p>
        ))}
      {draft.sections.map((s, si) => (
        <section
          key={s.id}
          className="m-section"
          data-master-section-id={s.id}
          aria-label={`Section: ${s.title || si + 1}`}
        >
          <div className="m-head">
            <h3 className="m-section-title">{s.title || `Section ${si + 1}`}</h3>
            <MasterItemActions
              what={`section ${s.title}`}
              index={si}
              count={draft.sections.length}
              onMove={(d) => editDraft((r) => move(r.sections, si, d))}
              onDelete={() => {
                editDraft((r) => r.sections.splice(si, 1));
                onDeleted(`section "${s.title}"`);
              }}
            />
          </div>
          <div className="m-grid">
            <MasterField
              label="Heading"
              value={s.title}
              problems={problemsAt(problems, `sections[${si}].title`)}
              onChange={(v) =>
                editDraft((r) => {
                  const x = r.sections[si];
                  if (x) x.title = v;
                }, `${s.id}.title`)
              }
            />
            <div className="m-field">
              <label className="field-label" htmlFor={`kind-${s.id}`}>
                Kind
              </label>
              <select
                id={`kind-${s.id}`}
                value={s.kind}
                onChange={(e) =>
                  editDraft((r) => {
                    const x = r.sections[si];
                    if (x) x.kind = SectionKind.parse(e.target.value);
                  })
                }
              >
                {SectionKind.options.map((k) => (
                  <option key={k} value={k}>
                    {KIND_WORDS[k]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {problemsAt(problems, `sections[${si}].entries`)
            .filter((m) => m.startsWith('a skills'))
            .map((m) => (
              <p key={m} className="error small">
                {m}
              </p>
            ))}
          {s.entries.map((e, ei) => (
            <MasterEntry
              key={e.id}
              entry={e}
              si={si}
              ei={ei}
              count={s.entries.length}
              problems={problems}
              onDeleted={onDeleted}
            />
          ))}
          {s.kind !== 'skills' && (
            <button
              type="button"
              onClick={() =>
                editDraft((r) => {
                  r.sections[si]?.entries.push({
                    id: freshId(r, s.id),
                    title: 'New entry',
                    tech: [],
                    links: [],
                    bullets: [],
                  });
                })
              }
            >
              Add an entry to {s.title || `section ${si + 1}`}
            </button>
          )}
        </section>
      ))}
      <button
        type="button"
        onClick={() =>
          editDraft((r) => {
            r.sections.push({ id: freshId(r, 'section'), kind: 'custom', title: 'New section', entries: [] });
          })
        }
      >
        Add a section
      </button>
    </section>
  );
}
