import TencentCloudChat from '@tencentcloud/chat';

const im = TencentCloudChat.create({ SDKAppID: 1400000000 });

export function openChatRoom(topic: string, moderators: string[]) {
  return im.createGroup({
    type: TencentCloudChat.TYPES.GRP_MEETING,
    name: `Q&A`,
    introduction: topic,
    maxMemberNum: 2000,
    memberList: moderators.map((userID) => ({ userID, role: TencentCloudChat.TYPES.GRP_MBR_ROLE_ADMIN })),
  });
}
