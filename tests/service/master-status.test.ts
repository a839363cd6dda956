import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callMethod } from '../../src/service/call-method';
import { tempContext } from './service-fixture';

let t: ReturnType<typeof tempContext>;
beforeEach(() => (t = tempContext()));
afterEach(() => t.cleanup());

// The app tells a first run (no master yet) from a broken master by this code alone, never by the message's words.
describe('loadMaster tells "no master yet" apart from a broken one', () => {
  it('answers not-found when the master file does not exist', async () => {
    t.ctx.resumePath = path.join(t.dir, 'master.json');
    const r = await callMethod('loadMaster', {}, t.ctx);
    expect(r).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('answers unreadable for a file that is there but is not JSON', async () => {
    t.ctx.resumePath = path.join(t.dir, 'master.json');
    writeFileSync(t.ctx.resumePath, 'not json: no such file here, not found');
    const r = await callMethod('loadMaster', {}, t.ctx);
    expect(r).toMatchObject({ ok: false, code: 'unreadable' });
  });

  it('answers unreadable for a JSON file that breaks the schema', async () => {
    t.ctx.resumePath = path.join(t.dir, 'master.json');
    writeFileSync(t.ctx.resumePath, JSON.stringify({ schemaVersion: 1, basics: {} }));
    const r = await callMethod('loadMaster', {}, t.ctx);
    expect(r).toMatchObject({ ok: false, code: 'unreadable' });
  });

  it('answers unreadable for a folder where the file should be', async () => {
    t.ctx.resumePath = t.dir;
    const r = await callMethod('loadMaster', {}, t.ctx);
    expect(r).toMatchObject({ ok: false, code: 'unreadable' });
  });
});
