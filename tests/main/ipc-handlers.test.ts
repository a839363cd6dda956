import { afterAll, describe, expect, it } from 'vitest';
import { handleCall, ipcChannel, registerIpcHandlers } from '../../src/main/ipc-handlers';
import { METHOD_NAMES } from '../../src/service/method-names';
import { serviceTable } from '../../src/service/service-table';
import { tempContext } from '../service/service-fixture';

const ours = 'file:///opt/tailor/out/renderer/index.html';
const trusted = (url: string) => url === ours;
const { ctx, cleanup } = tempContext();
afterAll(cleanup);
const frame = (url: string, parent: object | null = null) => ({ senderFrame: { url, parent } as never });

describe('IPC handlers', () => {
  it('registers one channel per service method, generated from the table', () => {
    const channels: string[] = [];
    registerIpcHandlers({ handle: (ch: string) => void channels.push(ch) } as never, () => ctx, trusted);
    expect(channels.sort()).toEqual(Object.keys(serviceTable).map(ipcChannel).sort());
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(serviceTable).sort());
  });

  it('answers our own window', async () => {
    const r = await handleCall(frame(ours), 'loadMaster', {}, ctx, trusted);
    expect(r).toMatchObject({ ok: true, value: { resume: { basics: { name: 'Mara Lindqvist' } } } });
  });

  it.each([
    ['another page', frame('https://evil.example/')],
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
