import type { MenuCommand } from './menu-command';

/**
 * The messages between the Electron main process and the page besides service calls: the menu's commands, and the
 * save-before-close handshake. One list, typed end to end; the preload forwards these channels and no others.
 */
export interface ToPage {
  /** A menu item was clicked; the page runs the same command as its shortcut. */
  'menu-command': MenuCommand;
  /** The window is closing: save what is unsaved, then answer `flushed`. */
  'flush-before-close': null;
}

export interface FromPage {
  /** Every save asked for so far is done (or failed and is shown); the window may close. */
  flushed: null;
}

export type ToPageChannel = keyof ToPage;
export type FromPageChannel = keyof FromPage;

// Records, so a channel added to the interfaces and not here fails to compile.
const toPage: Record<ToPageChannel, true> = { 'menu-command': true, 'flush-before-close': true };
const fromPage: Record<FromPageChannel, true> = { flushed: true };
export const TO_PAGE_CHANNELS = Object.keys(toPage) as ToPageChannel[];
export const FROM_PAGE_CHANNELS = Object.keys(fromPage) as FromPageChannel[];

/** Apart from the service's `tailor:<method>` channels, so a page message can never reach a method handler. */
export const pageChannel = (name: ToPageChannel | FromPageChannel): string => `tailor-page:${name}`;

/** What the preload exposes as `window.tailorShell` (absent in the browser build). */
export interface TailorShell {
  on<K extends ToPageChannel>(channel: K, listener: (payload: ToPage[K]) => void): () => void;
  send<K extends FromPageChannel>(channel: K, payload: FromPage[K]): void;
}
