//! The group type, and the options whose meaning depends on it: join and invite options,
//! topics, and the plan the app is on.

use super::shape::{Want, expect, missing_required, wrong_type};
use super::{Ctx, Loc, rule};
use crate::json::Kind;
use crate::model::{Group, Slot, Value};
use crate::options::{Dialect, Plan};
use crate::suggest::did_you_mean;
use crate::text;

rule! {
    /// The group type is not one of the known types.
    ///
    /// ## What it does
    /// REST: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` (and the deprecated
    /// `BChatRoom`). SDK: `Work`, `Public`, `Meeting`, `AVChatRoom`, `Community`, and the legacy
    /// `Private` and `ChatRoom`. Web SDK: the REST strings (its `GRP_WORK` is `'Private'`).
    /// Offers "did you mean" for a typo or a case slip, and the dialect's own spelling for
    /// another dialect's (`Work` in a REST body → `Private`).
    ///
    /// ## Example
    /// The Flutter page's own example passes `groupType: "Publich"`: did you mean `Public`?
    pub UNKNOWN_GROUP_TYPE = "unknown-group-type", Error, Some(10004);

    /// `BChatRoom` (在线成员广播大群) is deprecated.
    ///
    /// ## Why is this bad?
    /// Tencent no longer offers it to new apps and caps how many an app may create (10006);
    /// use `AVChatRoom`.
    pub DEPRECATED_GROUP_TYPE = "deprecated-group-type", Warning, None;

    /// The group type is not part of the app's plan (Community needs Pro or above).
    ///
    /// ## What it does
    /// Checked only when the caller names a plan (`--plan`): Community is not available on the
    /// trial or standard plans.
    pub TYPE_NOT_IN_PLAN = "type-not-in-plan", Error, Some(10004);

    /// ApplyJoinOption is not one of its values.
    ///
    /// ## What it does
    /// REST and Web: `FreeAccess`, `NeedPermission`, `DisableApply` (case-sensitive). SDK
    /// `addOpt`: `GroupAddOptTypeEnum` by name (`V2TIM_GROUP_ADD_FORBID`, `…_AUTH`, `…_ANY`)
    /// or number (0, 1, 2).
    pub INVALID_APPLY_JOIN_OPTION = "invalid-apply-join-option", Error, Some(10004);

    /// ApplyJoinOption has no effect on this group type.
    ///
    /// ## Why is this bad?
    /// Work (Private) groups are joined by invitation only, and AVChatRoom / BChatRoom are
    /// joined freely; the server accepts the field and ignores it, so the setting you meant is
    /// not what you get.
    pub INEFFECTIVE_APPLY_JOIN_OPTION = "ineffective-apply-join-option", Warning, None;

    /// InviteJoinOption is not one of its values.
    ///
    /// ## What it does
    /// REST and Web: `FreeAccess`, `NeedPermission`, `DisableInvite`. SDK `approveOpt`:
    /// `GroupAddOptTypeEnum` by name or number.
    pub INVALID_INVITE_JOIN_OPTION = "invalid-invite-join-option", Error, Some(10004);

    /// InviteJoinOption on a group type that cannot be invited into (AVChatRoom, BChatRoom).
    pub INVITE_OPTION_NOT_SUPPORTED = "invite-option-not-supported", Error, Some(10004);

    /// Topics (`SupportTopic` 1 / `isSupportTopic` true) on a group that is not a Community.
    ///
    /// ## Why is this bad?
    /// Only Community groups have topics; the server refuses the request.
    pub TOPIC_REQUIRES_COMMUNITY = "topic-requires-community", Error, Some(10004);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupType {
    Work,
    Public,
    Meeting,
    AvChatRoom,
    BChatRoom,
    Community,
}

impl GroupType {
    pub const ALL: [GroupType; 6] = [
        GroupType::Work,
        GroupType::Public,
        GroupType::Meeting,
        GroupType::AvChatRoom,
        GroupType::BChatRoom,
        GroupType::Community,
    ];

    /// The REST spelling.
    pub fn rest(self) -> &'static str {
        match self {
            GroupType::Work => "Private",
            GroupType::Public => "Public",
            GroupType::Meeting => "ChatRoom",
            GroupType::AvChatRoom => "AVChatRoom",
            GroupType::BChatRoom => "BChatRoom",
            GroupType::Community => "Community",
        }
    }

    /// The preferred spelling in a dialect.
    pub fn spelling(self, dialect: Dialect) -> &'static str {
        match (dialect, self) {
            (Dialect::Sdk, GroupType::Work) => "Work",
            (Dialect::Sdk, GroupType::Meeting) => "Meeting",
            _ => self.rest(),
        }
    }

    /// Reads a type name as the dialect accepts it.
    pub fn parse(s: &str, dialect: Dialect) -> Option<GroupType> {
        let legacy_sdk = dialect == Dialect::Sdk;
        GroupType::ALL
            .into_iter()
            .find(|t| s == t.spelling(dialect) || (legacy_sdk && s == t.rest()))
    }

    /// Can members be listed at creation?
    pub fn allows_members(self) -> bool {
        !matches!(self, GroupType::AvChatRoom | GroupType::BChatRoom)
    }
}

/// Checks the type and the options that depend on it; returns the type when it is known.
pub fn check(ctx: &mut Ctx<'_, '_>, g: &Group) -> Option<GroupType> {
    let ty = read_type(ctx, g);
    check_join_options(ctx, g, ty);
    check_topics(ctx, g, ty);
    if let Some(v) = ctx.group(g, Slot::AllMuted) {
        let loc = Loc::Root;
        let loc = loc.key(v.name);
        if expect(ctx, v, &loc, &[Want::Bool]) && ctx.doc.kind(v.node) == Kind::Bool(true) {
            let name = v.name;
            ctx.report(
                &super::shape::NO_REST_EQUIVALENT,
                Some(v.node),
                &loc,
                text!(
                    "`{name}` has no REST create_group field; a REST body cannot carry it",
                    "`{name}` 在 REST create_group 中没有对应字段，转成 REST 请求时会丢失"
                ),
            )
            .help = Some(text!(
                "mute all members after creation (modify_group_base_info `ShutUpAllMember`)",
                "创建后再设置全员禁言（modify_group_base_info 的 `ShutUpAllMember`）"
            ));
        }
    }
    ty
}

fn read_type(ctx: &mut Ctx<'_, '_>, g: &Group) -> Option<GroupType> {
    let Some(v) = ctx.group(g, Slot::Type) else {
        if ctx.dialect == Dialect::Web {
            return Some(GroupType::Work); // the Web SDK's default
        }
        let name = ctx.group_name(Slot::Type);
        missing_required(ctx, 0, &Loc::Root, name);
        return None;
    };
    let loc = Loc::Root;
    let loc = loc.key(v.name);
    if !expect(ctx, v, &loc, &[Want::String]) {
        return None;
    }
    let s = ctx.doc.str(v.node);
    let Some(ty) = GroupType::parse(&s, ctx.dialect) else {
        unknown_type(ctx, v, &loc, &s);
        return None;
    };
    if ty == GroupType::BChatRoom {
        ctx.report(
            &DEPRECATED_GROUP_TYPE,
            Some(v.node),
            &loc,
            text!(
                "`BChatRoom` is deprecated",
                "`BChatRoom`（在线成员广播大群）已废弃"
            ),
        )
        .help = Some(text!("use `AVChatRoom`", "请改用 `AVChatRoom`"));
    }
    if let (GroupType::Community, Some(plan @ (Plan::Trial | Plan::Standard))) = (ty, ctx.opts.plan)
    {
        let plan = plan.as_str();
        ctx.report(
            &TYPE_NOT_IN_PLAN,
            Some(v.node),
            &loc,
            text!(
                "Community groups are not available on the {plan} plan",
                "{plan} 套餐不支持社群（Community）"
            ),
        )
        .help = Some(text!(
            "Community needs the pro, pro-plus or enterprise plan",
            "社群需要专业版、旗舰版或企业版套餐"
        ));
    }
    Some(ty)
}

fn unknown_type(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, s: &str) {
    let dialect = ctx.dialect;
    // Another dialect's spelling (any case) maps to ours; else the nearest of ours.
    let other = GroupType::ALL.into_iter().find(|t| {
        [t.rest(), t.spelling(Dialect::Sdk)]
            .iter()
            .any(|n| n.eq_ignore_ascii_case(s))
    });
    let ours = GroupType::ALL.map(|t| t.spelling(dialect));
    let suggestion = other
        .map(|t| t.spelling(dialect))
        .or_else(|| did_you_mean(s, ours.iter().copied()));
    let (name, list) = (v.name, crate::suggest::join(&ours, ", "));
    ctx.report(
        &UNKNOWN_GROUP_TYPE,
        Some(v.node),
        loc,
        text!(
            "unknown group type `{s}` in `{name}`",
            "`{name}` 的群类型 `{s}` 无效"
        ),
    )
    .choose_from(suggestion, &list);
}

/// The three settings of ApplyJoinOption / InviteJoinOption / addOpt / approveOpt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinOption {
    Forbid,
    Auth,
    Any,
}

impl JoinOption {
    const ALL: [JoinOption; 3] = [JoinOption::Forbid, JoinOption::Auth, JoinOption::Any];

    /// The REST / Web string; `invite` picks `DisableInvite` over `DisableApply`.
    pub fn rest(self, invite: bool) -> &'static str {
        match (self, invite) {
            (JoinOption::Forbid, false) => "DisableApply",
            (JoinOption::Forbid, true) => "DisableInvite",
            (JoinOption::Auth, _) => "NeedPermission",
            (JoinOption::Any, _) => "FreeAccess",
        }
    }

    /// The SDK's `GroupAddOptTypeEnum` name.
    pub fn sdk(self) -> &'static str {
        match self {
            JoinOption::Forbid => "V2TIM_GROUP_ADD_FORBID",
            JoinOption::Auth => "V2TIM_GROUP_ADD_AUTH",
            JoinOption::Any => "V2TIM_GROUP_ADD_ANY",
        }
    }
}

/// A scalar as a message shows it: a string decoded, anything else as written.
pub fn shown<'a>(ctx: &Ctx<'_, 'a>, node: crate::json::NodeId) -> std::borrow::Cow<'a, str> {
    match ctx.doc.kind(node) {
        Kind::String { .. } => ctx.doc.str(node),
        _ => ctx.doc.raw(node).into(),
    }
}

/// Reads a join option in the dialect's spelling, reporting a wrong type or value.
pub fn read_join_option(
    ctx: &mut Ctx<'_, '_>,
    v: Value,
    loc: &Loc<'_>,
    invite: bool,
) -> Option<JoinOption> {
    let sdk = ctx.dialect == Dialect::Sdk;
    let wants: &[Want] = if sdk {
        &[Want::String, Want::Number]
    } else {
        &[Want::String]
    };
    if !expect(ctx, v, loc, wants) {
        return None;
    }
    let raw = shown(ctx, v.node);
    let found = if ctx.doc.kind(v.node) == Kind::Number {
        ctx.doc
            .integer(v.node)
            .and_then(|n| JoinOption::ALL.get(usize::try_from(n).ok()?))
            .copied()
    } else {
        let s = ctx.doc.str(v.node);
        JoinOption::ALL.into_iter().find(|o| {
            if sdk {
                let name = s.strip_prefix("GroupAddOptTypeEnum.").unwrap_or(&s);
                name == o.sdk()
            } else {
                *s == *o.rest(invite)
            }
        })
    };
    if found.is_some() {
        return found;
    }
    let rule = if invite {
        &INVALID_INVITE_JOIN_OPTION
    } else {
        &INVALID_APPLY_JOIN_OPTION
    };
    let choices: Vec<&str> = if sdk {
        JoinOption::ALL.iter().map(|o| o.sdk()).collect()
    } else {
        JoinOption::ALL.iter().map(|o| o.rest(invite)).collect()
    };
    let value = ctx.doc.str(v.node);
    let suggestion = if ctx.doc.kind(v.node) == Kind::Number {
        None
    } else {
        // A value of the other dialect, or of the other option, maps across.
        JoinOption::ALL
            .into_iter()
            .find(|o| {
                [o.rest(false), o.rest(true), o.sdk()]
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case(&value))
            })
            .map(|o| if sdk { o.sdk() } else { o.rest(invite) })
            .or_else(|| did_you_mean(&value, choices.iter().copied()))
    };
    let (name, list) = (
        v.name,
        if sdk {
            format!("{}, or 0, 1, 2", crate::suggest::join(&choices, ", "))
        } else {
            crate::suggest::join(&choices, ", ")
        },
    );
    ctx.report(
        rule,
        Some(v.node),
        loc,
        text!(
            "`{raw}` is not a valid `{name}`",
            "`{raw}` 不是有效的 `{name}` 取值"
        ),
    )
    .choose_from(suggestion, &list);
    None
}

fn check_join_options(ctx: &mut Ctx<'_, '_>, g: &Group, ty: Option<GroupType>) {
    let root = Loc::Root;
    if let Some(v) = ctx.group(g, Slot::ApplyJoinOption) {
        let loc = root.key(v.name);
        let ok = ctx.doc.kind(v.node) != Kind::Null;
        read_join_option(ctx, v, &loc, false);
        if let (true, Some(t @ (GroupType::Work | GroupType::AvChatRoom | GroupType::BChatRoom))) =
            (ok, ty)
        {
            let (name, t) = (v.name, t.spelling(ctx.dialect));
            let why = if t == GroupType::Work.spelling(ctx.dialect) {
                text!(
                    "members join {t} groups only by invitation",
                    "{t} 群只能邀请入群"
                )
            } else {
                text!(
                    "anyone may join a {t} group without applying",
                    "{t} 群无需申请即可加入"
                )
            };
            let (why_en, why_zh) = (why.en, why.zh);
            ctx.report(
                &INEFFECTIVE_APPLY_JOIN_OPTION,
                Some(v.node),
                &loc,
                text!(
                    "`{name}` has no effect on a {t} group: {why_en}",
                    "`{name}` 对 {t} 群不生效：{why_zh}"
                ),
            )
            .help = Some(text!("remove `{name}`", "删除 `{name}`"));
        }
    }
    if let Some(v) = ctx.group(g, Slot::InviteJoinOption) {
        let loc = root.key(v.name);
        read_join_option(ctx, v, &loc, true);
        if let Some(t) = ty.filter(|t| !t.allows_members()) {
            let (name, t) = (v.name, t.spelling(ctx.dialect));
            ctx.report(
                &INVITE_OPTION_NOT_SUPPORTED,
                Some(v.node),
                &loc,
                text!(
                    "`{name}` is not supported on {t} groups: nobody can be invited into one",
                    "{t} 群不支持 `{name}`：此类群不能邀请入群"
                ),
            )
            .help = Some(text!("remove `{name}`", "删除 `{name}`"));
        }
    }
}

fn check_topics(ctx: &mut Ctx<'_, '_>, g: &Group, ty: Option<GroupType>) {
    let Some(v) = ctx.group(g, Slot::SupportTopic) else {
        return;
    };
    let root = Loc::Root;
    let loc = root.key(v.name);
    let on = if ctx.dialect == Dialect::Rest {
        match ctx
            .doc
            .integer(v.node)
            .filter(|_| ctx.doc.kind(v.node) == Kind::Number)
        {
            Some(0) => false,
            Some(1) => true,
            _ => {
                let name = v.name;
                wrong_type(ctx, v, &loc, &[Want::Number]).message =
                    text!("`{name}` must be 0 or 1", "`{name}` 必须是 0 或 1");
                return;
            }
        }
    } else {
        if !expect(ctx, v, &loc, &[Want::Bool]) {
            return;
        }
        ctx.doc.kind(v.node) == Kind::Bool(true)
    };
    if let Some(t) = ty.filter(|&t| on && t != GroupType::Community) {
        let (name, t) = (v.name, t.spelling(ctx.dialect));
        ctx.report(
            &TOPIC_REQUIRES_COMMUNITY,
            Some(v.node),
            &loc,
            text!(
                "topics (`{name}`) need a Community group, not {t}",
                "只有社群（Community）支持话题（`{name}`），{t} 群不支持"
            ),
        )
        .help = Some(text!(
            "set the type to `Community`, or turn `{name}` off",
            "将群类型改为 `Community`，或关闭 `{name}`"
        ));
    }
}
