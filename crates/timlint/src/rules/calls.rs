//! The calls: which checks each runs, in order, over the fields its table
//! (`crate::model::call_fields`) reads. The rules themselves live in their families; a call
//! only says which apply. Reference sheets: `create-group-rules.md`, `group-apis.md`.

use super::shape::{self, expect, missing_required};
use super::{Ctx, Loc, custom_data, group_type, ids, members, text, topics, update};
use crate::diagnostic::JsonType;
use crate::domain::GroupType;
use crate::model::{Group, Slot, TOPIC_INFO_FIELDS};
use crate::options::Dialect;

/// create_group: every rule of `create-group-rules.md`. The group's type, when known.
pub fn create_group(ctx: &mut Ctx<'_, '_>, group: &Group) -> Option<GroupType> {
    let ty = group_type::check(ctx, group);
    shape::check_all_muted(ctx, group);
    shape::check_permissions(ctx, group);
    text::check(ctx, group);
    ids::check(ctx, group, ty);
    custom_data::check_group(ctx, group);
    members::check(ctx, group, ty);
    ty
}

/// import_group (REST): create_group's rules over its fields, and its own (§5).
pub fn import_group(ctx: &mut Ctx<'_, '_>, group: &Group) {
    let ty = create_group(ctx, group);
    if let Some(v) = ctx.group(group, Slot::Type) {
        update::not_supported(ctx, ty, &Loc::Root.key(v.name), v.node, None);
    }
    if let Some(v) = ctx.group(group, Slot::CreateTime) {
        update::create_time(ctx, v);
    }
}

/// modify_group_base_info / `setGroupInfo` / `updateGroupProfile` (§2).
pub fn modify_group(ctx: &mut Ctx<'_, '_>, g: &Group) {
    let id = ids::existing_group_id(ctx, g);
    let ty = group_type::existing_type(ctx, g, id.as_deref());
    text::modify(ctx, g);
    members::modify_max_member_count(ctx, g, ty);
    group_type::check_join_options(ctx, g, ty);
    update_switches(ctx, g, ty);
    custom_data::check_group(ctx, g);
    if let Some(v) = ctx.group(g, Slot::FromAccount) {
        ids::account(ctx, v, &Loc::Root.key(v.name));
    }
    if id.is_some() && !CHANGES.iter().any(|&s| ctx.group(g, s).is_some()) {
        update::empty_update(ctx);
    }
}

/// The fields of modify_group_base_info that change something (the others name the group and
/// who asks).
pub const CHANGES: [Slot; 14] = [
    Slot::Name,
    Slot::Introduction,
    Slot::Notification,
    Slot::FaceUrl,
    Slot::FaceUrlIos,
    Slot::MaxMemberCount,
    Slot::ApplyJoinOption,
    Slot::InviteJoinOption,
    Slot::AllMuted,
    Slot::AllMutedLegacy,
    Slot::AppDefinedData,
    Slot::EnablePermission,
    Slot::DefaultPermission,
    Slot::HistoryBeforeJoin,
];

/// modify's switches: mute all, permission groups, history for new members.
fn update_switches(ctx: &mut Ctx<'_, '_>, g: &Group, ty: Option<GroupType>) {
    let rest = ctx.dialect == Dialect::Rest;
    let muted = ctx.group(g, Slot::AllMuted);
    let legacy = ctx.group(g, Slot::AllMutedLegacy);
    for v in [muted, legacy].into_iter().flatten() {
        let loc = Loc::Root.key(v.name);
        if rest {
            update::on_off(ctx, v, &loc);
        } else {
            expect(ctx, v, &loc, &[JsonType::Boolean]);
        }
    }
    if let (Some(a), Some(b)) = (muted, legacy) {
        update::conflicting(ctx, a, b);
    }
    if let Some(v) = ctx.group(g, Slot::EnablePermission) {
        let loc = Loc::Root.key(v.name);
        let ok = if rest {
            update::zero_one(ctx, v, &loc).is_some()
        } else {
            expect(ctx, v, &loc, &[JsonType::Boolean])
        };
        if let Some(t) = ty.filter(|&t| ok && t != GroupType::Community) {
            update::ineffective(ctx, v, t, false);
        }
    }
    shape::check_default_permission(ctx, g);
    if let Some(v) = ctx.group(g, Slot::HistoryBeforeJoin) {
        let loc = Loc::Root.key(v.name);
        let ok = update::on_off(ctx, v, &loc).is_some();
        let takes =
            |t: GroupType| matches!(t, GroupType::Work | GroupType::Public | GroupType::Meeting);
        if let Some(t) = ty.filter(|&t| ok && !takes(t)) {
            update::ineffective(ctx, v, t, false);
        }
    }
}

/// add_group_member / `inviteUserToGroup` / `addGroupMember` (§3).
pub fn add_members(ctx: &mut Ctx<'_, '_>, g: &Group) {
    let id = ids::existing_group_id(ctx, g);
    let ty = group_type::existing_type(ctx, g, id.as_deref());
    members::add(ctx, g, ty);
    if let Some(v) = ctx.group(g, Slot::Silence) {
        update::zero_one(ctx, v, &Loc::Root.key(v.name));
    }
}

/// modify_group_member_info / `setGroupMemberInfo` / the Web `setGroupMember*` (§6).
pub fn modify_member(ctx: &mut Ctx<'_, '_>, g: &Group) {
    let id = ids::existing_group_id(ctx, g);
    let ty = group_type::existing_type(ctx, g, id.as_deref());
    members::modify(ctx, g, ty);
}

/// create_topic / `createTopicInCommunity` (§4): the SDK's topic fields are in `topicInfo`.
pub fn create_topic(ctx: &mut Ctx<'_, '_>, g: &Group) {
    let group_id = ids::existing_group_id(ctx, g);
    if let (Some(v), Some(id)) = (ctx.group(g, Slot::GroupId), group_id.as_deref()) {
        topics::community(ctx, v, id);
    }
    if ctx.dialect != Dialect::Sdk {
        topic_fields(ctx, g, 0, group_id.as_deref());
    } else if let Some(info) = ctx.group(g, Slot::TopicInfo) {
        // The SDK's topic fields are in `topicInfo`, read against their own table.
        static ROOT: Loc<'static> = Loc::Root;
        let loc = Loc::Key(&ROOT, info.name);
        if expect(ctx, info, &loc, &[JsonType::Object]) {
            let topic = ctx.read_object(info.node, &loc, &TOPIC_INFO_FIELDS);
            let (table, base) = (ctx.table, ctx.base);
            (ctx.table, ctx.base) = (&TOPIC_INFO_FIELDS, loc);
            topic_fields(ctx, &topic, info.node, group_id.as_deref());
            (ctx.table, ctx.base) = (table, base);
        }
    } else {
        let name = ctx.group_name(Slot::TopicInfo);
        missing_required(ctx, 0, &Loc::Root, name);
    }
    // create_topic's table types `From_Account` as uint64 and its example writes a string
    // (group-apis §7E): both are accepted.
    if let Some(v) = ctx.group(g, Slot::FromAccount)
        && shape::uint64(ctx, v.node).is_none()
    {
        ids::account(ctx, v, &Loc::Root.key(v.name));
    }
}

/// A topic's own fields (at `ctx.base`).
fn topic_fields(
    ctx: &mut Ctx<'_, '_>,
    topic: &Group,
    obj: crate::json::NodeId,
    group_id: Option<&str>,
) {
    text::topic(ctx, topic, obj);
    if let Some(v) = ctx.group(topic, Slot::TopicId) {
        let base = ctx.base;
        let loc = base.key(v.name);
        if expect(ctx, v, &loc, &[JsonType::String]) {
            let tid = ctx.doc.str(v.node);
            topics::topic_id(ctx, v, &loc, &tid, group_id);
        }
    }
}

/// The rules [`create_group`] can report, besides the document's (`super::rules_of`).
pub const CREATE_GROUP_RULES: &[&crate::diagnostic::Rule] = &[
    &shape::NO_REST_EQUIVALENT,
    &group_type::UNKNOWN_GROUP_TYPE,
    &group_type::GROUP_TYPE_SPELLING,
    &group_type::DEPRECATED_GROUP_TYPE,
    &group_type::TYPE_NOT_IN_PLAN,
    &group_type::INVALID_APPLY_JOIN_OPTION,
    &group_type::INEFFECTIVE_APPLY_JOIN_OPTION,
    &group_type::INVALID_INVITE_JOIN_OPTION,
    &group_type::INVITE_OPTION_NOT_SUPPORTED,
    &group_type::TOPIC_REQUIRES_COMMUNITY,
    &text::TOO_MANY_BYTES,
    &text::EMPTY_NAME,
    &text::FACE_URL_SCHEME,
    &ids::GROUP_ID_CHARSET,
    &ids::GROUP_ID_TOO_LONG,
    &ids::EMPTY_GROUP_ID,
    &ids::GROUP_ID_RESERVED_PREFIX,
    &ids::COMMUNITY_GROUP_ID_PREFIX,
    &ids::ACCOUNT_TOO_LONG,
    &ids::ACCOUNT_CHARSET,
    &members::TOO_MANY_MEMBERS,
    &members::MEMBER_LIST_OVER_NEWER_CAP,
    &members::MEMBERS_NOT_ALLOWED,
    &members::DUPLICATE_MEMBER,
    &members::OWNER_IN_MEMBER_LIST,
    &members::INVALID_MEMBER_ROLE,
    &members::ADMIN_ROLE_IN_WORK_GROUP,
    &members::MAX_MEMBER_COUNT_RANGE,
    &members::EXCEEDS_MAX_MEMBER_COUNT,
    &custom_data::TOO_MANY_CUSTOM_FIELDS,
    &custom_data::CUSTOM_KEY_INVALID,
    &custom_data::DUPLICATE_CUSTOM_KEY,
    &custom_data::CUSTOM_VALUE_TOO_LONG,
    &custom_data::MEMBER_CUSTOM_DATA_NOT_ALLOWED,
    &custom_data::UNCONFIGURED_CUSTOM_KEY,
];

/// The rules [`modify_group`] can report, besides the document's (`super::rules_of`).
pub const MODIFY_GROUP_RULES: &[&crate::diagnostic::Rule] = &[
    &group_type::UNKNOWN_GROUP_TYPE,
    &group_type::INVALID_APPLY_JOIN_OPTION,
    &group_type::INEFFECTIVE_APPLY_JOIN_OPTION,
    &group_type::INVALID_INVITE_JOIN_OPTION,
    &group_type::INVITE_OPTION_NOT_SUPPORTED,
    &text::TOO_MANY_BYTES,
    &text::EMPTY_NAME,
    &text::FACE_URL_SCHEME,
    &ids::GROUP_ID_CHARSET,
    &ids::GROUP_ID_TOO_LONG,
    &ids::ACCOUNT_TOO_LONG,
    &ids::ACCOUNT_CHARSET,
    &members::MAX_MEMBER_COUNT_RANGE,
    &custom_data::TOO_MANY_CUSTOM_FIELDS,
    &custom_data::CUSTOM_KEY_INVALID,
    &custom_data::DUPLICATE_CUSTOM_KEY,
    &custom_data::CUSTOM_VALUE_TOO_LONG,
    &custom_data::UNCONFIGURED_CUSTOM_KEY,
    &update::EMPTY_UPDATE,
    &update::INEFFECTIVE_FIELD,
    &update::IGNORED_BY_SDK,
    &update::INVALID_SWITCH_VALUE,
    &update::CONFLICTING_FIELDS,
];

/// The rules [`add_members`] can report, besides the document's (`super::rules_of`).
pub const ADD_MEMBERS_RULES: &[&crate::diagnostic::Rule] = &[
    &ids::GROUP_ID_CHARSET,
    &ids::GROUP_ID_TOO_LONG,
    &ids::ACCOUNT_TOO_LONG,
    &ids::ACCOUNT_CHARSET,
    &members::TOO_MANY_MEMBERS,
    &members::MEMBER_LIST_OVER_NEWER_CAP,
    &members::DUPLICATE_MEMBER,
    &update::INVALID_SWITCH_VALUE,
    &update::OPERATION_NOT_SUPPORTED,
];

/// The rules [`create_topic`] can report, besides the document's (`super::rules_of`).
pub const CREATE_TOPIC_RULES: &[&crate::diagnostic::Rule] = &[
    &text::TOO_MANY_BYTES,
    &text::EMPTY_NAME,
    &text::FACE_URL_SCHEME,
    &ids::GROUP_ID_CHARSET,
    &ids::GROUP_ID_TOO_LONG,
    &ids::ACCOUNT_TOO_LONG,
    &ids::ACCOUNT_CHARSET,
    &topics::TOPIC_GROUP_NOT_COMMUNITY,
    &topics::TOPIC_ID_PREFIX,
    &topics::TOPIC_ID_CHARSET,
    &topics::TOPIC_ID_RESERVED,
    &topics::TOPIC_ID_TOO_LONG,
];

/// The rules [`import_group`] can report, besides the document's (`super::rules_of`).
pub const IMPORT_GROUP_RULES: &[&crate::diagnostic::Rule] = &[
    &group_type::UNKNOWN_GROUP_TYPE,
    &group_type::GROUP_TYPE_SPELLING,
    &group_type::DEPRECATED_GROUP_TYPE,
    &group_type::TYPE_NOT_IN_PLAN,
    &group_type::INVALID_APPLY_JOIN_OPTION,
    &group_type::INEFFECTIVE_APPLY_JOIN_OPTION,
    &group_type::TOPIC_REQUIRES_COMMUNITY,
    &text::TOO_MANY_BYTES,
    &text::EMPTY_NAME,
    &text::FACE_URL_SCHEME,
    &ids::GROUP_ID_CHARSET,
    &ids::GROUP_ID_TOO_LONG,
    &ids::EMPTY_GROUP_ID,
    &ids::GROUP_ID_RESERVED_PREFIX,
    &ids::COMMUNITY_GROUP_ID_PREFIX,
    &ids::ACCOUNT_TOO_LONG,
    &ids::ACCOUNT_CHARSET,
    &members::MAX_MEMBER_COUNT_RANGE,
    &custom_data::TOO_MANY_CUSTOM_FIELDS,
    &custom_data::CUSTOM_KEY_INVALID,
    &custom_data::DUPLICATE_CUSTOM_KEY,
    &custom_data::CUSTOM_VALUE_TOO_LONG,
    &custom_data::UNCONFIGURED_CUSTOM_KEY,
    &update::OPERATION_NOT_SUPPORTED,
    &update::TIMESTAMP_IN_MILLISECONDS,
];

/// The rules [`modify_member`] can report, besides the document's (`super::rules_of`).
pub const MODIFY_MEMBER_RULES: &[&crate::diagnostic::Rule] = &[
    &ids::GROUP_ID_CHARSET,
    &ids::GROUP_ID_TOO_LONG,
    &ids::ACCOUNT_TOO_LONG,
    &ids::ACCOUNT_CHARSET,
    &members::INVALID_MEMBER_ROLE,
    &members::ADMIN_ROLE_IN_WORK_GROUP,
    &text::TOO_MANY_BYTES,
    &members::INVALID_MSG_FLAG,
    &members::INVALID_MUTE_TIME,
    &members::MUTE_NOT_SUPPORTED,
    &update::OPERATION_NOT_SUPPORTED,
    &update::CONFLICTING_FIELDS,
    &custom_data::TOO_MANY_CUSTOM_FIELDS,
    &custom_data::CUSTOM_KEY_INVALID,
    &custom_data::DUPLICATE_CUSTOM_KEY,
    &custom_data::CUSTOM_VALUE_TOO_LONG,
    &custom_data::UNCONFIGURED_CUSTOM_KEY,
];
