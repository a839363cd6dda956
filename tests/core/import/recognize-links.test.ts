import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/import-text';
import { parseLinkPart, parseLinksLine } from '../../../src/core/import/recognize-links';
import { runsToMarkdown } from '../../../src/core/import/styled-lines';
import { linkText, shortAddress } from '../../../src/core/render/link-text';

describe('printed link addresses', () => {
  it('reads "Label: address" and "Label (address)" as the label with its address', () => {
    expect(parseLinkPart('LinkedIn: linkedin.com/in/mara')).toEqual({
      label: 'LinkedIn',
      url: 'https://linkedin.com/in/mara',
    });
    expect(parseLinkPart('Portfolio (mara.example.com)')).toEqual({
      label: 'Portfolio',
      url: 'https://mara.example.com',
    });
  });

  it('keeps the hyperlink target and drops the printed short form of it from the label', () => {
    expect(parseLinkPart('[GitHub: github.com/x](https://www.github.com/x/)')).toEqual({
      label: 'GitHub',
      url: 'https://www.github.com/x/',
    });
    // A printed address that is not the target's is something the person wrote: kept.
    expect(parseLinkPart('[Old site: a.example.org](https://b.example.org)')).toEqual({
      label: 'Old site: a.example.org',
      url: 'https://b.example.org',
    });
  });

  it('does not read a labelled word that only looks like a domain as a link', () => {
    expect(parseLinkPart('Stack: Vue.js')).toBeNull();
    expect(parseLinkPart('Speculative Decoding (Triton)')).toBeNull();
    expect(parseLinkPart('Email: mara@example.com')).toBeNull();
  });

  it('reads a line of printed links the way a template prints them', () => {
    expect(parseLinksLine('Blog: mara.example.com/blog | Code: code.example.com/m/specserve | Demo')).toEqual([
      { label: 'Blog', url: 'https://mara.example.com/blog' },
      { label: 'Code', url: 'https://code.example.com/m/specserve' },
      { label: 'Demo' },
    ]);
  });

  it('gives back every label and address a template prints with label-and-address (property)', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{1,9}( [A-Z][a-z]{1,8})?$/);
    const host = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}\.(com|dev|org|io)$/);
    const pathPart = fc.stringMatching(/^(\/[a-z0-9_-]{1,12}){0,3}$/);
    fc.assert(
      fc.property(word, host, pathPart, fc.boolean(), (label, h, p, www) => {
        const url = `https://${www ? 'www.' : ''}${h}${p}`;
        const printed = linkText({ label, url }, 'label-and-address');
        // As a PDF or DOCX carries it (the hyperlink over the printed text) and as a text-only reader sees it.
        const withHref = parseLinkPart(runsToMarkdown([{ text: printed, href: url }]));
        expect(withHref).toEqual(
          label.toLowerCase() === shortAddress(url) ? { label: shortAddress(url), url } : { label, url },
        );
        const textOnly = parseLinkPart(printed);
        expect(textOnly?.label).toBe(label.toLowerCase() === shortAddress(url) ? printed : label);
        expect(shortAddress(textOnly?.url ?? '')).toBe(shortAddress(url));
      }),
    );
  });

  it('reads contact links printed with their labels in a header', () => {
    const r = importText(
      'Jonas Weber\njonas@example.org | LinkedIn: linkedin.com/in/jonas-weber | GitHub (github.com/jweber)\n\n## Experience\n\nNurse, Clinic\n',
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.resume.basics.links).toEqual([
      { label: 'LinkedIn', url: 'https://linkedin.com/in/jonas-weber' },
      { label: 'GitHub', url: 'https://github.com/jweber' },
    ]);
  });
});

describe('shortAddress', () => {
  it('prints an address as a person types it', () => {
    expect(shortAddress('https://www.linkedin.com/in/x/')).toBe('linkedin.com/in/x');
    expect(shortAddress('mailto:a@b.org?subject=hi')).toBe('a@b.org');
  });
});
