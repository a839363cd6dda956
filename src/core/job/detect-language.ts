/**
 * Which language a posting is written in, from its commonest function words: enough to tell a person that the
 * keywords and scores, which are built for English, will miss things in a German or French posting.
 */
const FUNCTION_WORDS: Record<string, string[]> = {
  English: ['the', 'and', 'to', 'of', 'with', 'you', 'we', 'for', 'in', 'is', 'are', 'our', 'will', 'a'],
  German: [
    'und',
    'der',
    'die',
    'das',
    'mit',
    'für',
    'wir',
    'sie',
    'ist',
    'ein',
    'eine',
    'zu',
    'von',
    'den',
    'bei',
    'oder',
    'auf',
    'im',
  ],
  French: ['et', 'le', 'la', 'les', 'des', 'pour', 'avec', 'vous', 'nous', 'est', 'une', 'du', 'dans', 'au', 'sur'],
  Spanish: ['y', 'el', 'los', 'las', 'para', 'con', 'es', 'una', 'del', 'que', 'por', 'como', 'su'],
  Dutch: ['en', 'het', 'van', 'een', 'voor', 'met', 'je', 'wij', 'ons', 'bij', 'zijn', 'ook'],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS))
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);

/** The language with the most function words, when it is not English and the posting says enough to tell. */
export function nonEnglishLanguage(lowerWords: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const w of lowerWords) for (const lang of LOOKUP.get(w) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  const english = counts.get('English') ?? 0;
  let best: string | undefined;
  let most = 0;
  for (const [lang, c] of counts) if (lang !== 'English' && c > most) [best, most] = [lang, c];
  return best && most >= 8 && most > 1.5 * english ? best : undefined;
}
