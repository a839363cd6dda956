import type { SectionKind } from '../resume/schema';

/** "contact" and "summary" headings hold basics, not sections: a sidebar's "Contact" block is the header's details. */
export type HeadingKind = SectionKind | 'summary' | 'contact';

/** Order matters: "Technical Writing & Publications" is publications, "Inference & Systems Projects" is projects. */
const RULES: [RegExp, HeadingKind][] = [
  [/^(contact|contact (info|information|details)|personal (details|information)|get in touch|reach me)$/i, 'contact'],
  [/\b(summary|profile|objective|about me|overview|a few words|in brief|introduction)\b/i, 'summary'],
  [/\b(publications?|writing|papers|articles|blog)\b/i, 'publications'],
  [/\b(projects?|portfolio|things i(?:'ve| have)? (?:built|made)|side work|open source)\b/i, 'projects'],
  [/\b(education|academic|degrees?|qualifications|schooling|studies)\b/i, 'education'],
  [
    /\b(experience|employment|work history|career|internships?|positions|where i(?:'ve| have)? worked|jobs)\b/i,
    'experience',
  ],
  [/\b(skills|technologies|tech stack|competencies|expertise|toolbox|tools i use)\b/i, 'skills'],
];

export function classifyHeading(title: string): HeadingKind {
  for (const [re, kind] of RULES) if (re.test(title)) return kind;
  return 'custom';
}

/**
 * A heading line in plain text: ALL CAPS words ("TECHNICAL SKILLS"), a Markdown "## Skills", or a line that is
 * bold throughout. Short, no sentence punctuation, and not a bullet.
 */
export function headingText(line: string): string | null {
  const t = line.trim();
  const md = /^#{1,3}\s+(.+?)\s*#*$/.exec(t);
  if (md?.[1]) return stripEmphasis(md[1]);
  const bold = /^\*\*([^*]+)\*\*:?$/.exec(t) ?? /^__([^_]+)__:?$/.exec(t);
  if (bold?.[1] && bold[1].length <= 60 && /^[A-Z]/.test(bold[1]) && !/[.!?]$/.test(bold[1])) return bold[1].trim();
  if (t.length < 3 || t.length > 60 || /[.!?,;|[\]()]$/.test(t) || /^[-*•]/.test(t)) return null;
  const letters = t.replace(/[^A-Za-z]/g, '');
  if (letters.length < 3 || letters !== letters.toUpperCase()) return null;
  // Words, not codes: "B200 GEMM" is a title fragment, "EXPERIENCE" is a heading.
  if (!/^[A-Z][A-Z &/,'-]*[A-Z]:?$/.test(t)) return null;
  return t.replace(/:$/, '');
}

function stripEmphasis(s: string): string {
  return s
    .replace(/^\*\*(.*)\*\*$/, '$1')
    .replace(/^\*(.*)\*$/, '$1')
    .trim();
}
