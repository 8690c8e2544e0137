import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// loading node:fs/promises costs every start ~2 ms (src/core/async-fs.ts says why)
const FS_PROMISES_MESSAGE = 'Use `fs` from src/core/async-fs.ts: node:fs/promises costs every start ~2 ms.';
const FS_PROMISES = [
  { name: 'node:fs/promises', message: FS_PROMISES_MESSAGE },
  { name: 'fs/promises', message: FS_PROMISES_MESSAGE },
  { name: 'node:fs', importNames: ['promises'], message: FS_PROMISES_MESSAGE },
  { name: 'fs', importNames: ['promises'], message: FS_PROMISES_MESSAGE },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', '.tools/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/core/async-fs.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: FS_PROMISES }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/async-fs.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: FS_PROMISES,
          patterns: [
            {
              group: ['@actions/*'],
              message: 'src/core is toolkit-agnostic: pass adapters in from src/action.',
            },
          ],
        },
      ],
    },
  },
);
