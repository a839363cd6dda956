import { useEffect, useId, useState } from 'react';

/** A labelled text field with its validation messages right under it, tied to it for screen readers. */
export function MasterField({
  label,
  value,
  problems,
  onChange,
  multiline = false,
  placeholder,
}: {
  label: string;
  value: string;
  problems: string[];
  onChange: (v: string) => void;
  multiline?: boolean;
  placeholder?: string;
}) {
  const id = useId();
  const err = problems.length ? `${id}-err` : undefined;
  const common = { id, value, placeholder, 'aria-invalid': problems.length > 0, 'aria-describedby': err };
  return (
    <div className={`m-field${problems.length ? ' has-problem' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {err && (
        <p id={err} className="error small m-problem">
          {label} {problems.join('; ')}
        </p>
      )}
    </div>
  );
}

const splitList = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** A comma-separated list in one field. The text is kept as typed, so "Rust, " does not lose its comma mid-word. */
export function MasterListField({
  label,
  items,
  problems,
  onChange,
}: {
  label: string;
  items: string[];
  problems: string[];
  onChange: (items: string[]) => void;
}) {
  const [text, setText] = useState(items.join(', '));
  useEffect(() => {
    // Undo or an import changed the list: show it.
    if (splitList(text).join('\u0000') !== items.join('\u0000')) setText(items.join(', '));
  }, [items]);
  return (
    <MasterField
      label={label}
      value={text}
      problems={problems}
      onChange={(v) => {
        setText(v);
        onChange(splitList(v));
      }}
    />
  );
}
