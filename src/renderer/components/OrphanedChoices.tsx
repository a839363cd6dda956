import { useState } from 'react';
import { plainText } from '../../core/resume/rich-text';
import { getApi } from '../api-client';
import { useApplication } from '../lib/application-state';
import { flushSave } from '../lib/autosave';
import { openById } from '../lib/library';
import { setNotice, useTailor } from '../store/tailor-store';

/**
 * Choices about bullets the master no longer has (an accepted import gives bullets new ids): kept, listed here,
 * and re-attached to a master bullet by hand (the bullet with the same words is offered first).
 */
export function OrphanedChoices() {
  const orphaned = useApplication((s) => s.orphaned);
  const master = useTailor((s) => s.frozenMaster ?? s.master);
  const id = useTailor((s) => s.doc?.id ?? null);
  const [target, setTarget] = useState<Record<string, string>>({});
  if (!orphaned.length || !master || !id) return null;
  const bullets = master.sections.flatMap((s) =>
    s.entries.flatMap((e) =>
      e.bullets.map((b) => ({ id: b.id, label: `${e.title}: ${plainText(b.text).slice(0, 80)}` })),
    ),
  );

  async function reattach(from: string) {
    const to = target[from] ?? orphaned.find((o) => o.bulletId === from)?.suggestion ?? '';
    if (!to) return;
    await flushSave();
    const r = await getApi().reattachChoice({ id: id!, from, to });
    if (!r.ok) return setNotice({ kind: 'error', text: r.error });
    await openById(id!);
  }

  return (
    <section aria-labelledby="orphans-h">
      <h4 id="orphans-h">Choices whose bullets the master no longer has ({orphaned.length})</h4>
      <ul>
        {orphaned.map((o) => (
          <li key={o.bulletId}>
            <span>
              {o.hidden ? 'Hidden' : ''}
              {o.hidden && o.reworded ? ' and ' : ''}
              {o.reworded ? 'reworded' : ''}: “{o.text || o.bulletId}”
            </span>{' '}
            <label>
              <span className="sr-only">Re-attach to</span>
              <select
                value={target[o.bulletId] ?? o.suggestion ?? ''}
                onChange={(e) => setTarget((t) => ({ ...t, [o.bulletId]: e.target.value }))}
              >
                <option value="">Choose a bullet…</option>
                {bullets.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.label}
                  </option>
                ))}
              </select>
            </label>{' '}
            <button type="button" onClick={() => void reattach(o.bulletId)}>
              Re-attach
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
