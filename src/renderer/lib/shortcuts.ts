import { MenuCommand } from '../../service/menu-command';
import { getShell } from '../api-client';
import { closeVariant, redo, undo } from '../store/tailor-store';
import { exportAs } from './export-file';
import { flushSave } from './autosave';

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
  window.addEventListener('keydown', onKey);
  // The Electron menu's commands (src/main/app-menu.ts), checked here too: the page trusts no payload unparsed.
  const stopMenu = getShell()?.on('menu-command', (payload) => {
    const cmd = MenuCommand.safeParse(payload);
    if (cmd.success) runCommand(cmd.data);
  });
  // The Electron shell asks before it closes the window, and waits for the answer (at most a few seconds).
  const stopFlush = getShell()?.on('flush-before-close', () => {
    void flushSave().then(() => getShell()?.send('flushed', null));
  });
  return () => {
    window.removeEventListener('keydown', onKey);
    stopMenu?.();
    stopFlush?.();
  };
}
