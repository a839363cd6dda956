import tseslint from 'typescript-eslint';

const forbiddenInCore = [
  'electron',
  'react',
  'react-dom',
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'path',
  'node:path',
  'child_process',
  'node:child_process',
];

export default tseslint.config(
  { ignores: ['out/**', '.tmp*/**', 'node_modules/**', 'coverage/**', 'tests/e2e/screenshots/**', 'templates/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The core is pure: the same code runs in Electron main, the CLI, the server and the tests.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbiddenInCore.map((name) => ({
            name,
            message: 'src/core stays pure: do I/O in src/node and pass values in.',
          })),
          patterns: [
            {
              group: ['**/node/*', '**/main/*', '**/renderer/*', '**/server/*', '**/cli/*'],
              message: 'src/core must not import the shells or node adapters.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'fetch',
        'process',
        'require',
      ],
    },
  },
  {
    // The renderer reaches the machine only through the API object.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', '**/node/*', '**/main/*', '**/server/*', '**/cli/*'],
              message: 'The renderer talks only to the API object.',
            },
          ],
        },
      ],
    },
  },
);
