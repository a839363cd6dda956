import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Exports shell out to LibreOffice and poppler; two cores are all we have.
    pool: 'forks',
    maxWorkers: 2,
  },
});
