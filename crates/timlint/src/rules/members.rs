//! MemberList and the member count: who may be listed, how many, with which role, and the
//! MaxMemberCount they must fit in.

use std::borrow::Cow;

use super::shape::{expect, missing_required};
use super::{Ctx, Loc, common, custom_data, ids, rule};
use crate::diagnostic::{Applicability, Diagnostic, Fix, JsonType, Severity, server};
use crate::domain::{GroupType, Role};
use crate::json::Kind;
use crate::model::{ADD_MEMBER_FIELDS, Group, MEMBER_FIELDS, MemberSlot, Slot, Value};
use crate::options::Dialect;
use crate::suggest::did_you_mean;

rule! {
    /// MemberList has more entries than one request may carry ({limit.members}; the `members` option).
    ///
    /// ## Why is this bad?
    /// The server answers 10005 past {limit.members} (the seed REST page). The current page says {newerMembers}:
    /// `member-list-over-newer-cap` warns between the two, and `--max-members {newerMembers}` makes {newerMembers} the
    /// error. Import the rest with add_group_member after creation.
    ///
    /// In the `sdk` dialect the cap is {limit.sdkMembers} (the `sdkMembers` option, `--max-sdk-members`):
    /// V2TIMManager+Group.h says "后台限制邀请的群成员个数不能超过 20"; the code the backend
    /// answers is not documented, so none is given.
    ///
    /// Source: REST create_group page (seed); V2TIMManager+Group.h, SDK 8.x (sheet 9A, 9E).
    // Members: every dialect lists members with roles; only REST names an owner; the SDK has
    // no member cap field, but its members still count against the type's default cap.
    pub TOO_MANY_MEMBERS = "too-many-members", Error, server(10005), dialects [Rest, Sdk, Web], messages {
        TOO_MANY_MEMBERS_MSG = "too-many-members":
            "`{field}` has {count} entries; one request may list at most {max}",
            "`{field}` 有 {count} 个成员；单次请求最多 {max} 个";
        TOO_MANY_MEMBERS_HELP = "too-many-members.help":
            "create the group with the first {max}, then add the rest with add_group_member",
            "先用前 {max} 个成员建群，其余用 `add_group_member` 导入";
        TOO_MANY_MEMBERS_SDK = "too-many-members.sdk":
            "`{field}` has {count} entries; the SDK's backend accepts at most {max} invited members at creation",
            "`{field}` 有 {count} 个成员；后台限制创建时邀请的群成员不能超过 {max} 个";
        TOO_MANY_MEMBERS_ADD = "too-many-members.add":
            "`{field}` has {count} entries; add_group_member takes at most {max} a request",
            "`{field}` 有 {count} 个成员；`add_group_member` 单次最多添加 {max} 个";
        TOO_MANY_MEMBERS_ADD_HELP = "too-many-members.add.help":
            "split the list into requests of at most {max} (the `addMembers` option changes the cap)",
            "请拆成每次最多 {max} 个的多次请求（选项 `addMembers` 可调整此上限）";
        TOO_MANY_MEMBERS_SDK_HELP = "too-many-members.sdk.help":
            "create the group with the first {max}, then invite the rest (`inviteUserToGroup`); the `sdkMembers` option changes the cap",
            "先用前 {max} 个成员建群，其余用 `inviteUserToGroup` 邀请；选项 `sdkMembers` 可调整此上限";
    }

    /// MemberList has more entries than the current create_group page allows ({newerMembers}).
    ///
    /// Formerly `member-list-over-100`: that ID still names it (in `--rule` and the `rules`
    /// option) and is deprecated.
    ///
    /// ## What it does
    /// Past {newerMembers} entries and up to the `members` limit ({limit.members}, the seed
    /// page's cap and `too-many-members`' error), a warning: the current REST page (2023, 2025)
    /// caps one request at {newerMembers}, so a server that follows it refuses the rest. Create
    /// the group with {newerMembers} members and add the others with add_group_member. Checked
    /// in `rest` and `web` (the Web SDK sends its options to the same server command); the
    /// `sdk` dialect has its own cap of {limit.sdkMembers}.
    ///
    /// add_group_member, in every dialect: past {newerAddMembers} entries and up to the
    /// `addMembers` limit ({limit.addMembers}, the page Tencent's other pages and error 10005
    /// state), a warning: the current add_group_member page (2026-02-06) says "一次请求最多支持添加20个成员".
    ///
    /// Source: REST create_group page, current version (sheet 9E); cloud.tencent.com
    /// add_group_member page 269/1621 (sheet group-apis §7A).
    // The newer REST page's 100; the Web SDK sends to the same server command. The SDK's own
    // cap is 20 (`too-many-members`).
    pub MEMBER_LIST_OVER_NEWER_CAP = "member-list-over-newer-cap", Warning, None, dialects [Rest, Sdk, Web], messages {
        MEMBER_LIST_OVER_NEWER_CAP_ADD = "member-list-over-newer-cap.add":
            "`{field}` has {count} entries; the current add_group_member page allows at most {newer} per request (past {max}, the `addMembers` limit, it is an error)",
            "`{field}` 有 {count} 个成员；最新的 `add_group_member` 接口文档规定单次最多 {newer} 个（超过 `addMembers` 上限 {max} 个则为错误）";
        MEMBER_LIST_OVER_NEWER_CAP_ADD_HELP = "member-list-over-newer-cap.add.help":
            "send them in requests of at most {newer}",
            "请分成每次最多 {newer} 个的多次请求";
        MEMBER_LIST_OVER_NEWER_CAP_MSG = "member-list-over-newer-cap":
            "`{field}` has {count} entries; the current create_group page allows at most {newer} per request (past {max}, the `members` limit, it is an error)",
            "`{field}` 有 {count} 个成员；最新的 `create_group` 接口文档规定单次最多 {newer} 个（超过 `members` 上限 {max} 个则为错误）";
        MEMBER_LIST_OVER_NEWER_CAP_HELP = "member-list-over-newer-cap.help":
            "create the group with the first {newer}, then add the rest with add_group_member",
            "先用前 {newer} 个成员建群，其余用 `add_group_member` 导入";
    }

    /// MemberList on a group type that cannot have members listed at creation.
    ///
    /// ## What it does
    /// AVChatRoom and BChatRoom are joined only by applying; listing members makes the server
    /// answer 10007 (REST page, seed). An empty `MemberList: []` is reported as a warning (no
    /// code): the Flutter page asks for `null` there. In the `web` dialect the list is a
    /// warning (no code): the Web SDK drops `memberList` for AVChatRoom before sending
    /// ("自动忽略该字段", Web SDK docs; `createGroup` in `@tencentcloud/chat` 3.6), so the call
    /// succeeds without those members; member custom data inside it is dropped with it.
    ///
    /// Source: REST create_group page (seed); Web SDK docs and sources (sheet 9A).
    pub MEMBERS_NOT_ALLOWED = "members-not-allowed", Error, server(10007), dialects [Rest, Sdk, Web], messages {
        MEMBERS_NOT_ALLOWED_MSG = "members-not-allowed":
            "{type} groups cannot have members listed at creation; members join by applying",
            "`{type}` 群创建时不能指定初始成员；成员只能主动申请加入";
        MEMBERS_NOT_ALLOWED_SDK_DROPS = "members-not-allowed.sdk-drops":
            "the {dialect:dialect} drops `{field}` for {type} groups: these members will not be added",
            "{dialect:dialect} 会忽略 `{type}` 群的 `{field}`：这些成员不会被添加";
        MEMBERS_NOT_ALLOWED_EMPTY = "members-not-allowed.empty":
            "{type} groups take no members at creation; pass no `{field}` rather than an empty one",
            "`{type}` 群创建时不能指定成员；请不传 `{field}`（或传 `null`），而不是空数组";
    }

    /// The same account is listed twice in MemberList.
    ///
    /// Source: reference sheet §4 *(judgement: no page says what the server does with a
    /// repeat)*.
    pub DUPLICATE_MEMBER = "duplicate-member", Warning, None, dialects [Rest, Sdk, Web], messages {
        DUPLICATE_MEMBER_MSG = "duplicate-member":
            "`{value}` is listed more than once in `{list}`",
            "`{value}` 在 `{list}` 中重复出现";
        DUPLICATE_MEMBER_HELP = "duplicate-member.help":
            "remove the repeated `{field}`",
            "删除重复的 `{field}`";
    }

    /// The owner is also listed in MemberList.
    ///
    /// ## Why is this bad?
    /// The owner is added automatically; listing them again is redundant, and a role given
    /// there is ignored.
    ///
    /// Source: REST create_group page (seed): the owner is "自动添加到群成员中"; the warning
    /// itself is *(judgement)*.
    pub OWNER_IN_MEMBER_LIST = "owner-in-member-list", Warning, None, dialects [Rest], messages {
        OWNER_IN_MEMBER_LIST_MSG = "owner-in-member-list":
            "`{value}` is the owner and is added automatically",
            "`{value}` 是群主，会自动加入群";
        OWNER_IN_MEMBER_LIST_HELP = "owner-in-member-list.help":
            "remove this entry",
            "删除此成员项";
    }

    /// A member's role is not one that can be given at creation.
    ///
    /// ## What it does
    /// REST and Web: `"Admin"` or `"Member"` (case-sensitive; `"admin"` gets a suggestion).
    /// The Web SDK forwards `role` verbatim to the same server command as REST, so the two
    /// give the same verdict for the same string (sheet 9A). SDK: 0 (undefined), 200
    /// (member), 300 (admin) or the `V2TIM_GROUP_MEMBER_*` names; 400 (owner) is refused,
    /// the owner being the creator.
    ///
    /// In modify_group_member_info (and the SDKs' `setGroupMemberRole`) the same values,
    /// where "Owner" is refused ("不允许修改群主的身份"); the Web SDK also takes `"Custom"`
    /// on a Community and refuses other values before sending (client code 2683).
    ///
    /// Source: REST create_group page (seed: `Role` "Admin"); GroupMemberRoleType in
    /// V2TIMManager+Group.h; Web SDK sources (sheet 9A); REST modify_group_member_info page,
    /// C++ V2TIMGroupManager.h §3.8 (sheet group-apis §6).
    pub INVALID_MEMBER_ROLE = "invalid-member-role", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        INVALID_MEMBER_ROLE_MSG = "invalid-member-role":
            "`{value}` is not a role that can be given at creation",
            "`{value}` 不是创建时可指定的身份";
        INVALID_MEMBER_ROLE_HELP = "invalid-member-role.help":
            "use one of {choices}, or leave `{field}` out",
            "可选值：{choices}；也可以不填 `{field}`";
        INVALID_MEMBER_ROLE_DID_YOU_MEAN = "invalid-member-role.did-you-mean":
            "did you mean `{suggestion}`? (one of {choices}, or leave `{field}` out)",
            "是否想写 `{suggestion}`？（可选：{choices}；也可以不填 `{field}`）";
        INVALID_MEMBER_ROLE_OWNER = "invalid-member-role.owner":
            "`{field}` {value} is the owner role, which cannot be given at creation",
            "`{field}` {value} 是群主身份，创建时不能指定";
        INVALID_MEMBER_ROLE_OWNER_HELP = "invalid-member-role.owner.help":
            "the owner is the creator; use 300 (admin) or leave the role out",
            "群主即创建者；请改为 300（管理员）或不填";
        INVALID_MEMBER_ROLE_CHANGE = "invalid-member-role.change":
            "`{value}` is not a role a member can be given (one of {choices})",
            "`{value}` 不是可以设置的成员身份（可选：{choices}）";
        INVALID_MEMBER_ROLE_CHANGE_OWNER = "invalid-member-role.change-owner":
            "`{field}` {value} is the owner role, which this call cannot give",
            "`{field}` {value} 是群主身份，此调用不能设置";
        INVALID_MEMBER_ROLE_CHANGE_OWNER_HELP = "invalid-member-role.change-owner.help":
            "to hand the group over, use change_group_owner (`transferGroupOwner`)",
            "转让群主请用 `change_group_owner`（`transferGroupOwner`）";
    }

    /// An admin role in a Work (Private) group.
    ///
    /// ## Why is this bad?
    /// The SDK docs say Work groups cannot set admins; the role is dropped or refused
    /// depending on the client.
    ///
    /// Source: native SDK docs (Work groups cannot set admins), reference sheet §3.
    pub ADMIN_ROLE_IN_WORK_GROUP = "admin-role-in-work-group", Warning, None, dialects [Rest, Sdk, Web], messages {
        ADMIN_ROLE_IN_WORK_GROUP_MSG = "admin-role-in-work-group":
            "{type} groups cannot have admins",
            "`{type}` 群不能设置管理员";
        ADMIN_ROLE_IN_WORK_GROUP_HELP = "admin-role-in-work-group.help":
            "leave `{field}` out",
            "不填 `{field}`";
    }

    /// MaxMemberCount is not an integer of at least 1, or above what the plan allows.
    ///
    /// ## What it does
    /// With `--plan`, the cap is the plan's: Work/Public/Meeting 20 (trial), 500 (standard),
    /// 2000 (pro), 5000 (pro-plus), 6000 (enterprise); Community 100 000 (pro), 1 000 000
    /// (pro-plus, enterprise); AVChatRoom unlimited. Without a plan, the largest: 6000, and
    /// 1 000 000 for Community. cloud.tencent.com's names: 体验版 is trial (20), 专业版 pro
    /// (200, raisable to 2000), 企业版 enterprise, and 旗舰版 is `ultimate` (2000, raisable to
    /// 6000; Community 100 000): the cap checked is what a group may be raised to.
    ///
    /// Source: REST create_group page (seed) for MaxMemberCount; trtc.io and cloud.tencent.com
    /// pricing for the plan caps (reference sheet §3, 9H); V2TimGroupCreateParam for the SDK's `maxMemberCount`
    /// (sheet 9F). modify_group_base_info's `MaxMemberNum` is checked the same way; import_group
    /// takes at most 6000 ("最大为6000") but for a Community, which keeps its plan's cap (REST
    /// modify_group_base_info and import_group pages, sheet group-apis §2, §5).
    // SDK `maxMemberCount` (V2TimGroupCreateParam, sheet 9F), REST and Web alike.
    pub MAX_MEMBER_COUNT_RANGE = "max-member-count-range", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        MAX_MEMBER_COUNT_RANGE_MSG = "max-member-count-range":
            "`{field}` must be an integer of at least 1, written without fraction or exponent; found `{value}`",
            "`{field}` 必须是不小于 1 的整数（不带小数点或指数）；实际是 `{value}`";
        MAX_MEMBER_COUNT_RANGE_PLAN = "max-member-count-range.plan":
            "`{field}` is {value}, but {type} groups hold at most {max} members on the {plan} plan",
            "`{field}` 为 {value}，但 `{plan}` 套餐下 `{type}` 群最多 {max} 人";
        MAX_MEMBER_COUNT_RANGE_IMPORT = "max-member-count-range.import":
            "`{field}` is {value}, but import_group takes at most {max} for a {type} group",
            "`{field}` 为 {value}，但 `import_group` 导入 `{type}` 群时最大为 {max}";
        MAX_MEMBER_COUNT_RANGE_ANY_PLAN = "max-member-count-range.any-plan":
            "`{field}` is {value}, but {type} groups hold at most {max} members on any plan",
            "`{field}` 为 {value}，但任何套餐下 `{type}` 群最多 {max} 人";
    }

    /// More members than the group may hold.
    ///
    /// ## What it does
    /// Counts MemberList, plus the owner when not listed, against MaxMemberCount or, when
    /// that is not given, the type's default (Private 200, Public 2000, ChatRoom 6000,
    /// Community the plan's cap), never above the plan's cap.
    ///
    /// Source: REST create_group page (seed) for the per-type defaults; REST error codes (10038).
    pub EXCEEDS_MAX_MEMBER_COUNT = "exceeds-max-member-count", Error, server(10038), dialects [Rest, Sdk, Web], messages {
        EXCEEDS_MAX_MEMBER_COUNT_MSG = "exceeds-max-member-count":
            "{total} members exceed the limit of {limit} (`{maxField}`)",
            "成员数 {total} 超过上限 {limit}（`{maxField}`）";
        EXCEEDS_MAX_MEMBER_COUNT_WITH_OWNER = "exceeds-max-member-count.with-owner":
            "{total} members (with the owner) exceed the limit of {limit} (`{maxField}`)",
            "成员数 {total}（含群主）超过上限 {limit}（`{maxField}`）";
        EXCEEDS_MAX_MEMBER_COUNT_DEFAULT = "exceeds-max-member-count.default":
            "{total} members exceed the limit of {limit} (the default for {type} groups)",
            "成员数 {total} 超过上限 {limit}（`{type}` 群的默认上限）";
        EXCEEDS_MAX_MEMBER_COUNT_DEFAULT_WITH_OWNER = "exceeds-max-member-count.default.with-owner":
            "{total} members (with the owner) exceed the limit of {limit} (the default for {type} groups)",
            "成员数 {total}（含群主）超过上限 {limit}（`{type}` 群的默认上限）";
        EXCEEDS_MAX_MEMBER_COUNT_HELP = "exceeds-max-member-count.help":
            "raise `{maxField}` or list fewer members",
            "调大 `{maxField}`，或减少初始成员";
    }

    /// A MsgFlag that is not one of its values.
    ///
    /// ## What it does
    /// modify_group_member_info's `MsgFlag`: `AcceptAndNotify`, `Discard`, `AcceptNotNotify`
    /// or (the current page) `AcceptNotNotifyExceptAt`, case-sensitive.
    ///
    /// Source: REST modify_group_member_info page, zh and current (sheet group-apis §6).
    pub INVALID_MSG_FLAG = "invalid-msg-flag", Error, server(10004), dialects [Rest], messages {
        INVALID_MSG_FLAG_MSG = "invalid-msg-flag":
            "`{value}` is not a valid `{field}`",
            "`{value}` 不是有效的 `{field}` 取值";
    }

    /// A mute time that is not a whole number of seconds from 0 to 4294967295.
    ///
    /// ## What it does
    /// `MuteTime` / `ShutUpTime` (REST) and the Web SDK's `muteTime`: 0 unmutes; anything
    /// else mutes for that many seconds.
    ///
    /// Source: REST modify_group_member_info page; `@tencentcloud/chat` 3.6.6 (sheet
    /// group-apis §6).
    pub INVALID_MUTE_TIME = "invalid-mute-time", Error, server(10004), dialects [Rest, Web], messages {
        INVALID_MUTE_TIME_MSG = "invalid-mute-time":
            "`{field}` must be a whole number of seconds from 0 to 4294967295 (0 unmutes); found `{value}`",
            "`{field}` 必须是 0 到 4294967295 之间的整数秒（0 表示取消禁言）；实际是 `{value}`";
    }

    /// Muting a member of a Work group.
    ///
    /// ## Why is this bad?
    /// The page: "Private 群…不支持禁言群用户" (Work groups cannot mute members).
    ///
    /// Source: REST modify_group_member_info page (sheet group-apis §6).
    pub MUTE_NOT_SUPPORTED = "mute-not-supported", Error, None, dialects [Rest, Web], messages {
        MUTE_NOT_SUPPORTED_MSG = "mute-not-supported":
            "{type} groups cannot mute members: `{field}` is refused",
            "`{type}` 群不支持禁言群成员：`{field}` 会被拒绝";
    }
}

/// The MemberList cap of the current create_group page (the seed's, the `members` limit, is
/// the error).
pub const NEWER_PAGE_MEMBERS: usize = 100;

/// import_group's cap on MaxMemberCount, but for Communities (group-apis §5): every plan's
/// cap of those types is at or below it (a test in `schema::calls` checks), so it needs no
/// check of its own; messages name it.
pub const IMPORT_MAX_MEMBERS: u64 = 6000;

/// The current add_group_member page's cap on one request (group-apis §7A).
pub const NEWER_ADD_MEMBERS: usize = 20;

pub fn check(ctx: &mut Ctx<'_, '_>, g: &Group, ty: Option<GroupType>) {
    let given_max = max_member_count(ctx, g, ty);
    let owner = ctx.group(g, Slot::Owner).and_then(|v| {
        matches!(ctx.doc.kind(v.node), Kind::String { .. }).then(|| ctx.doc.str(v.node))
    });
    let Some(list) = ctx.group(g, Slot::MemberList) else {
        return;
    };
    let root = Loc::Root;
    let loc = root.key(list.name);
    if !expect(ctx, list, &loc, &[JsonType::Array]) {
        return;
    }
    let count = ctx.doc.len(list.node);
    let name = list.name;
    let span = ctx.span(list.node);
    if let Some(t) = ty.filter(|t| !t.allows_members()) {
        let d = if ctx.dialect == Dialect::Web {
            Diagnostic::new(&MEMBERS_NOT_ALLOWED, &MEMBERS_NOT_ALLOWED_SDK_DROPS, span)
                .severity(Severity::Warning)
                .code(None)
                .with("dialect", ctx.dialect)
                .help(&common::REMOVE_FIELD)
        } else if count > 0 {
            Diagnostic::new(&MEMBERS_NOT_ALLOWED, &MEMBERS_NOT_ALLOWED_MSG, span)
                .help(&common::REMOVE_FIELD)
        } else {
            Diagnostic::new(&MEMBERS_NOT_ALLOWED, &MEMBERS_NOT_ALLOWED_EMPTY, span)
                .severity(Severity::Warning)
                .code(None)
        };
        ctx.report(
            d.with("type", t.spelling(ctx.dialect)).with("field", name),
            &loc,
        );
    }
    let sdk = ctx.dialect == Dialect::Sdk;
    let max = if sdk {
        ctx.limits.sdk_members
    } else {
        ctx.limits.members
    };
    if count > max {
        let d = if sdk {
            Diagnostic::new(&TOO_MANY_MEMBERS, &TOO_MANY_MEMBERS_SDK, span)
                .code(None)
                .help(&TOO_MANY_MEMBERS_SDK_HELP)
        } else {
            Diagnostic::new(&TOO_MANY_MEMBERS, &TOO_MANY_MEMBERS_MSG, span)
                .help(&TOO_MANY_MEMBERS_HELP)
        };
        ctx.report(
            d.with("field", name).with("count", count).with("max", max),
            &loc,
        );
    } else if count > NEWER_PAGE_MEMBERS && !sdk {
        let d = Diagnostic::new(
            &MEMBER_LIST_OVER_NEWER_CAP,
            &MEMBER_LIST_OVER_NEWER_CAP_MSG,
            span,
        )
        .with("field", name)
        .with("count", count)
        .with("newer", NEWER_PAGE_MEMBERS)
        .with("max", max)
        .help(&MEMBER_LIST_OVER_NEWER_CAP_HELP);
        ctx.report(d, &loc);
    }
    let mut seen = crate::seen::Seen::with_capacity(count.min(ctx.limits.members));
    let mut owner_listed = false;
    let doc = ctx.doc;
    let account_key = ctx.member_name(MemberSlot::Account);
    for (i, item) in doc.items(list.node) {
        // Most entries are `{"Member_Account": "id"}` with nothing to say about them: settle
        // those without the general reading below (which says the same, and more).
        if let Some(id) = doc.lone_string_member(item, account_key)
            && ids::account_is_fine(id, ctx.limits.account)
            && owner.as_deref() != Some(id)
            && seen.first(Cow::Borrowed(id))
        {
            continue;
        }
        let here = loc.index(i);
        if doc.kind(item) != Kind::Object {
            super::shape::entry_not_object(ctx, item, &here, name);
            continue;
        }
        let m = ctx.read_object(item, &here, &MEMBER_FIELDS);
        match ctx.member(&m, MemberSlot::Account) {
            None => {
                let account = ctx.member_name(MemberSlot::Account);
                missing_required(ctx, item, &here, account);
            }
            Some(a) => {
                let aloc = here.key(a.name);
                if let Some(id) = ids::account(ctx, a, &aloc) {
                    let span = ctx.span(a.node);
                    if owner.as_deref() == Some(&*id) {
                        owner_listed = true;
                        let d =
                            Diagnostic::new(&OWNER_IN_MEMBER_LIST, &OWNER_IN_MEMBER_LIST_MSG, span)
                                .with("value", id.into_owned())
                                .help(&OWNER_IN_MEMBER_LIST_HELP);
                        ctx.report(d, &aloc);
                    } else if !seen.first(id.clone()) {
                        let d = Diagnostic::new(&DUPLICATE_MEMBER, &DUPLICATE_MEMBER_MSG, span)
                            .with("value", id.into_owned())
                            .with("list", name)
                            .with("field", a.name)
                            .help(&DUPLICATE_MEMBER_HELP);
                        ctx.report(d, &aloc);
                    }
                }
            }
        }
        if let Some(r) = ctx.member(&m, MemberSlot::Role) {
            role(ctx, r, &here.key(r.name), ty);
        }
        if let Some(c) = ctx.member(&m, MemberSlot::CustomData) {
            custom_data::check_member_data(ctx, c, &here.key(c.name), ty);
        }
    }
    // Everyone the group will hold at creation against what it may hold.
    let Some(ty) = ty.filter(|t| t.allows_members()) else {
        return;
    };
    let with_owner = owner.is_some() && !owner_listed;
    let total = count as u64 + u64::from(with_owner);
    let cap = ty.plan_cap(ctx.opts.plan);
    let limit = match (given_max.or(ty.default_max_members()), cap) {
        (Some(m), Some(c)) => m.min(c),
        (m, c) => match m.or(c) {
            Some(l) => l,
            None => return,
        },
    };
    if total > limit {
        let message = match (given_max.is_some(), with_owner) {
            (true, false) => &EXCEEDS_MAX_MEMBER_COUNT_MSG,
            (true, true) => &EXCEEDS_MAX_MEMBER_COUNT_WITH_OWNER,
            (false, false) => &EXCEEDS_MAX_MEMBER_COUNT_DEFAULT,
            (false, true) => &EXCEEDS_MAX_MEMBER_COUNT_DEFAULT_WITH_OWNER,
        };
        let d = Diagnostic::new(&EXCEEDS_MAX_MEMBER_COUNT, message, span)
            .with("total", total)
            .with("limit", limit)
            .with("type", ty.spelling(ctx.dialect))
            .with("maxField", ctx.group_name(Slot::MaxMemberCount))
            .help(&EXCEEDS_MAX_MEMBER_COUNT_HELP);
        ctx.report(d, &loc);
    }
}

/// Checks MaxMemberCount and returns it when valid.
pub fn max_member_count(ctx: &mut Ctx<'_, '_>, g: &Group, ty: Option<GroupType>) -> Option<u64> {
    let v = ctx.group(g, Slot::MaxMemberCount)?;
    let root = Loc::Root;
    let loc = root.key(v.name);
    if !expect(ctx, v, &loc, &[JsonType::Integer]) {
        return None;
    }
    let span = ctx.span(v.node);
    let raw = ctx.doc.raw(v.node);
    let n = ctx.doc.integer(v.node).filter(|&n| n >= 1);
    let Some(n) = n else {
        let d = Diagnostic::new(&MAX_MEMBER_COUNT_RANGE, &MAX_MEMBER_COUNT_RANGE_MSG, span)
            .with("field", v.name)
            .with("value", raw.to_string());
        ctx.report(d, &loc);
        return None;
    };
    let n = n as u64;
    let cap = ty.and_then(|t| t.plan_cap(ctx.opts.plan).map(|c| (t, c)));
    if let Some((t, cap)) = cap.filter(|&(_, c)| n > c) {
        // import_group's page says "最大为6000", which is every plan's cap of the types but
        // Community (a test checks): its own words when no plan is named.
        let import = ctx.opts.api == crate::options::Api::ImportGroup
            && ctx.opts.plan.is_none()
            && t != GroupType::Community;
        let d = match ctx.opts.plan {
            _ if import => Diagnostic::new(
                &MAX_MEMBER_COUNT_RANGE,
                &MAX_MEMBER_COUNT_RANGE_IMPORT,
                span,
            ),
            Some(p) => Diagnostic::new(&MAX_MEMBER_COUNT_RANGE, &MAX_MEMBER_COUNT_RANGE_PLAN, span)
                .with("plan", p.as_str()),
            None => Diagnostic::new(
                &MAX_MEMBER_COUNT_RANGE,
                &MAX_MEMBER_COUNT_RANGE_ANY_PLAN,
                span,
            ),
        };
        let d = d
            .with("field", v.name)
            .with("value", n)
            .with("type", t.spelling(ctx.dialect))
            .with("max", cap);
        let mut cap_text = String::new();
        crate::write::write_u64(&mut cap_text, cap);
        let fix = Fix {
            span: ctx.doc.span(v.node),
            replacement: cap_text.clone(),
            applicability: Applicability::Unsafe,
        };
        let d = d.suggest(cap_text).fix(Some(fix));
        ctx.report(d, &loc);
        return None;
    }
    Some(n)
}

/// Checks a member's role in the dialect's spelling.
fn role(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, ty: Option<GroupType>) {
    let sdk = ctx.dialect == Dialect::Sdk;
    let wants: &'static [JsonType] = if sdk {
        &[JsonType::Integer, JsonType::String]
    } else {
        &[JsonType::String]
    };
    if !expect(ctx, v, loc, wants) {
        return;
    }
    let doc = ctx.doc;
    let found = if doc.kind(v.node) == Kind::Number {
        doc.integer(v.node)
            .filter(|_| sdk)
            .and_then(Role::from_sdk_number)
    } else {
        Role::parse(&doc.str(v.node), ctx.dialect)
    };
    let span = ctx.span(v.node);
    let d = match found {
        Some(Role::Owner) => {
            Diagnostic::new(&INVALID_MEMBER_ROLE, &INVALID_MEMBER_ROLE_OWNER, span)
                .with("field", v.name)
                .with("value", super::group_type::shown(ctx, v.node))
                .help(&INVALID_MEMBER_ROLE_OWNER_HELP)
        }
        Some(Role::Admin) if ty == Some(GroupType::Work) => Diagnostic::new(
            &ADMIN_ROLE_IN_WORK_GROUP,
            &ADMIN_ROLE_IN_WORK_GROUP_MSG,
            span,
        )
        .with("type", GroupType::Work.spelling(ctx.dialect))
        .with("field", v.name)
        .help(&ADMIN_ROLE_IN_WORK_GROUP_HELP),
        Some(_) => return,
        None => {
            let choices = Role::choices(ctx.dialect);
            let value = doc.str(v.node);
            let suggestion = did_you_mean(&value, choices.iter().copied());
            let d = Diagnostic::new(&INVALID_MEMBER_ROLE, &INVALID_MEMBER_ROLE_MSG, span)
                .with("value", super::group_type::shown(ctx, v.node))
                .with("field", v.name)
                .with("choices", choices);
            match suggestion {
                // SDK roles are numbers: their suggestion is no string to write.
                Some(s) => d.help(&INVALID_MEMBER_ROLE_DID_YOU_MEAN).suggest(s).fix(
                    Some(v.node)
                        .filter(|_| !sdk)
                        .and_then(|node| ctx.string_fix(node, s, Applicability::Safe)),
                ),
                None => d.help(&INVALID_MEMBER_ROLE_HELP),
            }
        }
    };
    ctx.report(d, loc);
}

/// modify_group_base_info's member cap (`MaxMemberNum`): checked as at creation; dropped by
/// both SDKs; no effect on an AVChatRoom.
pub fn modify_max_member_count(ctx: &mut Ctx<'_, '_>, g: &Group, ty: Option<GroupType>) {
    let Some(v) = ctx.group(g, Slot::MaxMemberCount) else {
        return;
    };
    if super::update::sdk_drops(ctx.opts.api, ctx.dialect, Slot::MaxMemberCount as usize) {
        super::update::ignored_by_sdk(ctx, v, "modify_group_base_info `MaxMemberNum`");
    }
    if max_member_count(ctx, g, ty).is_some() && ty == Some(GroupType::AvChatRoom) {
        super::update::ineffective(ctx, v, GroupType::AvChatRoom, false);
    }
}

/// add_group_member's list: required, at most `addMembers` a request, each entry an account
/// (an object with `Member_Account` in REST, a string in the SDKs).
pub fn add(ctx: &mut Ctx<'_, '_>, g: &Group, ty: Option<GroupType>) {
    let root = Loc::Root;
    super::update::not_supported(ctx, ty, &root, 0, Some(2661));
    let Some(list) = ctx.group(g, Slot::MemberList) else {
        let name = ctx.group_name(Slot::MemberList);
        missing_required(ctx, 0, &root, name);
        return;
    };
    let loc = root.key(list.name);
    if !expect(ctx, list, &loc, &[JsonType::Array]) {
        return;
    }
    let (count, name, span) = (ctx.doc.len(list.node), list.name, ctx.span(list.node));
    let max = ctx.limits.add_members;
    if count > max {
        let d = Diagnostic::new(&TOO_MANY_MEMBERS, &TOO_MANY_MEMBERS_ADD, span)
            .with("field", name)
            .with("count", count)
            .with("max", max)
            .help(&TOO_MANY_MEMBERS_ADD_HELP);
        ctx.report(d, &loc);
    } else if count > NEWER_ADD_MEMBERS {
        let d = Diagnostic::new(
            &MEMBER_LIST_OVER_NEWER_CAP,
            &MEMBER_LIST_OVER_NEWER_CAP_ADD,
            span,
        )
        .with("field", name)
        .with("count", count)
        .with("newer", NEWER_ADD_MEMBERS)
        .with("max", max)
        .help(&MEMBER_LIST_OVER_NEWER_CAP_ADD_HELP);
        ctx.report(d, &loc);
    }
    let rest = ctx.dialect == Dialect::Rest;
    let mut seen = crate::seen::Seen::with_capacity(count.min(max));
    let doc = ctx.doc;
    for (i, item) in doc.items(list.node) {
        let here = loc.index(i);
        let account = if rest {
            if doc.kind(item) != Kind::Object {
                super::shape::entry_not_object(ctx, item, &here, name);
                continue;
            }
            let m = ctx.read_object(item, &here, &ADD_MEMBER_FIELDS);
            match m.get(
                doc,
                &ADD_MEMBER_FIELDS,
                MemberSlot::Account as usize,
                ctx.dialect,
            ) {
                Some(a) => (a, here.key(a.name)),
                None => {
                    missing_required(ctx, item, &here, "Member_Account");
                    continue;
                }
            }
        } else {
            (Value { node: item, name }, here)
        };
        let (a, aloc) = account;
        if let Some(id) = ids::account(ctx, a, &aloc)
            && !seen.first(id.clone())
        {
            // A list of strings has no account field: its help names the entry.
            let field = if rest {
                a.name.to_string()
            } else {
                id.to_string()
            };
            let d = Diagnostic::new(&DUPLICATE_MEMBER, &DUPLICATE_MEMBER_MSG, ctx.span(a.node))
                .with("value", id.into_owned())
                .with("list", name)
                .with("field", field)
                .help(&DUPLICATE_MEMBER_HELP);
            ctx.report(d, &aloc);
        }
    }
}

/// The values of modify_group_member_info's `MsgFlag`.
const MSG_FLAGS: &[&str] = &[
    "AcceptAndNotify",
    "Discard",
    "AcceptNotNotify",
    "AcceptNotNotifyExceptAt",
];

/// modify_group_member_info: the member, its role, name card, message flag, mute time and
/// custom data.
pub fn modify(ctx: &mut Ctx<'_, '_>, g: &Group, ty: Option<GroupType>) {
    let root = Loc::Root;
    super::update::not_supported(ctx, ty, &root, 0, Some(2687));
    let web = ctx.dialect == Dialect::Web;
    match ctx.group(g, Slot::Member) {
        Some(v) => {
            ids::account(ctx, v, &root.key(v.name));
        }
        // The Web SDK's name card and custom field calls default to the caller.
        None if web
            && ctx.group(g, Slot::Role).is_none()
            && ctx.group(g, Slot::MuteTime).is_none() => {}
        None => {
            let name = ctx.group_name(Slot::Member);
            missing_required(ctx, 0, &root, name);
        }
    }
    if let Some(v) = ctx.group(g, Slot::Role) {
        role_change(ctx, v, &root.key(v.name), ty);
    }
    if let Some(v) = ctx.group(g, Slot::NameCard) {
        let loc = root.key(v.name);
        if expect(ctx, v, &loc, &[JsonType::String]) {
            let rule = (
                &super::text::TOO_MANY_BYTES,
                &super::text::TOO_MANY_BYTES_MSG,
                &super::text::TOO_MANY_BYTES_HELP,
            );
            super::text::over_bytes(ctx, rule, &loc, v.name, v.node, ctx.limits.name_card);
        }
    }
    if let Some(v) = ctx.group(g, Slot::MsgFlag) {
        let loc = root.key(v.name);
        if expect(ctx, v, &loc, &[JsonType::String]) {
            let flag = ctx.doc.str(v.node);
            if !MSG_FLAGS.contains(&&*flag) {
                let near = did_you_mean(&flag, MSG_FLAGS.iter().copied());
                let fix = near.and_then(|s| ctx.string_fix(v.node, s, Applicability::Safe));
                let d = Diagnostic::new(&INVALID_MSG_FLAG, &INVALID_MSG_FLAG_MSG, ctx.span(v.node))
                    .with("value", flag.into_owned())
                    .with("field", v.name);
                ctx.report(common::choose_from(d, near, MSG_FLAGS).fix(fix), &loc);
            }
        }
    }
    let mute = ctx.group(g, Slot::MuteTime);
    let legacy = ctx.group(g, Slot::MuteTimeLegacy);
    for v in [mute, legacy].into_iter().flatten() {
        let loc = root.key(v.name);
        let doc = ctx.doc;
        let raw = doc.raw(v.node);
        let seconds = (doc.kind(v.node) == Kind::Number && raw.bytes().all(|b| b.is_ascii_digit()))
            .then(|| raw.parse::<u32>().ok())
            .flatten();
        if seconds.is_none() {
            let d = Diagnostic::new(&INVALID_MUTE_TIME, &INVALID_MUTE_TIME_MSG, ctx.span(v.node))
                .with("field", v.name)
                .with("value", raw.to_string());
            ctx.report(d, &loc);
        } else if ty == Some(GroupType::Work) {
            let d = Diagnostic::new(
                &MUTE_NOT_SUPPORTED,
                &MUTE_NOT_SUPPORTED_MSG,
                ctx.span(v.node),
            )
            .with("field", v.name)
            .with("type", GroupType::Work.spelling(ctx.dialect));
            ctx.report(d, &loc);
        }
    }
    if let (Some(a), Some(b)) = (mute, legacy) {
        super::update::conflicting(ctx, a, b);
    }
    if let Some(v) = ctx.group(g, Slot::MemberData) {
        custom_data::check_data(ctx, v, &root.key(v.name), true);
    }
}

/// A role given to an existing member: Admin or Member (SDK 200, 300), not the owner; the Web
/// SDK also takes `Custom` on a Community, and refuses others itself (2683).
fn role_change(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, ty: Option<GroupType>) {
    let sdk = ctx.dialect == Dialect::Sdk;
    let wants: &'static [JsonType] = if sdk {
        &[JsonType::Integer, JsonType::String]
    } else {
        &[JsonType::String]
    };
    if !expect(ctx, v, loc, wants) {
        return;
    }
    let doc = ctx.doc;
    let web = ctx.dialect == Dialect::Web;
    let found = if doc.kind(v.node) == Kind::Number {
        doc.integer(v.node)
            .filter(|&n| sdk && n != 0)
            .and_then(Role::from_sdk_number)
    } else if web && ty == Some(GroupType::Community) && doc.str(v.node) == "Custom" {
        return;
    } else if !sdk && doc.str(v.node) == "Owner" {
        // "不允许修改群主的身份": the owner is changed by change_group_owner.
        Some(Role::Owner)
    } else {
        Role::parse(&doc.str(v.node), ctx.dialect)
    };
    let span = ctx.span(v.node);
    let shown = super::group_type::shown(ctx, v.node);
    let d = match found {
        Some(Role::Owner) => Diagnostic::new(
            &INVALID_MEMBER_ROLE,
            &INVALID_MEMBER_ROLE_CHANGE_OWNER,
            span,
        )
        .with("field", v.name)
        .with("value", shown)
        .help(&INVALID_MEMBER_ROLE_CHANGE_OWNER_HELP),
        Some(Role::Admin) if ty == Some(GroupType::Work) => Diagnostic::new(
            &ADMIN_ROLE_IN_WORK_GROUP,
            &ADMIN_ROLE_IN_WORK_GROUP_MSG,
            span,
        )
        .with("type", GroupType::Work.spelling(ctx.dialect))
        .with("field", v.name)
        .help(&ADMIN_ROLE_IN_WORK_GROUP_HELP),
        Some(_) => return,
        None => {
            let choices: &'static [&'static str] = if sdk {
                &["200", "300"]
            } else {
                &["Admin", "Member"]
            };
            let value = doc.str(v.node);
            let near = did_you_mean(&value, choices.iter().copied()).filter(|_| !sdk);
            let fix = near.and_then(|s| ctx.string_fix(v.node, s, Applicability::Safe));
            let d = Diagnostic::new(&INVALID_MEMBER_ROLE, &INVALID_MEMBER_ROLE_CHANGE, span)
                .with("value", shown)
                .with("field", v.name);
            common::choose_from(d, near, choices).fix(fix)
        }
    };
    let d = match (web, d.rule.id == INVALID_MEMBER_ROLE.id) {
        (true, true) => d.code(crate::diagnostic::sdk(2683)),
        _ => d,
    };
    ctx.report(d, loc);
}
