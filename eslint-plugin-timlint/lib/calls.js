// Which calls the rule knows: the Web SDK's method of each group call (reference sheet
// group-apis §0, the Web column), on the names Tencent's docs and TUIKit give its objects. The
// calls' names and which method is which call are timlint's (`timlint/options`, generated from
// the Rust vocabulary), not restated here.
import { vocabularies } from 'timlint/options';

/** The Web SDK's methods of the group calls timlint checks (import-group has none: REST only). */
export const WEB_METHODS = Object.freeze([
  'createGroup',
  'updateGroupProfile',
  'addGroupMember',
  'createTopicInCommunity',
  'setGroupMemberNameCard',
  'setGroupMemberCustomField',
  'setGroupMemberRole',
  'setGroupMemberMuteTime',
]);

/** The names the Web SDK's object goes by: Tencent's docs (`chat`, v2 `tim`) and TUIKit's service. */
export const WEB_OBJECTS = Object.freeze(['chat', 'tim', 'TUIGroupService']);

/** Every method on every object: `chat.createGroup`, …, `TUIGroupService.setGroupMemberMuteTime`. */
export const DEFAULT_CALLEES = Object.freeze(WEB_OBJECTS.flatMap((o) => WEB_METHODS.map((m) => `${o}.${m}`)));

/** The calls' own names: `create-group`, `modify-group`, … */
export const APIS = Object.freeze([...vocabularies.api.values]);

/** Every name timlint reads as a call: the own names, REST endpoints and SDK methods. */
export const API_NAMES = Object.freeze([...APIS, ...Object.keys(vocabularies.api.aliases)]);

/** The call a name stands for, written as timlint lists it (`modify-group`, `updateGroupProfile`, `add_group_member`); else null. */
export function apiOf(name) {
  if (APIS.includes(name)) return name;
  return Object.hasOwn(vocabularies.api.aliases, name) ? vocabularies.api.aliases[name] : null;
}

/** The call a callee pattern is for when it does not say: its method's (`*.updateGroupProfile`), else create-group. */
export const apiOfPattern = (pattern) => apiOf(pattern.split('.').at(-1)) ?? 'create-group';
