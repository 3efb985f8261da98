// Type-checked by test/types.test.mjs (tsc --noEmit): the plugin as a flat config uses it.
import timlint, { type CreateGroupOptions } from 'eslint-plugin-timlint';
import type { Linter } from 'eslint';

const options: CreateGroupOptions = {
  callees: ['*.createGroup', { callee: 'api.post', argument: 1 }],
  plan: 'pro',
  lang: 'zh-CN',
  messages: { 'too-many-bytes': '{field}: {bytes}/{max}' },
};
// @ts-expect-error: not a message ID
export const badId: CreateGroupOptions = { messages: { 'too-many-byte': 'x' } };
export const config: Linter.Config[] = [timlint.configs.recommended, { rules: { 'timlint/create-group': ['error', options] } }];
// @ts-expect-error: not an option
export const bad: CreateGroupOptions = { dialect: 'web' };
