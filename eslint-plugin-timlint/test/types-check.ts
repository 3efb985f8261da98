// Type-checked by test/types.test.mjs (tsc --noEmit): the plugin as a flat config uses it.
import timlint, { type CreateGroupOptions, type GroupCallsOptions } from 'eslint-plugin-timlint';
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

// Calls other than createGroup: a callee with its call, the map form, the group's type.
const calls: GroupCallsOptions = {
  callees: [{ callee: 'im.edit', api: 'updateGroupProfile' }],
  restCallees: { 'imRest.modify': 'modify-group', 'imRest.add': 'add_group_member' },
  groupType: 'Private',
};
export const both: Linter.Config = { rules: { 'timlint/group-calls': ['error', calls] } };
export const rule = timlint.rules['group-calls'];
// @ts-expect-error: not a call
export const badCall: CreateGroupOptions = { restCallees: { 'imRest.delete': 'delete-group' } };
