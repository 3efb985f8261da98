import TIM from 'tim-js-sdk';

declare const tim: { createGroup(options: object): Promise<unknown> };

interface MeetingForm {
  topic: string;
  invitees: string[];
  host: string;
}

export async function createMeeting(form: MeetingForm) {
  const options = {
    type: TIM.TYPES.GRP_MEETING,
    name: form.topic,
    maxMemberNum: 0,
    memberList: [
      { userID: form.host, role: TIM.TYPES.GRP_MBR_ROLE_ADMIN },
      ...form.invitees.map((userID) => ({ userID })),
    ],
  } as const satisfies Record<string, unknown>;
  return tim.createGroup(options);
}

export async function createStudyGroup(name: string) {
  return tim.createGroup({ type: 'Public' as const, name, joinOption: 'NeedPermission' });
}
