import type { BrowserWindowConstructorOptions } from 'electron';

/** The locked-down window every Tailor window uses: no Node in the page, a sandboxed preload, nothing else. */
export function secureWindowOptions(
  preloadPath: string,
  bounds?: { width: number; height: number; x?: number; y?: number },
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
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

/** The only page a Tailor window may show: the renderer build on disk (or the dev server while developing). */
export function isTrustedUrl(url: string, rendererIndexUrl: string, devServerUrl?: string): boolean {
  try {
    const u = new URL(url);
    if (devServerUrl && u.origin === new URL(devServerUrl).origin) return true;
    const index = new URL(rendererIndexUrl);
    return u.protocol === 'file:' && index.protocol === 'file:' && u.pathname === index.pathname;
  } catch {
    return false;
  }
}
