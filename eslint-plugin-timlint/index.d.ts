// Types of eslint-plugin-timlint.
import type { ESLint, Linter, Rule } from 'eslint';
import type { MessageId, Options } from 'timlint';

/** A call timlint checks: its own name or any name timlint reads (`modify-group`, `updateGroupProfile`, `add_group_member`, …). */
export type Api = Options['api'];

/**
 * A callee pattern (`chat.createGroup`, `*.updateGroupProfile`), or one with the argument to
 * check and the call it is for (default: its method's, e.g. `updateGroupProfile`: modify-group;
 * a method that names no call: create-group).
 */
export type Callee = string | { callee: string; argument?: number; api?: Api };

/** Callee patterns, or a map of each pattern to its call (`{ 'imRest.modifyGroup': 'modify-group' }`). */
export type Callees = Callee[] | Record<string, NonNullable<Api>>;

/**
 * The options of `timlint/group-calls` (= `timlint/create-group`; one object; every key optional): which calls, and
 * timlint's own options (pkg/index.d.ts `Options`; the dialect comes from the call).
 */
export interface CreateGroupOptions
  extends Pick<Options, 'preset' | 'limits' | 'plan' | 'groupType' | 'groupKeys' | 'memberKeys' | 'lang' | 'maxDiagnostics'> {
  /** Your own wording per message ID: templates with timlint's placeholders (no functions). */
  messages?: Partial<Record<MessageId, string>>;
  /**
   * Web SDK calls. Default: `createGroup`, `updateGroupProfile`, `addGroupMember`,
   * `createTopicInCommunity`, `setGroupMemberNameCard`, `setGroupMemberCustomField`,
   * `setGroupMemberRole` and `setGroupMemberMuteTime` on `chat`, `tim` and `TUIGroupService`.
   */
  callees?: Callees;
  /** Helpers that send a REST body, each with its call (create-group unless its name says). Default none. */
  restCallees?: Callees;
  /** Names whose `.TYPES.*` are the SDK's constants. Default `['TencentCloudChat', 'TIM', 'TUIChatEngine']`. */
  sdkObjects?: string[];
  /** Report timlint's diagnostics of this severity and above. Default `'warning'`. */
  minSeverity?: 'error' | 'warning' | 'info';
  /** Append timlint's help to the message. Default `true`. */
  help?: boolean;
}

/** The same options under the rule's newer name. */
export type GroupCallsOptions = CreateGroupOptions;

declare const plugin: ESLint.Plugin & {
  rules: { 'group-calls': Rule.RuleModule; 'create-group': Rule.RuleModule };
  configs: { recommended: Linter.Config };
};
export default plugin;
