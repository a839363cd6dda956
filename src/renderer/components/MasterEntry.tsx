import { useState } from 'react';
import { plainText } from '../../core/resume/rich-text';
import type { Entry, RichText } from '../../core/resume/schema';
import type { ValidationProblem } from '../../core/resume/validate-resume';
import { problemsAt } from '../lib/master-problems';
import { editDraft, freshId, move } from '../store/master-store';
import { MasterField, MasterListField } from './MasterField';
import { MasterItemActions } from './MasterItemActions';
import { MasterLinks } from './MasterLinks';
import { BulletAcrossPostings } from './BulletAcrossPostings';
import { MasterRichText } from './MasterRichText';

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** One entry of a section: its heading fields and its bullets, each bullet editable, movable and deletable. */
export function MasterEntry({
  entry,
  si,
  ei,
  count,
  problems,
  onDeleted,
}: {
  entry: Entry;
  si: number;
  ei: number;
  count: number;
  problems: ValidationProblem[];
  onDeleted: (what: string) => void;
}) {
  const at = `sections[${si}].entries[${ei}]`;
  // The bullet with focus inside it: its live score against the saved postings shows beneath it.
  const [editing, setEditing] = useState<string | null>(null);
  const name = entry.title || entry.organization || `entry ${ei + 1}`;
  const entryOf = (r: Parameters<Parameters<typeof editDraft>[0]>[0]) => r.sections[si]?.entries[ei];
  const set = (field: 'title' | 'organization' | 'location' | 'start' | 'end' | 'summary', v: string) =>
    editDraft((r) => {
      const e = entryOf(r);
      if (!e) return;
      if (v === '' && field !== 'title') delete e[field];
      else e[field] = v;
    }, `${entry.id}.${field}`);
  return (
    <article className="m-entry" data-master-entry-id={entry.id} aria-label={`Entry: ${name}`}>
      <div className="m-head">
        <h4>{name}</h4>
        <MasterItemActions
          what={`entry ${name}`}
          index={ei}
          count={count}
          onMove={(d) => editDraft((r) => r.sections[si] && move(r.sections[si].entries, ei, d))}
          onDelete={() => {
            editDraft((r) => r.sections[si]?.entries.splice(ei, 1));
            onDeleted(`entry "${name}"`);
          }}
        />
      </div>
      <div className="m-grid">
        <MasterField
          label="Title"
          value={entry.title}
          problems={problemsAt(problems, `${at}.title`)}
          onChange={(v) => set('title', v)}
        />
        <MasterField
          label="Organization"
          value={entry.organization ?? ''}
          problems={problemsAt(problems, `${at}.organization`)}
          onChange={(v) => set('organization', v)}
        />
        <MasterField
          label="Location"
          value={entry.location ?? ''}
          problems={problemsAt(problems, `${at}.location`)}
          onChange={(v) => set('location', v)}
        />
        <MasterField
          label="Start"
          placeholder="YYYY-MM"
          value={entry.start ?? ''}
          problems={problemsAt(problems, `${at}.start`)}
          onChange={(v) => set('start', v)}
        />
        <MasterField
          label="End"
          placeholder="YYYY-MM or present"
          value={entry.end ?? ''}
          problems={problemsAt(problems, `${at}.end`)}
          onChange={(v) => set('end', v)}
        />
        <MasterListField
          label="Tech (comma-separated)"
          items={entry.tech}
          problems={problemsAt(problems, `${at}.tech`)}
          onChange={(items) =>
            editDraft((r) => {
              const e = entryOf(r);
              if (e) e.tech = items;
            }, `${entry.id}.tech`)
          }
        />
      </div>
      <MasterLinks
        links={entry.links}
        at={`${at}.links`}
        pick={(r) => r.sections[si]?.entries[ei]?.links}
        problems={problems}
        owner={short(name)}
      />
      <MasterField
        label="Description"
        multiline
        value={entry.summary ?? ''}
        problems={problemsAt(problems, `${at}.summary`)}
        onChange={(v) => set('summary', v)}
      />
      <ol className="m-bullets">
        {entry.bullets.map((b, bi) => (
          <li
            key={b.id}
            data-master-bullet-id={b.id}
            onFocus={() => setEditing(b.id)}
            onBlur={(e) => {
              if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setEditing(null);
            }}
          >
            <MasterRichText
              label={`Bullet ${bi + 1}`}
              value={b.text}
              problems={problemsAt(problems, `${at}.bullets[${bi}].text`)}
              onChange={(text: RichText) =>
                editDraft((r) => {
                  const target = entryOf(r)?.bullets[bi];
                  if (target) target.text = text;
                }, `${b.id}.text`)
              }
            />
            <MasterItemActions
              what={`bullet ${bi + 1}: ${short(plainText(b.text))}`}
              index={bi}
              count={entry.bullets.length}
              onMove={(d) =>
                editDraft((r) => {
                  const e = entryOf(r);
                  if (e) move(e.bullets, bi, d);
                })
              }
              onDelete={() => {
                editDraft((r) => entryOf(r)?.bullets.splice(bi, 1));
                onDeleted(`bullet "${short(plainText(b.text))}"`);
              }}
            />
            {editing === b.id && <BulletAcrossPostings text={plainText(b.text)} label={`Bullet ${bi + 1}`} />}
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          editDraft((r) => {
            entryOf(r)?.bullets.push({ id: freshId(r, `${entry.id}-b`), text: [{ text: '' }] as RichText });
          })
        }
      >
        Add a bullet to {short(name)}
      </button>
    </article>
  );
}
