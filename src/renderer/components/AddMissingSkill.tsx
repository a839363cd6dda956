import { useId, useState } from 'react';
import { applyEdit, useTailor } from '../store/tailor-store';
import './SkillsTailor.css';

/**
 * A missing keyword, added to this variant's skills in one step, but only after the person says they have it:
 * a resume that claims a skill it has not got is worse than one that misses it.
 */
export function AddMissingSkill({ term }: { term: string }) {
  const groups = useTailor((s) => s.master?.skills ?? []);
  const order = useTailor((s) => s.tailoring?.skills.groupOrder);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(term);
  const ordered = [...groups].sort((a, b) => rank(order, a.id) - rank(order, b.id));
  const [groupId, setGroupId] = useState<string>('');
  const id = useId();
  if (!open)
    return (
      <button
        type="button"
        className="link add-skill-open"
        onClick={() => {
          setText(term);
          setOpen(true);
        }}
        aria-label={`I have this: add ${term} to this variant's skills`}
      >
        I have this
      </button>
    );
  const target = groupId || ordered[0]?.id || '';
  return (
    <div className="add-skill" role="group" aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`}>Do you have this skill? It is added to this variant&rsquo;s skills only, not to the master.</p>
      {ordered.length === 0 ? (
        <p className="muted small">This resume has no skill groups yet: add one in the master resume first.</p>
      ) : (
        <>
          <label>
            Skill <input value={text} onChange={(e) => setText(e.target.value)} maxLength={300} />
          </label>{' '}
          <label>
            in{' '}
            <select value={target} onChange={(e) => setGroupId(e.target.value)}>
              {ordered.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.label}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <div className="row">
        {ordered.length > 0 && (
          <button
            type="button"
            className="primary"
            disabled={!text.trim()}
            onClick={() => {
              if (applyEdit({ type: 'addSkill', groupId: target, item: text.trim() })) setOpen(false);
            }}
          >
            Yes, add it
          </button>
        )}
        <button type="button" onClick={() => setOpen(false)}>
          No
        </button>
      </div>
    </div>
  );
}

function rank(order: readonly string[] | undefined, id: string): number {
  const i = order?.indexOf(id) ?? -1;
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}
