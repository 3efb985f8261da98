// Generated from the options' declarations (crates/timlint/src/options.rs) and the
// payload vocabularies (domain.rs) by `TIMLINT_BLESS=1 cargo test -p timlint --test
// options_docs`: do not edit.

/** The options' vocabularies: each value's own name (`values`), and the other names a value
 * is also read by (`aliases`: name -> own name). `ruleLevel`: the levels of `rules`. */
export const vocabularies = {
  "api": {
    "aliases": {
      "addGroupMember": "add-members",
      "add_group_member": "add-members",
      "createGroup": "create-group",
      "createTopicInCommunity": "create-topic",
      "create_group": "create-group",
      "create_topic": "create-topic",
      "import_group": "import-group",
      "inviteUserToGroup": "add-members",
      "modify_group_base_info": "modify-group",
      "modify_group_member_info": "modify-member",
      "setGroupInfo": "modify-group",
      "setGroupMemberCustomField": "modify-member",
      "setGroupMemberInfo": "modify-member",
      "setGroupMemberMuteTime": "modify-member",
      "setGroupMemberNameCard": "modify-member",
      "setGroupMemberRole": "modify-member",
      "updateGroupProfile": "modify-group"
    },
    "values": [
      "create-group",
      "modify-group",
      "add-members",
      "create-topic",
      "import-group",
      "modify-member"
    ]
  },
  "dialect": {
    "aliases": {},
    "values": [
      "rest",
      "sdk",
      "web",
      "auto"
    ]
  },
  "groupType": {
    "aliases": {},
    "values": [
      "Private",
      "Public",
      "ChatRoom",
      "AVChatRoom",
      "BChatRoom",
      "Community"
    ]
  },
  "lang": {
    "aliases": {
      "zh": "zh-CN"
    },
    "values": [
      "en",
      "zh-CN"
    ]
  },
  "plan": {
    "aliases": {
      "专业": "pro",
      "专业版": "pro",
      "企业": "enterprise",
      "企业版": "enterprise",
      "体验": "trial",
      "体验版": "trial",
      "旗舰": "ultimate",
      "旗舰版": "ultimate"
    },
    "values": [
      "trial",
      "standard",
      "pro",
      "pro-plus",
      "ultimate",
      "enterprise"
    ]
  },
  "preset": {
    "aliases": {},
    "values": [
      "default",
      "extended"
    ]
  },
  "ruleLevel": {
    "aliases": {},
    "values": [
      "off",
      "info",
      "warning",
      "error"
    ]
  }
};

/** Each option's default but the limits' (`presetLimits`). */
export const defaults = {
  "api": "create-group",
  "dialect": "rest",
  "groupKeys": null,
  "groupType": null,
  "lang": "en",
  "maxDepth": 64,
  "maxDiagnostics": 200,
  "maxInputBytes": 1048576,
  "memberKeys": null,
  "plan": null,
  "preset": "default",
  "rules": {}
};

/** The limits of each preset. */
export const presetLimits = {
  "default": {
    "account": 32,
    "addMembers": 300,
    "customKey": 16,
    "faceUrl": 100,
    "groupCustomFields": 10,
    "groupCustomValue": 512,
    "groupId": 48,
    "introduction": 240,
    "memberCustomFields": 5,
    "memberCustomValue": 64,
    "members": 500,
    "name": 30,
    "nameCard": 50,
    "notification": 300,
    "sdkMembers": 20,
    "topicCustomString": 3000,
    "topicId": 96,
    "topicName": 30
  },
  "extended": {
    "account": 32,
    "addMembers": 300,
    "customKey": 16,
    "faceUrl": 500,
    "groupCustomFields": 10,
    "groupCustomValue": 512,
    "groupId": 48,
    "introduction": 400,
    "memberCustomFields": 5,
    "memberCustomValue": 64,
    "members": 500,
    "name": 100,
    "nameCard": 50,
    "notification": 400,
    "sdkMembers": 20,
    "topicCustomString": 3000,
    "topicId": 96,
    "topicName": 150
  }
};

/** Every option: its JSON key (`limits.name` for a limit), its CLI flag (or null), what it does. */
export const options = [
  {
    "doc": "The dialect payloads are written in; `auto` detects it per payload.",
    "flag": "--dialect",
    "key": "dialect"
  },
  {
    "doc": "The call payloads are for (`create-group`, `modify-group`, `add-members`, `create-topic`, `import-group`, `modify-member`, or a REST or SDK name of one); an SDK method's name also sets the dialect when `dialect` is not given.",
    "flag": "--api",
    "key": "api"
  },
  {
    "doc": "The type of the existing group a call is for, for the rules that depend on it when the payload does not say (the SDK's `groupType`, or a Community's `@TGS#_` ID); not set and not said: those rules are skipped.",
    "flag": "--group-type",
    "key": "groupType"
  },
  {
    "doc": "The set of limits to start from: `default` (the REST page) or `extended` (newer native SDK pages).",
    "flag": "--preset",
    "key": "preset"
  },
  {
    "doc": "Per-limit overrides on top of the preset.",
    "flag": null,
    "key": "limits"
  },
  {
    "doc": "Most UTF-8 bytes in Name.",
    "flag": "--max-name-bytes",
    "key": "limits.name"
  },
  {
    "doc": "Most UTF-8 bytes in Introduction.",
    "flag": "--max-introduction-bytes",
    "key": "limits.introduction"
  },
  {
    "doc": "Most UTF-8 bytes in Notification.",
    "flag": "--max-notification-bytes",
    "key": "limits.notification"
  },
  {
    "doc": "Most UTF-8 bytes in FaceUrl.",
    "flag": "--max-face-url-bytes",
    "key": "limits.faceUrl"
  },
  {
    "doc": "Most entries in MemberList; newer REST pages say 100.",
    "flag": "--max-members",
    "key": "limits.members"
  },
  {
    "doc": "Most entries in the `sdk` dialect's memberList (the native SDK's backend limit).",
    "flag": "--max-sdk-members",
    "key": "limits.sdkMembers"
  },
  {
    "doc": "Most entries in one add_group_member request.",
    "flag": "--max-add-members",
    "key": "limits.addMembers"
  },
  {
    "doc": "Most UTF-8 bytes in a member's NameCard (modify_group_member_info).",
    "flag": null,
    "key": "limits.nameCard"
  },
  {
    "doc": "Most UTF-8 bytes in a topic's TopicName.",
    "flag": null,
    "key": "limits.topicName"
  },
  {
    "doc": "Most bytes in a topic's CustomString.",
    "flag": null,
    "key": "limits.topicCustomString"
  },
  {
    "doc": "Most bytes in a TopicId.",
    "flag": null,
    "key": "limits.topicId"
  },
  {
    "doc": "Most bytes in GroupId.",
    "flag": null,
    "key": "limits.groupId"
  },
  {
    "doc": "Most bytes in Owner_Account and in Member_Account.",
    "flag": null,
    "key": "limits.account"
  },
  {
    "doc": "Most entries in AppDefinedData.",
    "flag": null,
    "key": "limits.groupCustomFields"
  },
  {
    "doc": "Most entries in one member's AppMemberDefinedData.",
    "flag": null,
    "key": "limits.memberCustomFields"
  },
  {
    "doc": "Most bytes in a custom-data Key.",
    "flag": null,
    "key": "limits.customKey"
  },
  {
    "doc": "Most bytes in a group custom-data Value.",
    "flag": null,
    "key": "limits.groupCustomValue"
  },
  {
    "doc": "Most bytes in a member custom-data Value.",
    "flag": null,
    "key": "limits.memberCustomValue"
  },
  {
    "doc": "The app's plan (either console's names); MaxMemberCount's caps and whether Community exists follow it.",
    "flag": "--plan",
    "key": "plan"
  },
  {
    "doc": "Group custom-data keys enabled in the console; not set: not checked.",
    "flag": "--group-keys",
    "key": "groupKeys"
  },
  {
    "doc": "Member custom-data keys enabled in the console; not set: not checked.",
    "flag": "--member-keys",
    "key": "memberKeys"
  },
  {
    "doc": "The language of messages and help.",
    "flag": "--lang",
    "key": "lang"
  },
  {
    "doc": "Inputs larger than this many bytes are refused unread (`input-too-large`).",
    "flag": "--max-input-bytes",
    "key": "maxInputBytes"
  },
  {
    "doc": "Arrays and objects nested deeper than this are refused (`too-deep`).",
    "flag": null,
    "key": "maxDepth"
  },
  {
    "doc": "At most this many diagnostics are reported per payload; the rest are counted.",
    "flag": "--max-diagnostics",
    "key": "maxDiagnostics"
  },
  {
    "doc": "Rules at another level than their own, by rule ID: `off` (not reported, not counted), `info`, `warning` or `error`.",
    "flag": "--rule",
    "key": "rules"
  }
];

/** What a payload's fields take, by dialect (the values messages list). */
export const payloadVocabularies = {
  "applyJoinOption": {
    "rest": [
      "DisableApply",
      "NeedPermission",
      "FreeAccess"
    ],
    "sdk": [
      "V2TIM_GROUP_ADD_FORBID",
      "V2TIM_GROUP_ADD_AUTH",
      "V2TIM_GROUP_ADD_ANY",
      "0",
      "1",
      "2"
    ],
    "web": [
      "DisableApply",
      "NeedPermission",
      "FreeAccess"
    ]
  },
  "groupType": {
    "rest": [
      "Private",
      "Public",
      "ChatRoom",
      "AVChatRoom",
      "BChatRoom",
      "Community"
    ],
    "sdk": [
      "Work",
      "Public",
      "Meeting",
      "AVChatRoom",
      "BChatRoom",
      "Community"
    ],
    "web": [
      "Private",
      "Public",
      "ChatRoom",
      "AVChatRoom",
      "Community"
    ]
  },
  "inviteJoinOption": {
    "rest": [
      "DisableInvite",
      "NeedPermission",
      "FreeAccess"
    ],
    "sdk": [
      "V2TIM_GROUP_ADD_FORBID",
      "V2TIM_GROUP_ADD_AUTH",
      "V2TIM_GROUP_ADD_ANY",
      "0",
      "1",
      "2"
    ],
    "web": [
      "DisableInvite",
      "NeedPermission",
      "FreeAccess"
    ]
  },
  "role": {
    "rest": [
      "Admin",
      "Member"
    ],
    "sdk": [
      "0",
      "200",
      "300"
    ],
    "web": [
      "Admin",
      "Member"
    ]
  }
};
