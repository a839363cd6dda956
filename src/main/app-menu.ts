import type { MenuItemConstructorOptions } from 'electron';

import type { MenuCommand } from '../service/menu-command';

export type { MenuCommand };

/**
 * The application menu. Undo and redo do not register their accelerators: the page gets Ctrl/Cmd+Z itself and
 * decides whether it undoes typing in a text box or a tailoring step; the menu shows the keys and runs the command
 * when clicked. Everything else is the usual set of roles, so copy, paste, zoom and quit behave as on every app.
 */
export function menuTemplate(
  run: (cmd: MenuCommand) => void,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Variant', accelerator: 'CmdOrCtrl+N', registerAccelerator: false, click: () => run('new') },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', registerAccelerator: false, click: () => run('save') },
      { type: 'separator' },
      { label: 'Export PDF…', accelerator: 'CmdOrCtrl+E', registerAccelerator: false, click: () => run('export-pdf') },
      {
        label: 'Export DOCX…',
        accelerator: 'Shift+CmdOrCtrl+E',
        registerAccelerator: false,
        click: () => run('export-docx'),
      },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => run('undo') },
      { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', registerAccelerator: false, click: () => run('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  return [...(mac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []), file, edit, view, window];
}
