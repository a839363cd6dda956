import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJsonText } from '../core/resume/parse-json-text';
import { validateResume, type ValidationProblem } from '../core/resume/validate-resume';
import type { Resume } from '../core/resume/schema';
import { readTextFile } from './read-text-file';

export const MAX_RESUME_BYTES = 5 * 1024 * 1024;

/** The project root, found from this file so the CLI works from any working directory. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_RESUME_PATH = path.join(PROJECT_ROOT, 'resume-data', 'master.json');

export type LoadResumeResult =
  | { ok: true; resume: Resume; file: string }
  | { ok: false; file: string; error: string; problems?: ValidationProblem[]; missing?: true };

export async function loadResumeFile(file: string = DEFAULT_RESUME_PATH): Promise<LoadResumeResult> {
  const read = await readTextFile(file, MAX_RESUME_BYTES);
  if (!read.ok) return { ok: false, file, error: read.error, ...(read.missing ? { missing: true as const } : {}) };
  const json = parseJsonText(read.text);
  if (!json.ok) return { ok: false, file, error: `${file}: ${json.error}` };
  const v = validateResume(json.value);
  if (!v.ok) return { ok: false, file, error: `${file}: ${v.problems.length} problem(s)`, problems: v.problems };
  return { ok: true, resume: v.resume, file };
}
