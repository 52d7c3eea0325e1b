// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Layers: domain <- commands/queries <- http/cli/jobs; web talks only HTTP. */
const ioModules = [
  'node:fs',
  'node:fs/promises',
  'fs',
  'node:net',
  'node:http',
  'node:child_process',
  'node:worker_threads',
  'kysely',
  'better-sqlite3',
  'pg',
  'fastify',
  'fastify/*',
  '@fastify/*',
  'react',
  'react-dom',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'data/**',
      'node_modules/**',
      'coverage/**',
      'test-output/**',
      'bench/tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Type-aware rules: a forgotten await, a promise passed where a callback returns void, and a
    // switch that misses a member of a union are bugs the type checker alone does not report.
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.ts', 'bench/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ioModules
            .filter((m) => !m.includes('*'))
            .map((name) => ({ name, message: 'src/domain is pure: no I/O.' })),
          patterns: [
            { group: ['fastify/*', '@fastify/*'], message: 'src/domain is pure: no I/O.' },
            {
              group: [
                '**/db/**',
                '**/http/**',
                '**/commands/**',
                '**/queries/**',
                '**/jobs/**',
                '**/cli/**',
                '**/web/**',
              ],
              message: 'src/domain imports nothing outside the domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/http/**',
                '**/cli/**',
                '**/jobs/**',
                '**/web/**',
                'fastify',
                '@fastify/*',
              ],
              message: 'commands and queries do not know the transport.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/queries/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/http/**',
                '**/cli/**',
                '**/jobs/**',
                '**/web/**',
                'fastify',
                '@fastify/*',
              ],
              message: 'commands and queries do not know the transport.',
            },
            {
              group: ['**/commands/**'],
              message:
                'A query reads; it never imports a command (shared pieces live in src/db or src/domain).',
            },
          ],
        },
      ],
    },
  },
  {
    // Routes hand requests to commands and queries; they never build database statements (issue 11).
    files: ['src/http/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|transaction|executeQuery)$/]',
          message: 'A route does not call the database: put the statement in a command or query.',
        },
        {
          selector: "TaggedTemplateExpression[tag.name='sql']",
          message: 'A route does not call the database: put the statement in a command or query.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'kysely',
              message:
                'A route does not call the database: put the statement in a command or query.',
            },
          ],
          // Authorisation happens in commands and queries through the policy, never in a route
          // (issue 11): a route that checks abilities or scope is a second, drifting rule.
          patterns: [
            {
              group: ['**/domain/access/*.policy.js'],
              message:
                'A route does not authorise: call a command or query that applies the policy.',
            },
            {
              group: ['**/domain/access/actor.js'],
              importNames: ['hasAbility', 'inScope'],
              message:
                'A route does not authorise: call a command or query that applies the policy.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/db/**',
                '**/commands/**',
                '**/queries/**',
                '**/http/**',
                '**/cli/**',
                '**/jobs/**',
                'kysely',
                'better-sqlite3',
                'pg',
                'fastify',
              ],
              message: 'The web app talks only HTTP.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
