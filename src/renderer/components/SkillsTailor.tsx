import { useMemo, useState } from 'react';
import { withKeywordOverrides } from '../../core/match/keyword-overrides';
import { scoreSkills, type SkillRelevance } from '../../core/match/skill-scores';
import type { Resume } from '../../core/resume/schema';
import { groupItems, reconcileSkills, trimByRelevance } from '../../core/tailor/skills-tailoring';
import type { Tailoring } from '../../core/tailor/variant-schema';
import { analyzeOnce } from '../lib/scoring';
import { applyEdit, useTailor } from '../store/tailor-store';
import './SkillsTailor.css';

/**
 * The skill groups of this variant: groups move and show or hide, skills show or hide one by one or are trimmed
 * by relevance, each skill with its relevance to the posting. Auto-tailor orders them; what is set here stays.
 */
export function SkillsTailor({ master, tailoring }: { master: Resume; tailoring: Tailoring }) {
  const postingText = useTailor((s) => s.doc?.posting.text ?? '');
  const skills = useMemo(() => reconcileSkills(master, tailoring.skills).skills, [master, tailoring.skills]);
  const relevance = useMemo((): SkillRelevance | null => {
    if (!postingText.trim()) return null;
    const a = analyzeOnce(postingText);
    if (!a.ok) return null;
    const groups = master.skills.map((g) => ({ ...g, items: groupItems(g, skills.added) }));
    return scoreSkills(withKeywordOverrides(a.posting, tailoring.keywords), groups);
  }, [postingText, master, skills.added, tailoring.keywords]);
  const byId = new Map(master.skills.map((g) => [g.id, g]));
  const hiddenGroups = new Set(skills.hiddenGroups);
  // The controls (a checkbox per skill, moves, trims) are dozens of Tab stops: closed, the skills read as the
  // export prints them and cost one stop, so a keyboard user reaches the bullets quickly.
  const [open, setOpen] = useState(false);
  const toggle = (
    <button type="button" className="link skills-tailor-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
      {open ? 'Done tailoring skills' : 'Tailor skills for this job'}
    </button>
  );
  if (!open)
    return (
      <div className="skills-tailor-closed">
        <ul className="skills skills-tailor" aria-label="Skill groups of this variant">
          {skills.groupOrder.map((gid) => {
            const g = byId.get(gid);
            if (!g) return null;
            const hidden = new Set(skills.hiddenItems[gid] ?? []);
            const added = new Set(skills.added.filter((a) => a.groupId === gid).map((a) => a.item));
            return (
              <li
                key={gid}
                className={`skill-group${hiddenGroups.has(gid) ? ' is-hidden' : ''}`}
                data-skill-group={gid}
              >
                <strong>{g.label}:</strong>{' '}
                <ul className="skill-items skill-items-inline" aria-label={`Skills in ${g.label}`}>
                  {(skills.itemOrder[gid] ?? g.items).map((item) => (
                    <li
                      key={item}
                      className={`skill-item${hidden.has(item) ? ' is-hidden' : ''}${added.has(item) ? ' is-added' : ''}`}
                      data-skill={item}
                    >
                      {item}
                      {hidden.has(item) && <span className="sr-only"> (hidden)</span>}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
        {toggle}
      </div>
    );
  return (
    <>
      {toggle}
      <ul className="skills skills-tailor" aria-label="Skill groups of this variant">
        {skills.groupOrder.map((gid, gi) => {
          const g = byId.get(gid);
          if (!g) return null;
          const items = skills.itemOrder[gid] ?? g.items;
          const hidden = new Set(skills.hiddenItems[gid] ?? []);
          const scores = relevance?.items[gid] ?? {};
          const added = new Set(skills.added.filter((a) => a.groupId === gid).map((a) => a.item));
          const toTrim = relevance
            ? trimByRelevance(
                items.filter((x) => !hidden.has(x)),
                scores,
              )
            : [];
          const off = hiddenGroups.has(gid);
          return (
            <li key={gid} className={`skill-group${off ? ' is-hidden' : ''}`} data-skill-group={gid}>
              <div className="skill-group-head">
                <label className="toggle" title={off ? 'Hidden: click to show' : 'Shown: click to hide'}>
                  <input
                    type="checkbox"
                    checked={!off}
                    onChange={(e) => applyEdit({ type: 'setSkillsHidden', groupId: gid, hidden: !e.target.checked })}
                  />
                  <span className="sr-only">Show skill group {g.label}</span>
                </label>
                <strong>{g.label}</strong>
                {relevance && (
                  <span className="badge" title="Relevance of the group to the posting, 0-100">
                    {Math.round(relevance.groups[gid] ?? 0)}
                  </span>
                )}
                <button
                  type="button"
                  className="link"
                  disabled={gi === 0}
                  onClick={() => applyEdit({ type: 'moveSkillGroup', groupId: gid, toIndex: gi - 1 })}
                  aria-label={`Move skill group ${g.label} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="link"
                  disabled={gi === skills.groupOrder.length - 1}
                  onClick={() => applyEdit({ type: 'moveSkillGroup', groupId: gid, toIndex: gi + 1 })}
                  aria-label={`Move skill group ${g.label} down`}
                >
                  ↓
                </button>
                {toTrim.length > 0 && (
                  <button
                    type="button"
                    className="link"
                    title={`Hides ${toTrim.join(', ')}: the posting does not ask for them`}
                    onClick={() => applyEdit({ type: 'setSkillsHidden', groupId: gid, items: toTrim, hidden: true })}
                  >
                    Trim {toTrim.length} not in the posting
                  </button>
                )}
              </div>
              <ul className="skill-items" aria-label={`Skills in ${g.label}`}>
                {items.map((item) => {
                  const sc = scores[item];
                  return (
                    <li
                      key={item}
                      className={`skill-item${hidden.has(item) ? ' is-hidden' : ''}${added.has(item) ? ' is-added' : ''}`}
                      data-skill={item}
                    >
                      <label>
                        <input
                          type="checkbox"
                          checked={!hidden.has(item)}
                          onChange={(e) =>
                            applyEdit({
                              type: 'setSkillsHidden',
                              groupId: gid,
                              items: [item],
                              hidden: !e.target.checked,
                            })
                          }
                        />
                        {item}
                        {sc !== undefined && sc > 0 && <span className="skill-score"> {Math.round(sc)}</span>}
                      </label>
                      {added.has(item) && (
                        <button
                          type="button"
                          className="link"
                          onClick={() => applyEdit({ type: 'removeAddedSkill', groupId: gid, item })}
                          aria-label={`Remove ${item}, added for this job`}
                          title="Added for this job: remove it"
                        >
                          ×
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}
