import type { Resume } from '../../core/resume/schema';
import type { ValidationProblem } from '../../core/resume/validate-resume';

/**
 * One problem per place and message: an empty bullet breaks two rules (its run is empty, and so is the text), and
 * the person needs to hear it once, at the bullet's text.
 */
export function tidyProblems(problems: readonly ValidationProblem[]): ValidationProblem[] {
  const seen = new Set<string>();
  return problems
    .map((p) => ({ ...p, path: p.path.replace(/\.text\[\d+\]\.text$/, '.text') }))
    .filter((p) => {
      const key = `${p.path}\u0000${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The problems at a field: its own, and those of its parts (a bullet's text is a list of runs). */
export function problemsAt(problems: readonly ValidationProblem[], path: string): string[] {
  return problems
    .filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))
    .map((p) => p.message);
}

const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  email: 'email',
  title: 'title',
  label: 'label',
  items: 'skills',
  text: 'text',
  start: 'start date',
  end: 'end date',
  url: 'address',
  organization: 'organization',
};

/**
 * `sections[2].entries[0].bullets[1].text[0].text` -> "Projects › Tailor › bullet 2 › text": where a problem is, in
 * the names the person gave things, so the summary at the top can be read without knowing the file's shape.
 */
export function describeWhere(path: string, r: Resume): string {
  const parts: string[] = [];
  const m = /^sections\[(\d+)\](?:\.entries\[(\d+)\](?:\.bullets\[(\d+)\])?)?/.exec(path);
  if (m) {
    const s = r.sections[Number(m[1])];
    parts.push(s?.title || `section ${Number(m[1]) + 1}`);
    if (m[2] !== undefined) {
      const e = s?.entries[Number(m[2])];
      parts.push(e?.title || e?.organization || `entry ${Number(m[2]) + 1}`);
    }
    if (m[3] !== undefined) parts.push(`bullet ${Number(m[3]) + 1}`);
  } else if (path.startsWith('basics')) parts.push('Basics');
  else if (path.startsWith('skills')) {
    const g = /^skills\[(\d+)\]/.exec(path);
    parts.push(g ? `Skills › ${r.skills[Number(g[1])]?.label || `group ${Number(g[1]) + 1}`}` : 'Skills');
  }
  const field = /\.([a-z]+)$/i.exec(path.replace(/(\[\d+\])+$/, ''))?.[1];
  if (field && FIELD_WORDS[field]) parts.push(FIELD_WORDS[field]);
  return parts.join(' › ') || 'The resume';
}
