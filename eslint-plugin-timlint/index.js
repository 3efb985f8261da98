// eslint-plugin-timlint: one rule, `timlint/create-group`, and a `recommended` flat config.
import { readFileSync } from 'node:fs';
import { createGroup } from './lib/rule.js';

const { name, version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const plugin = {
  meta: { name, version },
  rules: { 'create-group': createGroup },
  configs: {},
};

/** `...timlint.configs.recommended` in eslint.config.js: the rule as an error on JS and TS files. */
plugin.configs.recommended = {
  name: 'timlint/recommended',
  files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue}'],
  plugins: { timlint: plugin },
  rules: { 'timlint/create-group': 'error' },
};

export default plugin;
