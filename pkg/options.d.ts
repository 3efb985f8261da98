// Generated from the options' declarations (crates/timlint/src/options.rs) and the
// payload vocabularies (domain.rs) by `TIMLINT_BLESS=1 cargo test -p timlint --test
// options_docs`: do not edit.

/** The dialect payloads are written in; `auto` detects it per payload. */
export type Dialect = "rest" | "sdk" | "web" | "auto";

/** The set of limits to start from: `default` (the REST page) or `extended` (newer native SDK pages). */
export type Preset = "default" | "extended";

/** The app's plan (either console's names); MaxMemberCount's caps and whether Community exists follow it. Also `体验版` = `trial`, `体验` = `trial`, `专业版` = `pro`, `专业` = `pro`, `旗舰版` = `ultimate`, `旗舰` = `ultimate`, `企业版` = `enterprise`, `企业` = `enterprise`. */
export type Plan = "trial" | "standard" | "pro" | "pro-plus" | "ultimate" | "enterprise" | "体验版" | "体验" | "专业版" | "专业" | "旗舰版" | "旗舰" | "企业版" | "企业";

/** The language of messages and help. Also `zh` = `zh-CN`. */
export type Lang = "en" | "zh-CN" | "zh";

/** What a rule is reported as (the `rules` option). */
export type RuleLevel = "off" | "info" | "warning" | "error";

/** Every numeric limit the rules use (bytes for text, entries for lists). */
export interface Limits {
  /** Most UTF-8 bytes in Name (default 30, extended 100). */
  name: number;
  /** Most UTF-8 bytes in Introduction (default 240, extended 400). */
  introduction: number;
  /** Most UTF-8 bytes in Notification (default 300, extended 400). */
  notification: number;
  /** Most UTF-8 bytes in FaceUrl (default 100, extended 500). */
  faceUrl: number;
  /** Most entries in MemberList; newer REST pages say 100 (default 500). */
  members: number;
  /** Most entries in the `sdk` dialect's memberList (the native SDK's backend limit) (default 20). */
  sdkMembers: number;
  /** Most bytes in GroupId (default 48). */
  groupId: number;
  /** Most bytes in Owner_Account and in Member_Account (default 32). */
  account: number;
  /** Most entries in AppDefinedData (default 10). */
  groupCustomFields: number;
  /** Most entries in one member's AppMemberDefinedData (default 5). */
  memberCustomFields: number;
  /** Most bytes in a custom-data Key (default 16). */
  customKey: number;
  /** Most bytes in a group custom-data Value (default 512). */
  groupCustomValue: number;
  /** Most bytes in a member custom-data Value (default 64). */
  memberCustomValue: number;
}

/**
 * Options: the JSON of a `timlint.json` and of the CLI's `--config` file. Every key is
 * optional; `null` means "not set" where it is allowed.
 */
export interface Options {
  /** The dialect payloads are written in; `auto` detects it per payload. Default `"rest"`. */
  dialect?: Dialect;
  /** The set of limits to start from: `default` (the REST page) or `extended` (newer native SDK pages). Default `"default"`. */
  preset?: Preset;
  /** Per-limit overrides on top of the preset. */
  limits?: Partial<Limits>;
  /** The app's plan (either console's names); MaxMemberCount's caps and whether Community exists follow it. */
  plan?: Plan | null;
  /** Group custom-data keys enabled in the console; not set: not checked. */
  groupKeys?: string[] | null;
  /** Member custom-data keys enabled in the console; not set: not checked. */
  memberKeys?: string[] | null;
  /** The language of messages and help. Default `"en"`. */
  lang?: Lang;
  /** Inputs larger than this many bytes are refused unread (`input-too-large`). Default `1048576`. */
  maxInputBytes?: number;
  /** Arrays and objects nested deeper than this are refused (`too-deep`). Default `64`. */
  maxDepth?: number;
  /** At most this many diagnostics are reported per payload; the rest are counted. Default `200`. */
  maxDiagnostics?: number;
  /** Rules at another level than their own, by rule ID: `off` (not reported, not counted), `info`, `warning` or `error`. */
  rules?: Record<string, RuleLevel>;
}

/** The options' vocabularies: each value's own name, and the other names a value is also read by. */
export const vocabularies: { dialect: { values: readonly Dialect[]; aliases: Readonly<Record<string, Dialect>> }; preset: { values: readonly Preset[]; aliases: Readonly<Record<string, Preset>> }; plan: { values: readonly Plan[]; aliases: Readonly<Record<string, Plan>> }; lang: { values: readonly Lang[]; aliases: Readonly<Record<string, Lang>> }; ruleLevel: { values: readonly RuleLevel[]; aliases: Readonly<Record<string, RuleLevel>> } };

/** Each option's default but the limits' (`presetLimits`). */
export const defaults: Readonly<Required<Omit<Options, 'limits'>>>;

/** The limits of each preset. */
export const presetLimits: Readonly<Record<Preset, Limits>>;

/** Every option: its JSON key (`limits.name` for a limit), its CLI flag (or null), what it does. */
export const options: readonly { key: string; flag: string | null; doc: string }[];

/** What a payload's fields take, by dialect (the values messages list). */
export const payloadVocabularies: Readonly<Record<'groupType' | 'applyJoinOption' | 'inviteJoinOption' | 'role', Record<'rest' | 'sdk' | 'web', readonly string[]>>>;
