import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { callMethod } from '../../src/service/call-method';
import { call, tempContext } from './service-fixture';

const MASTER = path.resolve(__dirname, '../fixtures/variants/master.json');
const POSTING = 'Requirements\n- Go and Kubernetes on Linux\n- container runtimes, namespaces and cgroups\n';
const { ctx, dir, cleanup } = tempContext({ resumePath: MASTER });
afterAll(cleanup);

describe('the service methods the CLI calls', () => {
  it('validateMaster answers with counts for a valid master and with every problem for an invalid one', async () => {
    const ok = await call(ctx, 'validateMaster', {});
    expect(ok).toMatchObject({ valid: true, name: 'Ada Example', counts: { sections: 4 } });
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, basics: { name: '' }, sections: [] }));
    const r = await call({ ...ctx, resumePath: bad }, 'validateMaster', {});
    expect(r.valid).toBe(false);
    if (!r.valid) expect(r.problems.map((p) => p.path)).toContain('basics.name');
  });

  it('importResumePath reads a path only for a shell that allows paths (the CLI), never for IPC or HTTP', async () => {
    const refused = await callMethod('importResumePath', { file: MASTER }, ctx);
    expect(refused).toMatchObject({ ok: false, code: 'bad-input' });
    const r = await call({ ...ctx, localPaths: true }, 'importResumePath', { file: MASTER });
    expect(r.resume.basics.name).toBe('Ada Example');
  });

  it('createTailoredVariant makes a draft without saving, auto-tailored by the one recipe', async () => {
    const draft = await call(ctx, 'createTailoredVariant', { company: 'Initech', postingText: POSTING, save: false });
    expect(draft.stored).toBeNull();
    expect(draft.tailorError).toBeNull();
    expect(draft.variant.tailoring.bulletOrder['globex-2022']?.[0]).toBe('globex-go');
    expect(draft.untailored.bulletOrder['acme-2024']).toEqual(['acme-kernels', 'acme-k8s', 'acme-oncall']);
    expect((await call(ctx, 'listVariants', { matchRate: false })).variants).toHaveLength(0);
  });

  it('createTailoredVariant saves the tailored variant once, and says when auto-tailor could not run', async () => {
    const made = await call(ctx, 'createTailoredVariant', {
      company: 'Hooli',
      postingText: 'qqq zzxv plmk '.repeat(40),
    });
    expect(made.stored).not.toBeNull();
    expect(made.tailorError).toMatch(/no recognizable words/);
    const listed = await call(ctx, 'listVariants', { matchRate: false });
    expect(listed.variants.map((v) => v.company)).toEqual(['Hooli']);
  });

  it('scoreMaster scores the master against a posting', async () => {
    const r = await call(ctx, 'scoreMaster', { postingText: POSTING });
    expect(r.score.bullets.map((b) => b.bulletId)).toContain('runtime-ns');
    expect(r.score.matchRate).toBeGreaterThan(0);
  });
});
