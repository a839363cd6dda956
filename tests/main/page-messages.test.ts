import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { flushPage, sendToPage } from '../../src/main/page-messages';
import { pageChannel, TO_PAGE_CHANNELS, FROM_PAGE_CHANNELS } from '../../src/service/page-channels';

const ours = 'app://tailor/index.html';
const trusted = (url: string) => url === ours;

/** A stand-in for one window's webContents: records what is sent, and can answer like the page would. */
function fakeContents(id: number) {
  const sent: [string, unknown][] = [];
  return { id, sent, send: (ch: string, p: unknown) => void sent.push([ch, p]), isDestroyed: () => false };
}

const reply = (sender: { id: number }, url = ours, parent: object | null = null) => ({
  sender,
  senderFrame: { url, parent },
});

describe('main-to-page messages', () => {
  it('go on their own listed channels, apart from the service methods', () => {
    expect(TO_PAGE_CHANNELS.sort()).toEqual(['flush-before-close', 'menu-command']);
    expect(FROM_PAGE_CHANNELS).toEqual(['flushed']);
    const c = fakeContents(1);
    sendToPage(c, 'menu-command', 'export-pdf');
    expect(c.sent).toEqual([['tailor-page:menu-command', 'export-pdf']]);
    expect(pageChannel('flushed')).not.toMatch(/^tailor:/);
  });

  it("closing waits for this window's page to say it saved", async () => {
    const ipc = new EventEmitter();
    const c = fakeContents(7);
    const done = flushPage(ipc as never, c, 5000, trusted);
    expect(c.sent).toEqual([['tailor-page:flush-before-close', null]]);
    // Answers from another window, a subframe or a foreign page do not count.
    ipc.emit('tailor-page:flushed', reply({ id: 8 }));
    ipc.emit('tailor-page:flushed', reply(c, ours, {}));
    ipc.emit('tailor-page:flushed', reply(c, 'https://evil.example/'));
    let settled = false;
    void done.then(() => (settled = true));
    // Every reply above has been handled by now (emit is synchronous); one turn of the loop settles any promise they resolved.
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    ipc.emit('tailor-page:flushed', reply(c));
    expect(await done).toBe(true);
    expect(ipc.listenerCount('tailor-page:flushed')).toBe(0);
  });

  it('a page that never answers delays closing, never prevents it', async () => {
    const ipc = new EventEmitter();
    expect(await flushPage(ipc as never, fakeContents(3), 30, trusted)).toBe(false);
    expect(ipc.listenerCount('tailor-page:flushed')).toBe(0);
  });
});
