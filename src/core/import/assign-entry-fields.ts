import type { Entry, SectionKind } from '../resume/schema';
import { degreeScore, looksLikePlace, orgScore, schoolScore, titleScore } from './score-fields';
import type { ImportWarning, SourceLine } from './source-line';

/**
 * "Role, Employer" / "Degree, School" (either order for a school) on one line, when the words say so: one half
 * names a role or a degree and the other an organization or a school. Null when they do not.
 */
function commaPair(text: string, kind: SectionKind): [string, string] | null {
  // "Software Engineer at Northwind", "Barista @ Blue Bottle": LinkedIn's and many people's way of writing it.
  const at = /^(.+?)\s+(?:at|@)\s+(\p{Lu}.*)$/u.exec(text);
  if (at?.[1] && at[2] && kind !== 'education' && titleScore(at[1]) > 0 && titleScore(at[2]) <= 0)
    return [at[1].trim(), at[2].trim()];
  const m = /^(.+),\s+([^,]+)$/.exec(text);
  const [a, b] = [m?.[1]?.trim(), m?.[2]?.trim()];
  if (!a || !b || looksLikePlace(b)) return null;
  if (kind === 'education')
    return schoolScore(a) > 0 || degreeScore(b) > 0 || degreeScore(a) > 0 || schoolScore(b) > 0 ? [a, b] : null;
  if (kind === 'experience' || kind === 'custom')
    return titleScore(a) > 0 && titleScore(b) <= 0 && (kind === 'experience' || orgScore(b) > 0 || titleScore(a) >= 3)
      ? [a, b]
      : null;
  return null;
}

/** How sure the recognizer is of one entry, 0..1, and why it is not sure, for the review to show. */
export interface FieldCertainty {
  score: number;
  reasons: string[];
}

/**
 * An entry's plain header pieces -> title, organization, location, summary. Each piece is scored as a title
 * (role words, degree words) and as an organization (organization and school words); the pair that reads best
 * wins, and the section's usual order (a job reads role then employer, a school reads institution then degree)
 * only breaks ties. How far the winner was ahead is the entry's certainty.
 */
export function assignEntryFields(
  kind: SectionKind,
  entry: Entry,
  lines: SourceLine[],
  warnings: ImportWarning[],
): FieldCertainty {
  const reasons: string[] = [];
  let score = 1;
  const queue = [...lines];
  const education = kind === 'education';
  const asTitle = (t: string) =>
    education ? degreeScore(t) - schoolScore(t) : titleScore(t) + degreeScore(t) - orgScore(t);
  const asOrg = (t: string) =>
    education ? schoolScore(t) - degreeScore(t) : orgScore(t) + schoolScore(t) / 2 - titleScore(t);

  // A line that reads as a sentence is the entry's description, and a bare list of short names ("Python, C++,
  // Kafka") under a title and an organization is its tech: neither is a candidate for title or organization.
  const aside: SourceLine[] = [];
  if (kind !== 'projects')
    for (let i = queue.length - 1; i >= 0; i--) {
      const l = queue[i];
      if (!l || queue.length - aside.length <= 1) break;
      if (isSentence(l.text)) aside.unshift(...queue.splice(i, 1));
    }
  if (kind === 'experience' || kind === 'education')
    for (let i = queue.length - 1; i >= 2; i--) {
      const items = techList(queue[i]?.text ?? '');
      if (!items) continue;
      entry.tech.push(...items);
      queue.splice(i, 1);
    }
  // "B.Eng. in Civil Engineering, University of Galway" or "Coach, Galway Bay Rowing Club": one line holding both,
  // with more lines after it (a description); the halves are candidates of their own. They are only candidates
  // when no line of its own names the organization: "**Charge Nurse, Cardiac ICU**" over "*Lakeside Regional
  // Hospital*" is one title over its employer.
  const firstSplit =
    queue.length > 1 && kind !== 'projects' && !queue.slice(1).some((l) => isNameLike(l.text))
      ? commaPair(queue[0]?.text ?? '', kind)
      : null;
  if (firstSplit && queue[0])
    queue.splice(0, 1, { ...queue[0], text: firstSplit[0] }, { ...queue[0], text: firstSplit[1] });
  if (kind === 'projects') {
    entry.title = queue.shift()?.text ?? '';
  } else if (queue.length === 1) {
    // "Lead iOS Developer, Harbor Health" on one line: the role, then the employer after the last comma.
    const only = queue.shift()?.text ?? '';
    const m = /^(.+),\s+([^,]+)$/.exec(only);
    const pair = commaPair(only, kind);
    if (kind !== 'education' && pair && / (?:at|@) /.test(only)) [entry.title, entry.organization] = pair;
    else if (kind === 'experience' && m?.[1] && m[2] && !looksLikePlace(m[2]))
      [entry.title, entry.organization] = [m[1], m[2]];
    else if (education && pair) {
      // Either order is written: "University of Galway, B.Eng." and "B.Eng., University of Galway".
      const [a, b] = pair;
      const aIsDegree = degreeScore(a) - schoolScore(a) > degreeScore(b) - schoolScore(b);
      [entry.title, entry.organization] = aIsDegree ? [a, b] : [b, a];
    } else if (kind === 'custom' && pair) [entry.title, entry.organization] = pair;
    else if (education) entry.organization = only;
    else entry.title = only;
    if (kind !== 'custom' && !(entry.title && entry.organization)) {
      score -= 0.2;
      reasons.push(entry.title ? 'no organization found' : 'no title found');
    }
  } else if (queue.length > 1) {
    // The first three pieces are the candidates; "usual" is the order this kind of section is written in.
    const n = Math.min(queue.length, 3);
    const pairs: { t: number; o: number; s: number }[] = [];
    for (let t = 0; t < n; t++)
      for (let o = 0; o < n; o++) {
        if (t === o) continue;
        const usual = education ? t === 1 && o === 0 : t === 0 && o === 1;
        const reversed = education ? t === 0 && o === 1 : t === 1 && o === 0;
        const penalty = usual ? 0 : reversed ? 0.5 : 1.5;
        const tt = queue[t]?.text ?? '';
        const oo = queue[o]?.text ?? '';
        pairs.push({ t, o, s: asTitle(tt) + asOrg(oo) - penalty - (looksLikePlace(oo) ? 2 : 0) });
      }
    pairs.sort((a, b) => b.s - a.s);
    const [best, next] = pairs;
    if (best) {
      entry.title = queue[best.t]?.text ?? '';
      entry.organization = queue[best.o]?.text;
      // In a section we do not know, a second line is only a guess at the organization: say so.
      const orgLine = queue[best.o];
      if (kind === 'custom' && orgLine)
        warnings.push({
          lineNo: orgLine.lineNo,
          line: orgLine.text,
          reason: `unknown structure: kept as the second line of "${entry.title || 'an entry'}"`,
        });
      const taken = new Set([best.t, best.o]);
      const rest = queue.filter((_, i) => !taken.has(i));
      queue.length = 0;
      queue.push(...rest);
      const margin = best.s - (next?.s ?? best.s - 1);
      // Neither piece carried a word that names a role, a school or an organization: the order alone decided.
      const signal = asTitle(entry.title) > 0 || asOrg(entry.organization ?? '') > 0;
      if (!signal || margin < 0.5) {
        score -= 0.45;
        reasons.push(`title and organization told apart by ${signal ? 'a narrow margin' : 'their order alone'}`);
      }
    }
  }
  // "Västkust Infrastruktur AB, Gothenburg": an organization line often ends with its town.
  const town = entry.organization ? /^(.+),\s*([^,\s]+)$/.exec(entry.organization) : null;
  if (town?.[1] && town[2] && looksLikePlace(town[2]) && !entry.location) {
    entry.organization = town[1];
    entry.location = town[2];
  }
  const place = queue.findIndex((l) => looksLikePlace(l.text));
  if (place >= 0 && !entry.location) entry.location = queue.splice(place, 1)[0]?.text;
  if (entry.organization === undefined || entry.organization === '') delete entry.organization;
  queue.push(...aside);
  if (queue.length) {
    entry.summary = queue.map((l) => l.text).join(' ');
    score -= 0.3;
    reasons.push('lines kept as its description');
    for (const l of queue)
      warnings.push({
        lineNo: l.lineNo,
        line: l.text,
        reason: `kept as the description of "${entry.title || entry.organization || 'an entry'}"`,
      });
  }
  return { score: Math.max(0, Math.round(score * 100) / 100), reasons };
}

/** A description line: many words, most of them lowercase, ending like a sentence. */
function isSentence(text: string): boolean {
  const ws = text.trim().split(/\s+/);
  const lower = ws.filter((w) => /^\p{Ll}/u.test(w)).length;
  return ws.length >= 7 && lower >= ws.length / 2 && /[.!?]["')\]]?$/.test(text.trim());
}

/** A name on a line of its own: a few capitalized words, not a sentence and not a place. */
function isNameLike(text: string): boolean {
  const t = text.trim();
  const ws = t.split(/\s+/);
  if (!t || ws.length > 7 || /[.!?]$/.test(t.replace(/\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St)\.$/, '')) || looksLikePlace(t))
    return false;
  return ws.filter((w) => /^[\p{Lu}\d&]/u.test(w)).length >= Math.ceil(ws.length / 2) && /^\p{Lu}/u.test(t);
}

/**
 * "Python, C++, Kafka": three or more short items, none a sentence, a place or a number. Null when the line is
 * anything else ("Dayton, OH", "Smith, Jones & Partners", "Austin, TX, USA").
 */
function techList(text: string): string[] | null {
  const items = text.split(/\s*[,;]\s*/).map((t) => t.trim());
  if (items.length < 3 || items.some((t) => !t || t.split(/\s+/).length > 3 || /^\d/.test(t))) return null;
  // "Seattle, WA, USA" is a place: a state's two capitals in the middle.
  if (orgScore(text) > 0 || titleScore(items[0] ?? '') > 0 || /^\p{Lu}{2}$/u.test(items[1] ?? '')) return null;
  return items;
}
