// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Layers: domain <- commands/queries <- http/cli/jobs; web talks only HTTP. */
const ioModules = [
  'node:fs', 'node:fs/promises', 'fs', 'node:net', 'node:http', 'node:child_process', 'node:worker_threads',
  'kysely', 'better-sqlite3', 'pg', 'fastify', 'fastify/*', '@fastify/*', 'react', 'react-dom',
];

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'bench/tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ioModules.filter((m) => !m.includes('*')).map((name) => ({ name, message: 'src/domain is pure: no I/O.' })),
          patterns: [
            { group: ['fastify/*', '@fastify/*'], message: 'src/domain is pure: no I/O.' },
            { group: ['**/db/**', '**/http/**', '**/commands/**', '**/queries/**', '**/jobs/**', '**/cli/**', '**/web/**'], message: 'src/domain imports nothing outside the domain.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/commands/**/*.ts', 'src/queries/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/http/**', '**/cli/**', '**/jobs/**', '**/web/**', 'fastify', '@fastify/*'], message: 'commands and queries do not know the transport.' }] }],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/db/**', '**/commands/**', '**/queries/**', '**/http/**', '**/cli/**', '**/jobs/**', 'kysely', 'better-sqlite3', 'pg', 'fastify'], message: 'The web app talks only HTTP.' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
