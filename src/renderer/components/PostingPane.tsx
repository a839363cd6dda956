import { useMemo, useRef, useState } from 'react';
import type { AnalyzeResult, Keyword, ResumeScore } from '../../core/match';
import { MAX_POSTING_BOX_CHARS } from '../../core/job/posting-limits';
import type { KeywordOverrides } from '../../core/tailor/variant-schema';
import { clampPaste } from '../lib/big-paste';
import { kindLabel, keywordStatuses, STATUS_LABEL, type KeywordStatus } from '../lib/keyword-status';
import { OpenPostingFile } from './OpenPostingFile';
import { paneProps, type TabbedProps } from './PaneTabs';
import { markKeystroke } from '../lib/rescore-timing';
import { applyEdit, setDoc, setNotice, useTailor } from '../store/tailor-store';

export function PostingPane({
  analysis,
  focusTerm,
  score,
  ...tab
}: { analysis: AnalyzeResult | null; focusTerm: string | null; score: ResumeScore | null } & TabbedProps) {
  const statuses = useMemo(() => keywordStatuses(score), [score]);
  const text = useTailor((s) => s.doc?.posting.text ?? '');
  const overrides = useTailor((s) => s.tailoring?.keywords);
  const [editing, setEditing] = useState(false);
  const analyzed = analysis?.ok ? analysis.posting : null;
  const showEditor = editing || !text.trim() || !analyzed;

  return (
    <section className="pane posting-pane" {...paneProps('posting', tab, 'posting-h')}>
      <div className="pane-head">
        <h2 id="posting-h">Job posting</h2>
        {text.trim() && analyzed && (
          <button type="button" onClick={() => setEditing(!editing)} aria-pressed={editing}>
            {editing ? 'Show keywords' : 'Edit posting'}
          </button>
        )}
      </div>
      {showEditor ? (
        <PostingEditor text={text} />
      ) : (
        <HighlightedPosting
          text={analyzed.text}
          keywords={analyzed.keywords}
          focusTerm={focusTerm}
          statuses={statuses}
        />
      )}
      {analysis && !analysis.ok && text.trim() && <p className="warn">{analysis.error}</p>}
      {analyzed && analyzed.notes.length > 0 && (
        <ul className="notes">
          {analyzed.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {analyzed && overrides && <KeywordChips keywords={analyzed.keywords} overrides={overrides} statuses={statuses} />}
    </section>
  );
}

function PostingEditor({ text }: { text: string }) {
  const setText = (value: string) => setDoc({ posting: { ...(useTailor.getState().doc?.posting ?? {}), text: value } });
  return (
    <>
      <label className="posting-editor">
        <span className="sr-only">Job posting text</span>
        <textarea
          value={text}
          placeholder="Paste the job posting here: title, responsibilities, requirements…"
          spellCheck={false}
          onPaste={(e) => clampPaste(e, MAX_POSTING_BOX_CHARS, setText)}
          onChange={(e) => {
            markKeystroke('posting');
            let value = e.target.value;
            if (value.length > MAX_POSTING_BOX_CHARS) {
              value = value.slice(0, MAX_POSTING_BOX_CHARS);
              setNotice({
                kind: 'info',
                text: `The posting is ${e.target.value.length.toLocaleString()} characters; Tailor keeps the first ${MAX_POSTING_BOX_CHARS.toLocaleString()}.`,
              });
            }
            setText(value);
          }}
        />
      </label>
      <div className="posting-tools">
        <OpenPostingFile max={MAX_POSTING_BOX_CHARS} onText={setText} />
      </div>
    </>
  );
}

/**
 * Every occurrence of a keyword in the posting, coloured by whether the resume shows it (found, weak, missing; a
 * keyword past the counted top ones is underlined only); long postings mark the analyzed part only.
 */
function HighlightedPosting({
  text,
  keywords,
  focusTerm,
  statuses,
}: {
  text: string;
  keywords: readonly Keyword[];
  focusTerm: string | null;
  statuses: ReadonlyMap<string, KeywordStatus>;
}) {
  const parts = useMemo(() => highlight(text, keywords), [text, keywords]);
  return (
    <div className="posting-view" tabIndex={0} aria-label="Posting with keywords highlighted">
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <mark
            key={i}
            className={`kw st st-${statuses.get(p.term.toLowerCase()) ?? 'none'}${focusTerm === p.term ? ' kw-focus' : ''}`}
            title={`${p.term} (${kindLabel(p.kind)}): ${STATUS_LABEL[statuses.get(p.term.toLowerCase()) ?? 'missing'] ?? ''}`}
            data-term={p.term}
            data-status={statuses.get(p.term.toLowerCase()) ?? 'none'}
          >
            {p.text}
          </mark>
        ),
      )}
    </div>
  );
}

type Part = string | { text: string; term: string; kind: string };

/** Enough to read any real posting; a pasted 2 MB dump would otherwise become tens of thousands of elements. */
const MAX_MARKS = 3000;

function highlight(text: string, keywords: readonly Keyword[]): Part[] {
  const terms = keywords.filter((k) => k.term.length > 1).slice(0, 60);
  if (!terms.length) return [text];
  const byLower = new Map(terms.map((k) => [k.term.toLowerCase(), k]));
  const escaped = [...byLower.keys()]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}+#])`, 'giu');
  const out: Part[] = [];
  let at = 0;
  let marks = 0;
  for (const m of text.matchAll(re)) {
    if (++marks > MAX_MARKS) break;
    const k = byLower.get(m[0].toLowerCase());
    if (!k || m.index === undefined) continue;
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push({ text: m[0], term: k.term, kind: k.kind });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

function KeywordChips({
  keywords,
  overrides,
  statuses,
}: {
  keywords: readonly Keyword[];
  overrides: KeywordOverrides;
  statuses: ReadonlyMap<string, KeywordStatus>;
}) {
  const [adding, setAdding] = useState('');
  const [current, setCurrent] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const set = (o: KeywordOverrides) => applyEdit({ type: 'setKeywords', keywords: o });
  const boosted = new Set(overrides.boosted.map((b) => b.toLowerCase()));
  const ranked = [...keywords]
    .sort((a, b) => b.weight - a.weight)
    .filter((k) => !overrides.removed.some((r) => r.toLowerCase() === k.term.toLowerCase()));
  const toggleBoost = (term: string) =>
    set({
      ...overrides,
      boosted: boosted.has(term.toLowerCase())
        ? overrides.boosted.filter((b) => b.toLowerCase() !== term.toLowerCase())
        : [...overrides.boosted, term],
    });
  const buttons = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  // One tab stop for the whole list (roving tabindex): arrows, Home and End move between its buttons.
  const onKeyDown = (e: React.KeyboardEvent) => {
    const all = buttons();
    const at = all.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? Math.min(all.length - 1, at + 1)
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? Math.max(0, at - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? all.length - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    setCurrent(to);
    all[to]?.focus();
  };
  let n = 0;
  const stop = () => {
    const i = n++;
    return { tabIndex: i === Math.min(current, total - 1) ? 0 : -1, onFocus: () => setCurrent(i) };
  };
  const total = ranked.slice(0, 40).length * 2 + overrides.added.length;
  return (
    <div className="keywords">
      <h3>Keywords</h3>
      <p className="muted small" id="chips-help">
        Number = weight; ↑ boosts, × removes. One Tab stop: arrow keys move along the list.
      </p>
      <ul
        className="chips"
        aria-label="Keywords by weight"
        aria-describedby="chips-help"
        ref={list}
        onKeyDown={onKeyDown}
      >
        {ranked.slice(0, 40).map((k) => {
          const st = statuses.get(k.term.toLowerCase()) ?? 'none';
          return (
            <li
              key={k.key}
              className={`chip st-${st}${boosted.has(k.term.toLowerCase()) ? ' boosted' : ''}`}
              data-status={st}
            >
              <span className="chip-term">{k.term}</span>
              <span className="chip-kind">{kindLabel(k.kind)}</span>
              <span className="chip-weight" aria-label={`weight ${Math.round(k.weight * 100)}`}>
                {Math.round(k.weight * 100)}
              </span>
              {st !== 'none' && <span className="sr-only">{STATUS_LABEL[st]}</span>}
              <button
                type="button"
                aria-pressed={boosted.has(k.term.toLowerCase())}
                aria-label={`Boost ${k.term}`}
                title="Boost: count it like the top keyword"
                onClick={() => toggleBoost(k.term)}
                {...stop()}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Remove ${k.term}`}
                title="Remove: not a real requirement"
                onClick={() => set({ ...overrides, removed: [...overrides.removed, k.term] })}
                {...stop()}
              >
                ×
              </button>
            </li>
          );
        })}
        {overrides.added.map((t) => (
          <li key={`added-${t}`} className="chip chip-added">
            <span className="chip-term">{t}</span>
            <span className="chip-weight">added</span>
            <button
              type="button"
              aria-label={`Remove added keyword ${t}`}
              onClick={() => set({ ...overrides, added: overrides.added.filter((a) => a !== t) })}
              {...stop()}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="add-keyword"
        onSubmit={(e) => {
          e.preventDefault();
          const t = adding.trim();
          if (!t) return;
          set({
            ...overrides,
            added: [...overrides.added.filter((a) => a.toLowerCase() !== t.toLowerCase()), t],
            removed: overrides.removed.filter((r) => r.toLowerCase() !== t.toLowerCase()),
          });
          setAdding('');
        }}
      >
        <label>
          <span className="sr-only">Add a keyword</span>
          <input value={adding} onChange={(e) => setAdding(e.target.value)} placeholder="Add keyword" maxLength={100} />
        </label>
        <button type="submit">Add</button>
      </form>
      {overrides.removed.length > 0 && (
        <p className="removed">
          Removed:{' '}
          {overrides.removed.map((t) => (
            <button
              key={t}
              type="button"
              className="link"
              aria-label={`Put back ${t}`}
              onClick={() => set({ ...overrides, removed: overrides.removed.filter((r) => r !== t) })}
            >
              {t} ↺
            </button>
          ))}
        </p>
      )}
    </div>
  );
}
