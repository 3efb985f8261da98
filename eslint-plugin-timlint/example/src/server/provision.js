// Server side: the REST body of v4/group_open_http_svc/create_group, sent by our helper.
export async function provisionCommunity(imRest, ownerID) {
  await imRest.createGroup({
    Owner_Account: ownerID,
    Type: 'Community',
    GroupId: 'team-announcements',
    Name: 'Announcements',
    SupportTopic: 1,
    MemberList: [{ Member_Account: ownerID, Role: 'Admin' }],
  });
}
