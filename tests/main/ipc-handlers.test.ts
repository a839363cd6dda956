import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { handleCall, ipcChannel, registerIpcHandlers } from '../../src/main/ipc-handlers';
import { METHOD_NAMES } from '../../src/service/method-names';
import { type ServiceContext } from '../../src/service/service-context';
import { serviceTable } from '../../src/service/service-table';
import { tempContext } from '../service/service-fixture';

const ours = 'app://tailor/index.html';
const trusted = (url: string) => url === ours;
const { ctx, cleanup } = tempContext();
afterAll(cleanup);
const frame = (url: string, parent: object | null = null) => ({ senderFrame: { url, parent } as never });

type Handler = (event: unknown, input: unknown) => Promise<unknown>;

/** Stands in for Electron's ipcMain: it keeps what the real registerIpcHandlers registers, and invokes it. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handle: (channel: string, fn: Handler) => void handlers.set(channel, fn),
    invoke: (channel: string, event: unknown, input: unknown) => {
      const fn = handlers.get(channel);
      if (!fn) throw new Error(`no handler for ${channel}`);
      return fn(event, input);
    },
    channels: () => [...handlers.keys()],
  };
}

afterEach(() => vi.restoreAllMocks());

describe('IPC handlers', () => {
  it('registers one channel per service method, generated from the table', () => {
    const ipc = fakeIpcMain();
    registerIpcHandlers(ipc as never, () => ctx, trusted);
    expect(ipc.channels().sort()).toEqual(Object.keys(serviceTable).map(ipcChannel).sort());
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(serviceTable).sort());
  });

  it('answers our own window through the registered handler', async () => {
    const ipc = fakeIpcMain();
    registerIpcHandlers(ipc as never, () => ctx, trusted);
    const r = await ipc.invoke(ipcChannel('loadMaster'), frame(ours), {});
    expect(r).toMatchObject({ ok: true, value: { resume: { basics: { name: 'Mara Lindqvist' } } } });
  });

  it('turns a method that throws into {ok:false, code:"internal"}, logged, with nothing of the error in the reply', async () => {
    // A context whose library folder cannot even be named: the real listVariants throws a plain Error.
    const broken = Object.defineProperty({ ...ctx } as ServiceContext, 'libraryDir', {
      get() {
        throw new Error('EIO: the disk at /home/someone/secret went away');
      },
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ipc = fakeIpcMain();
    registerIpcHandlers(ipc as never, () => broken, trusted);
    const r = await ipc.invoke(ipcChannel('listVariants'), frame(ours), {});
    expect(r).toEqual({
      ok: false,
      code: 'internal',
      error: 'listVariants failed unexpectedly (an internal error, logged)',
    });
    expect(JSON.stringify(r)).not.toContain('secret');
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]?.[1])).toContain('/home/someone/secret');
    // The handler resolved (invoke would otherwise reject in the page): a later call still works.
    registerIpcHandlers(ipc as never, () => ctx, trusted);
    expect(await ipc.invoke(ipcChannel('loadMaster'), frame(ours), {})).toMatchObject({ ok: true });
  });

  it.each([
    ['another page', frame('https://evil.example/')],
    ['a page on another host with our path', frame('file://other-host/index.html')],
    ['a subframe of our page', frame(ours, {})],
    ['a destroyed frame', { senderFrame: null as never }],
  ])('refuses %s', async (_name, event) => {
    const r = await handleCall(event, 'loadMaster', {}, ctx, trusted);
    expect(r).toEqual({
      ok: false,
      error: 'refused: the request did not come from the Tailor window',
      code: 'forbidden',
    });
  });

  it('parses input with the method schema and names what is wrong', async () => {
    const r = await handleCall(frame(ours), 'loadMaster', { path: '/etc/passwd' }, ctx, trusted);
    expect(r).toMatchObject({ ok: false, code: 'bad-input', error: expect.stringContaining('unknown field "path"') });
    expect(await handleCall(frame(ours), 'deleteEverything', {}, ctx, trusted)).toMatchObject({
      ok: false,
      error: 'unknown method "deleteEverything"',
    });
  });
});
