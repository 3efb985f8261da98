// Types of the npm package `timlint` (hand-written; the wasm-bindgen glue is internal).

/** Which spelling of the payload to read. */
export type Dialect = 'rest' | 'sdk' | 'web' | 'auto';
/** Language of messages and help. `'zh'` is accepted as `'zh-CN'`. */
export type Lang = 'en' | 'zh-CN' | 'zh';
/** Named sets of default limits: `default` (the REST page), `extended` (newer native SDK pages). */
export type Preset = 'default' | 'extended';
/** The IM plan (套餐) of the app; it caps MaxMemberCount and decides whether Community exists. */
export type Plan =
  | 'trial' | 'standard' | 'pro' | 'pro-plus' | 'ultimate' | 'enterprise'
  // cloud.tencent.com's names: 体验版 = trial, 专业版 = pro, 旗舰版 = ultimate, 企业版 = enterprise
  | '体验版' | '体验' | '专业版' | '专业' | '旗舰版' | '旗舰' | '企业版' | '企业';
export type Severity = 'error' | 'warning' | 'info';

/** Every numeric limit the rules use (bytes for text, entries for lists). */
export interface Limits {
  /** Name, in UTF-8 bytes (default 30; extended 100). */
  name: number;
  /** Introduction, in UTF-8 bytes (default 240; extended 400). */
  introduction: number;
  /** Notification, in UTF-8 bytes (default 300; extended 400). */
  notification: number;
  /** FaceUrl, in UTF-8 bytes (default 100; extended 500). */
  faceUrl: number;
  /** Entries in MemberList (default 500; the current REST page says 100, a warning past it). */
  members: number;
  /** Entries in the `sdk` dialect's memberList (default 20, the native SDK's backend limit). */
  sdkMembers: number;
  /** GroupId, in bytes. */
  groupId: number;
  /** Owner_Account and Member_Account, in bytes. */
  account: number;
  /** Entries in AppDefinedData. */
  groupCustomFields: number;
  /** Entries in one member's AppMemberDefinedData. */
  memberCustomFields: number;
  /** A custom-data Key, in bytes. */
  customKey: number;
  /** A group custom-data Value, in bytes. */
  groupCustomValue: number;
  /** A member custom-data Value, in bytes. */
  memberCustomValue: number;
}

/**
 * Options: the same shape as the CLI's `--config` file. Every key is optional; an unknown
 * key or a wrong value makes every function throw an `Error`.
 */
export interface Options {
  /** Default `'rest'`. */
  dialect?: Dialect;
  /** Default `'default'`. */
  preset?: Preset;
  /** Per-limit overrides on top of the preset. */
  limits?: Partial<Limits>;
  plan?: Plan | null;
  /** Group custom-data keys enabled in the console; absent: not checked. */
  groupKeys?: string[] | null;
  /** Member custom-data keys enabled in the console; absent: not checked. */
  memberKeys?: string[] | null;
  /** Default `'en'`. */
  lang?: Lang;
  /** Inputs larger than this many UTF-8 bytes are refused unread (`input-too-large`). Default 1 MiB. */
  maxInputBytes?: number;
  /** Arrays and objects nested deeper than this are refused. Default 64. */
  maxDepth?: number;
  /** At most this many diagnostics per payload; the rest are counted in `omitted`. Default 200. */
  maxDiagnostics?: number;
}

/** One problem: exactly an element of the CLI's `--format json` `diagnostics`. */
export interface Diagnostic {
  /** Stable rule ID, e.g. `too-many-bytes`; `timlint explain <rule>` documents it. */
  rule: string;
  severity: Severity;
  /** RFC 6901 JSON Pointer to the value at fault (`/Name`, `/MemberList/2/Member_Account`; `""` for the root). */
  path: string;
  /** The message, rendered from `messageId` and `params` in the options' language. */
  message: string;
  /** The message's template ID, e.g. `too-many-bytes` or `members-not-allowed.empty`: stable, for your own wording. */
  messageId: string;
  /** The message's params: numbers, strings, arrays of strings (e.g. `{ field: 'Name', bytes: 49, max: 30 }`). */
  params: Record<string, number | string | string[]>;
  /** The error code Tencent's server would answer, when there is one. */
  tencentCode: number | null;
  /** The help, rendered from `helpId` and `params`; `null` without help. */
  help: string | null;
  /** The help's template ID, or `null`. */
  helpId: string | null;
  /** A replacement value to offer: the "did you mean" spelling, the prefix that fits. */
  suggestion: string | null;
  /** 1-based line and column (in characters) in the validated text. */
  line: number | null;
  column: number | null;
}

/**
 * Your own wording for some message IDs: a template with the same placeholders (`{field}`,
 * `{bytes}`, `{found:type}`, …) or a function of the diagnostic's data.
 */
export type Messages = Record<
  string,
  string | ((data: { messageId: string; params: Diagnostic['params']; suggestion: string | null; lang: Lang }) => string)
>;

/**
 * A diagnostic's message and help in `lang` (default `'en'`), from its `messageId`, `helpId`
 * and `params`, without validating again; `messages` overrides the wording per message ID.
 */
export function renderMessage(
  diagnostic: Pick<Diagnostic, 'messageId' | 'helpId' | 'params' | 'suggestion'>,
  lang?: Lang,
  messages?: Messages,
): { message: string; help: string | null };

/** Every message template by message ID: `[English, Simplified Chinese]`. */
export const templates: Record<string, [string, string]>;

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

/** The body of `v4/group_open_http_svc/create_group`. */
export interface RestBody {
  Owner_Account?: string;
  Type: string;
  GroupId?: string;
  Name: string;
  Introduction?: string;
  Notification?: string;
  FaceUrl?: string;
  MaxMemberCount?: number;
  ApplyJoinOption?: string;
  InviteJoinOption?: string;
  AppDefinedData?: CustomField[];
  MemberList?: { Member_Account: string; Role?: 'Admin'; AppMemberDefinedData?: CustomField[] }[];
  SupportTopic?: 0 | 1;
}

/** The result of `toRest` (from `timlint/rest`). */
export interface RestConversion {
  /** The source has no error and `body` is set. */
  ok: boolean;
  /** The REST body to send; `null` when the source has an error. */
  body: RestBody | null;
  /** What the REST body cannot carry (e.g. `isAllMuted`), in the options' language. */
  dropped: string[];
  /** The source's verdict, as `validate` gives it. */
  report: Report;
}

/**
 * A payload: JSON text (comments, BOM and syntax errors are reported as diagnostics), or any
 * other value, which is `JSON.stringify`'d first (positions then refer to that text).
 */
export type Input = string | object | number | boolean | null;

/** Checks one create-group payload. Throws an `Error` for bad options or an unserializable input. */
export function validate(input: Input, options?: Options): Report;
/** The limits in force for these options. */
export function limits(options?: Options): Limits;
/** UTF-8 length of a string, as the server counts it (a lone surrogate counts as U+FFFD, 3 bytes). */
export function byteLength(text: string): number;
/** The longest prefix within `max` UTF-8 bytes, never splitting a grapheme (emoji, flags, accents). */
export function truncateToBytes(text: string, max: number): string;
export { xMaxUtf8Bytes, addTimlintKeywords, KeywordDefinition } from './keywords.js';
