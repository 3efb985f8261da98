// eslint-plugin-timlint: one rule, `timlint/group-calls` (also under its first name,
// `timlint/create-group`), and a `recommended` flat config.
import { readFileSync } from 'node:fs';
import { createGroup } from './lib/rule.js';

const { name, version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const plugin = {
  meta: { name, version },
  // One rule under two names: `create-group` is what it was called when createGroup was the
  // only call it knew, kept so that existing configs go on working. Enable one of them.
  rules: { 'group-calls': createGroup, 'create-group': createGroup },
  configs: {},
};

/**
 * `timlint.configs.recommended` in eslint.config.js: the rule as an error on every file ESLint
 * lints. No `files` of its own: the project's other configs decide which files (TypeScript,
 * Vue) are linted and with which parser, and this one applies to them all.
 */
plugin.configs.recommended = {
  name: 'timlint/recommended',
  plugins: { timlint: plugin },
  rules: { 'timlint/create-group': 'error' },
};

export default plugin;
