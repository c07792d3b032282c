import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Page text and engine output are only ever inserted as text.
const noHtmlSinks = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Insert text with textContent; never assign innerHTML.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Never assign outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never use insertAdjacentHTML.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'Never use document.write.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never use dangerouslySetInnerHTML.' },
  // The same sinks reached through a computed key or another parser.
  { selector: "AssignmentExpression[left.computed=true][left.property.value=/^(inner|outer)HTML$/]", message: 'Never assign innerHTML or outerHTML.' },
  { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'Never parse HTML into the page; build nodes and set textContent.' },
  { selector: "CallExpression[callee.property.name='parseFromString']", message: 'Never parse HTML with DOMParser; page and engine text is text.' },
  { selector: "AssignmentExpression[left.property.name='srcdoc']", message: 'Never assign srcdoc.' },
];

// document.write and friends, however they are called.
const noHtmlSinkProperties = [
  { object: 'document', property: 'write', message: 'Never use document.write.' },
  { object: 'document', property: 'writeln', message: 'Never use document.writeln.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'test/fixtures/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...noHtmlSinks],
      'no-restricted-properties': ['error', ...noHtmlSinkProperties],
      // No code from strings: everything that runs ships in the package.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    // Tests may build hostile DOM on purpose.
    files: ['**/*.test.{ts,tsx}', 'test/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off', 'no-restricted-properties': 'off', 'no-new-func': 'off', 'no-implied-eval': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
