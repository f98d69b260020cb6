// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { readdirSync, existsSync } from 'node:fs';

/** The core's four rooms (docs/decisions/013-core-in-four-rooms.md): each is entered only through its index.ts. */
const rooms = ['corpus', 'tagging', 'search', 'view'];

/** Everything outside src/core that may import it. */
const outsideCore = [
  ...readdirSync('src', { withFileTypes: true })
    .filter((d) => d.name !== 'core')
    .map((d) => `./src/${d.name}`),
  './scripts',
  './e2e',
];

const features = existsSync('src/features')
  ? readdirSync('src/features', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'playwright-report',
      'test-results',
      'src/generated',
      'bench-results',
      '.tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.node.json', 'tsconfig.test.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Corpus text is untrusted: never render it as HTML.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Corpus text is untrusted: never assign HTML.',
        },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
      // Layers depend one way: core <- shared (components, lib) <- features <- app.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/core', from: './src/features', message: 'core is pure: no feature code.' },
            { target: './src/core', from: './src/app', message: 'core is pure: no app code.' },
            { target: './src/core', from: './src/components', message: 'core is pure: no UI.' },
            { target: './src/core', from: './src/lib', message: 'core is pure: no browser glue.' },
            { target: './src/components', from: './src/features' },
            { target: './src/components', from: './src/app' },
            { target: './src/lib', from: './src/features' },
            { target: './src/lib', from: './src/app' },
            { target: './src/features', from: './src/app' },
            // Scripts are thin entry points over the core: they never reach into the app's UI.
            { target: './scripts', from: './src/features', message: 'scripts use the core, not the app.' },
            { target: './scripts', from: './src/app', message: 'scripts use the core, not the app.' },
            ...rooms.map((room) => ({
              target: [
                ...rooms.filter((other) => other !== room).map((other) => `./src/core/${other}`),
                ...outsideCore,
              ],
              from: `./src/core/${room}`,
              except: ['./index.ts', './__fixtures__'],
              message: `Import the ${room} room through its entry (@/core/${room} or ../${room}), not a file inside it.`,
            })),
            ...features.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message: 'Features do not import each other; they meet in src/app.',
            })),
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*', 'recharts', 'recharts/*', 'node:*'],
              message:
                'src/core is pure TypeScript shared by the CLI, the worker and the app: no React, DOM libraries, TanStack, Recharts or Node built-ins.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests of the core may read fixtures and write golden files with Node; the core itself may not.
    files: ['src/core/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  prettier,
);
