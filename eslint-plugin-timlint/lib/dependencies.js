// Which fields, besides the one a diagnostic points at, each timlint rule reads. When one of
// them is unknown at lint time (a dynamic value, a key a spread may set, a list with a spread
// in it), the diagnostic is dropped: e.g. `admin-role-in-work-group` at /memberList/0/role is
// only true if `type` really is Work, and `exceeds-max-member-count` needs `maxMemberNum`.
//
// Every rule of the core is listed (a test compares this table with the package's message
// templates); a rule this table does not know yet is treated as reading every field.

/** The meanings a rule may read, by dialect spelling (create-group's and import-group's). */
const FIELDS = {
  type: { web: 'type', rest: 'Type' },
  maxMembers: { web: 'maxMemberNum', rest: 'MaxMemberCount' },
  members: { web: 'memberList', rest: 'MemberList' },
  owner: { web: null, rest: 'Owner_Account' },
  group: { web: 'groupID', rest: 'GroupId' },
  mute: { web: null, rest: ['MuteAllMember', 'ShutUpAllMember', 'MuteTime', 'ShutUpTime'] },
};

/** The group ID: a call on an existing group takes its type from it (`@TGS#_`: a Community) or from the `groupType` option. */
const ID = FIELDS.group;

/** Where another call spells a meaning otherwise. */
const CALL_FIELDS = {
  'modify-group': { type: ID, maxMembers: { web: 'maxMemberNum', rest: 'MaxMemberNum' } },
  'add-members': { type: ID, members: { web: 'userIDList', rest: 'MemberList' } },
  'create-topic': { type: ID },
  'modify-member': { type: ID },
};

/** Where another call's rule reads more than create-group's. */
const CALL_READS = {
  // The Web SDK's `Custom` role is a Community's: it depends on the group's type.
  'modify-member': { 'invalid-member-role': ['type'] },
};

/** rule ID -> the meanings it reads besides its own field. */
export const RULE_READS = Object.freeze({
  // the document and each field alone
  'invalid-json': [],
  'json-comments': [],
  'not-an-object': [],
  'wrong-type': [],
  'missing-required': [],
  'unknown-field': [],
  'duplicate-key': [],
  'mixed-dialect': [],
  'no-rest-equivalent': [],
  'byte-order-mark': [],
  'input-too-large': [],
  'too-deep': [],
  'unknown-group-type': [],
  'group-type-spelling': [],
  'deprecated-group-type': [],
  'type-not-in-plan': [],
  'invalid-apply-join-option': [],
  'invalid-invite-join-option': [],
  'too-many-bytes': [],
  'empty-name': [],
  'face-url-scheme': [],
  'group-id-charset': [],
  'group-id-too-long': [],
  'empty-group-id': [],
  'account-too-long': [],
  'account-charset': [],
  'invalid-member-role': [],
  'custom-key-invalid': [],
  'custom-value-too-long': [],
  'unconfigured-custom-key': [],
  // counts: they point at the list, which must be complete (resolvePointer sees to it)
  'too-many-members': [],
  'member-list-over-newer-cap': [],
  'too-many-custom-fields': [],
  // repeats: a value left out can only hide a repeat, never make one
  'duplicate-member': [],
  'duplicate-custom-key': [],
  // decided by the group type
  'ineffective-apply-join-option': ['type'],
  'invite-option-not-supported': ['type'],
  'topic-requires-community': ['type'],
  'group-id-reserved-prefix': ['type'], // the web variant (2602) depends on Community or not
  'community-group-id-prefix': ['type'],
  'members-not-allowed': ['type'],
  'admin-role-in-work-group': ['type'],
  'member-custom-data-not-allowed': ['type'],
  'max-member-count-range': ['type'], // the plan's cap is per type
  'owner-in-member-list': ['owner'],
  'exceeds-max-member-count': ['type', 'maxMembers', 'members', 'owner'],
  // the other calls' (group-apis)
  'invalid-switch-value': [],
  'invalid-msg-flag': [],
  'invalid-mute-time': [],
  'ignored-by-sdk': [],
  'timestamp-in-milliseconds': [],
  'topic-group-not-community': [],
  'topic-id-too-long': [],
  'topic-id-prefix': ['group'],
  'topic-id-charset': ['group'], // its custom part follows the group's ID
  'topic-id-reserved': ['group'],
  'ineffective-field': ['type'],
  'operation-not-supported': ['type'],
  'mute-not-supported': ['type'],
  'conflicting-fields': ['mute'],
  // nothing but the group's ID: any field the payload may hold would be a change
  'empty-update': 'all',
});

/**
 * The root fields a rule reads in this dialect and call; null: it reads everything (or is
 * unknown). `groupType`: the option, which a call on an existing group takes its type from
 * before its ID.
 */
export function fieldsRead(rule, dialect, api = 'create-group', groupType = null) {
  const reads = CALL_READS[api]?.[rule] ?? RULE_READS[rule];
  if (!reads || reads === 'all') return null;
  const fields = { ...FIELDS, ...CALL_FIELDS[api] };
  const typeGiven = groupType != null && fields.type === ID;
  return reads.flatMap((m) => (m === 'type' && typeGiven ? [] : (fields[m][dialect] ?? [])));
}
