/**
 * The person's own settings for Tailor, read from the environment by src/ (service-context, main, library-location).
 * A test must never pick them up: a shell with TAILOR_RESUME set would otherwise point the suite at their resume.
 */
export const USER_ENV_VARS = ['TAILOR_RESUME', 'TAILOR_LIBRARY', 'TAILOR_SETTINGS'] as const;

/** A copy of `env` without the person's Tailor variables; spawn helpers add explicit values on top. */
export function cleanTestEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of USER_ENV_VARS) delete copy[name];
  return copy;
}
