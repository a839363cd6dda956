import path from 'node:path';
import { resolveLibraryDir } from '../node/library-location';
import { DEFAULT_RESUME_PATH, PROJECT_ROOT } from '../node/load-resume';
import { userTemplatesDirFor } from '../node/template-store';

/** Where this launch keeps its files. The shells build it once; tests point it at temporary folders. */
export interface ServiceContext {
  resumePath: string;
  /** The built-in templates (templates/ in the app). */
  templatesDir: string;
  /** The person's own templates, looked up after the built-in ones (see userTemplatesDirFor). */
  userTemplatesDir?: string;
  /** The variant library folder. */
  libraryDir: string;
  /** The app's settings file (theme, defaults, window bounds). */
  settingsFile: string;
  /**
   * Electron asks the person where to save an export (a native dialog) and returns the path, or null when they
   * cancel. Absent in the browser build, where the export travels back as bytes and the browser downloads it.
   */
  chooseSavePath?: (defaultName: string, format: 'pdf' | 'docx' | 'png') => Promise<string | null>;
  /**
   * Method inputs may name files on this disk (the CLI, whose own user typed them). IPC and HTTP callers may not:
   * the page sends the bytes it was given instead.
   */
  localPaths?: boolean;
}

export function defaultServiceContext(overrides: Partial<ServiceContext> = {}): ServiceContext {
  const libraryDir = overrides.libraryDir ?? resolveLibraryDir();
  return {
    resumePath: process.env.TAILOR_RESUME ?? DEFAULT_RESUME_PATH,
    templatesDir: path.join(PROJECT_ROOT, 'templates'),
    userTemplatesDir: userTemplatesDirFor(libraryDir),
    libraryDir,
    // Beside the library's folder ("…/Tailor/variants" -> "…/Tailor/settings.json") unless told otherwise.
    settingsFile: process.env.TAILOR_SETTINGS ?? path.join(path.dirname(libraryDir), 'settings.json'),
    ...overrides,
  };
}

/** Where templates are looked up by id, in order: built-in first, so a user file never shadows a built-in one. */
export function templateFolders(ctx: ServiceContext): string[] {
  return ctx.userTemplatesDir ? [ctx.templatesDir, ctx.userTemplatesDir] : [ctx.templatesDir];
}
