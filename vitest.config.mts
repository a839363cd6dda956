import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/e2e drive the renderer build in Chromium: `npm test` builds it first.
    exclude: ['node_modules/**', 'out/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Exports shell out to LibreOffice and poppler; two cores are all we have.
    pool: 'forks',
    maxWorkers: 2,
  },
});
