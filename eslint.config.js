import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

// Layer boundaries (docs/design.md): core imports nothing of server, web, cli or node; web and server never
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
  // The house rules between parts of the codebase (docs/decisions/README.md), checked on product code; tests and
  // their fixtures may set up with any module. The first element a file matches is its kind.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*.test-support.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        { type: 'core', pattern: 'src/core' },
        { type: 'shared', pattern: 'src/shared' },
        { type: 'web-feature', pattern: 'src/web/features/*', capture: ['feature'] },
        { type: 'web', pattern: 'src/web' },
        { type: 'server-module', pattern: 'src/server/modules/*', capture: ['module'] },
        { type: 'server-workers', pattern: 'src/server/workers' },
        { type: 'server', pattern: 'src/server' },
        { type: 'cli', pattern: 'src/cli' },
      ],
      // A module's service is the one door other modules may use.
      'boundaries/files': [{ category: 'service', pattern: '**/*.service.ts' }],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'core' } },
              disallow: { to: { element: { types: { noneOf: ['core', 'shared'] } } } },
              message: 'src/core is pure: it imports only core and shared code.',
            },
            {
              from: { element: { type: 'shared' } },
              disallow: { to: { element: { types: { noneOf: ['shared', 'core'] } } } },
              message: "src/shared holds schemas (which may read with the core's pure parsers): it imports nothing of server, web or cli.",
            },
            {
              from: { element: { types: { anyOf: ['web', 'web-feature'] } } },
              disallow: { to: { element: { types: { anyOf: ['server', 'server-module', 'server-workers', 'cli'] } } } },
              message: 'the web app talks to the server through the API only.',
            },
            {
              from: { element: { type: 'web-feature' } },
              disallow: { to: { element: { type: 'web-feature', captured: { feature: '!{{ from.element.captured.feature }}' } } } },
              message: 'a web feature never imports another feature: move what several share to src/web/components or src/web/lib.',
            },
            {
              from: { element: { type: 'server-module' } },
              disallow: { to: { element: { type: 'server-module', captured: { module: '!{{ from.element.captured.module }}' } } } },
              message: "a server module reaches another module only through that module's service (modules/<m>/<m>.service.ts).",
            },
            // The last policy that matches decides: a module's service stays open to the other modules.
            { from: { element: { type: 'server-module' } }, allow: { to: { element: { type: 'server-module' }, file: { categories: 'service' } } } },
            {
              from: { element: { types: { anyOf: ['server', 'server-module', 'server-workers'] } } },
              disallow: { to: { element: { types: { anyOf: ['web', 'web-feature', 'cli'] } } } },
              message: 'the server does not import the web app or the CLI.',
            },
            {
              from: { element: { type: 'cli' } },
              disallow: { to: { element: { types: { anyOf: ['server-module', 'web', 'web-feature'] } } } },
              message: "the CLI uses the server's public entry points (runtime, services, workers, config), not module internals.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/core/**/*.test-support.ts'],
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
