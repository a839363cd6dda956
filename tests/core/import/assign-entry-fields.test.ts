import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/import-text';

/** The header pieces of one entry, read as our templates and many people's lay them out. */
function read(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(r.error);
  return r.resume;
}

describe('entry fields from their lines', () => {
  it('keeps a bold title with a comma whole when the employer has a line of its own', () => {
    const r = read(
      [
        'Ines Marlow',
        'ines@example.org',
        '## Experience',
        '**Charge Nurse, Cardiac Health Unit**\tMar 2020 – Present',
        '*Lakeside Regional Hospital*\tTampa, FL',
        '*A 20-bed cardiac unit that takes transfers from three counties.*',
        '- Ran the unit.',
      ].join('\n'),
    );
    expect(r.sections[0]?.entries[0]).toMatchObject({
      title: 'Charge Nurse, Cardiac Health Unit',
      organization: 'Lakeside Regional Hospital',
      location: 'Tampa, FL',
      summary: 'A 20-bed cardiac unit that takes transfers from three counties.',
    });
  });

  it('reads a sentence under a title as its description, never as its organization', () => {
    const r = read(
      [
        'Ines Marlow',
        'ines@example.org',
        '## References',
        'Dr. Paul Ames, Chief of Cardiology',
        'Ines is the nurse I would trust with any patient on the unit, and the one new staff learn from.',
      ].join('\n'),
    );
    expect(r.sections[0]?.entries[0]).toEqual(
      expect.objectContaining({
        title: 'Dr. Paul Ames, Chief of Cardiology',
        summary: 'Ines is the nurse I would trust with any patient on the unit, and the one new staff learn from.',
      }),
    );
    expect(r.sections[0]?.entries[0]?.organization).toBeUndefined();
  });

  it('reads a list of short names under a title and employer as the tech, and a place as a place', () => {
    const r = read(
      [
        'Ines Marlow',
        'ines@example.org',
        '## Experience',
        '**Data Engineer**\t2019 – 2021',
        '*Harbor Freightways*\tAustin, TX',
        '*Rust, Terraform, TypeScript*',
        '- Built the pipeline.',
        '**Analyst**\t2017 – 2019',
        '*Gulf Shipping*',
        'Houston, TX, USA',
        '- Built reports.',
      ].join('\n'),
    );
    const [a, b] = r.sections[0]?.entries ?? [];
    expect(a).toMatchObject({ organization: 'Harbor Freightways', tech: ['Rust', 'Terraform', 'TypeScript'] });
    expect(b?.tech).toEqual([]);
  });

  it('reads a role-shaped line under the name as the headline, and "Nursing blog" as a link label', () => {
    const r = read(
      [
        'Ines Marlow',
        'Registered Nurse, Cardiac Care',
        'ines@example.org | Tampa, FL | Nursing blog',
        '## Experience',
        '**Nurse**\t2019 – 2021',
        '*Lakeside Regional Hospital*',
        '- Ran the unit.',
      ].join('\n'),
    );
    expect(r.basics).toMatchObject({
      headline: 'Registered Nurse, Cardiac Care',
      location: 'Tampa, FL',
      links: [{ label: 'Nursing blog' }],
    });
  });
});
