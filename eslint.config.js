import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, __TEST_HANDLE__: 'readonly' } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
    }
  },
  {
    rules: {
      // Names starting with _ are deliberately unused: callback arguments with a fixed signature, and
      // properties taken out of an object by destructuring so that the rest can be passed on.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  // Which way imports go (README, "Where things are"): src/lib/data is the contract between the geo build and the
  // app and imports neither; the app never imports geo/; geo/ takes from src/ only the contract. And no cycles.
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/extensions': ['.ts', '.js', '.svelte'],
      'import-x/parsers': { 'svelte-eslint-parser': ['.svelte'], '@typescript-eslint/parser': ['.ts', '.js'] }
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src',
              from: './geo',
              // The geo build's outputs the site does not ship (the story, bundled into the app) are data, not code.
              except: ['./output'],
              message: 'The app does not import the geo build: share through the contract in src/lib/data.'
            },
            {
              target: './src/lib/data',
              from: './src',
              except: ['./lib/data'],
              message: 'src/lib/data is the contract: it imports only itself (and packages).'
            },
            {
              target: './geo',
              from: './src',
              except: ['./lib/data'],
              message: 'The geo build takes from src/ only the contract in src/lib/data.'
            }
          ]
        }
      ]
    }
  },
  {
    ignores: [
      'build/',
      'build-test/',
      '.svelte-kit/',
      'static/data/',
      'test-results/',
      'playwright-report/',
      'bench-results/'
    ]
  }
);
