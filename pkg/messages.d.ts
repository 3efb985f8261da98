// Generated from the Rust rules by `TIMLINT_BLESS=1 cargo test -p timlint --test
// messages_js`: do not edit. The types of messages.js, and the IDs as string literal
// types.

/** Every rule's ID (`timlint rules` lists them; `timlint explain <id>` documents one). */
export type RuleId =
  | "invalid-json"
  | "json-comments"
  | "not-an-object"
  | "wrong-type"
  | "missing-required"
  | "unknown-field"
  | "duplicate-key"
  | "mixed-dialect"
  | "no-rest-equivalent"
  | "byte-order-mark"
  | "input-too-large"
  | "too-deep"
  | "unknown-group-type"
  | "group-type-spelling"
  | "deprecated-group-type"
  | "type-not-in-plan"
  | "invalid-apply-join-option"
  | "ineffective-apply-join-option"
  | "invalid-invite-join-option"
  | "invite-option-not-supported"
  | "topic-requires-community"
  | "too-many-bytes"
  | "empty-name"
  | "face-url-scheme"
  | "group-id-charset"
  | "group-id-too-long"
  | "empty-group-id"
  | "group-id-reserved-prefix"
  | "community-group-id-prefix"
  | "account-too-long"
  | "account-charset"
  | "too-many-members"
  | "member-list-over-newer-cap"
  | "members-not-allowed"
  | "duplicate-member"
  | "owner-in-member-list"
  | "invalid-member-role"
  | "admin-role-in-work-group"
  | "max-member-count-range"
  | "exceeds-max-member-count"
  | "invalid-msg-flag"
  | "invalid-mute-time"
  | "mute-not-supported"
  | "too-many-custom-fields"
  | "custom-key-invalid"
  | "duplicate-custom-key"
  | "custom-value-too-long"
  | "member-custom-data-not-allowed"
  | "unconfigured-custom-key"
  | "empty-update"
  | "ineffective-field"
  | "ignored-by-sdk"
  | "invalid-switch-value"
  | "conflicting-fields"
  | "operation-not-supported"
  | "timestamp-in-milliseconds"
  | "topic-group-not-community"
  | "topic-id-prefix"
  | "topic-id-charset"
  | "topic-id-reserved"
  | "topic-id-too-long";

/** Every message template's ID: a rule ID, a rule ID and a variant, `common.*` or `convert.*`. */
export type MessageId =
  | "invalid-json.empty"
  | "invalid-json.unexpected"
  | "invalid-json.end"
  | "invalid-json.trailing"
  | "invalid-json.escape"
  | "invalid-json.surrogate"
  | "invalid-json.control"
  | "invalid-json.number"
  | "invalid-json.comment"
  | "invalid-json.not-utf8"
  | "invalid-json.not-utf8.help"
  | "invalid-json.unserializable"
  | "json-comments"
  | "json-comments.help"
  | "not-an-object"
  | "wrong-type"
  | "wrong-type.entry"
  | "wrong-type.zero-or-one"
  | "wrong-type.permission-mask"
  | "missing-required"
  | "missing-required.empty"
  | "missing-required.web-type"
  | "missing-required.web-type.help"
  | "unknown-field"
  | "unknown-field.other-spelling"
  | "unknown-field.other-call"
  | "unknown-field.not-in-call"
  | "unknown-field.other-dialect"
  | "duplicate-key"
  | "mixed-dialect"
  | "mixed-dialect.help"
  | "mixed-dialect.help-none"
  | "no-rest-equivalent"
  | "no-rest-equivalent.help"
  | "byte-order-mark"
  | "input-too-large"
  | "input-too-large.unread"
  | "too-deep"
  | "unknown-group-type"
  | "unknown-group-type.web"
  | "group-type-spelling"
  | "group-type-spelling.help"
  | "deprecated-group-type"
  | "deprecated-group-type.help"
  | "type-not-in-plan"
  | "type-not-in-plan.help"
  | "invalid-apply-join-option"
  | "ineffective-apply-join-option.work"
  | "ineffective-apply-join-option.community"
  | "ineffective-apply-join-option.sdk-drops"
  | "ineffective-apply-join-option.open"
  | "invalid-invite-join-option"
  | "invite-option-not-supported"
  | "invite-option-not-supported.sdk-forces"
  | "topic-requires-community"
  | "topic-requires-community.sdk-ignores"
  | "topic-requires-community.help"
  | "too-many-bytes"
  | "too-many-bytes.help"
  | "too-many-bytes.help-sdk"
  | "empty-name"
  | "empty-name.help"
  | "face-url-scheme"
  | "face-url-scheme.help"
  | "group-id-charset"
  | "group-id-charset.help"
  | "group-id-too-long"
  | "group-id-too-long.help"
  | "empty-group-id"
  | "empty-group-id.help"
  | "group-id-reserved-prefix"
  | "group-id-reserved-prefix.web"
  | "group-id-reserved-prefix.help"
  | "group-id-reserved-prefix.topic"
  | "community-group-id-prefix"
  | "community-group-id-prefix.help"
  | "account-too-long"
  | "account-too-long.empty"
  | "account-charset"
  | "account-charset.help"
  | "too-many-members"
  | "too-many-members.help"
  | "too-many-members.sdk"
  | "too-many-members.add"
  | "too-many-members.add.help"
  | "too-many-members.sdk.help"
  | "member-list-over-newer-cap.add"
  | "member-list-over-newer-cap.add.help"
  | "member-list-over-newer-cap"
  | "member-list-over-newer-cap.help"
  | "members-not-allowed"
  | "members-not-allowed.sdk-drops"
  | "members-not-allowed.empty"
  | "duplicate-member"
  | "duplicate-member.help"
  | "owner-in-member-list"
  | "owner-in-member-list.help"
  | "invalid-member-role"
  | "invalid-member-role.help"
  | "invalid-member-role.did-you-mean"
  | "invalid-member-role.owner"
  | "invalid-member-role.owner.help"
  | "invalid-member-role.change"
  | "invalid-member-role.change-owner"
  | "invalid-member-role.change-owner.help"
  | "admin-role-in-work-group"
  | "admin-role-in-work-group.help"
  | "max-member-count-range"
  | "max-member-count-range.plan"
  | "max-member-count-range.import"
  | "max-member-count-range.any-plan"
  | "exceeds-max-member-count"
  | "exceeds-max-member-count.with-owner"
  | "exceeds-max-member-count.default"
  | "exceeds-max-member-count.default.with-owner"
  | "exceeds-max-member-count.help"
  | "invalid-msg-flag"
  | "invalid-mute-time"
  | "mute-not-supported"
  | "too-many-custom-fields"
  | "custom-key-invalid"
  | "duplicate-custom-key"
  | "custom-value-too-long"
  | "custom-value-too-long.help"
  | "member-custom-data-not-allowed"
  | "unconfigured-custom-key"
  | "unconfigured-custom-key.help"
  | "unconfigured-custom-key.did-you-mean"
  | "empty-update"
  | "ineffective-field"
  | "ineffective-field.invite"
  | "ignored-by-sdk"
  | "ignored-by-sdk.help"
  | "invalid-switch-value"
  | "conflicting-fields"
  | "conflicting-fields.help"
  | "operation-not-supported"
  | "operation-not-supported.web"
  | "timestamp-in-milliseconds"
  | "timestamp-in-milliseconds.help"
  | "topic-group-not-community"
  | "topic-id-prefix"
  | "topic-id-prefix.help"
  | "topic-id-charset"
  | "topic-id-charset.empty"
  | "topic-id-reserved"
  | "topic-id-too-long"
  | "common.did-you-mean"
  | "common.did-you-mean-one-of"
  | "common.one-of"
  | "common.remove-field"
  | "convert.all-muted"
  | "convert.owner"
  | "convert.sdk-drops"
  | "convert.empty-group-id"
  | "convert.unknown-field"
  | "convert.sdk-ignores"
  | "convert.no-rest-field"
  | "convert.empty-name"
  | "convert.no-rest-value"
  | "convert.self-member"
  | "convert.rest-only";

/** The placeholders of each message template (`{suggestion}` is the diagnostic's own field, not a param). */
export interface MessagePlaceholders {
  "invalid-json.empty": never;
  "invalid-json.unexpected": "char";
  "invalid-json.end": never;
  "invalid-json.trailing": never;
  "invalid-json.escape": never;
  "invalid-json.surrogate": "code";
  "invalid-json.control": never;
  "invalid-json.number": never;
  "invalid-json.comment": never;
  "invalid-json.not-utf8": "offset";
  "invalid-json.not-utf8.help": never;
  "invalid-json.unserializable": "error";
  "json-comments": "count";
  "json-comments.help": never;
  "not-an-object": "found";
  "wrong-type": "expected" | "field" | "found";
  "wrong-type.entry": "field" | "found";
  "wrong-type.zero-or-one": "field";
  "wrong-type.permission-mask": "field" | "value";
  "missing-required": "field";
  "missing-required.empty": "field";
  "missing-required.web-type": "field";
  "missing-required.web-type.help": "choices" | "field";
  "unknown-field": "dialect" | "field";
  "unknown-field.other-spelling": "dialect" | "field" | "from";
  "unknown-field.other-call": "call" | "field";
  "unknown-field.not-in-call": "call" | "field";
  "unknown-field.other-dialect": "dialect" | "field" | "from";
  "duplicate-key": "field";
  "mixed-dialect": "dialect" | "field" | "from";
  "mixed-dialect.help": "dialect";
  "mixed-dialect.help-none": "dialect";
  "no-rest-equivalent": "field";
  "no-rest-equivalent.help": never;
  "byte-order-mark": never;
  "input-too-large": "bytes" | "max";
  "input-too-large.unread": "max";
  "too-deep": "max";
  "unknown-group-type": "field" | "value";
  "unknown-group-type.web": "field" | "value";
  "group-type-spelling": "value";
  "group-type-spelling.help": never;
  "deprecated-group-type": never;
  "deprecated-group-type.help": never;
  "type-not-in-plan": "plan";
  "type-not-in-plan.help": never;
  "invalid-apply-join-option": "field" | "value";
  "ineffective-apply-join-option.work": "field" | "type";
  "ineffective-apply-join-option.community": "field" | "type";
  "ineffective-apply-join-option.sdk-drops": "dialect" | "field" | "type";
  "ineffective-apply-join-option.open": "field" | "type";
  "invalid-invite-join-option": "field" | "value";
  "invite-option-not-supported": "field" | "type";
  "invite-option-not-supported.sdk-forces": "dialect" | "field" | "type";
  "topic-requires-community": "field" | "type";
  "topic-requires-community.sdk-ignores": "dialect" | "field" | "type";
  "topic-requires-community.help": "field";
  "too-many-bytes": "bytes" | "chars" | "field" | "max";
  "too-many-bytes.help": "fits" | "fitsChars";
  "too-many-bytes.help-sdk": "extendedMax" | "field" | "fits" | "fitsChars";
  "empty-name": "field";
  "empty-name.help": "max";
  "face-url-scheme": "field" | "value";
  "face-url-scheme.help": never;
  "group-id-charset": "field" | "found";
  "group-id-charset.help": never;
  "group-id-too-long": "bytes" | "field" | "max";
  "group-id-too-long.help": "max";
  "empty-group-id": "field";
  "empty-group-id.help": "field";
  "group-id-reserved-prefix": "field";
  "group-id-reserved-prefix.web": "field";
  "group-id-reserved-prefix.help": "field";
  "group-id-reserved-prefix.topic": "field";
  "community-group-id-prefix": "field";
  "community-group-id-prefix.help": "field";
  "account-too-long": "bytes" | "field" | "max";
  "account-too-long.empty": "field" | "max";
  "account-charset": "field" | "found";
  "account-charset.help": never;
  "too-many-members": "count" | "field" | "max";
  "too-many-members.help": "max";
  "too-many-members.sdk": "count" | "field" | "max";
  "too-many-members.add": "count" | "field" | "max";
  "too-many-members.add.help": "max";
  "too-many-members.sdk.help": "max";
  "member-list-over-newer-cap.add": "count" | "field" | "max" | "newer";
  "member-list-over-newer-cap.add.help": "newer";
  "member-list-over-newer-cap": "count" | "field" | "max" | "newer";
  "member-list-over-newer-cap.help": "newer";
  "members-not-allowed": "type";
  "members-not-allowed.sdk-drops": "dialect" | "field" | "type";
  "members-not-allowed.empty": "field" | "type";
  "duplicate-member": "list" | "value";
  "duplicate-member.help": "field";
  "owner-in-member-list": "value";
  "owner-in-member-list.help": never;
  "invalid-member-role": "value";
  "invalid-member-role.help": "choices" | "field";
  "invalid-member-role.did-you-mean": "choices" | "field";
  "invalid-member-role.owner": "field" | "value";
  "invalid-member-role.owner.help": never;
  "invalid-member-role.change": "choices" | "value";
  "invalid-member-role.change-owner": "field" | "value";
  "invalid-member-role.change-owner.help": never;
  "admin-role-in-work-group": "type";
  "admin-role-in-work-group.help": "field";
  "max-member-count-range": "field" | "value";
  "max-member-count-range.plan": "field" | "max" | "plan" | "type" | "value";
  "max-member-count-range.import": "field" | "max" | "type" | "value";
  "max-member-count-range.any-plan": "field" | "max" | "type" | "value";
  "exceeds-max-member-count": "limit" | "maxField" | "total";
  "exceeds-max-member-count.with-owner": "limit" | "maxField" | "total";
  "exceeds-max-member-count.default": "limit" | "total" | "type";
  "exceeds-max-member-count.default.with-owner": "limit" | "total" | "type";
  "exceeds-max-member-count.help": "maxField";
  "invalid-msg-flag": "field" | "value";
  "invalid-mute-time": "field" | "value";
  "mute-not-supported": "field" | "type";
  "too-many-custom-fields": "count" | "field" | "max";
  "custom-key-invalid": "max" | "value";
  "duplicate-custom-key": "field" | "value";
  "custom-value-too-long": "bytes" | "chars" | "field" | "max";
  "custom-value-too-long.help": "fits" | "fitsChars";
  "member-custom-data-not-allowed": "field" | "type";
  "unconfigured-custom-key": "value";
  "unconfigured-custom-key.help": "enabled";
  "unconfigured-custom-key.did-you-mean": "enabled";
  "empty-update": never;
  "ineffective-field": "field" | "type";
  "ineffective-field.invite": "field" | "type";
  "ignored-by-sdk": "dialect" | "field";
  "ignored-by-sdk.help": "rest";
  "invalid-switch-value": "choices" | "field" | "value";
  "conflicting-fields": "field" | "other";
  "conflicting-fields.help": never;
  "operation-not-supported": "call" | "type";
  "operation-not-supported.web": "call" | "code" | "type";
  "timestamp-in-milliseconds": "field" | "value";
  "timestamp-in-milliseconds.help": never;
  "topic-group-not-community": "field" | "value";
  "topic-id-prefix": "field" | "prefix";
  "topic-id-prefix.help": never;
  "topic-id-charset": "field" | "found";
  "topic-id-charset.empty": "field";
  "topic-id-reserved": "field" | "marker";
  "topic-id-too-long": "bytes" | "field" | "max";
  "common.did-you-mean": never;
  "common.did-you-mean-one-of": "choices";
  "common.one-of": "choices";
  "common.remove-field": "field";
  "convert.all-muted": "field";
  "convert.owner": never;
  "convert.sdk-drops": "dialect" | "field" | "type";
  "convert.empty-group-id": "field";
  "convert.unknown-field": "dialect" | "field";
  "convert.sdk-ignores": "dialect" | "field";
  "convert.no-rest-field": "call" | "field";
  "convert.empty-name": "field";
  "convert.no-rest-value": "field";
  "convert.self-member": never;
  "convert.rest-only": "call" | "dialect";
}

/** Message templates by message ID: `[English, Simplified Chinese]`; the second once
 * `timlint/locales/zh-CN` is imported (the Node entries import it themselves). */
export const templates: { readonly [Id in MessageId]: readonly [string, string] };

/** The words params are shown with: vocabulary -> key -> `[en, zh]`. */
export const vocabulary: Record<string, Record<string, readonly [string, string]>>;

/** Adds the texts of language `l` (1: Simplified Chinese), as a locale module does. */
export function addLanguage(
  l: number,
  texts: Record<string, string>,
  words: Record<string, Record<string, readonly [string]>>,
): void;
