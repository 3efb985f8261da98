// Types of the npm package `timlint` (hand-written; the wasm-bindgen glue is internal; the IDs
// in messages.d.ts are generated from the Rust rules).
import type { MessageId, MessagePlaceholders, RuleId } from './messages.js';
export type { MessageId, MessagePlaceholders, RuleId } from './messages.js';

// The options' types are generated from their declarations in Rust (options.d.ts).
import type { Dialect, Lang, Limits, Options as OptionsOfJson } from './options.js';
export type { Dialect, Lang, Limits, Plan, Preset, RuleLevel } from './options.js';
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

/**
 * A Standard Schema v1 (the interface zod, valibot and arktype implement; react-hook-form's
 * `standardSchemaResolver`, TanStack Form, tRPC and Hono take it as it is). Errors are its
 * issues; warnings are in `warnings`, and `report(value)` gives the whole report.
 */
export interface CreateGroupSchema<T> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: 'timlint';
    readonly validate: (value: unknown) => SchemaResult<T>;
    readonly types?: { readonly input: T; readonly output: T } | undefined;
  };
  /** The whole report on a value (warnings and infos too), as `validate` gives it. */
  report(value: unknown): Report;
}

/**
 * The validator as a Standard Schema for a dialect's payload (default `rest`). Bad options
 * throw here; `validate` never throws (a value JSON cannot carry is one issue).
 */
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
