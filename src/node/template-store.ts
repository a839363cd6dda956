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

/**
 * The person's own templates live in the app-data folder, beside the settings and the library:
 * `<app data>/Tailor/templates/<id>.json`, with their fonts in `templates/fonts/` there (or the built-in fonts when
 * that folder does not exist). A built-in name always means the built-in template: a user file of the same name is
 * not used, and listTemplates says so instead of silently changing what "classic" looks like.
 */
export function userTemplatesDirFor(libraryDir: string): string {
  return path.join(path.dirname(path.resolve(libraryDir)), 'templates');
}

export interface TemplateEntry {
  name: string;
  source: 'built-in' | 'user';
  dir: string;
}

/** Built-in templates, then the person's own under names not already taken; the shadowed ones named apart. */
export async function listTemplateEntries(
  builtInDir: string,
  userDir?: string,
): Promise<{ entries: TemplateEntry[]; shadowed: string[] }> {
  const builtIn = await listTemplates(builtInDir);
  const taken = new Set(builtIn);
  const mine = userDir && path.resolve(userDir) !== path.resolve(builtInDir) ? await listTemplates(userDir) : [];
  const entries: TemplateEntry[] = builtIn.map((name) => ({ name, source: 'built-in', dir: builtInDir }));
  for (const name of mine)
    if (!taken.has(name) && TemplateId.safeParse(name).success) entries.push({ name, source: 'user', dir: userDir! });
  return { entries, shadowed: mine.filter((n) => taken.has(n)) };
}

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
    if (!st?.isFile()) continue;
    const loaded = await loadTemplateFile(file);
    // A user folder without fonts of its own borrows the built-in ones (a copy of classic.json just works).
    if (loaded.ok && dir !== folders[0] && !(await isFolder(loaded.fontsDir)))
      return { ...loaded, fontsDir: path.join(folders[0] as string, 'fonts') };
    return loaded;
  }
  const names = [...new Set((await Promise.all(folders.map((d) => listTemplates(d)))).flat())].sort();
  return {
    ok: false,
    error: `no template named "${name}"; the templates are: ${names.join(', ') || '(none)'}`,
    problems: [],
  };
}

async function isFolder(dir: string): Promise<boolean> {
  return (await fs.stat(dir).catch(() => null))?.isDirectory() ?? false;
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
