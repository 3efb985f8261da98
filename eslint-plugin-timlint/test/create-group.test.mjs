// RuleTester cases for timlint/create-group, under node:test. The remedies here are the
// plugin's own, from each diagnostic's `suggestion`: the core's `fix` is taken out of the
// reports (core-fixes.test.mjs tests it), so that these cases mean the same before and after
// the package's build carries it.
import { describe, it } from 'node:test';
import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { validate } from 'timlint';
import { makeCreateGroup } from '../lib/rule.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// The Name limit is pinned at 30 (the fixtures' names are 33 to 49 bytes, the messages state
// it) unless a case chooses its own limits or preset.
const pinned = (options) => (options.limits || options.preset ? options : { ...options, limits: { name: 30 } });
const rule = makeCreateGroup((text, options) => {
  const report = validate(text, pinned(options));
  for (const d of report.diagnostics) delete d.fix;
  return report;
});
const js = new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } });
const ts = new RuleTester({ languageOptions: { parser: tsParser, sourceType: 'module' } });

/** One expected report: the timlint rule ID starts the message; line and column of the node. */
const at = (timlintRule, line, column, more = {}) => ({
  message: new RegExp(`^${timlintRule}( \\((warning|info)\\))?: `),
  line,
  column,
  ...more,
});

describe('static payloads', () => {
  js.run('create-group', rule, {
    valid: [
      "chat.createGroup({ type: 'Public', name: 'Team' });",
      "tim.createGroup({ type: TIM.TYPES.GRP_WORK, name: 'Team', memberList: [{ userID: 'bob' }] });",
      // The SDK's constants, each mapped to its real value.
      `chat.createGroup({
        type: TencentCloudChat.TYPES.GRP_PUBLIC,
        name: 'Team',
        joinOption: TencentCloudChat.TYPES.JOIN_OPTIONS_NEED_PERMISSION,
        inviteOption: TencentCloudChat.TYPES.INVITE_OPTIONS_FREE_ACCESS,
        memberList: [{ userID: 'bob', role: TencentCloudChat.TYPES.GRP_MBR_ROLE_ADMIN }],
      });`,
      "TUIGroupService.createGroup({ type: TUIChatEngine.TYPES.GRP_COMMUNITY, name: 'C', isSupportTopic: true });",
      "this.chat.createGroup({ type: TencentCloudChat.TYPES['GRP_MEETING'], name: `Room` });",
      "chat?.createGroup({ type: 'AVChatRoom', name: 'Live' + ' show' });",
      // Not a group call by default: other objects, other methods, no literal.
      "conn.createGroup({ data: { groupname: 'x' } });",
      "chat.getGroupProfile({ type: 'Publich' });",
      'chat.createGroup(options);',
      'chat.createGroup();',
      "myChat.createGroup({ type: 'Publich' });",
      "chat.createGroup.call(null, { type: 'Publich' });",
    ],
    invalid: [
      {
        code: "chat.createGroup({ type: 'Publich', name: 'Team' });",
        output: "chat.createGroup({ type: 'Public', name: 'Team' });",
        errors: [at('unknown-group-type', 1, 26)],
      },
      {
        // The quote style is kept: double quotes, backticks.
        code: 'chat.createGroup({ type: "Publich", name: "Team", joinOption: `FreeAcess` });',
        output: 'chat.createGroup({ type: "Public", name: "Team", joinOption: `FreeAccess` });',
        errors: [at('unknown-group-type', 1, 26), at('invalid-apply-join-option', 1, 63)],
      },
      {
        // A role in a member, reported on the role's value.
        code: "tim.createGroup({ type: 'Public', name: 'T', memberList: [{ userID: 'a' }, { userID: 'b', role: 'admin' }] });",
        output: "tim.createGroup({ type: 'Public', name: 'T', memberList: [{ userID: 'a' }, { userID: 'b', role: 'Admin' }] });",
        errors: [at('invalid-member-role', 1, 97)],
      },
      {
        // A constant with the wrong meaning: reported on the constant, never rewritten.
        code: "chat.createGroup({ type: 'Public', name: 'T', joinOption: TencentCloudChat.TYPES.INVITE_OPTIONS_DISABLE_INVITE });",
        output: null,
        errors: [at('invalid-apply-join-option', 1, 59)],
      },
      {
        // GRP_ROOM is a real constant, but not a type createGroup takes (2600).
        code: "chat.createGroup({ type: TencentCloudChat.TYPES.GRP_ROOM, name: 'T' });",
        output: null,
        errors: [at('unknown-group-type', 1, 26, { message: /2600/ })],
      },
      {
        // Callee forms a pattern's end matches: a longer chain, `?.`, a string-literal key.
        code: "store.chat?.createGroup({ type: 'Publich', name: 'T' }); chat['createGroup']({ type: 'Public', name: 'T', maxMemberNum: -1 });",
        output: "store.chat?.createGroup({ type: 'Public', name: 'T' }); chat['createGroup']({ type: 'Public', name: 'T', maxMemberNum: -1 });",
        errors: [at('unknown-group-type', 1, 33), at('max-member-count-range', 1, 121)],
      },
      {
        // A missing field is reported on the object literal.
        code: "chat.createGroup({ name: 'T' });",
        output: null,
        errors: [at('missing-required', 1, 18, { message: /`type` is required/ })],
      },
      {
        code: "chat.createGroup({ type: 'Public', memberList: [{ role: 'Admin' }] });",
        output: null,
        errors: [at('missing-required', 1, 18, { message: /`name`/ }), at('missing-required', 1, 49, { message: /`userID`/ })],
      },
      {
        // A list entry of the wrong type: on the entry.
        code: "chat.createGroup({ type: 'Public', name: 'T', memberList: [{ userID: 'a' }, 'bob'] });",
        output: null,
        errors: [at('wrong-type', 1, 77)],
      },
      {
        // Wrong JSON types.
        code: "chat.createGroup({ type: 'Public', name: 'T', maxMemberNum: '200', isSupportTopic: 1 });",
        output: null,
        errors: [at('wrong-type', 1, 61), at('wrong-type', 1, 84)],
      },
      {
        // Per-type rules with every field they read known.
        code: "chat.createGroup({ type: 'AVChatRoom', name: 'Live', memberList: [], inviteOption: 'FreeAccess' });",
        output: null,
        errors: [at('members-not-allowed', 1, 66), at('invite-option-not-supported', 1, 84)],
      },
      {
        code: "chat.createGroup({ type: 'Private', name: 'W', memberList: [{ userID: 'a', role: 'Admin' }] });",
        output: null,
        errors: [at('admin-role-in-work-group', 1, 82)],
      },
      {
        code: "chat.createGroup({ type: 'Public', name: 'P', maxMemberNum: 1, memberList: [{ userID: 'a' }, { userID: 'b' }] });",
        output: null,
        errors: [at('exceeds-max-member-count', 1, 76)],
      },
      {
        // A string written in pieces is still one static string.
        code: "chat.createGroup({ type: 'Public', name: 'a very long name for ' + 'a group of people' });",
        output: null,
        errors: [
          // Reported on the expression, which is no literal to rewrite: no suggestion.
          at('too-many-bytes', 1, 42, { suggestions: [] }),
        ],
      },
    ],
  });
});

describe('fixes and suggestions', () => {
  js.run('create-group', rule, {
    valid: [],
    invalid: [
      {
        // Truncation is a suggestion, never an autofix; the cut is between graphemes.
        code: "chat.createGroup({ type: 'Public', name: '腾讯云即时通信 IM 产品研发部周会群' });",
        output: null,
        errors: [
          at('too-many-bytes', 1, 42, {
            suggestions: [{ messageId: 'truncate', output: "chat.createGroup({ type: 'Public', name: '腾讯云即时通信 IM 产' });" }],
          }),
        ],
      },
      {
        code: 'chat.createGroup({ type: "Public", name: "👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦" });',
        output: null,
        errors: [
          at('too-many-bytes', 1, 42, {
            suggestions: [{ messageId: 'truncate', output: 'chat.createGroup({ type: "Public", name: "👨‍👩‍👧‍👦" });' }],
          }),
        ],
      },
      {
        // A misspelt key: reported on the key, renamed only by a suggestion.
        code: "chat.createGroup({ type: 'Public', name: 'T', groupId: 'g1' });",
        output: null,
        errors: [
          at('unknown-field', 1, 47, {
            suggestions: [{ messageId: 'rename', output: "chat.createGroup({ type: 'Public', name: 'T', groupID: 'g1' });" }],
          }),
        ],
      },
      {
        // ...also when its value is unknown; a shorthand keeps its variable.
        code: "chat.createGroup({ type: 'Public', name: 'T', groupId });",
        output: null,
        errors: [
          at('unknown-field', 1, 47, {
            suggestions: [{ messageId: 'rename', output: "chat.createGroup({ type: 'Public', name: 'T', groupID: groupId });" }],
          }),
        ],
      },
      {
        // Quotes and backslashes in the replacement are escaped for the literal's own quotes.
        code: "chat.createGroup({ type: 'Public', name: 'it\\'s \\\\ a name that is much too long' });",
        output: null,
        errors: [
          at('too-many-bytes', 1, 42, {
            suggestions: [{ messageId: 'truncate', output: "chat.createGroup({ type: 'Public', name: 'it\\'s \\\\ a name that is much too' });" }],
          }),
        ],
      },
    ],
  });
});

describe('dynamic values are skipped, never guessed', () => {
  js.run('create-group', rule, {
    valid: [
      // Unknown values: nothing said of them, nor of what depends on them.
      'chat.createGroup({ type: groupType, name: form.name });',
      "chat.createGroup({ type: groupType, name: 'W', memberList: [{ userID: 'a', role: 'Admin' }] });",
      "chat.createGroup({ type: groupType, name: 'W', memberList: [{ userID: 'a', memberCustomField: [{ key: 'k', value: 'v' }] }], inviteOption: 'FreeAccess', isSupportTopic: true });",
      "chat.createGroup({ type: 'Public', name: 'P', maxMemberNum: cap, memberList: [{ userID: 'a' }, { userID: 'b' }] });",
      // A list with a spread: its length is not known, so nothing is said of it (not even
      // here, where it has at least 2 entries: the count in the message would be wrong).
      "chat.createGroup({ type: 'Public', name: 'P', maxMemberNum: 1, memberList: [{ userID: 'a' }, { userID: 'b' }, ...others] });",
      "chat.createGroup({ type: 'AVChatRoom', name: 'Live', memberList: [...picked] });",
      "chat.createGroup({ type: 'AVChatRoom', name: 'P', memberList: picked.map((id) => ({ userID: id })) });",
      "chat.createGroup({ type: 'Public', name: 'P', memberList: [{ userID: id, role: 'Admin' }, { userID }] });",
      // A spread may bring any field: no "missing" from an object with one.
      "chat.createGroup({ ...defaults, name: 'P' });",
      "chat.createGroup({ ...(isCommunity ? { type: 'Community' } : { type: 'Public' }), name: 'P' });",
      "chat.createGroup({ [typeKey]: 'Public', name: 'P' });",
      // A spread after a field may overwrite it: the typo before it is not known to be sent.
      "chat.createGroup({ type: 'Publich', name: 'P', ...overrides });",
      // Values that are not JSON literals.
      'chat.createGroup({ type: `${prefix}lic`, name: getName(), introduction: intro ?? "", groupID: id || undefined });',
      "chat.createGroup({ type: 'Public', name: undefined, avatar: /x/, maxMemberNum: 10n });",
      "chat.createGroup({ type: 'Public', get name() { return n; } });",
      "chat.createGroup({ type: 'Public', name() {} });",
      // Another object's TYPES, or a constant this plugin does not know: unknown.
      "chat.createGroup({ type: Other.TYPES.GRP_WORK, name: 'P', memberList: [{ userID: 'a', role: 'Admin' }] });",
      "chat.createGroup({ type: TencentCloudChat.TYPES.GRP_FUTURE, name: 'P' });",
      "chat.createGroup({ type: TencentCloudChat.TYPES?.GRP_WORK, name: 'P', memberList: [{ userID: 'a', role: 'Admin' }] });",
      // A const used elsewhere may be changed before the call.
      "const options = { name: 'P' }; options.type = t; chat.createGroup(options);",
      "const options = { name: 'P' }; prepare(options); chat.createGroup(options);",
      "let options = { name: 'P' }; chat.createGroup(options);",
    ],
    invalid: [
      {
        // What is known is still checked beside what is not.
        code: "chat.createGroup({ type: groupType, name: 'x'.repeat(3), memberList: [{ userID: id, role: 'admin' }] });",
        output: "chat.createGroup({ type: groupType, name: 'x'.repeat(3), memberList: [{ userID: id, role: 'Admin' }] });",
        errors: [at('invalid-member-role', 1, 91)],
      },
      {
        // A field after the spread is the one sent.
        code: "chat.createGroup({ ...defaults, type: 'Publich', name: 'P' });",
        output: "chat.createGroup({ ...defaults, type: 'Public', name: 'P' });",
        errors: [at('unknown-group-type', 1, 39)],
      },
      {
        // An element after a spread in a list: its own problems are its own.
        code: "chat.createGroup({ type: 'Public', name: 'P', memberList: [...others, { userID: 'a', role: 'Owner' }] });",
        output: null,
        errors: [at('invalid-member-role', 1, 92)],
      },
      {
        // A const used only in the call is the payload.
        code: "const options = { type: 'Publich', name: 'P' };\nchat.createGroup(options);",
        output: "const options = { type: 'Public', name: 'P' };\nchat.createGroup(options);",
        errors: [at('unknown-group-type', 1, 25)],
      },
    ],
  });
});

describe('TypeScript syntax', () => {
  ts.run('create-group', rule, {
    valid: [
      "chat.createGroup({ type: TencentCloudChat.TYPES.GRP_WORK as const, name: 'T' } satisfies Options);",
      "const options: ChatSDK.CreateGroupOptions = { type: 'Public', name: 'T' }; chat.createGroup(options);",
      "chat.createGroup<Options>({ type: groupType!, name: name as string });",
      "chat.createGroup(<Options>{ ...base, name: 'T' });",
    ],
    invalid: [
      {
        code: "chat.createGroup({ type: 'Publich' as const, name: 'T' } satisfies Options);",
        output: "chat.createGroup({ type: 'Public' as const, name: 'T' } satisfies Options);",
        errors: [at('unknown-group-type', 1, 26)],
      },
      {
        code: "const options: Options = { type: TIM.TYPES.GRP_WORK!, name: 'T', memberList: [{ userID: 'a', role: 'Admin' as Role }] as const };\nawait tim.createGroup(options as Options);",
        output: null,
        errors: [at('admin-role-in-work-group', 1, 100)],
      },
      {
        code: "chat.createGroup(<Options>{ type: 'Public', name: 'T', groupId: 'x' as string });",
        output: null,
        errors: [at('unknown-field', 1, 56, { suggestions: [{ messageId: 'rename', output: "chat.createGroup(<Options>{ type: 'Public', name: 'T', groupID: 'x' as string });" }] })],
      },
    ],
  });
});

describe('options', () => {
  js.run('create-group', rule, {
    valid: [
      { code: "chat.createGroup({ type: 'Public', name: '腾讯云即时通信 IM 产品研发部周会群' });", options: [{ preset: 'extended' }] },
      { code: "chat.createGroup({ type: 'Public', name: 'T', avatar: 'ftp://x' });", options: [{ minSeverity: 'error' }] },
      { code: "chat.createGroup({ name: 'T' });", options: [{ callees: ['im.createGroup'] }] },
      { code: "chat.createGroup({ type: 'Public', name: 'T', groupCustomField: [{ key: 'level', value: '1' }] });", options: [{ groupKeys: ['level'] }] },
      { code: "imRest.createGroup({ Type: 'Public', Name: 'T', Owner_Account: 'admin' });", options: [{ restCallees: ['imRest.createGroup'] }] },
      // A REST body is not a Web SDK payload: with the REST helper named, `Type` is right.
      { code: "api.post('/v4/group_open_http_svc/create_group', { Type: 'Public', Name: 'T' });", options: [{ restCallees: [{ callee: 'api.post', argument: 1 }] }] },
    ],
    invalid: [
      {
        code: "chat.createGroup({ type: 'Public', name: '腾讯云即时通信 IM 产品研发部周会群' });",
        options: [{ lang: 'zh-CN', help: false }],
        output: null,
        errors: [{ message: 'too-many-bytes: `name` 为 49 字节（19 个字符），上限为 30 字节（UTF-8）', line: 1, column: 42, suggestions: 1 }],
      },
      {
        // Your own wording, per message ID.
        code: "chat.createGroup({ type: 'Publich', name: '腾讯云即时通信 IM 产品研发部周会群' });",
        options: [{ messages: { 'too-many-bytes': '{field}: {bytes} of {max} bytes', 'unknown-group-type.web': 'no such type: {value}' }, help: false }],
        output: "chat.createGroup({ type: 'Public', name: '腾讯云即时通信 IM 产品研发部周会群' });",
        errors: [
          { message: 'unknown-group-type: no such type: Publich', line: 1, column: 26 },
          { message: 'too-many-bytes: name: 49 of 30 bytes', line: 1, column: 43, suggestions: 1 },
        ],
      },
      {
        code: "chat.createGroup({ type: 'Public', name: 'T', avatar: 'ftp://x' });",
        output: null,
        errors: [at('face-url-scheme', 1, 55, { message: /^face-url-scheme \(warning\): /})],
      },
      {
        code: "im.createGroup({ type: 'Public' }); getChat().createGroup({ type: 'Public' });",
        options: [{ callees: ['*.createGroup'] }],
        output: null,
        errors: [at('missing-required', 1, 16), at('missing-required', 1, 59)],
      },
      {
        // A Web SDK instance is found by what made it, whatever its name.
        code: "const im = TencentCloudChat.create({ SDKAppID: 1 });\nim.createGroup({ type: 'Public' });",
        output: null,
        errors: [at('missing-required', 2, 16)],
      },
      {
        code: "const im = MyChat.create();\nim.createGroup({ type: 'Public', name: 'T', memberList: [{ userID: 'a', role: MyChat.TYPES.GRP_MBR_ROLE_OWNER }] });",
        options: [{ sdkObjects: ['MyChat'] }],
        output: null,
        errors: [at('invalid-member-role', 2, 79)],
      },
      {
        code: "chat.createGroup({ type: 'Public', name: 'T', groupCustomField: [{ key: 'levle', value: '1' }] });",
        options: [{ groupKeys: ['level'] }],
        output: null,
        errors: [at('unconfigured-custom-key', 1, 73, { suggestions: [{ messageId: 'replace', output: "chat.createGroup({ type: 'Public', name: 'T', groupCustomField: [{ key: 'level', value: '1' }] });" }] })],
      },
      {
        code: "chat.createGroup({ type: 'Public', name: 'T', maxMemberNum: 5000 });",
        options: [{ plan: 'pro' }],
        output: null,
        errors: [at('max-member-count-range', 1, 61)],
      },
      {
        // REST: the REST spelling, `Work` read as Private with a warning and fixed.
        code: "imRest.createGroup({ Owner_Account: 'bob', Type: 'Work', Name: 'T', MemberList: [{ Member_Account: 'bob' }] });",
        options: [{ restCallees: ['imRest.createGroup'] }],
        output: "imRest.createGroup({ Owner_Account: 'bob', Type: 'Private', Name: 'T', MemberList: [{ Member_Account: 'bob' }] });",
        errors: [at('group-type-spelling', 1, 50), at('owner-in-member-list', 1, 100)],
      },
      {
        code: "api.post('/v4/group_open_http_svc/create_group', { type: 'Public', name: 'T' });",
        options: [{ restCallees: [{ callee: 'api.post', argument: 1 }] }],
        output: null,
        errors: [
          at('missing-required', 1, 50, { message: /`Type`/ }),
          at('missing-required', 1, 50, { message: /`Name`/ }),
          at('unknown-field', 1, 52, { suggestions: [{ messageId: 'rename', output: "api.post('/v4/group_open_http_svc/create_group', { Type: 'Public', name: 'T' });" }] }),
          at('unknown-field', 1, 68, { suggestions: [{ messageId: 'rename', output: "api.post('/v4/group_open_http_svc/create_group', { type: 'Public', Name: 'T' });" }] }),
        ],
      },
    ],
  });
});
