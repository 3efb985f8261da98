// Generated from the options' declarations (crates/timlint/src/options.rs) and the
// payload vocabularies (domain.rs) by `TIMLINT_BLESS=1 cargo test -p timlint --test
// options_docs`: do not edit.

/** The dialect payloads are written in; `auto` detects it per payload. */
export type Dialect = "rest" | "sdk" | "web" | "auto";

/** The call payloads are for (`create-group`, `modify-group`, `add-members`, `create-topic`, `import-group`, `modify-member`, or a REST or SDK name of one); an SDK method's name also sets the dialect when `dialect` is not given. Also `create_group` = `create-group`, `createGroup` = `create-group`, `modify_group_base_info` = `modify-group`, `updateGroupProfile` = `modify-group`, `setGroupInfo` = `modify-group`, `add_group_member` = `add-members`, `addGroupMember` = `add-members`, `inviteUserToGroup` = `add-members`, `create_topic` = `create-topic`, `createTopicInCommunity` = `create-topic`, `import_group` = `import-group`, `modify_group_member_info` = `modify-member`, `setGroupMemberNameCard` = `modify-member`, `setGroupMemberCustomField` = `modify-member`, `setGroupMemberRole` = `modify-member`, `setGroupMemberMuteTime` = `modify-member`, `setGroupMemberInfo` = `modify-member`. */
export type Api = "create-group" | "modify-group" | "add-members" | "create-topic" | "import-group" | "modify-member" | "create_group" | "createGroup" | "modify_group_base_info" | "updateGroupProfile" | "setGroupInfo" | "add_group_member" | "addGroupMember" | "inviteUserToGroup" | "create_topic" | "createTopicInCommunity" | "import_group" | "modify_group_member_info" | "setGroupMemberNameCard" | "setGroupMemberCustomField" | "setGroupMemberRole" | "setGroupMemberMuteTime" | "setGroupMemberInfo";

/** The type of the existing group a call is for, for the rules that depend on it when the payload does not say (the SDK's `groupType`, or a Community's `@TGS#_` ID); not set and not said: those rules are skipped. */
export type GroupType = "Private" | "Public" | "ChatRoom" | "AVChatRoom" | "BChatRoom" | "Community";

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
  /** Most entries in one add_group_member request (default 300). */
  addMembers: number;
  /** Most UTF-8 bytes in a member's NameCard (modify_group_member_info) (default 50). */
  nameCard: number;
  /** Most UTF-8 bytes in a topic's TopicName (default 30, extended 150). */
  topicName: number;
  /** Most bytes in a topic's CustomString (default 3000). */
  topicCustomString: number;
  /** Most bytes in a TopicId (default 96). */
  topicId: number;
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
  /** The call payloads are for (`create-group`, `modify-group`, `add-members`, `create-topic`, `import-group`, `modify-member`, or a REST or SDK name of one); an SDK method's name also sets the dialect when `dialect` is not given. Default `"create-group"`. */
  api?: Api;
  /** The type of the existing group a call is for, for the rules that depend on it when the payload does not say (the SDK's `groupType`, or a Community's `@TGS#_` ID); not set and not said: those rules are skipped. */
  groupType?: GroupType | null;
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
export const vocabularies: { dialect: { values: readonly Dialect[]; aliases: Readonly<Record<string, Dialect>> }; api: { values: readonly Api[]; aliases: Readonly<Record<string, Api>> }; groupType: { values: readonly GroupType[]; aliases: Readonly<Record<string, GroupType>> }; preset: { values: readonly Preset[]; aliases: Readonly<Record<string, Preset>> }; plan: { values: readonly Plan[]; aliases: Readonly<Record<string, Plan>> }; lang: { values: readonly Lang[]; aliases: Readonly<Record<string, Lang>> }; ruleLevel: { values: readonly RuleLevel[]; aliases: Readonly<Record<string, RuleLevel>> } };

/** Each option's default but the limits' (`presetLimits`). */
export const defaults: Readonly<Required<Omit<Options, 'limits'>>>;

/** The limits of each preset. */
export const presetLimits: Readonly<Record<Preset, Limits>>;

/** Every option: its JSON key (`limits.name` for a limit), its CLI flag (or null), what it does. */
export const options: readonly { key: string; flag: string | null; doc: string }[];

/** What a payload's fields take, by dialect (the values messages list). */
export const payloadVocabularies: Readonly<Record<'groupType' | 'applyJoinOption' | 'inviteJoinOption' | 'role', Record<'rest' | 'sdk' | 'web', readonly string[]>>>;
