import type { z } from 'zod';
import { formatPath, Resume } from './schema';

export interface ValidationProblem {
  path: string;
  message: string;
}

export type ValidateResult = { ok: true; resume: Resume } | { ok: false; problems: ValidationProblem[] };

/** Checks any value against the resume schema; problems read like `sections[2].entries[0].bullets[1].text: must not be empty`. */
export function validateResume(value: unknown): ValidateResult {
  const parsed = Resume.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, resume: parsed.data };
  return { ok: false, problems: describeIssues(parsed.error.issues) };
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length) {
      out.push(...describeIssues(issue.errors[0] ?? []).map((p) => ({ ...p, path: joinPath(issue.path, p.path) })));
      continue;
    }
    out.push({ path: formatPath(issue.path), message: humanMessage(issue) });
  }
  return out;
}

function joinPath(prefix: readonly PropertyKey[], rest: string): string {
  const head = formatPath(prefix);
  if (head === '(root)') return rest;
  if (rest === '(root)') return head;
  return rest.startsWith('[') ? head + rest : `${head}.${rest}`;
}

function humanMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is required (${issue.expected})`;
      return `must be ${article(issue.expected)}, not ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array' && issue.minimum === 1)
        return issue.message.startsWith('must') ? issue.message : 'must not be empty';
      return issue.message;
    default:
      return issue.message;
  }
}

function article(t: string): string {
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return v.length > 30 ? 'a string' : `"${v}"`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}
