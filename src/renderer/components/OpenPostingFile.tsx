import { useRef } from 'react';
import { setNotice } from '../store/tailor-store';

/**
 * "Open a posting file…": the system's open dialog (Electron shows its native one for a file input), read in the
 * page with the File API, so the page needs no file-system access of its own.
 */
export function OpenPostingFile({ max, onText }: { max: number; onText: (text: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Open a posting file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".txt,.md,.text,text/plain,text/markdown"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          const text = await file.text().catch(() => null);
          if (text === null) return setNotice({ kind: 'error', text: `Could not read ${file.name}.` });
          if (text.includes('\u0000'))
            return setNotice({
              kind: 'error',
              text: `${file.name} is not a text file: save the posting as plain text (.txt) and open that.`,
            });
          if (text.length > max)
            setNotice({
              kind: 'info',
              text: `${file.name} has ${text.length.toLocaleString()} characters; Tailor keeps the first ${max.toLocaleString()}.`,
            });
          onText(text.slice(0, max));
        }}
      />
    </>
  );
}
