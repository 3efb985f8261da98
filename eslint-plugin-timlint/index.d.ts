// Types of eslint-plugin-timlint.
import type { ESLint, Linter, Rule } from 'eslint';
import type { MessageId, Options } from 'timlint';

/** A callee pattern (`chat.createGroup`, `*.createGroup`), or one with the argument to check. */
export type Callee = string | { callee: string; argument?: number };

/**
 * The options of `timlint/create-group` (one object; every key optional): which calls, and
 * timlint's own options (pkg/index.d.ts `Options`; the dialect comes from the call).
 */
export interface CreateGroupOptions
  extends Pick<Options, 'preset' | 'limits' | 'plan' | 'groupKeys' | 'memberKeys' | 'lang' | 'maxDiagnostics'> {
  /** Your own wording per message ID: templates with timlint's placeholders (no functions). */
  messages?: Partial<Record<MessageId, string>>;
  /** Web SDK calls. Default `['chat.createGroup', 'tim.createGroup', 'TUIGroupService.createGroup']`. */
  callees?: Callee[];
  /** Helpers that send a REST create_group body. Default none. */
  restCallees?: Callee[];
  /** Names whose `.TYPES.*` are the SDK's constants. Default `['TencentCloudChat', 'TIM', 'TUIChatEngine']`. */
  sdkObjects?: string[];
  /** Report timlint's diagnostics of this severity and above. Default `'warning'`. */
  minSeverity?: 'error' | 'warning' | 'info';
  /** Append timlint's help to the message. Default `true`. */
  help?: boolean;
}

declare const plugin: ESLint.Plugin & {
  rules: { 'create-group': Rule.RuleModule };
  configs: { recommended: Linter.Config };
};
export default plugin;
