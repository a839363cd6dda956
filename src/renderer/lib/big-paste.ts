import { setNotice } from '../store/tailor-store';

/**
 * A paste that would take the text past `max` characters is cut before it reaches the text box: laying out 2 MB in
 * a textarea alone takes the browser half a second, and all but the first `max` characters would be dropped anyway.
 */
export function clampPaste(
  e: React.ClipboardEvent<HTMLTextAreaElement>,
  max: number,
  apply: (value: string) => void,
): void {
  const pasted = e.clipboardData.getData('text/plain');
  const el = e.currentTarget;
  const before = el.value.slice(0, el.selectionStart);
  const after = el.value.slice(el.selectionEnd);
  const total = before.length + pasted.length + after.length;
  if (total <= max) return;
  e.preventDefault();
  apply((before + pasted + after).slice(0, max));
  setNotice({
    kind: 'info',
    text: `The posting is ${total.toLocaleString()} characters; Tailor keeps the first ${max.toLocaleString()}.`,
  });
}
