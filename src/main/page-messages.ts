import type { IpcMain, IpcMainEvent, WebContents } from 'electron';
import { pageChannel, type FromPageChannel, type ToPage, type ToPageChannel } from '../service/page-channels';

/** A message to the page on one of the listed channels; the payload's type follows the channel. */
export function sendToPage<K extends ToPageChannel>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  channel: K,
  payload: ToPage[K],
): void {
  if (!contents.isDestroyed()) contents.send(pageChannel(channel), payload);
}

/**
 * Resolves when this window's own page answers on `channel` (an answer from any other page or a subframe does not
 * count), or after `timeoutMs`, so a hung page can delay closing but never prevent it. Resolves true if answered.
 */
export function waitForPage(
  ipcMain: Pick<IpcMain, 'on' | 'removeListener'>,
  contents: Pick<WebContents, 'id'>,
  channel: FromPageChannel,
  timeoutMs: number,
  isTrustedSender: (url: string) => boolean,
): Promise<boolean> {
  return new Promise((resolve) => {
    const name = pageChannel(channel);
    const done = (answered: boolean) => {
      clearTimeout(timer);
      ipcMain.removeListener(name, onMessage);
      resolve(answered);
    };
    const onMessage = (event: Pick<IpcMainEvent, 'sender' | 'senderFrame'>) => {
      const frame = event.senderFrame;
      if (event.sender.id !== contents.id || !frame || frame.parent !== null || !isTrustedSender(frame.url)) return;
      done(true);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    ipcMain.on(name, onMessage);
  });
}

/** Asks the page to save what is unsaved and waits for it (at most `timeoutMs`): no keystroke is lost on close. */
export function flushPage(
  ipcMain: Pick<IpcMain, 'on' | 'removeListener'>,
  contents: Pick<WebContents, 'id' | 'send' | 'isDestroyed'>,
  timeoutMs: number,
  isTrustedSender: (url: string) => boolean,
): Promise<boolean> {
  const answered = waitForPage(ipcMain, contents, 'flushed', timeoutMs, isTrustedSender);
  sendToPage(contents, 'flush-before-close', null);
  return answered;
}
