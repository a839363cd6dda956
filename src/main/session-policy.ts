import type { Session, WebContents } from 'electron';

type Lockable = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setSpellCheckerEnabled'
> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/**
 * The session the window runs in asks for nothing and reaches nothing: every permission (camera, notifications,
 * HID, screen capture...) is denied, the spellchecker (which downloads dictionaries) is off, and a request to the
 * network is cancelled unless it goes to the dev server while developing. Tailor makes no network calls.
 */
export function lockDownSession(session: Lockable, devServerOrigin?: string): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] },
    (details, callback) => callback({ cancel: !isDevServer(details.url, devServerOrigin) }),
  );
}

function isDevServer(url: string, devServerOrigin: string | undefined): boolean {
  if (!devServerOrigin) return false;
  try {
    const u = new URL(url);
    // The dev server's hot reload uses a WebSocket on the same host and port.
    return u.origin === devServerOrigin || `http://${u.host}` === devServerOrigin;
  } catch {
    return false;
  }
}

type Contents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Every web contents (the window, and anything that might ever be created) may not navigate away from our page,
 * open windows or attach a webview. A link to the web opens in the person's browser, and only an http(s) one.
 */
export function lockDownContents(
  contents: Contents,
  isTrusted: (url: string) => boolean,
  openExternal: (url: string) => void,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebLink(url)) openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isTrusted(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrusted(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Only plain web addresses leave the app; file:, smb:, custom protocol handlers and the like never do. */
export function isWebLink(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}
