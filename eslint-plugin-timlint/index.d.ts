// Types of eslint-plugin-timlint.
import type { ESLint, Linter, Rule } from 'eslint';
import type { Limits, Plan, Lang, Preset } from 'timlint';

/** A callee pattern (`chat.createGroup`, `*.createGroup`), or one with the argument to check. */
export type Callee = string | { callee: string; argument?: number };

/** The options of `timlint/create-group` (one object; every key optional). */
export interface CreateGroupOptions {
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
  preset?: Preset;
  limits?: Partial<Limits>;
  plan?: Plan | null;
  groupKeys?: string[] | null;
  memberKeys?: string[] | null;
  lang?: Lang;
  maxDiagnostics?: number;
}

declare const plugin: ESLint.Plugin & {
  rules: { 'create-group': Rule.RuleModule };
  configs: { recommended: Linter.Config };
};
export default plugin;
