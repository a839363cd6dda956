import { describe, expect, it } from 'vitest';
import { isWebLink, lockDownContents, lockDownSession } from '../../src/main/session-policy';

type Fn = (...args: never[]) => unknown;

/** Records what lockDownSession installs, then asks each handler the questions Chromium would. */
function fakeSession() {
  const h: Record<string, Fn> = {};
  let spell: boolean | undefined;
  let filter: { urls: string[] } | undefined;
  const session = {
    setPermissionRequestHandler: (f: Fn) => void (h.request = f),
    setPermissionCheckHandler: (f: Fn) => void (h.check = f),
    setDevicePermissionHandler: (f: Fn) => void (h.device = f),
    setDisplayMediaRequestHandler: (f: Fn) => void (h.display = f),
    setSpellCheckerEnabled: (on: boolean) => void (spell = on),
    webRequest: {
      onBeforeRequest: (f: { urls: string[] }, fn: Fn) => {
        filter = f;
        h.request_ = fn;
      },
    },
  };
  return { session, h, spell: () => spell, filter: () => filter };
}

const answer = <T>(call: (cb: (v: T) => void) => void): T => {
  let got: T | undefined;
  call((v) => (got = v));
  return got as T;
};

describe('the window session', () => {
  it('denies every permission, device, screen capture; spellcheck (dictionary downloads) off', () => {
    const f = fakeSession();
    lockDownSession(f.session as never);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'fullscreen'])
      expect(answer<boolean>((cb) => (f.h.request as (wc: null, p: string, cb: unknown) => void)(null, p, cb))).toBe(
        false,
      );
    expect((f.h.check as () => boolean)()).toBe(false);
    expect((f.h.device as () => boolean)()).toBe(false);
    expect(answer<unknown>((cb) => (f.h.display as (r: unknown, cb: unknown) => void)({}, cb))).toBeNull();
    expect(f.spell()).toBe(false);
  });

  it('cancels every network request, except to the dev server while developing', () => {
    const cancel = (devServer: string | undefined, url: string) => {
      const f = fakeSession();
      lockDownSession(f.session as never, devServer);
      expect(f.filter()?.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'wss://*/*']));
      return answer<{ cancel: boolean }>((cb) => (f.h.request_ as (d: unknown, cb: unknown) => void)({ url }, cb))
        .cancel;
    };
    expect(cancel(undefined, 'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic')).toBe(true);
    expect(cancel(undefined, 'http://localhost:5173/')).toBe(true);
    expect(cancel('http://localhost:5173', 'http://localhost:5173/src/main.tsx')).toBe(false);
    expect(cancel('http://localhost:5173', 'ws://localhost:5173/')).toBe(false);
    expect(cancel('http://localhost:5173', 'https://evil.example/')).toBe(true);
  });
});

describe('every web contents', () => {
  function fakeContents() {
    const on: Record<string, Fn> = {};
    let open: Fn | undefined;
    return {
      contents: { on: (ev: string, fn: Fn) => void (on[ev] = fn), setWindowOpenHandler: (fn: Fn) => void (open = fn) },
      fire(ev: string, url?: string) {
        let prevented = false;
        (on[ev] as (e: unknown, url?: string) => void)({ preventDefault: () => (prevented = true) }, url);
        return prevented;
      },
      open: (url: string) => (open as (d: { url: string }) => unknown)({ url }),
    };
  }

  it('may not navigate away, redirect away, attach a webview or open a window', () => {
    const opened: string[] = [];
    const c = fakeContents();
    lockDownContents(
      c.contents as never,
      (u) => u.startsWith('app://tailor/'),
      (u) => opened.push(u),
    );
    expect(c.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(c.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(c.fire('will-navigate', 'app://tailor/index.html')).toBe(false);
    expect(c.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(c.fire('will-attach-webview')).toBe(true);
    for (const url of ['https://jobs.example/123', 'file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)'])
      expect(c.open(url)).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://jobs.example/123']);
  });

  it('opens only plain web links outside', () => {
    expect(isWebLink('https://jobs.example/a?b=c')).toBe(true);
    expect(isWebLink('http://jobs.example/')).toBe(true);
    expect(isWebLink('https://user:pw@jobs.example/')).toBe(false);
    expect(isWebLink('ms-msdt:/id PCWDiagnostic')).toBe(false);
    expect(isWebLink('file://server/share/x.exe')).toBe(false);
  });
});
