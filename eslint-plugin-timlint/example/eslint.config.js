// The sample project's ESLint configuration: the plugin's recommended config, TypeScript
// files through typescript-eslint's parser, and the server's REST helper named.
import tsParser from '@typescript-eslint/parser';
import timlint from 'eslint-plugin-timlint';

export default [
  timlint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
  },
  {
    files: ['src/server/**'],
    rules: {
      'timlint/create-group': ['error', { restCallees: ['imRest.createGroup'], plan: 'pro' }],
    },
  },
];
