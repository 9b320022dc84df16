// ESLint flat config: typescript-eslint strict, React hooks rules, and the layer rule that keeps
// the pure layers (model, search, io, state) free of React, Cytoscape and the DOM.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const domGlobals = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'HTMLElement',
  'Element',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/model/**', 'src/search/**', 'src/io/**', 'src/state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'Pure layers must not import React.',
            },
            {
              group: ['cytoscape', 'cytoscape-*'],
              message: 'Pure layers must not import Cytoscape.',
            },
            {
              group: ['**/ui/**', '**/view/**'],
              message: 'Pure layers must not import upward (ui, view).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: 'Pure layers must not touch the DOM.' })),
      ],
    },
  },
  {
    files: ['src/view/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '**/ui/**', '**/state/**', '**/search/**', '**/io/**'],
              message:
                'The view adapter imports only the model and Cytoscape (not React, ui, state, search or io).',
            },
          ],
        },
      ],
    },
  },
);
