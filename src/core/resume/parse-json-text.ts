import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** JSON text -> value, with the line and column of a syntax error, and plain words for files that are not JSON at all. */
export type JsonTextResult = { ok: true; value: unknown } | { ok: false; error: string };

export function parseJsonText(text: string): JsonTextResult {
  if (text.trim().length === 0) return { ok: false, error: 'the file is empty' };
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096)))
    return { ok: false, error: 'the file is binary, not JSON text' };
  try {
    return { ok: true, value: JSON.parse(stripBom(text)) };
  } catch {
    return { ok: false, error: describeSyntaxError(stripBom(text)) };
  }
}

/** JSON.parse's messages carry no position on every Node version; jsonc-parser's scanner finds the first error. */
function describeSyntaxError(text: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return 'not valid JSON';
  const atEnd = first.offset >= text.trimEnd().length;
  const { line, column } = lineColumnAt(text, first.offset);
  const reason = READABLE[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error);
  return `not valid JSON at line ${line}, column ${column}${atEnd ? ' (the text ends early)' : ''}: ${reason}`;
}

const READABLE: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unfinished comment',
  UnexpectedEndOfString: 'unfinished string',
  UnexpectedEndOfNumber: 'unfinished number',
  InvalidUnicode: 'bad \\u escape',
  InvalidEscapeCharacter: 'bad escape character',
  InvalidCharacter: 'control character inside a string',
};

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
