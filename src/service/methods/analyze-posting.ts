import { z } from 'zod';
import { MAX_POSTING_CHARS, POSTING_TOO_LONG } from '../../core/job/posting-limits';
import { AnalyzeResult } from '../../core/job/schema';
import { defineMethod } from '../define-method';

export const analyzePosting = defineMethod({
  // 2.5 million characters: a 2 MB paste is analyzed (its first part) rather than refused.
  input: z.object({ text: z.string().max(MAX_POSTING_CHARS, POSTING_TOO_LONG) }).strict(),
  output: AnalyzeResult,
  async run({ text }) {
    const { analyzePosting: analyze } = await import('../../core/job/analyze-posting');
    return analyze(text);
  },
});
