import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_ANALYZED_CHARS,
  MAX_POSTING_BOX_CHARS,
  MAX_POSTING_CHARS,
  MAX_POSTING_FILE_BYTES,
} from '../../src/core/job/posting-limits';
import { callMethod } from '../../src/service/call-method';
import { call, tempContext } from './service-fixture';

const POSTING = readFileSync(path.resolve(__dirname, '../fixtures/postings/icu-nurse.txt'), 'utf8');
let big = '';
while (big.length < 2_000_000) big += POSTING + '\n';

const { ctx, cleanup } = tempContext();
afterAll(cleanup);

describe('posting-size limits (src/core/job/posting-limits.ts)', () => {
  it('nest: each size feeds the next smaller one, and a file within its cap decodes to text the service takes', () => {
    expect(MAX_ANALYZED_CHARS).toBeLessThan(MAX_POSTING_BOX_CHARS);
    expect(MAX_POSTING_BOX_CHARS).toBeLessThan(MAX_POSTING_CHARS);
    expect(MAX_POSTING_FILE_BYTES).toBeGreaterThanOrEqual(3 * MAX_POSTING_CHARS);
  });

  it('a 2 MB posting is kept whole by a new variant and analysed over its first 200,000 characters, saying so', async () => {
    const made = await call(ctx, 'createVariant', { company: 'Big Page', role: 'Nurse', postingText: big });
    const stored = await call(ctx, 'getVariant', { id: made.variant.id });
    expect(stored.variant.posting.text).toBe(big);

    const analyzed = await call(ctx, 'analyzePosting', { text: big });
    expect(analyzed.ok).toBe(true);
    if (!analyzed.ok) return;
    expect(analyzed.posting.notes.join('\n')).toContain(
      `analyzed the first ${MAX_ANALYZED_CHARS.toLocaleString('en-US')}`,
    );

    const scored = await call(ctx, 'scoreMaster', { postingText: big });
    expect(scored.notes.join('\n')).toContain('analyzed the first 200,000');
  });

  it.each(['createVariant', 'analyzePosting', 'scoreMaster'] as const)(
    '%s refuses a posting over the stored limit, naming it',
    async (name) => {
      const text = 'x'.repeat(MAX_POSTING_CHARS + 1);
      const input = name === 'analyzePosting' ? { text } : { postingText: text };
      const r = await callMethod(name, input, ctx);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain('at most 3,000,000 characters');
    },
  );
});
