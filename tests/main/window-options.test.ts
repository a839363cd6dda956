import { describe, expect, it } from 'vitest';
import { isTrustedUrl, rendererSource, secureWindowOptions } from '../../src/main/window-options';

describe('secureWindowOptions', () => {
  it('isolates the page: context isolation, sandbox, no Node, no spellcheck download, no DevTools unless asked', () => {
    const o = secureWindowOptions('/app/out/preload/index.cjs');
    expect(o.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    });
    expect(secureWindowOptions('/p', undefined, { devTools: true }).webPreferences?.devTools).toBe(true);
  });
});

describe('isTrustedUrl', () => {
  it('trusts only our own app:// origin (and the dev server while developing)', () => {
    expect(isTrustedUrl('app://tailor/index.html#/variants')).toBe(true);
    expect(isTrustedUrl('app://tailor/')).toBe(true);
    expect(isTrustedUrl('app://other/index.html')).toBe(false);
    expect(isTrustedUrl('app://user:pw@tailor/index.html')).toBe(false);
    expect(isTrustedUrl('file:///opt/tailor/out/renderer/index.html')).toBe(false);
    expect(isTrustedUrl('file://other-host/opt/tailor/out/renderer/index.html')).toBe(false);
    expect(isTrustedUrl('https://evil.example/')).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedUrl('not a url')).toBe(false);
  });
});

describe('rendererSource', () => {
  const dev = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
  it('loads the build over app:// when packaged, whatever ELECTRON_RENDERER_URL says', () => {
    expect(rendererSource(dev, true)).toEqual({ url: 'app://tailor/index.html' });
    expect(rendererSource({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, true)).toEqual({
      url: 'app://tailor/index.html',
    });
  });

  it('uses the dev server only when unpackaged, and only on loopback http', () => {
    expect(rendererSource(dev, false)).toEqual({ url: 'http://localhost:5173/', devServer: 'http://localhost:5173' });
    expect(rendererSource({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toEqual({
      url: 'app://tailor/index.html',
    });
    expect(rendererSource({ ELECTRON_RENDERER_URL: 'file:///tmp/x.html' }, false)).toEqual({
      url: 'app://tailor/index.html',
    });
    expect(rendererSource({}, false)).toEqual({ url: 'app://tailor/index.html' });
  });
});
