import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'tests/artifacts/', 'tests/.generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration once at the entry point and pass it down (house style 5).',
        },
      ],
    },
  },
  {
    // Entry points and scripts are where the environment is read.
    files: [
      '**/cli.ts',
      '**/main.ts',
      'ingest/lance-environment.ts',
      'scripts/**',
      'bench/**',
      'tests/**',
      '*.config.ts',
      '**/*.mjs',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Layering: the web app sees the server only through the contract's public entry (types, route types).
    files: ['web/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)server/(?!contract/index\\.ts$)',
              message:
                'The web app imports from the server only server/contract/index.ts (the API contract).',
            },
          ],
        },
      ],
    },
  },
);
