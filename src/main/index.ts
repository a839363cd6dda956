import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultServiceContext, type ServiceContext } from '../service/service-context';
import { menuTemplate, type MenuCommand } from './app-menu';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appResponse } from './app-protocol';
import { registerIpcHandlers } from './ipc-handlers';
import { flushPage, sendToPage } from './page-messages';
import { lockDownContents, lockDownSession } from './session-policy';
import { isTrustedUrl, rendererSource, secureWindowOptions } from './window-options';
import { loadWindowBounds, restorableBounds, saveWindowBounds } from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '../preload/index.cjs');
const rendererDir = path.join(here, '../renderer');
const source = rendererSource(process.env, app.isPackaged);
const trusted = (url: string) => isTrustedUrl(url, source.devServer);

/** How long closing waits for the page to save what is unsaved; a hung page delays closing, never prevents it. */
const FLUSH_TIMEOUT_MS = 5000;

app.enableSandbox();
// Before ready: app:// must be a standard, secure scheme for the page to have an origin and a secure context.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

/** Files live in the app's data folder unless TAILOR_LIBRARY / TAILOR_SETTINGS say otherwise (tests, synced folders). */
function serviceContext(): ServiceContext {
  const userData = app.getPath('userData');
  return defaultServiceContext({
    libraryDir: process.env.TAILOR_LIBRARY?.trim()
      ? path.resolve(process.env.TAILOR_LIBRARY)
      : path.join(userData, 'variants'),
    settingsFile: process.env.TAILOR_SETTINGS ?? path.join(userData, 'settings.json'),
    chooseSavePath: async (defaultName, format) => {
      const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = {
        title: `Export ${format.toUpperCase()}`,
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters: [
          format === 'pdf'
            ? { name: 'PDF document', extensions: ['pdf'] }
            : { name: 'Word document', extensions: ['docx'] },
        ],
      };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  });
}

function runInPage(cmd: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (win) sendToPage(win.webContents, 'menu-command', cmd);
}

async function createWindow(ctx: ServiceContext): Promise<void> {
  const bounds = restorableBounds(
    await loadWindowBounds(ctx.settingsFile),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow(secureWindowOptions(preloadPath, bounds, { devTools: !app.isPackaged }));
  if (bounds?.maximized) win.maximize();

  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  const rememberBounds = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      if (win.isDestroyed() || win.isMinimized()) return;
      void saveWindowBounds(ctx.settingsFile, { ...win.getNormalBounds(), maximized: win.isMaximized() }).catch(
        () => undefined,
      );
    }, 400);
  };
  win.on('resize', rememberBounds);
  win.on('move', rememberBounds);

  // Before the window goes, the page saves what is unsaved (autosave is debounced): no keystroke is lost on close.
  let flushed = false;
  win.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    void flushPage(ipcMain, win.webContents, FLUSH_TIMEOUT_MS, trusted)
      .catch(() => false)
      .then(() =>
        saveWindowBounds(ctx.settingsFile, { ...win.getNormalBounds(), maximized: win.isMaximized() }).catch(
          () => undefined,
        ),
      )
      .then(() => {
        flushed = true;
        if (!win.isDestroyed()) win.close();
      });
  });

  win.once('ready-to-show', () => win.show());
  await win.loadURL(source.url);
}

void app.whenReady().then(async () => {
  lockDownSession(session.defaultSession, source.devServer);
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request));
  const ctx = serviceContext();
  registerIpcHandlers(ipcMain, () => ctx, trusted);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(runInPage)));
  await createWindow(ctx);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow(ctx);
  });
});

app.on('web-contents-created', (_e, contents) => {
  lockDownContents(contents, trusted, (url) => void shell.openExternal(url));
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
