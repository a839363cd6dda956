import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_INDEX_URL, isAppUrl } from './app-protocol';

/**
 * The locked-down window every Tailor window uses: no Node in the page, a sandboxed preload, nothing else.
 * Spellcheck is off because Chromium's spellchecker downloads Hunspell dictionaries from Google on Windows and
 * Linux, and Tailor makes no network calls. DevTools exist only while developing (`devTools: !app.isPackaged`).
 */
export function secureWindowOptions(
  preloadPath: string,
  bounds?: { width: number; height: number; x?: number; y?: number },
  opts: { devTools: boolean } = { devTools: false },
): BrowserWindowConstructorOptions {
  return {
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 840,
    ...(bounds?.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Tailor',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: opts.devTools,
    },
  };
}

/**
 * Where the window's page comes from: the renderer build over app://, or, only in an unpackaged app (developing),
 * the dev server ELECTRON_RENDERER_URL names, and only on this machine's loopback. A packaged app ignores the
 * variable, so nobody can point an installed Tailor's trusted window (and its API) at another page.
 */
export function rendererSource(
  env: { ELECTRON_RENDERER_URL?: string | undefined },
  isPackaged: boolean,
): {
  url: string;
  devServer?: string;
} {
  const dev = env.ELECTRON_RENDERER_URL?.trim();
  if (isPackaged || !dev) return { url: APP_INDEX_URL };
  try {
    const u = new URL(dev);
    if (u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname))
      return { url: u.href, devServer: u.origin };
  } catch {
    // Not a URL: the build it is.
  }
  return { url: APP_INDEX_URL };
}

/** The only pages a Tailor window may show: app://tailor (the renderer build), or the dev server while developing. */
export function isTrustedUrl(url: string, devServerOrigin?: string): boolean {
  if (isAppUrl(url)) return true;
  if (!devServerOrigin) return false;
  try {
    return new URL(url).origin === devServerOrigin;
  } catch {
    return false;
  }
}
