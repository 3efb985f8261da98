// Types of the npm package `timlint` (hand-written; the wasm-bindgen glue is internal; the IDs
// in messages.d.ts are generated from the Rust rules).
import type { MessageId, MessagePlaceholders, RuleId } from './messages.js';
export type { MessageId, MessagePlaceholders, RuleId } from './messages.js';

// The options' types are generated from their declarations in Rust (options.d.ts).
import type { Api, Dialect, Lang, Limits, Options as OptionsOfJson } from './options.js';
export type { Api, Dialect, GroupType, Lang, Limits, Plan, Preset, RuleLevel } from './options.js';
export type Severity = 'error' | 'warning' | 'info';

/**
 * Options: the same shape as the CLI's `--config` file, and `messages`. Every key is
 * optional; an unknown key or a wrong value makes every function throw an `Error`.
 */
export interface Options extends OptionsOfJson {
  /** Your own wording per message ID (JS only: the CLI's config has no such key). */
  messages?: Messages;
}

/** A param's value: a number, a string, or a list of strings. */
export type ParamValue = number | string | string[];

/** The params of a message: those its template names for sure, and any others (its help's). */
export type ParamsOf<M extends MessageId> = { [K in MessagePlaceholders[M]]: ParamValue } & Record<string, ParamValue>;

/** A diagnostic with message ID `M`. */
export interface DiagnosticOf<M extends MessageId> {
  /** Stable rule ID, e.g. `too-many-bytes`; `timlint explain <rule>` documents it. */
  rule: RuleId;
  severity: Severity;
  /** RFC 6901 JSON Pointer to the value at fault (`/Name`, `/MemberList/2/Member_Account`; `""` for the root). */
  path: string;
  /** The message, rendered from `messageId` and `params` in the options' language. */
  message: string;
  /** The message's template ID, e.g. `too-many-bytes` or `members-not-allowed.empty`: stable, for your own wording. */
  messageId: M;
  /** The message's params: numbers, strings, arrays of strings (e.g. `{ field: 'Name', bytes: 49, max }` with `max` the Name limit). */
  params: ParamsOf<M>;
  /** The error code Tencent would answer, when there is one. */
  tencentCode: number | null;
  /** Who answers `tencentCode`: the `server`, or the `sdk` before sending; `null` without a code. */
  answeredBy: 'server' | 'sdk' | null;
  /** The help, rendered from `helpId` and `params`; `null` without help. */
  help: string | null;
  /** The help's template ID, or `null`. */
  helpId: MessageId | null;
  /** A replacement value to offer: the "did you mean" spelling, the prefix that fits. */
  suggestion: string | null;
  /**
   * The edit that resolves it, when there is one clear edit (absent otherwise): put
   * `replacement` (source text, e.g. `"Public"` with its quotes) in place of the UTF-8 bytes
   * `start`..`end` of the validated text. `safe` keeps the payload's meaning; `unsafe`
   * changes it (a text cut to its limit, a field removed).
   */
  fix?: { start: number; end: number; replacement: string; applicability: 'safe' | 'unsafe' };
  /** 1-based line and column (in characters) in the validated text. */
  line: number | null;
  column: number | null;
}

/**
 * One problem: exactly an element of the CLI's `--format json` `diagnostics`. A union over
 * the message IDs, so that checking `messageId` narrows `params`:
 * `if (d.messageId === 'too-many-bytes') d.params.max`.
 */
export type Diagnostic<M extends MessageId = MessageId> = M extends MessageId ? DiagnosticOf<M> : never;

/**
 * Your own wording for some message IDs: a template with the same placeholders (`{field}`,
 * `{bytes}`, `{found:type}`, …) or a function of the diagnostic's data. A key that is not a
 * message ID is a type error.
 */
export type Messages = {
  [M in MessageId]?:
    | string
    | ((data: { messageId: M; params: ParamsOf<M>; suggestion: string | null; lang: Lang }) => string);
};

/**
 * A diagnostic's message and help in `lang` (default `'en'`), from its `messageId`, `helpId`
 * and `params`, without validating again; `messages` overrides the wording per message ID.
 */
export function renderMessage(
  diagnostic: { messageId: string; helpId: string | null; params: Record<string, ParamValue>; suggestion: string | null },
  lang?: Lang,
  messages?: Messages,
): { message: string; help: string | null };

export { templates } from './messages.js';

/** The verdict on one payload: the CLI's `--format json` report without `file`. */
export interface Report {
  /** The dialect the payload was read as (with `'auto'`, the one detected). */
  dialect: Exclude<Dialect, 'auto'>;
  /** No diagnostic of severity `error`. */
  valid: boolean;
  diagnostics: Diagnostic[];
  /** Present when `maxDiagnostics` left some out. */
  omitted?: number;
}

export interface CustomField {
  Key: string;
  Value: string;
}

/** REST's `Type` values (`Work` and `Meeting` are read as Private and ChatRoom, with a warning). */
export type RestGroupType = 'Private' | 'Public' | 'ChatRoom' | 'AVChatRoom' | 'Community' | 'BChatRoom' | 'Work' | 'Meeting';

/** The body of `v4/group_open_http_svc/create_group` (the `rest` dialect). */
export interface RestBody {
  Owner_Account?: string | null;
  Type: RestGroupType;
  GroupId?: string | null;
  Name: string;
  Introduction?: string | null;
  Notification?: string | null;
  FaceUrl?: string | null;
  MaxMemberCount?: number | null;
  ApplyJoinOption?: 'FreeAccess' | 'NeedPermission' | 'DisableApply' | null;
  InviteJoinOption?: 'FreeAccess' | 'NeedPermission' | 'DisableInvite' | null;
  AppDefinedData?: CustomField[] | null;
  MemberList?: { Member_Account: string; Role?: 'Admin' | 'Member' | null; AppMemberDefinedData?: CustomField[] | null }[] | null;
  SupportTopic?: 0 | 1 | null;
  EnablePermission?: 0 | 1 | null;
  DefaultPermission?: number | null;
}

/** `V2TIM_GROUP_ADD_*` (Flutter also writes `GroupAddOptTypeEnum.V2TIM_GROUP_ADD_*`) or 0 / 1 / 2. */
export type SdkAddOpt =
  | 'V2TIM_GROUP_ADD_FORBID' | 'V2TIM_GROUP_ADD_AUTH' | 'V2TIM_GROUP_ADD_ANY'
  | 'GroupAddOptTypeEnum.V2TIM_GROUP_ADD_FORBID' | 'GroupAddOptTypeEnum.V2TIM_GROUP_ADD_AUTH' | 'GroupAddOptTypeEnum.V2TIM_GROUP_ADD_ANY'
  | 0 | 1 | 2;

/** `V2TIM_GROUP_MEMBER_*` names or 0 / 200 / 300. */
export type SdkMemberRole =
  | 'V2TIM_GROUP_MEMBER_UNDEFINED' | 'V2TIM_GROUP_MEMBER_ROLE_MEMBER' | 'V2TIM_GROUP_MEMBER_ROLE_ADMIN'
  | 'GroupMemberRoleTypeEnum.V2TIM_GROUP_MEMBER_UNDEFINED' | 'GroupMemberRoleTypeEnum.V2TIM_GROUP_MEMBER_ROLE_MEMBER'
  | 'GroupMemberRoleTypeEnum.V2TIM_GROUP_MEMBER_ROLE_ADMIN'
  | 0 | 200 | 300;

/** The Flutter / native SDK's `createGroup` parameters (the `sdk` dialect). */
export interface SdkCreateGroupParams {
  groupType: 'Work' | 'Public' | 'Meeting' | 'AVChatRoom' | 'Community' | 'Private' | 'ChatRoom' | 'BChatRoom';
  groupName: string;
  groupID?: string | null;
  introduction?: string | null;
  notification?: string | null;
  faceUrl?: string | null;
  /** iOS and HarmonyOS spell it `faceURL`. */
  faceURL?: string | null;
  maxMemberCount?: number | null;
  addOpt?: SdkAddOpt | null;
  approveOpt?: SdkAddOpt | null;
  memberList?: { userID: string; role?: SdkMemberRole | null }[] | null;
  isSupportTopic?: boolean | null;
  isAllMuted?: boolean | null;
  isEnablePermissionGroup?: boolean | null;
  defaultPermissions?: number | null;
}

/** The Web SDK's `chat.createGroup` options (the `web` dialect); `type` is a `TencentCloudChat.TYPES.GRP_*` value. */
export interface WebCreateGroupOptions {
  type: 'Private' | 'Public' | 'ChatRoom' | 'AVChatRoom' | 'Community';
  name: string;
  groupID?: string | null;
  introduction?: string | null;
  notification?: string | null;
  avatar?: string | null;
  maxMemberNum?: number | null;
  joinOption?: 'FreeAccess' | 'NeedPermission' | 'DisableApply' | null;
  inviteOption?: 'FreeAccess' | 'NeedPermission' | 'DisableInvite' | null;
  memberList?: { userID: string; role?: 'Admin' | 'Member' | null; memberCustomField?: { key: string; value: string }[] | null }[] | null;
  groupCustomField?: { key: string; value: string }[] | null;
  isSupportTopic?: boolean | null;
}

/** The SDK's `customInfo` on a modify call: keys to strings (`""` deletes the key). */
export type SdkCustomInfo = Record<string, string>;

/** `v4/group_open_http_svc/modify_group_base_info` (`modify-group`, `rest`). */
export interface RestModifyGroupBody {
  GroupId: string;
  Name?: string | null;
  Introduction?: string | null;
  Notification?: string | null;
  FaceUrl?: string | null;
  MaxMemberNum?: number | null;
  ApplyJoinOption?: 'FreeAccess' | 'NeedPermission' | 'DisableApply' | null;
  InviteJoinOption?: 'FreeAccess' | 'NeedPermission' | 'DisableInvite' | null;
  MuteAllMember?: 'On' | 'Off' | null;
  /** The older spelling of `MuteAllMember`, still read. */
  ShutUpAllMember?: 'On' | 'Off' | null;
  AppDefinedData?: CustomField[] | null;
  From_Account?: string | null;
  EnablePermission?: 0 | 1 | null;
  DefaultPermission?: number | null;
  HistoryMsgBeforeJoin?: 'On' | 'Off' | null;
}

/** The Flutter / native SDK's `setGroupInfo` V2TimGroupInfo (`modify-group`, `sdk`). */
export interface SdkSetGroupInfoParams {
  groupID: string;
  groupType?: SdkCreateGroupParams['groupType'] | null;
  groupName?: string | null;
  introduction?: string | null;
  notification?: string | null;
  faceUrl?: string | null;
  faceURL?: string | null;
  /** Not sent by the SDKs (`ignored-by-sdk`). */
  memberMaxCount?: number | null;
  groupAddOpt?: SdkAddOpt | null;
  approveOpt?: SdkAddOpt | null;
  isAllMuted?: boolean | null;
  customInfo?: SdkCustomInfo | null;
  isEnablePermissionGroup?: boolean | null;
  defaultPermissions?: number | null;
}

/** The Web SDK's `chat.updateGroupProfile` options (`modify-group`, `web`). */
export interface WebUpdateGroupProfileOptions {
  groupID: string;
  name?: string | null;
  introduction?: string | null;
  notification?: string | null;
  avatar?: string | null;
  /** Not sent by the Web SDK (`ignored-by-sdk`). */
  maxMemberNum?: number | null;
  joinOption?: 'FreeAccess' | 'NeedPermission' | 'DisableApply' | null;
  inviteOption?: 'FreeAccess' | 'NeedPermission' | 'DisableInvite' | null;
  muteAllMembers?: boolean | null;
  groupCustomField?: { key: string; value: string }[] | null;
}

/** `v4/group_open_http_svc/add_group_member` (`add-members`, `rest`). */
export interface RestAddMembersBody {
  GroupId: string;
  MemberList: { Member_Account: string }[];
  Silence?: 0 | 1 | null;
}

/** The SDK's `inviteUserToGroup` (`add-members`, `sdk`). */
export interface SdkInviteUserToGroupParams {
  groupID: string;
  userList: string[];
}

/** The Web SDK's `chat.addGroupMember` options (`add-members`, `web`). */
export interface WebAddGroupMemberOptions {
  groupID: string;
  userIDList: string[];
}

/** `v4/million_group_open_http_svc/create_topic` (`create-topic`, `rest`). */
export interface RestCreateTopicBody {
  GroupId: string;
  TopicId?: string | null;
  TopicName: string;
  Notification?: string | null;
  Introduction?: string | null;
  FaceUrl?: string | null;
  CustomString?: string | null;
  From_Account?: string | null;
}

/** The SDK's `createTopicInCommunity` (`create-topic`, `sdk`): the topic in `topicInfo`. */
export interface SdkCreateTopicParams {
  groupID: string;
  topicInfo: {
    topicID?: string | null;
    topicName: string;
    notification?: string | null;
    introduction?: string | null;
    topicFaceUrl?: string | null;
    customString?: string | null;
  };
}

/** The Web SDK's `chat.createTopicInCommunity` options (`create-topic`, `web`). */
export interface WebCreateTopicOptions {
  groupID: string;
  topicID?: string | null;
  topicName: string;
  notification?: string | null;
  introduction?: string | null;
  avatar?: string | null;
  customData?: string | null;
}

/** `v4/group_open_http_svc/import_group` (`import-group`, REST only). */
export interface RestImportGroupBody {
  Owner_Account?: string | null;
  Type: RestGroupType;
  GroupId?: string | null;
  Name: string;
  Introduction?: string | null;
  Notification?: string | null;
  FaceUrl?: string | null;
  MaxMemberCount?: number | null;
  ApplyJoinOption?: 'FreeAccess' | 'NeedPermission' | 'DisableApply' | null;
  AppDefinedData?: CustomField[] | null;
  SupportTopic?: 0 | 1 | null;
  /** Unix time in seconds. */
  CreateTime?: number | null;
}

/** `v4/group_open_http_svc/modify_group_member_info` (`modify-member`, `rest`). */
export interface RestModifyMemberBody {
  GroupId: string;
  Member_Account: string;
  Role?: 'Admin' | 'Member' | null;
  NameCard?: string | null;
  MsgFlag?: 'AcceptAndNotify' | 'Discard' | 'AcceptNotNotify' | 'AcceptNotNotifyExceptAt' | null;
  /** Seconds; 0 unmutes. */
  MuteTime?: number | null;
  /** The older spelling of `MuteTime`, still read. */
  ShutUpTime?: number | null;
  AppMemberDefinedData?: CustomField[] | null;
}

/** The SDK's `setGroupMemberInfo` / `setGroupMemberRole` (`modify-member`, `sdk`). */
export interface SdkSetGroupMemberInfoParams {
  groupID: string;
  userID: string;
  role?: Exclude<SdkMemberRole, 0> | null;
  nameCard?: string | null;
  customInfo?: SdkCustomInfo | null;
}

/** The Web SDK's `chat.setGroupMember*` options (`modify-member`, `web`): `userID` defaults to you for a name card or custom field. */
export interface WebSetGroupMemberOptions {
  groupID: string;
  userID?: string | null;
  /** `Custom` on a Community. */
  role?: 'Admin' | 'Member' | 'Custom' | null;
  nameCard?: string | null;
  muteTime?: number | null;
  memberCustomField?: { key: string; value: string }[] | null;
}

/** Each call's payload type, by dialect (its primary name; `api` also takes the REST and SDK names). */
export interface Payloads {
  'create-group': { rest: RestBody; sdk: SdkCreateGroupParams; web: WebCreateGroupOptions };
  'modify-group': { rest: RestModifyGroupBody; sdk: SdkSetGroupInfoParams; web: WebUpdateGroupProfileOptions };
  'add-members': { rest: RestAddMembersBody; sdk: SdkInviteUserToGroupParams; web: WebAddGroupMemberOptions };
  'create-topic': { rest: RestCreateTopicBody; sdk: SdkCreateTopicParams; web: WebCreateTopicOptions };
  'import-group': { rest: RestImportGroupBody };
  'modify-member': { rest: RestModifyMemberBody; sdk: SdkSetGroupMemberInfoParams; web: WebSetGroupMemberOptions };
}

/** A call by its primary name. */
export type CallName = keyof Payloads;

/** The payload of call `A` in dialect `D` (`auto`: any of the call's). */
export type PayloadOf<A extends CallName, D extends Dialect> = D extends 'auto'
  ? Payloads[A][keyof Payloads[A]]
  : D extends keyof Payloads[A]
    ? Payloads[A][D]
    : never;

/**
 * The result of `toRest` (from `timlint/rest`): `ok` narrows `body`. `Body`: create_group's
 * `RestBody`, or another call's REST body (`{ api }`) as JSON.
 */
export type RestConversion<Body = RestBody> =
  | {
      /** The source has no error. */
      ok: true;
      /** The REST body to send. */
      body: Body;
      /** What the REST body cannot carry (e.g. `isAllMuted`), in the options' language. */
      dropped: string[];
      /** The source's verdict, as `validate` gives it (warnings only). */
      report: Report;
    }
  | {
      /** The source has an error: nothing to send. */
      ok: false;
      body: null;
      dropped: string[];
      /** The source's verdict, as `validate` gives it. */
      report: Report;
    };

/**
 * A payload: JSON text (comments, BOM and syntax errors are reported as diagnostics), or any
 * other value, which is `JSON.stringify`'d first (positions then refer to that text).
 */
export type Input = string | object | number | boolean | null;

/** A Standard Schema issue (https://standardschema.dev): `message` and `path` for the form library, timlint's fields beside them. */
export interface Issue {
  /** The message in the options' language (or your `messages`' wording). */
  readonly message: string;
  /** Keys and array indices to the field at fault (`['memberList', 3, 'role']`); absent for the payload as a whole. */
  readonly path?: ReadonlyArray<string | number>;
  readonly rule: RuleId;
  readonly severity: 'error';
  readonly messageId: MessageId;
  readonly params: Record<string, ParamValue>;
  readonly tencentCode: number | null;
  readonly answeredBy: 'server' | 'sdk' | null;
  readonly help: string | null;
  readonly suggestion: string | null;
}

/** What `validate` of a create-group schema returns: the Standard Schema result, with warnings beside it. */
export type SchemaResult<T> =
  | { readonly value: T; readonly issues?: undefined; readonly warnings: Diagnostic[] }
  | { readonly issues: ReadonlyArray<Issue>; readonly warnings: Diagnostic[] };

/** A JSON Schema target of Standard JSON Schema: timlint writes these two, and throws for any other. */
export type JSONSchemaTarget = 'draft-2020-12' | 'draft-07';

/**
 * A Standard Schema v1 (the interface zod, valibot and arktype implement; react-hook-form's
 * `standardSchemaResolver`, TanStack Form, tRPC and Hono take it as it is), and a Standard JSON
 * Schema v1 (`~standard.jsonSchema`, as zod 4.2+ and arktype have it). Errors are its
 * issues; warnings are in `warnings`, and `report(value)` gives the whole report.
 */
export interface GroupSchema<T> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: 'timlint';
    readonly validate: (value: unknown) => SchemaResult<T>;
    readonly types?: { readonly input: T; readonly output: T } | undefined;
    /**
     * The call's JSON Schema (what `jsonSchema` of `timlint/schema` gives, with `$schema` for
     * the target); input and output are the same. In a browser, import `timlint/schema` once
     * first (a module of its own); Node loads it by itself. Throws for another target.
     */
    readonly jsonSchema: {
      readonly input: (options: { readonly target: JSONSchemaTarget | (string & {}); readonly libraryOptions?: Record<string, unknown> }) => Record<string, unknown>;
      readonly output: (options: { readonly target: JSONSchemaTarget | (string & {}); readonly libraryOptions?: Record<string, unknown> }) => Record<string, unknown>;
    };
  };
  /** The whole report on a value (warnings and infos too), as `validate` gives it. */
  report(value: unknown): Report;
}

/** create-group's schema (`groupSchema('create-group', …)`). */
export type CreateGroupSchema<T> = GroupSchema<T>;

/**
 * The validator as a Standard Schema for a call's payload in a dialect (default `rest`). Bad
 * options (an unknown call, a dialect the call does not have) throw here; `validate` never
 * throws (a value JSON cannot carry is one issue).
 */
export function groupSchema<A extends CallName, D extends Dialect = 'rest'>(api: A, options?: Options & { dialect?: D }): GroupSchema<PayloadOf<A, D>>;
/** A call by its REST or SDK name (`'updateGroupProfile'`, `'add_group_member'`). */
export function groupSchema(api: Api, options?: Options): GroupSchema<Record<string, unknown>>;

/** `groupSchema('create-group', options)`. */
export function createGroupSchema(options: Options & { dialect: 'web' }): CreateGroupSchema<WebCreateGroupOptions>;
export function createGroupSchema(options: Options & { dialect: 'sdk' }): CreateGroupSchema<SdkCreateGroupParams>;
export function createGroupSchema(options: Options & { dialect: 'auto' }): CreateGroupSchema<RestBody | SdkCreateGroupParams | WebCreateGroupOptions>;
export function createGroupSchema(options?: Options & { dialect?: 'rest' }): CreateGroupSchema<RestBody>;

/**
 * A report's diagnostics by field: `fields` keyed by the dotted path in the payload's own
 * spelling (`'name'`, `'memberList.3.role'`), `form` for the payload as a whole.
 */
export function errorsByField(report: Pick<Report, 'diagnostics'>): {
  fields: Record<string, Diagnostic[]>;
  form: Diagnostic[];
};

/** Checks one create-group payload. Throws an `Error` for bad options or an unserializable input. */
export function validate(input: Input, options?: Options): Report;
/** The limits in force for these options. */
export function limits(options?: Options): Limits;
/** UTF-8 length of a string, as the server counts it (a lone surrogate counts as U+FFFD, 3 bytes). */
export function byteLength(text: string): number;
/** The longest prefix within `max` UTF-8 bytes, never splitting a grapheme (emoji, flags, accents). */
export function truncateToBytes(text: string, max: number): string;
export { xMaxUtf8Bytes, addTimlintKeywords, KeywordDefinition } from './keywords.js';
