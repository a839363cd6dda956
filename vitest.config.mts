import { defineConfig } from 'vitest/config';

// Three tiers, chosen by path so that a new test file lands in one without being listed:
// - e2e: the renderer build in Chromium against the server build (tests/e2e).
// - integration: tests that spawn processes (the CLI, the app server, LibreOffice, poppler, Chromium) or run long;
//   new ones go under tests/cli or tests/server, or are named *.integration.test.ts.
// - unit: everything else, fast and in-process (`npm run test:unit`).
const E2E = ['tests/e2e/**/*.test.ts'];
const INTEGRATION = [
  'tests/cli/**/*.test.ts',
  'tests/server/**/*.test.ts',
  'tests/**/*.integration.test.ts',
  // Existing files that read their output back with poppler or LibreOffice, or spawn the CLI or a child process.
  'tests/core/render/docx-writer.test.ts',
  'tests/core/render/fit-pages.test.ts',
  'tests/core/render/pdf-writer.test.ts',
  'tests/core/render/render-resume.test.ts',
  'tests/core/render/subset-pixels.test.ts',
  'tests/node/import-document.test.ts',
  'tests/node/import-roundtrip.test.ts',
  'tests/node/pdf-preview.test.ts',
  'tests/node/variant-crash.test.ts',
  'tests/node/variant-export.test.ts',
  'tests/service/master-import.test.ts',
  'tests/service/render-and-export.test.ts',
  'tests/core/render/page-fit-honesty.test.ts',
  'tests/hardening/document-bombs.test.ts',
  'tests/hardening/import-out-force.test.ts',
  'tests/hardening/special-files.test.ts',
  'tests/main/set-fuses.test.ts',
  // In-process but slow: long property and fuzz runs (10 s and more each on two shared cores).
  'tests/core/render/break-lines.test.ts',
  'tests/core/render/layout-document.test.ts',
  'tests/core/render/file-name.test.ts',
  'tests/core/resume/validate-resume.test.ts',
  'tests/hardening/service-input-fuzz.test.ts',
  'tests/service/cli-methods.test.ts',
];
const IGNORED = ['node_modules/**', 'out/**'];
// Builds once before the tiers that run the built app or CLI; test files never build.
const BUILD = ['tests/support/build.global.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Exports shell out to LibreOffice and poppler; two cores are all we have.
    pool: 'forks',
    maxWorkers: 2,
    // The person's own TAILOR_RESUME, TAILOR_LIBRARY and TAILOR_SETTINGS never reach a test.
    setupFiles: ['tests/support/clean-env.setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...IGNORED, ...E2E, ...INTEGRATION] },
      },
      { extends: true, test: { name: 'integration', include: INTEGRATION, exclude: IGNORED, globalSetup: BUILD } },
      { extends: true, test: { name: 'e2e', include: E2E, exclude: IGNORED, globalSetup: BUILD } },
    ],
  },
});
