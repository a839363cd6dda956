import type { Resume } from '../../core/resume/schema';
import type { ValidationProblem } from '../../core/resume/validate-resume';
import { problemsAt } from '../lib/master-problems';
import { editDraft, freshId, move } from '../store/master-store';
import { MasterField, MasterListField } from './MasterField';
import { MasterItemActions } from './MasterItemActions';
import { MasterLinks } from './MasterLinks';

type BasicField = 'name' | 'headline' | 'email' | 'phone' | 'location';

/** Name and contact details, the summary, and the skill groups. */
export function MasterBasics({
  draft,
  problems,
  onDeleted,
}: {
  draft: Resume;
  problems: ValidationProblem[];
  onDeleted: (what: string) => void;
}) {
  const set = (field: BasicField, v: string) =>
    editDraft((r) => {
      if (v === '' && field !== 'name') delete r.basics[field];
      else r.basics[field] = v;
    }, `basics.${field}`);
  const fields: [BasicField, string][] = [
    ['name', 'Name'],
    ['headline', 'Headline'],
    ['email', 'Email'],
    ['phone', 'Phone'],
    ['location', 'Location'],
  ];
  return (
    <>
      <section className="m-card" aria-labelledby="m-basics">
        <h3 id="m-basics">Basics</h3>
        <div className="m-grid">
          {fields.map(([f, label]) => (
            <MasterField
              key={f}
              label={label}
              value={draft.basics[f] ?? ''}
              problems={problemsAt(problems, `basics.${f}`)}
              onChange={(v) => set(f, v)}
            />
          ))}
        </div>
        <MasterLinks
          links={draft.basics.links}
          at="basics.links"
          pick={(r) => r.basics.links}
          problems={problems}
          owner="the basics"
        />
        <MasterField
          label="Summary"
          multiline
          value={draft.summary ?? ''}
          problems={problemsAt(problems, 'summary')}
          onChange={(v) =>
            editDraft((r) => {
              if (v) r.summary = v;
              else delete r.summary;
            }, 'summary')
          }
        />
      </section>
      <section className="m-card" aria-labelledby="m-skills">
        <h3 id="m-skills">Skill groups</h3>
        {draft.skills.map((g, gi) => (
          <div key={g.id} className="m-skill" data-master-skill-id={g.id}>
            <MasterField
              label="Group"
              value={g.label}
              problems={problemsAt(problems, `skills[${gi}].label`)}
              onChange={(v) =>
                editDraft((r) => {
                  const x = r.skills[gi];
                  if (x) x.label = v;
                }, `${g.id}.label`)
              }
            />
            <MasterListField
              label="Skills (comma-separated)"
              items={g.items}
              problems={problemsAt(problems, `skills[${gi}].items`)}
              onChange={(items) =>
                editDraft((r) => {
                  const x = r.skills[gi];
                  if (x) x.items = items;
                }, `${g.id}.items`)
              }
            />
            <MasterItemActions
              what={`skill group ${g.label}`}
              index={gi}
              count={draft.skills.length}
              onMove={(d) => editDraft((r) => move(r.skills, gi, d))}
              onDelete={() => {
                editDraft((r) => r.skills.splice(gi, 1));
                onDeleted(`skill group "${g.label}"`);
              }}
            />
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            editDraft((r) => {
              r.skills.push({ id: freshId(r, 'skills'), label: 'New group', items: [] });
            })
          }
        >
          Add a skill group
        </button>
      </section>
    </>
  );
}
