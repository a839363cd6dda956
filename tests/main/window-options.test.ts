import { describe, expect, it } from 'vitest';
import { isTrustedUrl, secureWindowOptions } from '../../src/main/window-options';

describe('secureWindowOptions', () => {
  it('isolates the page: context isolation, sandbox, no Node', () => {
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
      webviewTag: false,
    });
  });
});

describe('isTrustedUrl', () => {
  const index = 'file:///opt/tailor/out/renderer/index.html';
  it('trusts only our own renderer page (and the dev server while developing)', () => {
    expect(isTrustedUrl('file:///opt/tailor/out/renderer/index.html#/variants', index)).toBe(true);
    expect(isTrustedUrl('file:///etc/passwd', index)).toBe(false);
    expect(isTrustedUrl('https://evil.example/', index)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/', index)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/', index, 'http://localhost:5173')).toBe(true);
    expect(isTrustedUrl('not a url', index)).toBe(false);
  });
});
