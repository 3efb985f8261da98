// The Web SDK's `TYPES` constants that a create-group payload uses, with their values as the
// SDK itself defines them: read from `TencentCloudChat.TYPES` of @tencentcloud/chat 3.6.6 and
// `TIM.TYPES` of tim-js-sdk 2.27.6 (the same values; 2.x has no GRP_ROOM / GRP_LIVE), and
// `TUIChatEngine.TYPES` of @tencentcloud/chat-uikit-engine 2.5.8, which is the chat SDK's own
// object. GRP_ROOM and GRP_LIVE are not types createGroup accepts (the SDK answers 2600): they
// are mapped to their real values so that timlint says so, rather than being skipped.
export const SDK_TYPES = Object.freeze({
  GRP_PRIVATE: 'Private',
  GRP_WORK: 'Private',
  GRP_PUBLIC: 'Public',
  GRP_CHATROOM: 'ChatRoom',
  GRP_MEETING: 'ChatRoom',
  GRP_AVCHATROOM: 'AVChatRoom',
  GRP_COMMUNITY: 'Community',
  GRP_ROOM: 'Room',
  GRP_LIVE: 'Live',
  GRP_MBR_ROLE_OWNER: 'Owner',
  GRP_MBR_ROLE_ADMIN: 'Admin',
  GRP_MBR_ROLE_MEMBER: 'Member',
  GRP_MBR_ROLE_CUSTOM: 'Custom',
  JOIN_OPTIONS_FREE_ACCESS: 'FreeAccess',
  JOIN_OPTIONS_NEED_PERMISSION: 'NeedPermission',
  JOIN_OPTIONS_DISABLE_APPLY: 'DisableApply',
  INVITE_OPTIONS_FREE_ACCESS: 'FreeAccess',
  INVITE_OPTIONS_NEED_PERMISSION: 'NeedPermission',
  INVITE_OPTIONS_DISABLE_INVITE: 'DisableInvite',
});

/** The names whose `.TYPES` is the SDK's: the Web SDK v3 and v2 classes and TUIKit's engine. */
export const DEFAULT_SDK_OBJECTS = Object.freeze(['TencentCloudChat', 'TIM', 'TUIChatEngine']);
