import TencentCloudChat from '@tencentcloud/chat';

const chat = TencentCloudChat.create({ SDKAppID: 1400000000 });

export function createTeam(friendIDs) {
  return chat.createGroup({
    type: TencentCloudChat.TYPES.GRP_WORK,
    name: '产品研发部',
    memberList: friendIDs.map((userID) => ({ userID })),
  });
}

export function createAnnouncements() {
  return chat.createGroup({
    type: 'Publich',
    name: 'Announcements',
    joinOption: TencentCloudChat.TYPES.JOIN_OPTIONS_FREE_ACCESS,
    groupId: 'announcements',
  });
}

export function createLiveRoom(hostID) {
  return chat.createGroup({
    type: TencentCloudChat.TYPES.GRP_AVCHATROOM,
    name: '腾讯云即时通信 IM 直播间弹幕互动群',
    memberList: [{ userID: hostID }],
  });
}
