/**
 * Text pasted from web pages carries non-breaking spaces, smart quotes, odd bullets and emoji. We replace each
 * such UTF-16 unit with one plain unit so that offsets into the normalized text are offsets into the original:
 * a bullet's match spans must point at the characters the person typed.
 */
const REPLACE: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u3000': ' ',
  '\u200b': ' ',
  '\u200c': ' ',
  '\u200d': ' ',
  '\u2060': ' ',
  '\ufeff': ' ',
  '\u00ad': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2022': '-',
  '\u2023': '-',
  '\u2043': '-',
  '\u25aa': '-',
  '\u25ab': '-',
  '\u25cf': '-',
  '\u25e6': '-',
  '\u25a0': '-',
  '\u25a1': '-',
  '\u2219': '-',
  '\u00b7': '-',
  '\u27a2': '-',
  '\u2794': '-',
  '\u2192': '-',
  '\u2713': '-',
  '\u2714': '-',
  '\u2026': '.',
  '\t': ' ',
  '\r': '\n',
  '\u2028': '\n',
  '\u2029': '\n',
  '\u000b': '\n',
  '\u000c': '\n',
  '\uff0b': '+',
  '\uff03': '#',
  '\u2795': '+',
};

const SPECIAL =
  /[\u0000-\u0009\u000b-\u001f\u00a0\u00ad\u00b7\u2000-\u206f\u2190-\u21ff\u2212\u2219\u25a0-\u25ff\u2600-\u27bf\u3000\ud800-\udfff\ufeff\uff03\uff0b]/g;

/** Same length as the input; see the file comment. */
export function normalizeText(text: string): string {
  return text.replace(SPECIAL, (ch) => {
    const rep = REPLACE[ch];
    if (rep !== undefined) return rep;
    // Emoji are surrogate pairs (two units, two spaces); other symbols and control characters become one space.
    return ' ';
  });
}
