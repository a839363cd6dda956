import os from 'node:os';
import path from 'node:path';

export interface LibraryLocationInput {
  /** `--library DIR` */
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
  cwd?: string;
}

/**
 * Where the variant library lives: `--library DIR`, else TAILOR_LIBRARY, else the OS's app-data folder for Tailor
 * plus /variants. (Electron's app.getPath('userData') is that same folder only when the app's productName is
 * "Tailor"; the Electron shell should pass its own path as the flag rather than rely on that.)
 */
export function resolveLibraryDir(input: LibraryLocationInput = {}): string {
  const env = input.env ?? process.env;
  const cwd = input.cwd ?? process.cwd();
  const platform = input.platform ?? process.platform;
  const p = platform === 'win32' ? path.win32 : path.posix;
  if (input.flag?.trim()) return p.resolve(cwd, input.flag);
  if (env.TAILOR_LIBRARY?.trim()) return p.resolve(cwd, env.TAILOR_LIBRARY);
  return defaultLibraryDir(env, platform, input.home ?? os.homedir());
}

export function defaultLibraryDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32')
    return path.win32.join(env.APPDATA?.trim() || path.win32.join(home, 'AppData', 'Roaming'), 'Tailor', 'variants');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Tailor', 'variants');
  // XDG says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME?.trim();
  const base = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.config');
  return path.posix.join(base, 'Tailor', 'variants');
}
