// Vitest setup file (every tier): the person's own TAILOR_* variables never reach a test or what it spawns.
import { USER_ENV_VARS } from './test-env';

for (const name of USER_ENV_VARS) delete process.env[name];
