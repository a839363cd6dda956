import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuCommand } from '../../src/main/app-menu';

type Item = {
  label?: string;
  role?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  click?: () => void;
  submenu?: Item[];
};

function items(platform: NodeJS.Platform): Item[] {
  return (menuTemplate(() => undefined, platform) as Item[]).flatMap((m) => [m, ...(m.submenu ?? [])]);
}

describe('the application menu', () => {
  it('has the usual shortcuts, the tailoring ones left to the page so text boxes keep their own undo', () => {
    const byLabel = new Map(items('linux').map((i) => [i.label, i]));
    expect(byLabel.get('Undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(byLabel.get('Redo')).toMatchObject({ accelerator: 'Shift+CmdOrCtrl+Z', registerAccelerator: false });
    expect(byLabel.get('Export PDF…')).toMatchObject({ accelerator: 'CmdOrCtrl+E' });
    expect(byLabel.get('Save')).toMatchObject({ accelerator: 'CmdOrCtrl+S' });
    const roles = items('linux')
      .map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'quit', 'zoomIn', 'togglefullscreen']),
    );
  });

  it('has the app menu on macOS and runs each command it is clicked for', () => {
    expect(items('darwin').some((i) => i.role === 'appMenu')).toBe(true);
    const ran: MenuCommand[] = [];
    const all = (menuTemplate((c) => ran.push(c), 'linux') as Item[]).flatMap((m) => m.submenu ?? []);
    for (const i of all) i.click?.();
    expect(ran.sort()).toEqual(['export-docx', 'export-pdf', 'new', 'redo', 'save', 'undo']);
  });
});
