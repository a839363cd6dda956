import { METHOD_NAMES } from '../service/method-names';
import type { CallResult } from '../service/error-code';
import type { TailorShell } from '../service/page-channels';
import type { TailorApi } from '../service/service-table';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser build. */
    tailor?: TailorApi;
    /** The Electron shell's messages (menu commands, save before close); absent in the browser build. */
    tailorShell?: TailorShell;
  }
}

/** The Electron shell's message channels, when the page runs in Electron. */
export function getShell(): TailorShell | undefined {
  return window.tailorShell;
}

const KEEPALIVE_MAX = 60_000;

/** The Electron preload's API when there is one; otherwise the same methods over the loopback HTTP server. */
export function getApi(): TailorApi {
  if (window.tailor) return window.tailor;
  const token = document.querySelector<HTMLMetaElement>('meta[name="tailor-token"]')?.content ?? '';
  const api: Record<string, (input: unknown) => Promise<CallResult<unknown>>> = {};
  for (const name of METHOD_NAMES) {
    api[name] = async (input) => {
      try {
        const body = JSON.stringify(input ?? {});
        const res = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-tailor-token': token },
          body,
          // A save started as the tab closes must outlive the page; browsers allow this for bodies under 64 KB.
          keepalive: body.length < KEEPALIVE_MAX,
        });
        if (res.status === 403)
          return {
            ok: false,
            error: 'the app server refused this page: reopen Tailor from its printed address',
            code: 'forbidden',
          };
        return (await res.json()) as CallResult<unknown>;
      } catch (e) {
        return {
          ok: false,
          error: `cannot reach the Tailor server: ${e instanceof Error ? e.message : String(e)}`,
          code: 'io',
        };
      }
    };
  }
  return api as TailorApi;
}
