//! The group type, and the options whose meaning depends on it: join and invite options,
//! topics, and the plan the app is on.

use super::shape::{expect, missing_required, not_zero_or_one};
use super::{Ctx, Loc, choose_from, common, rule};
use crate::diagnostic::{Applicability, Diagnostic, JsonType, Severity, sdk, server};
use crate::domain::{GroupType, JoinOption};
use crate::json::{Kind, NodeId};
use crate::model::{Group, Slot, Value};
use crate::options::{Api, Dialect, Plan};
use crate::suggest::did_you_mean;

rule! {
    /// The group type is not one of the known types.
    ///
    /// ## What it does
    /// REST: `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `Community` (and the deprecated
    /// `BChatRoom`; `Work` and `Meeting` are read too, see `group-type-spelling`). SDK:
    /// `Work`, `Public`, `Meeting`, `AVChatRoom`, `Community`, and the legacy `Private` and
    /// `ChatRoom`. Web SDK: its `TYPES.GRP_*` values, the REST strings without `BChatRoom`
    /// (its `GRP_WORK` is `'Private'`); the shipped Web SDK (2.x and 3.x) refuses any other
    /// type before sending with its client error 2600 (ILLEGAL_GRP_TYPE), so in the `web`
    /// dialect the code is 2600. Offers "did you mean" for a typo or a case slip, and the
    /// dialect's own spelling for another dialect's (`Work` in a Web payload → `Private`).
    ///
    /// ## Example
    /// The Flutter page's own example passes `groupType: "Publich"`: did you mean `Public`?
    ///
    /// Source: REST create_group page and Flutter `createGroup` page (seeds); Web SDK sources
    /// (sheet 9A).
    // Group type and options: every dialect has a type, both join options and the topic flag.
    pub UNKNOWN_GROUP_TYPE = "unknown-group-type", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        UNKNOWN_GROUP_TYPE_MSG = "unknown-group-type":
            "unknown group type `{value}` in `{field}`",
            "`{field}` 的群类型 `{value}` 无效";
        UNKNOWN_GROUP_TYPE_WEB = "unknown-group-type.web":
            "unknown group type `{value}` in `{field}`: the Web SDK refuses it before sending (2600, ILLEGAL_GRP_TYPE)",
            "`{field}` 的群类型 `{value}` 无效：Web SDK 会在发送前拒绝（错误码 2600，`ILLEGAL_GRP_TYPE`）";
    }

    /// A REST `Type` written with the SDK's name (`Work`, `Meeting`).
    ///
    /// ## What it does
    /// `Work` is read as `Private`, `Meeting` as `ChatRoom`: Tencent's generated server SDKs
    /// (Java, PHP) list them as REST types, and the seed's type table says Private is "即
    /// Work" and ChatRoom "即 Meeting". The create_group page spells them `Private` and
    /// `ChatRoom`, which is what this warning suggests.
    ///
    /// Source: Tencent's server SDKs and the REST create_group page (sheet 9C).
    // `Work` / `Meeting` are the SDK's own names and unknown to the Web SDK; only a REST body
    // written with them is read (with the page's spelling suggested).
    pub GROUP_TYPE_SPELLING = "group-type-spelling", Warning, None, dialects [Rest], messages {
        GROUP_TYPE_SPELLING_MSG = "group-type-spelling":
            "`{value}` is the SDK's name of this type; the create_group page spells it `{suggestion}`",
            "`{value}` 是 SDK 中的类型名；`create_group` 接口文档写作 `{suggestion}`";
        GROUP_TYPE_SPELLING_HELP = "group-type-spelling.help":
            "write `{suggestion}`",
            "改为 `{suggestion}`";
    }

    /// `BChatRoom` (在线成员广播大群) is deprecated.
    ///
    /// ## Why is this bad?
    /// Tencent no longer offers it to new apps and caps how many an app may create (10006);
    /// use `AVChatRoom`.
    ///
    /// Source: reference sheet §1 (the seed's examples still list BChatRoom, its type table no
    /// longer does); error 10006.
    // The Web SDK refuses `BChatRoom` before sending (2600: `unknown-group-type` there).
    pub DEPRECATED_GROUP_TYPE = "deprecated-group-type", Warning, None, dialects [Rest, Sdk], messages {
        DEPRECATED_GROUP_TYPE_MSG = "deprecated-group-type":
            "`BChatRoom` is deprecated",
            "`BChatRoom`（在线成员广播大群）已废弃";
        DEPRECATED_GROUP_TYPE_HELP = "deprecated-group-type.help":
            "use `AVChatRoom`",
            "请改用 `AVChatRoom`";
    }

    /// The group type is not part of the app's plan (Community needs Pro or above).
    ///
    /// ## What it does
    /// Checked only when the caller names a plan (`--plan`): Community is not available on the
    /// trial or standard plans (trtc.io's names), nor on 体验版 (cloud.tencent.com's trial).
    ///
    /// Source: trtc.io and cloud.tencent.com pricing pages (reference sheet §3, 9H).
    pub TYPE_NOT_IN_PLAN = "type-not-in-plan", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        TYPE_NOT_IN_PLAN_MSG = "type-not-in-plan":
            "Community groups are not available on the {plan} plan",
            "`{plan}` 套餐不支持社群（`Community`）";
        TYPE_NOT_IN_PLAN_HELP = "type-not-in-plan.help":
            "Community needs the pro, pro-plus, ultimate or enterprise plan",
            "社群需要专业版、旗舰版或企业版套餐（`trtc.io` 的 `pro`、`pro-plus`、`enterprise`）";
    }

    /// ApplyJoinOption is not one of its values.
    ///
    /// ## What it does
    /// REST and Web: `FreeAccess`, `NeedPermission`, `DisableApply` (case-sensitive). SDK
    /// `addOpt`: `GroupAddOptTypeEnum` by name (`V2TIM_GROUP_ADD_FORBID`, `…_AUTH`, `…_ANY`)
    /// or number (0, 1, 2).
    ///
    /// Source: REST create_group page (seed); Flutter `createGroup` page, GroupAddOptTypeEnum
    /// (seed).
    pub INVALID_APPLY_JOIN_OPTION = "invalid-apply-join-option", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        INVALID_APPLY_JOIN_OPTION_MSG = "invalid-apply-join-option":
            "`{value}` is not a valid `{field}`",
            "`{value}` 不是有效的 `{field}` 取值";
    }

    /// ApplyJoinOption has no effect on this group type.
    ///
    /// ## Why is this bad?
    /// The field is accepted and ignored, so the setting you meant is not what you get:
    /// - Work (Private): the REST page says the option is valid only for other types, as
    ///   Work groups are by default joined by invitation (newer SDK docs say a Work group's
    ///   add option can be opened later, so this is not a fact about every Work group);
    /// - AVChatRoom / BChatRoom: joined freely, without applying;
    /// - Community: the current create_group page says "社群目前不支持此字段";
    /// - `web` dialect: the Web SDK drops `joinOption` for Work (Private), Meeting (ChatRoom)
    ///   and AVChatRoom before sending (`createGroup` in `@tencentcloud/chat` 3.6, `tim-js` 2.21).
    ///
    /// Only when something asked for is lost: a value the type has anyway (`FreeAccess` on a
    /// Meeting, AVChatRoom or Community, `DisableApply` on Work; the Group System page's
    /// table) is not reported. In modify_group_base_info a Work group's option is left alone
    /// in `rest` and `sdk` (the native docs say it can be opened later; sheet group-apis §7D).
    ///
    /// Source: REST create_group page (seed, and the current page for Community); Web SDK
    /// sources (sheet 9A, 9D).
    pub INEFFECTIVE_APPLY_JOIN_OPTION = "ineffective-apply-join-option", Warning, None, dialects [Rest, Sdk, Web], messages {
        INEFFECTIVE_APPLY_JOIN_OPTION_WORK = "ineffective-apply-join-option.work":
            "`{field}` may have no effect on a {type} group: by default {type} groups are joined by invitation only (create_group page)",
            "`{field}` 对 `{type}` 群可能不生效：`{type}` 群默认只能邀请入群（见 `create_group` 接口文档）";
        INEFFECTIVE_APPLY_JOIN_OPTION_COMMUNITY = "ineffective-apply-join-option.community":
            "`{field}` has no effect on a {type} group: the create_group page says Communities do not support it yet",
            "`{field}` 对 `{type}` 群不生效：`create_group` 接口文档说明社群目前不支持此字段";
        INEFFECTIVE_APPLY_JOIN_OPTION_SDK_DROPS = "ineffective-apply-join-option.sdk-drops":
            "the {dialect:dialect} drops `{field}` for {type} groups: it is not sent",
            "{dialect:dialect} 会忽略 `{type}` 群的 `{field}`，不会发送";
        INEFFECTIVE_APPLY_JOIN_OPTION_OPEN = "ineffective-apply-join-option.open":
            "`{field}` has no effect on a {type} group: anyone may join a {type} group without applying",
            "`{field}` 对 `{type}` 群不生效：`{type}` 群无需申请即可加入";
    }

    /// InviteJoinOption is not one of its values.
    ///
    /// ## What it does
    /// REST and Web: `FreeAccess`, `NeedPermission`, `DisableInvite`. SDK `approveOpt`:
    /// `GroupAddOptTypeEnum` by name or number.
    ///
    /// Source: REST create_group page (seed); Flutter `createGroup` page, GroupAddOptTypeEnum
    /// (seed).
    pub INVALID_INVITE_JOIN_OPTION = "invalid-invite-join-option", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        INVALID_INVITE_JOIN_OPTION_MSG = "invalid-invite-join-option":
            "`{value}` is not a valid `{field}`",
            "`{value}` 不是有效的 `{field}` 取值";
    }

    /// InviteJoinOption on a group type that cannot be invited into (AVChatRoom, BChatRoom).
    ///
    /// ## What it does
    /// An error (10004) in REST and Web. In the `sdk` dialect, `approveOpt` on AVChatRoom is a
    /// warning (no code): the native SDK forces it to `V2TIM_GROUP_ADD_FORBID` before sending,
    /// so the value given is not used.
    ///
    /// Source: REST create_group page (seed); V2TIMManager+Group.h, SDK 8.x (sheet 9A).
    pub INVITE_OPTION_NOT_SUPPORTED = "invite-option-not-supported", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        INVITE_OPTION_NOT_SUPPORTED_MSG = "invite-option-not-supported":
            "`{field}` is not supported on {type} groups: nobody can be invited into one",
            "`{type}` 群不支持 `{field}`：此类群不能邀请入群";
        INVITE_OPTION_NOT_SUPPORTED_SDK_FORCES = "invite-option-not-supported.sdk-forces":
            "the {dialect:dialect} forces `{field}` to `V2TIM_GROUP_ADD_FORBID` on {type} groups: the value given is not used",
            "{dialect:dialect} 会把 `{type}` 群的 `{field}` 强制设为 `V2TIM_GROUP_ADD_FORBID`，所填的值不会生效";
    }

    /// Topics (`SupportTopic` 1 / `isSupportTopic` true) on a group that is not a Community.
    ///
    /// ## Why is this bad?
    /// Only Community groups have topics, and the setting is ignored on any other type, so
    /// the group you get has no topics: a warning. REST: the current create_group page says
    /// "此字段只针对社群有效". Native SDK: `isSupportTopic` "只在群类型为 Community 时有效".
    /// Web SDK: `createGroup` clears `isSupportTopic` for every type but Community.
    ///
    /// Source: REST create_group page (current); V2TIMManager+Group.h (SDK 8.x); Web SDK
    /// sources (sheet 9A, 9C).
    pub TOPIC_REQUIRES_COMMUNITY = "topic-requires-community", Warning, None, dialects [Rest, Sdk, Web], messages {
        TOPIC_REQUIRES_COMMUNITY_MSG = "topic-requires-community":
            "`{field}` only has effect on Community groups; on a {type} group it is ignored (no topics)",
            "`{field}` 只对社群生效；`{type}` 群会忽略此字段（没有话题）";
        TOPIC_REQUIRES_COMMUNITY_SDK_IGNORES = "topic-requires-community.sdk-ignores":
            "the {dialect:dialect} ignores `{field}` on {type} groups: only Community groups have topics",
            "{dialect:dialect} 会忽略 `{type}` 群的 `{field}`：只有社群支持话题";
        TOPIC_REQUIRES_COMMUNITY_HELP = "topic-requires-community.help":
            "set the type to `Community`, or turn `{field}` off",
            "将群类型改为 `Community`，或关闭 `{field}`";
    }
}

/// Checks the type and the options that depend on it; returns the type when it is known.
pub fn check(ctx: &mut Ctx<'_, '_>, g: &Group) -> Option<GroupType> {
    let ty = read_type(ctx, g);
    check_join_options(ctx, g, ty);
    check_topics(ctx, g, ty);
    ty
}

fn read_type(ctx: &mut Ctx<'_, '_>, g: &Group) -> Option<GroupType> {
    let Some(v) = ctx.group(g, Slot::Type) else {
        let name = ctx.group_name(Slot::Type);
        if ctx.dialect == Dialect::Web {
            // The docs say Work is the default; the shipped SDK refuses it (2600).
            super::shape::missing_web_type(ctx, name);
        } else {
            missing_required(ctx, 0, &Loc::Root, name);
        }
        return None;
    };
    let loc = Loc::Root;
    let loc = loc.key(v.name);
    if !expect(ctx, v, &loc, &[JsonType::String]) {
        return None;
    }
    let s = ctx.doc.str(v.node);
    let Some(ty) = GroupType::parse(&s, ctx.dialect) else {
        unknown_type(ctx, v, &loc, &s);
        return None;
    };
    let ours = ty.spelling(ctx.dialect);
    if ctx.dialect == Dialect::Rest && s != ours {
        let d = Diagnostic::new(
            &GROUP_TYPE_SPELLING,
            &GROUP_TYPE_SPELLING_MSG,
            ctx.span(v.node),
        )
        .with("value", s.to_string())
        .help(&GROUP_TYPE_SPELLING_HELP)
        .suggest(ours)
        .fix(ctx.string_fix(v.node, ours, Applicability::Safe));
        ctx.report(d, &loc);
    }
    if ty == GroupType::BChatRoom {
        let d = Diagnostic::new(
            &DEPRECATED_GROUP_TYPE,
            &DEPRECATED_GROUP_TYPE_MSG,
            ctx.span(v.node),
        )
        .help(&DEPRECATED_GROUP_TYPE_HELP);
        ctx.report(d, &loc);
    }
    if let (GroupType::Community, Some(plan @ (Plan::Trial | Plan::Standard))) = (ty, ctx.opts.plan)
    {
        let d = Diagnostic::new(&TYPE_NOT_IN_PLAN, &TYPE_NOT_IN_PLAN_MSG, ctx.span(v.node))
            .with("plan", plan.as_str())
            .help(&TYPE_NOT_IN_PLAN_HELP);
        ctx.report(d, &loc);
    }
    Some(ty)
}

#[cold]
fn unknown_type(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, s: &str) {
    let dialect = ctx.dialect;
    // Another dialect's spelling (any case) maps to ours; else the nearest of ours.
    let other = GroupType::ALL.into_iter().find(|t| {
        [t.rest(), t.spelling(Dialect::Sdk)]
            .iter()
            .any(|n| n.eq_ignore_ascii_case(s))
    });
    let ours = GroupType::spellings(dialect);
    let suggestion = other
        // The Web SDK has no BChatRoom: its successor.
        .map(|t| match t.in_dialect(dialect) {
            true => t,
            false => GroupType::AvChatRoom,
        })
        .map(|t| t.spelling(dialect))
        .or_else(|| did_you_mean(s, ours.iter().copied()));
    let span = ctx.span(v.node);
    let d = if dialect == Dialect::Web {
        Diagnostic::new(&UNKNOWN_GROUP_TYPE, &UNKNOWN_GROUP_TYPE_WEB, span).code(sdk(2600))
    } else {
        Diagnostic::new(&UNKNOWN_GROUP_TYPE, &UNKNOWN_GROUP_TYPE_MSG, span)
    };
    let d = d.with("value", s.to_string()).with("field", v.name);
    let fix = suggestion.and_then(|s| ctx.string_fix(v.node, s, Applicability::Safe));
    ctx.report(choose_from(d, suggestion, ours).fix(fix), loc);
}

/// A scalar as a message shows it: a string decoded, anything else as written.
pub fn shown(ctx: &Ctx<'_, '_>, node: NodeId) -> String {
    match ctx.doc.kind(node) {
        Kind::String { .. } => ctx.doc.str(node).into_owned(),
        _ => ctx.doc.raw(node).to_string(),
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
    let wants: &'static [JsonType] = if sdk {
        &[JsonType::String, JsonType::Integer]
    } else {
        &[JsonType::String]
    };
    if !expect(ctx, v, loc, wants) {
        return None;
    }
    let number = ctx.doc.kind(v.node) == Kind::Number;
    let found = if number {
        ctx.doc
            .integer(v.node)
            .and_then(JoinOption::from_sdk_number)
    } else {
        JoinOption::parse(&ctx.doc.str(v.node), ctx.dialect, invite)
    };
    if found.is_some() {
        return found;
    }
    invalid_join_option(ctx, v, loc, invite, number);
    None
}

#[cold]
fn invalid_join_option(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, invite: bool, number: bool) {
    let (rule, message) = if invite {
        (&INVALID_INVITE_JOIN_OPTION, &INVALID_INVITE_JOIN_OPTION_MSG)
    } else {
        (&INVALID_APPLY_JOIN_OPTION, &INVALID_APPLY_JOIN_OPTION_MSG)
    };
    let choices = JoinOption::choices(ctx.dialect, invite);
    let value = ctx.doc.str(v.node);
    let suggestion = if number {
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
            .map(|o| {
                if ctx.dialect == Dialect::Sdk {
                    o.sdk()
                } else {
                    o.rest(invite)
                }
            })
            .or_else(|| {
                let names = choices.iter().copied().filter(|c| c.parse::<u8>().is_err());
                did_you_mean(&value, names)
            })
    };
    let d = Diagnostic::new(rule, message, ctx.span(v.node))
        .with("value", shown(ctx, v.node))
        .with("field", v.name);
    let fix = suggestion.and_then(|s| ctx.string_fix(v.node, s, Applicability::Safe));
    ctx.report(choose_from(d, suggestion, choices).fix(fix), loc);
}

/// The type of the existing group a call is for, when known: the `groupType` option, else
/// the SDK's `groupType` field (checked like create's), else a Community's `@TGS#_` ID
/// (group-apis §1). Never guessed.
pub fn existing_type(ctx: &mut Ctx<'_, '_>, g: &Group, id: Option<&str>) -> Option<GroupType> {
    let said = ctx.group(g, Slot::Type).and_then(|v| {
        let loc = Loc::Root.key(v.name);
        if !expect(ctx, v, &loc, &[JsonType::String]) {
            return None;
        }
        let s = ctx.doc.str(v.node);
        let ty = GroupType::parse(&s, ctx.dialect);
        if ty.is_none() {
            unknown_type(ctx, v, &loc, &s);
        }
        ty
    });
    let community = id.is_some_and(|id| id.starts_with("@TGS#_"));
    (ctx.opts.group_type.or(said)).or(community.then_some(GroupType::Community))
}

/// The apply option a group of this type has whatever it is given (the Group System page's
/// table: Work is joined by invitation only; Meeting, AVChatRoom and Community freely).
fn fixed_apply_option(ty: GroupType) -> Option<JoinOption> {
    match ty {
        GroupType::Work => Some(JoinOption::Forbid),
        GroupType::Public => None,
        _ => Some(JoinOption::Any),
    }
}

pub fn check_join_options(ctx: &mut Ctx<'_, '_>, g: &Group, ty: Option<GroupType>) {
    let root = Loc::Root;
    let modify = ctx.opts.api == Api::ModifyGroup;
    if let Some(v) = ctx.group(g, Slot::ApplyJoinOption) {
        let loc = root.key(v.name);
        let given = read_join_option(ctx, v, &loc, false);
        let web = ctx.dialect == Dialect::Web;
        // Only when what the caller asked for is lost: a value the type has anyway is quiet.
        let ty = ty.filter(|&t| given.is_none() || given != fixed_apply_option(t));
        let message = match ty {
            Some(GroupType::Work | GroupType::Meeting | GroupType::AvChatRoom) if web => {
                Some(&INEFFECTIVE_APPLY_JOIN_OPTION_SDK_DROPS)
            }
            // A Work group's add option can be opened after creation (group-apis §7D).
            Some(GroupType::Work) if modify => None,
            Some(GroupType::Work) => Some(&INEFFECTIVE_APPLY_JOIN_OPTION_WORK),
            Some(GroupType::AvChatRoom | GroupType::BChatRoom) => {
                Some(&INEFFECTIVE_APPLY_JOIN_OPTION_OPEN)
            }
            Some(GroupType::Community) => Some(&INEFFECTIVE_APPLY_JOIN_OPTION_COMMUNITY),
            _ => None,
        };
        if let (Some(message), Some(t)) = (message, ty) {
            let mut d = Diagnostic::new(&INEFFECTIVE_APPLY_JOIN_OPTION, message, ctx.span(v.node))
                .with("field", v.name)
                .with("type", t.spelling(ctx.dialect));
            if std::ptr::eq(message, &INEFFECTIVE_APPLY_JOIN_OPTION_SDK_DROPS) {
                d = d.with("dialect", ctx.dialect);
            }
            let d = d.help(&common::REMOVE_FIELD).fix(ctx.removal_fix(v.node));
            ctx.report(d, &loc);
        }
    }
    if let Some(v) = ctx.group(g, Slot::InviteJoinOption) {
        let loc = root.key(v.name);
        read_join_option(ctx, v, &loc, true);
        if modify && ty == Some(GroupType::Community) {
            super::update::ineffective(ctx, v, GroupType::Community, true);
        }
        if let Some(t) = ty.filter(|t| !t.allows_members()) {
            let span = ctx.span(v.node);
            let d = if ctx.dialect == Dialect::Sdk && t == GroupType::AvChatRoom && !modify {
                Diagnostic::new(
                    &INVITE_OPTION_NOT_SUPPORTED,
                    &INVITE_OPTION_NOT_SUPPORTED_SDK_FORCES,
                    span,
                )
                .severity(Severity::Warning)
                .code(None)
                .with("dialect", ctx.dialect)
            } else {
                Diagnostic::new(
                    &INVITE_OPTION_NOT_SUPPORTED,
                    &INVITE_OPTION_NOT_SUPPORTED_MSG,
                    span,
                )
            };
            let d = d
                .with("field", v.name)
                .with("type", t.spelling(ctx.dialect))
                .help(&common::REMOVE_FIELD)
                .fix(ctx.removal_fix(v.node));
            ctx.report(d, &loc);
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
                not_zero_or_one(ctx, v, &loc);
                return;
            }
        }
    } else {
        if !expect(ctx, v, &loc, &[JsonType::Boolean]) {
            return;
        }
        ctx.doc.kind(v.node) == Kind::Bool(true)
    };
    if let Some(t) = ty.filter(|&t| on && t != GroupType::Community) {
        let span = ctx.span(v.node);
        let d = if ctx.dialect == Dialect::Rest {
            Diagnostic::new(
                &TOPIC_REQUIRES_COMMUNITY,
                &TOPIC_REQUIRES_COMMUNITY_MSG,
                span,
            )
        } else {
            Diagnostic::new(
                &TOPIC_REQUIRES_COMMUNITY,
                &TOPIC_REQUIRES_COMMUNITY_SDK_IGNORES,
                span,
            )
            .with("dialect", ctx.dialect)
        };
        let d = d
            .with("field", v.name)
            .with("type", t.spelling(ctx.dialect))
            .help(&TOPIC_REQUIRES_COMMUNITY_HELP)
            .fix(ctx.removal_fix(v.node));
        ctx.report(d, &loc);
    }
}
