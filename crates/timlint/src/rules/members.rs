//! MemberList and the member count: who may be listed, how many, with which role, and the
//! MaxMemberCount they must fit in.

use std::borrow::Cow;

use super::group_type::GroupType;
use super::shape::{Want, expect, missing_required};
use super::{Ctx, Loc, custom_data, ids, rule};
use crate::json::Kind;
use crate::model::{Group, MEMBER_FIELDS, MemberSlot, Slot, Value};
use crate::options::{Dialect, Plan};
use crate::suggest::did_you_mean;
use crate::text;

rule! {
    /// MemberList has more entries than one request may carry (500; the `members` option).
    ///
    /// ## Why is this bad?
    /// The server answers 10005. Newer REST pages say 100; set `--max-members 100` to check
    /// against that. Import the rest with add_group_member after creation.
    pub TOO_MANY_MEMBERS = "too-many-members", Error, Some(10005);

    /// MemberList on a group type that cannot have members listed at creation.
    ///
    /// ## What it does
    /// AVChatRoom and BChatRoom are joined only by applying; listing members makes the server
    /// answer 10007. An empty `MemberList: []` is reported as a warning (no code): the Flutter
    /// page asks for `null` there.
    pub MEMBERS_NOT_ALLOWED = "members-not-allowed", Error, Some(10007);

    /// The same account is listed twice in MemberList.
    pub DUPLICATE_MEMBER = "duplicate-member", Warning, None;

    /// The owner is also listed in MemberList.
    ///
    /// ## Why is this bad?
    /// The owner is added automatically; listing them again is redundant, and a role given
    /// there is ignored.
    pub OWNER_IN_MEMBER_LIST = "owner-in-member-list", Warning, None;

    /// A member's role is not one that can be given at creation.
    ///
    /// ## What it does
    /// REST: only `"Admin"` (case-sensitive; `"admin"` gets a suggestion). SDK: 0
    /// (undefined), 200 (member), 300 (admin) or the `V2TIM_GROUP_MEMBER_*` names; 400
    /// (owner) is refused, the owner being the creator. Web: `"Admin"` or `"Member"`.
    pub INVALID_MEMBER_ROLE = "invalid-member-role", Error, Some(10004);

    /// An admin role in a Work (Private) group.
    ///
    /// ## Why is this bad?
    /// The SDK docs say Work groups cannot set admins; the role is dropped or refused
    /// depending on the client.
    pub ADMIN_ROLE_IN_WORK_GROUP = "admin-role-in-work-group", Warning, None;

    /// MaxMemberCount is not an integer of at least 1, or above what the plan allows.
    ///
    /// ## What it does
    /// With `--plan`, the cap is the plan's: Work/Public/Meeting 20 (trial), 500 (standard),
    /// 2000 (pro), 5000 (pro-plus), 6000 (enterprise); Community 100 000 (pro), 1 000 000
    /// (pro-plus, enterprise); AVChatRoom unlimited. Without a plan, the largest: 6000, and
    /// 1 000 000 for Community.
    pub MAX_MEMBER_COUNT_RANGE = "max-member-count-range", Error, Some(10004);

    /// More members than the group may hold.
    ///
    /// ## What it does
    /// Counts MemberList, plus the owner when not listed, against MaxMemberCount or, when
    /// that is not given, the type's default (Private 200, Public 2000, ChatRoom 6000,
    /// Community the plan's cap), never above the plan's cap.
    pub EXCEEDS_MAX_MEMBER_COUNT = "exceeds-max-member-count", Error, Some(10038);
}

/// The most members a group of this type may have on this plan (`None`: unlimited).
pub fn plan_cap(ty: GroupType, plan: Option<Plan>) -> Option<u64> {
    match ty {
        GroupType::AvChatRoom | GroupType::BChatRoom => None,
        GroupType::Community => Some(match plan {
            Some(Plan::Pro) => 100_000,
            _ => 1_000_000,
        }),
        _ => Some(match plan {
            Some(Plan::Trial) => 20,
            Some(Plan::Standard) => 500,
            Some(Plan::Pro) => 2000,
            Some(Plan::ProPlus) => 5000,
            Some(Plan::Enterprise) | None => 6000,
        }),
    }
}

/// MaxMemberCount when the request leaves it out (the REST page's defaults).
fn default_max(ty: GroupType) -> Option<u64> {
    match ty {
        GroupType::Work => Some(200),
        GroupType::Public => Some(2000),
        GroupType::Meeting => Some(6000),
        GroupType::Community => Some(1_000_000),
        GroupType::AvChatRoom | GroupType::BChatRoom => None,
    }
}

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
    if !expect(ctx, list, &loc, &[Want::Array]) {
        return;
    }
    let count = ctx.doc.len(list.node);
    let name = list.name;
    if let Some(t) = ty.filter(|t| !t.allows_members()) {
        let t = t.spelling(ctx.dialect);
        if count > 0 {
            ctx.report(
                &MEMBERS_NOT_ALLOWED,
                Some(list.node),
                &loc,
                text!(
                    "{t} groups cannot have members listed at creation; members join by applying",
                    "{t} 群创建时不能指定初始成员；成员只能主动申请加入"
                ),
            )
            .help = Some(text!("remove `{name}`", "删除 `{name}`"));
        } else {
            let d = ctx.report(
                &MEMBERS_NOT_ALLOWED,
                Some(list.node),
                &loc,
                text!(
                    "{t} groups take no members at creation; pass no `{name}` rather than an empty one",
                    "{t} 群创建时不能指定成员；请不传 `{name}`（或传 null），而不是空数组"
                ),
            );
            d.severity = crate::diagnostic::Severity::Warning;
            d.tencent_code = None;
        }
    }
    let max = ctx.limits.members;
    if count > max {
        ctx.report(
            &TOO_MANY_MEMBERS,
            Some(list.node),
            &loc,
            text!(
                "`{name}` has {count} entries; one request may list at most {max}",
                "`{name}` 有 {count} 个成员；单次请求最多 {max} 个"
            ),
        )
        .help = Some(text!(
            "create the group with the first {max}, then add the rest with add_group_member",
            "先用前 {max} 个成员建群，其余用 add_group_member 导入"
        ));
    }
    let mut seen = super::Seen::with_capacity(count.min(ctx.limits.members));
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
                    let aname = a.name;
                    if owner.as_deref() == Some(&*id) {
                        owner_listed = true;
                        ctx.report(
                            &OWNER_IN_MEMBER_LIST,
                            Some(a.node),
                            &aloc,
                            text!(
                                "`{id}` is the owner and is added automatically",
                                "`{id}` 是群主，会自动加入群"
                            ),
                        )
                        .help = Some(text!("remove this entry", "删除此成员项"));
                    } else if !seen.first(id.clone()) {
                        ctx.report(
                            &DUPLICATE_MEMBER,
                            Some(a.node),
                            &aloc,
                            text!(
                                "`{id}` is listed more than once in `{name}`",
                                "`{id}` 在 `{name}` 中重复出现"
                            ),
                        )
                        .help = Some(text!(
                            "remove the repeated `{aname}`",
                            "删除重复的 `{aname}`"
                        ));
                    }
                }
            }
        }
        if let Some(r) = ctx.member(&m, MemberSlot::Role) {
            role(ctx, r, &here.key(r.name), ty);
        }
        if let Some(c) = ctx.member(&m, MemberSlot::CustomData) {
            let cloc = here.key(c.name);
            if let Some(t) = ty.filter(|t| !t.allows_members()) {
                let (t, cname) = (t.spelling(ctx.dialect), c.name);
                ctx.report(
                    &custom_data::MEMBER_CUSTOM_DATA_NOT_ALLOWED,
                    Some(c.node),
                    &cloc,
                    text!(
                        "{t} groups have no member custom data (`{cname}`)",
                        "{t} 群不支持群成员自定义字段（`{cname}`）"
                    ),
                );
            }
            custom_data::check_list(ctx, c, &cloc, true);
        }
    }
    // Everyone the group will hold at creation against what it may hold.
    let Some(ty) = ty.filter(|t| t.allows_members()) else {
        return;
    };
    let total = count as u64 + u64::from(owner.is_some() && !owner_listed);
    let cap = plan_cap(ty, ctx.opts.plan);
    let limit = match (given_max.or(default_max(ty)), cap) {
        (Some(m), Some(c)) => m.min(c),
        (m, c) => match m.or(c) {
            Some(l) => l,
            None => return,
        },
    };
    if total > limit {
        let with_owner = if owner.is_some() && !owner_listed {
            text!(" (with the owner)", "（含群主）")
        } else {
            text!("", "")
        };
        let (wen, wzh) = (with_owner.en, with_owner.zh);
        let source = if given_max.is_some() {
            text!("MaxMemberCount", "MaxMemberCount")
        } else {
            let t = ty.spelling(ctx.dialect);
            text!("the default for {t} groups", "{t} 群的默认上限")
        };
        let (sen, szh) = (source.en, source.zh);
        ctx.report(
            &EXCEEDS_MAX_MEMBER_COUNT,
            Some(list.node),
            &loc,
            text!(
                "{total} members{wen} exceed the limit of {limit} ({sen})",
                "成员数 {total}{wzh} 超过上限 {limit}（{szh}）"
            ),
        )
        .help = Some(text!(
            "raise MaxMemberCount or list fewer members",
            "调大 MaxMemberCount，或减少初始成员"
        ));
    }
}

/// Checks MaxMemberCount and returns it when valid.
fn max_member_count(ctx: &mut Ctx<'_, '_>, g: &Group, ty: Option<GroupType>) -> Option<u64> {
    let v = ctx.group(g, Slot::MaxMemberCount)?;
    let root = Loc::Root;
    let loc = root.key(v.name);
    if !expect(ctx, v, &loc, &[Want::Number]) {
        return None;
    }
    let (name, raw) = (v.name, ctx.doc.raw(v.node));
    let n = ctx.doc.integer(v.node).filter(|&n| n >= 1);
    let Some(n) = n else {
        ctx.report(
            &MAX_MEMBER_COUNT_RANGE,
            Some(v.node),
            &loc,
            text!(
                "`{name}` must be an integer of at least 1, written without fraction or exponent; found `{raw}`",
                "`{name}` 必须是不小于 1 的整数（不带小数点或指数）；实际是 `{raw}`"
            ),
        );
        return None;
    };
    let n = n as u64;
    let cap = ty.and_then(|t| plan_cap(t, ctx.opts.plan).map(|c| (t, c)));
    if let Some((t, cap)) = cap.filter(|&(_, c)| n > c) {
        let t = t.spelling(ctx.dialect);
        let plan = match ctx.opts.plan {
            Some(p) => {
                let p = p.as_str();
                text!("on the {p} plan", "{p} 套餐下")
            }
            None => text!("on any plan", "任何套餐下"),
        };
        let (pen, pzh) = (plan.en, plan.zh);
        ctx.report(
            &MAX_MEMBER_COUNT_RANGE,
            Some(v.node),
            &loc,
            text!(
                "`{name}` is {n}, but {t} groups hold at most {cap} members {pen}",
                "`{name}` 为 {n}，但{pzh} {t} 群最多 {cap} 人"
            ),
        )
        .suggestion = Some(cap.to_string());
        return None;
    }
    Some(n)
}

/// Checks a member's role in the dialect's spelling.
fn role(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, ty: Option<GroupType>) {
    #[derive(PartialEq)]
    enum Role {
        Member,
        Admin,
        Owner,
    }
    let sdk = ctx.dialect == Dialect::Sdk;
    let wants: &[Want] = if sdk {
        &[Want::Number, Want::String]
    } else {
        &[Want::String]
    };
    if !expect(ctx, v, loc, wants) {
        return;
    }
    let doc = ctx.doc;
    let value = doc.str(v.node);
    let found = if sdk {
        let name = value
            .strip_prefix("GroupMemberRoleTypeEnum.")
            .unwrap_or(&value);
        match (
            doc.integer(v.node)
                .filter(|_| doc.kind(v.node) == Kind::Number),
            name,
        ) {
            (Some(0 | 200), _)
            | (None, "V2TIM_GROUP_MEMBER_UNDEFINED" | "V2TIM_GROUP_MEMBER_ROLE_MEMBER") => {
                Some(Role::Member)
            }
            (Some(300), _) | (None, "V2TIM_GROUP_MEMBER_ROLE_ADMIN") => Some(Role::Admin),
            (Some(400), _)
            | (None, "V2TIM_GROUP_MEMBER_ROLE_OWNER" | "V2TIM_GROUP_MEMBER_ROLE_SUPER") => {
                Some(Role::Owner)
            }
            _ => None,
        }
    } else {
        match &*value {
            "Admin" => Some(Role::Admin),
            "Member" if ctx.dialect == Dialect::Web => Some(Role::Member),
            _ => None,
        }
    };
    let name = v.name;
    let raw = || super::group_type::shown(ctx, v.node);
    match found {
        Some(Role::Owner) => {
            let raw = raw();
            ctx.report(
                &INVALID_MEMBER_ROLE,
                Some(v.node),
                loc,
                text!(
                    "`{name}` {raw} is the owner role, which cannot be given at creation",
                    "`{name}` {raw} 是群主身份，创建时不能指定"
                ),
            )
            .help = Some(text!(
                "the owner is the creator; use 300 (admin) or leave the role out",
                "群主即创建者；请改为 300（管理员）或不填"
            ));
        }
        Some(Role::Admin) if ty == Some(GroupType::Work) => {
            let t = GroupType::Work.spelling(ctx.dialect);
            ctx.report(
                &ADMIN_ROLE_IN_WORK_GROUP,
                Some(v.node),
                loc,
                text!("{t} groups cannot have admins", "{t} 群不能设置管理员"),
            )
            .help = Some(text!("leave `{name}` out", "不填 `{name}`"));
        }
        Some(_) => {}
        None => {
            let choices: &[&str] = match ctx.dialect {
                Dialect::Sdk => &["0", "200", "300"],
                Dialect::Web => &["Admin", "Member"],
                _ => &["Admin"],
            };
            let raw = raw();
            let suggestion = did_you_mean(&value, choices.iter().copied());
            let list = format!(
                "{}; or leave `{name}` out",
                crate::suggest::join(choices, ", ")
            );
            ctx.report(
                &INVALID_MEMBER_ROLE,
                Some(v.node),
                loc,
                text!(
                    "`{raw}` is not a role that can be given at creation",
                    "`{raw}` 不是创建时可指定的身份"
                ),
            )
            .choose_from(suggestion, &list);
        }
    }
}
