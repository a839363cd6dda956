import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseJsonText } from '../core/resume/parse-json-text';
import { parseTemplate, type Template } from '../core/render/template-schema';
import { TemplateId } from '../core/tailor/variant-schema';
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
 * A template by name ("classic"), looked up in templates/ (or the folders given, in order). Only a name: a variant,
 * the settings and the API name templates by id, so a value like "/etc/hostname" or a UNC path is refused before the
 * disk is touched. Fonts are always looked up in the fonts folder beside the template file.
 */
export async function loadTemplate(
  name: string = DEFAULT_TEMPLATE,
  dirs: string | readonly string[] = TEMPLATES_DIR,
): Promise<LoadTemplateResult> {
  const folders = typeof dirs === 'string' ? [dirs] : dirs;
  if (!TemplateId.safeParse(name).success)
    return {
      ok: false,
      error: `"${name.length > 60 ? `${name.slice(0, 57)}...` : name}" is not a template name: templates are named by up to 40 lower-case letters, digits and dashes (like "classic"), never by a file path`,
      problems: [],
    };
  for (const dir of folders) {
    const file = path.join(dir, `${name}.json`);
    // A symlink in templates/ could point anywhere; only a real file in the folder is a template.
    const st = await fs.lstat(file).catch(() => null);
    if (st?.isFile()) return loadTemplateFile(file);
  }
  const names = [...new Set((await Promise.all(folders.map((d) => listTemplates(d)))).flat())].sort();
  return {
    ok: false,
    error: `no template named "${name}"; the templates are: ${names.join(', ') || '(none)'}`,
    problems: [],
  };
}

/** `tailor export --template FILE`: the person at the command line may name a template file of their own. */
export async function loadTemplateArg(nameOrFile: string): Promise<LoadTemplateResult> {
  return TemplateId.safeParse(nameOrFile).success ? loadTemplate(nameOrFile) : loadTemplateFile(nameOrFile);
}

/** A template .json file by path; its fonts come from the fonts folder beside it. */
export async function loadTemplateFile(nameOrFile: string): Promise<LoadTemplateResult> {
  const file = path.resolve(nameOrFile);
  const read = await readTextFile(file, MAX_TEMPLATE_BYTES);
  if (!read.ok) return { ok: false, error: `template ${read.error}`, problems: [] };
  const json = parseJsonText(read.text);
  if (!json.ok) return { ok: false, error: `template ${file}: ${json.error}`, problems: [] };
  const parsed = parseTemplate(json.value);
  if (!parsed.ok) return { ok: false, error: `template ${file}: ${parsed.error}`, problems: parsed.problems };
  return { ok: true, template: parsed.template, file, fontsDir: path.join(path.dirname(file), 'fonts') };
}
