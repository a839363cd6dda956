import { useEffect, useId, useRef, useState } from 'react';
import { parseInlineMarkdown, toInlineMarkdown } from '../../core/resume/rich-text';
import type { RichText } from '../../core/resume/schema';

/**
 * A bullet's text as **bold** and *italic* markup in a plain textarea: robust under paste, undo and screen readers,
 * unlike a contenteditable. Ctrl/Cmd+B and +I (or the two buttons) wrap the selection in the markers.
 */
export function MasterRichText({
  label,
  value,
  problems,
  onChange,
}: {
  label: string;
  value: RichText;
  problems: string[];
  onChange: (v: RichText) => void;
}) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  // The markup as typed: re-deriving it from the runs on each keystroke would eat a half-typed "**".
  const [text, setText] = useState(() => toInlineMarkdown(value));
  const lastSent = useRef(value);
  useEffect(() => {
    // A change from outside (undo, import): show it.
    if (value !== lastSent.current) {
      lastSent.current = value;
      setText(toInlineMarkdown(value));
    }
  }, [value]);

  function commit(next: string) {
    setText(next);
    // An empty bullet stays an empty run so the schema can say "must not be empty" rather than losing the bullet.
    const runs = next ? parseInlineMarkdown(next) : ([{ text: '' }] as RichText);
    lastSent.current = runs;
    onChange(runs);
  }

  function wrap(marker: '**' | '*') {
    const el = ref.current;
    if (!el) return;
    const { selectionStart: a, selectionEnd: b } = el;
    const inner = text.slice(a, b);
    const already = text.slice(a - marker.length, a) === marker && text.slice(b, b + marker.length) === marker;
    const next = already
      ? text.slice(0, a - marker.length) + inner + text.slice(b + marker.length)
      : text.slice(0, a) + marker + inner + marker + text.slice(b);
    commit(next);
    const shift = already ? -marker.length : marker.length;
    requestAnimationFrame(() => el.setSelectionRange(a + shift, b + shift));
  }

  const err = problems.length ? `${id}-err` : undefined;
  return (
    <div className={`m-field m-rich${problems.length ? ' has-problem' : ''}`}>
      <div className="m-rich-bar">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <button
          type="button"
          className="m-fmt"
          aria-label={`Bold (Ctrl+B) in ${label}`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => wrap('**')}
        >
          <b>B</b>
        </button>
        <button
          type="button"
          className="m-fmt"
          aria-label={`Italic (Ctrl+I) in ${label}`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => wrap('*')}
        >
          <i>I</i>
        </button>
      </div>
      <textarea
        ref={ref}
        id={id}
        value={text}
        rows={Math.max(2, Math.ceil(text.length / 90))}
        aria-invalid={problems.length > 0}
        aria-describedby={err}
        onChange={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (!(e.ctrlKey || e.metaKey)) return;
          const k = e.key.toLowerCase();
          if (k === 'b' || k === 'i') {
            e.preventDefault();
            wrap(k === 'b' ? '**' : '*');
          }
        }}
      />
      {err && (
        <p id={err} className="error small m-problem">
          {label} {problems.join('; ')}
        </p>
      )}
    </div>
  );
}
