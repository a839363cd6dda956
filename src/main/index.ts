import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultServiceContext } from '../service/service-context';
import { registerIpcHandlers } from './ipc-handlers';
import { isTrustedUrl, secureWindowOptions } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '../preload/index.cjs');
const rendererIndex = path.join(here, '../renderer/index.html');
const rendererIndexUrl = pathToFileURL(rendererIndex).href;
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const trusted = (url: string) => isTrustedUrl(url, rendererIndexUrl, devServerUrl);

app.enableSandbox();

async function createWindow(): Promise<void> {
  const win = new BrowserWindow(secureWindowOptions(preloadPath));
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Links in the app (e.g. a posting's URL) open in the person's browser, never in a Tailor window.
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!trusted(url)) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  if (devServerUrl) await win.loadURL(devServerUrl);
  else await win.loadFile(rendererIndex);
}

void app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  registerIpcHandlers(ipcMain, () => defaultServiceContext(), trusted);
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
});

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
