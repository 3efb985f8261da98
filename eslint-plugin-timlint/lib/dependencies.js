// Which fields, besides the one a diagnostic points at, each timlint rule reads. When one of
// them is unknown at lint time (a dynamic value, a key a spread may set, a list with a spread
// in it), the diagnostic is dropped: e.g. `admin-role-in-work-group` at /memberList/0/role is
// only true if `type` really is Work, and `exceeds-max-member-count` needs `maxMemberNum`.
//
// Every rule of the core is listed (a test compares this table with the package's message
// templates); a rule this table does not know yet is treated as reading every field.

/** The meanings a rule may read, by dialect spelling. */
const FIELDS = {
  type: { web: 'type', rest: 'Type' },
  maxMembers: { web: 'maxMemberNum', rest: 'MaxMemberCount' },
  members: { web: 'memberList', rest: 'MemberList' },
  owner: { web: null, rest: 'Owner_Account' },
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
});

/** The root fields a rule reads in this dialect; null: unknown rule, reads everything. */
export function fieldsRead(rule, dialect) {
  const reads = RULE_READS[rule];
  if (!reads) return null;
  return reads.map((m) => FIELDS[m][dialect]).filter((f) => f);
}
