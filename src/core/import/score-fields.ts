/**
 * How much a piece of an entry's header reads like a job title, an organization, a degree or a school, from its
 * words alone. Layouts disagree on order and style (Jake's Resume and Awesome-CV put the employer first, most
 * Word templates the title), but the words say which is which in every profession: "Charge Nurse", "Senior
 * Accountant", "Science Teacher" end in a role; "Haukeland University Hospital", "Nordwind Outdoor GmbH" hold an
 * organization's words.
 */

/** Role nouns: the last word of most job titles ("Senior Mechanical Engineer", "Research Assistant"). */
const ROLE =
  /^(accountant|actuary|adjuster|administrator|advisor|adviser|agent|aide|analyst|apprentice|architect|artist|assistant|associate|attorney|auditor|baker|banker|barista|bartender|biologist|bookkeeper|buyer|carpenter|cashier|ceo|cfo|chef|chemist|clerk|clinician|coach|consultant|controller|cook|coordinator|counselor|counsellor|cto|dentist|designer|developer|dietitian|director|dispatcher|driver|economist|editor|educator|electrician|engineer|executive|fellow|firefighter|founder|co-founder|geologist|guard|head|hygienist|illustrator|inspector|installer|instructor|intern|investigator|journalist|lawyer|lead|lecturer|librarian|machinist|manager|marketer|mechanic|mentor|midwife|nurse|officer|operator|organizer|paralegal|paramedic|partner|pharmacist|photographer|physician|physicist|physiotherapist|pilot|planner|plumber|principal|producer|professor|programmer|psychologist|receptionist|recruiter|representative|researcher|scientist|secretary|server|solicitor|specialist|strategist|student|superintendent|supervisor|surgeon|surveyor|teacher|technician|technologist|therapist|trader|trainee|trainer|treasurer|tutor|underwriter|veterinarian|volunteer|waiter|welder|worker|writer|vp|president|chair|owner|counselor|steward|stewardess|attendant|caregiver|custodian|estimator|foreman|handler|lifeguard|model|nanny|optometrist|pastor|rep|sergeant|tester)$/i;
/** Words that qualify a role ("Senior", "Lead", "Chief"): a title's first word, rarely an organization's. */
const ROLE_MODIFIER =
  /^(senior|sr|junior|jr|lead|chief|principal|staff|head|assistant|associate|deputy|vice|acting|interim|charge|registered|certified|licensed|graduate|trainee|intern)$/i;
/** Words of organization names, and the legal suffixes companies carry. */
const ORG =
  /^(limited|corporation|company|group|holdings|partners|associates|university|universität|universite|université|college|school|academy|institute|institut|polytechnic|hospital|clinic|health|healthcare|medical|centre|center|bank|capital|systems|software|technologies|technology|tech|labs|laboratories|solutions|consulting|services|industries|international|global|foundation|trust|agency|department|ministry|council|bureau|office|authority|commission|society|association|union|federation|church|museum|library|hotels?|hospitality|restaurant|cafe|café|bakery|studio|studios|media|press|publishing|networks|energy|motors|pharma|pharmaceuticals|therapeutics|bio|retail|stores|foods|logistics|infrastructure|construction|builders|engineering|manufacturing|airlines|railways|insurance|realty|properties|ventures|district|county|city|state|federal|national|royal|lawyers|academy|gymnasium|lyceum)$/i;
const DEGREE =
  /\b(bachelor|bachelors|master|masters|doctor|doctorate|ph\.?\s?d|phd|mba|msc|bsc|ba|bs|ma|ms|meng|beng|ma|llb|llm|md|jd|dds|rn|bsn|msn|associate of|diploma|certificate|certification|license|licence|degree|hons|a\.a\.s|aas|b\.?s|m\.?s|b\.?a|m\.?a|a\.?a)\b/i;
const SCHOOL =
  /\b(university|universität|université|college|school|academy|institute|polytechnic|gymnasium|lyceum|conservatory|seminary|council)\b/i;

function words(text: string): string[] {
  return text
    .replace(/[()[\]]/g, ' ')
    .split(/[\s,/&]+/)
    .map((w) => w.replace(/[.:;]+$/, ''))
    .filter(Boolean);
}

/** A role noun at the end counts most: "Vermeulen & Partners Accountants" ends in a plural, not a role. */
export function titleScore(text: string): number {
  const head = text.split(/,|\s[-–—|]\s|\(/)[0] ?? text;
  const ws = words(head);
  const last = ws[ws.length - 1] ?? '';
  let s = 0;
  if (ROLE.test(last)) s += 3;
  else if (ws.some((w) => ROLE.test(w))) s += 1;
  if (ws[0] && ROLE_MODIFIER.test(ws[0])) s += 1;
  if (ws.length > 7) s -= 2;
  return s;
}

/** Legal suffixes, matched as written: "Co" is a company, "CO" is Colorado. */
const LEGAL = /^(Inc|INC|LLC|LLP|Ltd|LTD|PLC|plc|GmbH|AG|AB|ASA|Oy|BV|B\.V|NV|SA|S\.A|SARL|SRL|SpA|Pty|Co|Corp)$/;

export function orgScore(text: string): number {
  const ws = words(text);
  let s = 0;
  for (const w of ws) if (ORG.test(w) || LEGAL.test(w)) s += 2;
  if (/&/.test(text) && !ws.some((w) => ROLE.test(w))) s += 1;
  return Math.min(s, 6);
}

export function degreeScore(text: string): number {
  return (DEGREE.test(text) ? 3 : 0) + (/\b(of|in)\b/i.test(text) && DEGREE.test(text) ? 1 : 0);
}

export function schoolScore(text: string): number {
  return (SCHOOL.test(text) ? 3 : 0) + Math.min(2, orgScore(text) / 2);
}

/** "Columbus, OH", "Gothenburg", "London, UK", "Remote": a place, not a name of anything that employs people. */
export function looksLikePlace(text: string): boolean {
  const t = text.trim();
  if (/^(remote|hybrid|on-?site)$/i.test(t)) return true;
  if (orgScore(t) > 0 || titleScore(t) > 0 || /\d/.test(t)) return false;
  return /^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)?(?:,\s*\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)?)?$/u.test(t);
}
