import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/core/job/analyze-posting';
import { companyVoice } from '../../../src/core/job/company-voice';
import { phraseSpecificity } from '../../../src/core/job/keyword-specificity';
import { tokenize } from '../../../src/core/job/tokenize';

describe('the employer talking about itself', () => {
  it('marks its own-voice sentences, not the ones about the role or the reader', () => {
    const text =
      'At Acme we believe in Kubernetes. We are looking for an engineer who knows Terraform. Our mission is data.';
    const tokens = tokenize(text);
    const employer = new Uint8Array(tokens.length);
    tokens.forEach((t, j) => (employer[j] = t.text === 'Acme' ? 1 : 0));
    const voice = companyVoice(tokens, employer);
    const marked = (w: string) => voice[tokens.findIndex((t) => t.text === w)];
    expect(marked('Kubernetes')).toBe(1);
    expect(marked('Terraform')).toBe(0);
    expect(marked('mission')).toBe(1);
  });

  it('counts a skill named only in the opening company prose below one the role asks for', () => {
    const p = analyzePosting(
      [
        'Acme is a logistics company. At Acme we run everything on Kubernetes. Acme is growing fast.',
        '',
        'Requirements',
        '- 3+ years of Terraform',
      ].join('\n'),
    );
    if (!p.ok) throw new Error(p.error);
    const w = (term: string) => p.posting.keywords.find((k) => k.term === term)?.weight ?? 0;
    expect(w('Terraform')).toBeGreaterThan(2 * w('Kubernetes'));
  });
});

describe('free phrase specificity', () => {
  it('follows the head noun: a rare word before a generic noun ranks below one before jargon', () => {
    const spec = (s: string) => phraseSpecificity(tokenize(s));
    expect(spec('concurrent projects')).toBeLessThan(spec('concurrent microservices'));
  });
});
