import path from 'node:path';
import { DEFAULT_RESUME_PATH, PROJECT_ROOT } from '../node/load-resume';

/** Where this launch keeps its files. The shells build it once; tests point it at temporary folders. */
export interface ServiceContext {
  resumePath: string;
  templatesDir: string;
}

export function defaultServiceContext(overrides: Partial<ServiceContext> = {}): ServiceContext {
  return {
    resumePath: process.env.TAILOR_RESUME ?? DEFAULT_RESUME_PATH,
    templatesDir: path.join(PROJECT_ROOT, 'templates'),
    ...overrides,
  };
}
