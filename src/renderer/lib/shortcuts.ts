import { MenuCommand } from '../../service/menu-command';
import { closeVariant, redo, undo } from '../store/tailor-store';
import { exportAs } from './export-file';
import { flushSave } from './autosave';

declare global {
  interface Window {
    /** Set by the app; the Electron shell calls it before closing the window so no keystroke is lost. */
    __tailorFlush?: () => Promise<void>;
  }
}

/** Text boxes keep their own undo (the browser's); everywhere else Ctrl/Cmd+Z is the tailoring's. */
function inTextBox(t: EventTarget | null): boolean {
  return (
    t instanceof HTMLTextAreaElement ||
    (t instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(t.type))
  );
}

export function runCommand(cmd: MenuCommand): void {
  if (cmd === 'undo') undo();
  else if (cmd === 'redo') redo();
  else if (cmd === 'export-pdf') void exportAs('pdf');
  else if (cmd === 'export-docx') void exportAs('docx');
  else if (cmd === 'new') void flushSave().then(closeVariant);
  else void flushSave();
}

export function installShortcuts(): () => void {
  const onKey = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    if (!mod) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !inTextBox(e.target)) {
      e.preventDefault();
      if (e.shiftKey) redo();
      else undo();
    } else if (k === 'y' && !e.shiftKey && !inTextBox(e.target)) {
      e.preventDefault();
      redo();
    } else if (k === 's') {
      e.preventDefault();
      void flushSave();
    } else if (k === 'n' && !e.shiftKey) {
      e.preventDefault();
      runCommand('new');
    } else if (k === 'e') {
      e.preventDefault();
      void exportAs(e.shiftKey ? 'docx' : 'pdf');
    }
  };
  // The Electron menu sends its commands as this event (see src/main/app-menu.ts).
  const onMenu = (e: Event) => {
    const cmd = MenuCommand.safeParse((e as CustomEvent<unknown>).detail);
    if (cmd.success) runCommand(cmd.data);
  };
  window.addEventListener('keydown', onKey);
  window.addEventListener('tailor:menu', onMenu);
  return () => {
    window.removeEventListener('keydown', onKey);
    window.removeEventListener('tailor:menu', onMenu);
  };
}
