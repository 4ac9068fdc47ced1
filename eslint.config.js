import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests poke at untyped JSON and use chai's property assertions (`expect(x).to.exist`).
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The benchmark's in-page half runs in the browser.
    files: ['test/bench/page.js', 'test/bench/workload.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/bench/run.mjs', 'test/tools/bundle-size.mjs', 'test/embed/run.mjs', 'test/package/run.mjs'],
    languageOptions: { globals: globals.node },
  },
);
