import type { Resume } from '../resume/schema';
import { applyTailoring } from '../tailor/apply-variant';
import type { RenderTailoring } from './render-input';

/**
 * The renderer's plain tailoring (rewordings as bare rich text) applied through the variant model's one
 * implementation, so export and the saved variants can never disagree about order, hiding or rewording.
 */
export function applyRenderTailoring(resume: Resume, t: RenderTailoring = {}): Resume {
  const rewording = Object.fromEntries(Object.entries(t.rewording ?? {}).map(([id, text]) => [id, { text }]));
  return applyTailoring(resume, { ...t, rewording });
}
