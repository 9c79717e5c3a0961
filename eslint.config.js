import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Layer boundaries (DESIGN.md): core imports nothing of server, web, cli or node; web and server never
// import each other; shared depends on nothing but zod.
const forbid = (groups, message) => ['error', { patterns: groups.map((group) => ({ group, message })) }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [['node:*', 'fs', 'path', 'os', 'crypto', '**/server/**', '**/web/**', '**/cli/**', 'kysely', 'better-sqlite3', 'pg']],
        'src/core is pure: no IO, no database, no server, web or cli code.',
      ),
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'src/core takes a seeded generator' },
        { object: 'Date', property: 'now', message: 'src/core has no clock: pass the time in' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core has no clock: pass the time in' }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid([['node:*', '**/server/**', '**/web/**', '**/cli/**']], 'src/shared holds schemas only.'),
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': forbid([['node:*', '**/server/**', '**/cli/**']], 'the web app talks to the server through the API only.'),
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid([['**/web/**', '**/cli/**']], 'the server does not import the web app or the CLI.'),
    },
  },
);
