import path from 'node:path';
import { resolveLibraryDir } from '../node/library-location';
import { DEFAULT_RESUME_PATH } from '../node/load-resume';
import { defaultServiceContext, type ServiceContext } from '../service/service-context';

export interface CliPlaces {
  /** --resume (default resume-data/master.json; TAILOR_RESUME is the app's, not the CLI's). */
  resume?: string | undefined;
  /** --library, else $TAILOR_LIBRARY, else the app-data folder. */
  library?: string | undefined;
  /** Where an export goes: --out, or a file named for the job in --dir. */
  out?: ((defaultName: string) => string) | undefined;
  /** A folder holding a template file the person named with --template FILE. */
  templatesDir?: string | undefined;
}

/** The CLI's own service context: paths come from flags, and the "save dialog" answers with --out. */
export function cliContext(places: CliPlaces = {}): ServiceContext {
  const out = places.out;
  return defaultServiceContext({
    resumePath: path.resolve(places.resume ?? DEFAULT_RESUME_PATH),
    libraryDir: resolveLibraryDir({ flag: places.library }),
    localPaths: true,
    ...(places.templatesDir ? { templatesDir: places.templatesDir } : {}),
    ...(out ? { chooseSavePath: async (defaultName: string) => out(defaultName) } : {}),
  });
}
