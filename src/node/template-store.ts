import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseJsonText } from '../core/resume/parse-json-text';
import { parseTemplate, type Template } from '../core/render/template-schema';
import { PROJECT_ROOT } from './load-resume';
import { readTextFile } from './read-text-file';

export const TEMPLATES_DIR = path.join(PROJECT_ROOT, 'templates');
export const FONTS_DIR = path.join(TEMPLATES_DIR, 'fonts');
export const DEFAULT_TEMPLATE = 'classic';
const MAX_TEMPLATE_BYTES = 256 * 1024;

export type LoadTemplateResult =
  { ok: true; template: Template; file: string; fontsDir: string } | { ok: false; error: string; problems: string[] };

/** The names of the templates in templates/, sorted. */
export async function listTemplates(dir = TEMPLATES_DIR): Promise<string[]> {
  const files = await fs.readdir(dir).catch(() => [] as string[]);
  return files
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/**
 * A template by name ("classic") from templates/, or by the path of a .json file. Fonts are always looked up in
 * the fonts folder beside the template file, so a template cannot point at files elsewhere on the disk.
 */
export async function loadTemplate(
  nameOrFile: string = DEFAULT_TEMPLATE,
  dir = TEMPLATES_DIR,
): Promise<LoadTemplateResult> {
  const byName = /^[a-z0-9-]+$/.test(nameOrFile);
  const file = byName ? path.join(dir, `${nameOrFile}.json`) : path.resolve(nameOrFile);
  if (byName && !(await exists(file))) {
    const names = await listTemplates(dir);
    return {
      ok: false,
      error: `no template named "${nameOrFile}"; the templates are: ${names.join(', ') || '(none)'}`,
      problems: [],
    };
  }
  const read = await readTextFile(file, MAX_TEMPLATE_BYTES);
  if (!read.ok) return { ok: false, error: `template ${read.error}`, problems: [] };
  const json = parseJsonText(read.text);
  if (!json.ok) return { ok: false, error: `template ${file}: ${json.error}`, problems: [] };
  const parsed = parseTemplate(json.value);
  if (!parsed.ok) return { ok: false, error: `template ${file}: ${parsed.error}`, problems: parsed.problems };
  return { ok: true, template: parsed.template, file, fontsDir: path.join(path.dirname(file), 'fonts') };
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}
