import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultServiceContext, type ServiceContext } from '../service/service-context';
import { menuCommandScript, menuTemplate, type MenuCommand } from './app-menu';
import { registerIpcHandlers } from './ipc-handlers';
import { isTrustedUrl, secureWindowOptions } from './window-options';
import { loadWindowBounds, restorableBounds, saveWindowBounds } from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '../preload/index.cjs');
const rendererIndex = path.join(here, '../renderer/index.html');
const rendererIndexUrl = pathToFileURL(rendererIndex).href;
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const trusted = (url: string) => isTrustedUrl(url, rendererIndexUrl, devServerUrl);

app.enableSandbox();

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
  void win?.webContents.executeJavaScript(menuCommandScript(cmd));
}

async function createWindow(ctx: ServiceContext): Promise<void> {
  const bounds = restorableBounds(
    await loadWindowBounds(ctx.settingsFile),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow(secureWindowOptions(preloadPath, bounds));
  if (bounds?.maximized) win.maximize();
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Links in the app (e.g. a posting's URL) open in the person's browser, never in a Tailor window.
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!trusted(url)) event.preventDefault();
  });

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
    const flush = win.webContents.executeJavaScript(
      'window.__tailorFlush ? window.__tailorFlush().then(() => true) : true',
    );
    const timeout = new Promise((resolve) => setTimeout(resolve, 5000));
    void Promise.race([flush, timeout])
      .catch(() => undefined)
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
  if (devServerUrl) await win.loadURL(devServerUrl);
  else await win.loadFile(rendererIndex);
}

void app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  const ctx = serviceContext();
  registerIpcHandlers(ipcMain, () => ctx, trusted);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(runInPage)));
  await createWindow(ctx);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow(ctx);
  });
});

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
