// The sample project's ESLint configuration: the plugin's recommended config, TypeScript
// files through typescript-eslint's parser, the Name limit the project keeps to, and the
// server's REST helper named.
import tsParser from '@typescript-eslint/parser';
import timlint from 'eslint-plugin-timlint';

export default [
  timlint.configs.recommended,
  {
    // The Name limit this project's groups keep to, stated so that it does not move with the
    // package's default.
    rules: { 'timlint/create-group': ['error', { limits: { name: 30 } }] },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
  },
  {
    files: ['src/server/**'],
    rules: {
      'timlint/create-group': ['error', { restCallees: ['imRest.createGroup'], plan: 'pro', limits: { name: 30 } }],
    },
  },
];
