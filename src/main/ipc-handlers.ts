import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { callMethod } from '../service/call-method';
import { METHOD_NAMES } from '../service/method-names';
import type { ServiceContext } from '../service/service-context';
import type { CallResult } from '../service/error-code';

export const ipcChannel = (name: string): string => `tailor:${name}`;

/**
 * One handler per service method, generated from the table. Each checks that the message comes from our own
 * page's main frame before parsing its input with the method's schema (inside callMethod).
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  ctx: () => ServiceContext,
  isTrustedSender: (url: string) => boolean,
): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown) => handleCall(event, name, input, ctx(), isTrustedSender));
  }
}

export async function handleCall(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  name: string,
  input: unknown,
  ctx: ServiceContext,
  isTrustedSender: (url: string) => boolean,
): Promise<CallResult<unknown>> {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isTrustedSender(frame.url)) {
    return { ok: false, error: 'refused: the request did not come from the Tailor window', code: 'forbidden' };
  }
  return callMethod(name, input, ctx);
}
