//! Changes to an existing group: what a modify, add, import or member call may not do, what
//! it does to nothing, and its On/Off switches. Reference sheet `group-apis.md` §2–§7.

use super::{Ctx, Loc, rule};
use crate::diagnostic::{Diagnostic, JsonType, sdk, server};
use crate::domain::GroupType;
use crate::json::Kind;
use crate::model::Value;
use crate::options::{Api, Dialect};

rule! {
    /// A modify call that names its group and changes nothing. *(judgement)*
    ///
    /// ## Why is this bad?
    /// The server accepts it (the body is valid) and nothing changes: usually the fields
    /// meant to change were left out, or spelt as another call spells them.
    ///
    /// Source: REST modify_group_base_info page (every field but `GroupId` optional);
    /// *(judgement)*.
    pub EMPTY_UPDATE = "empty-update", Warning, None, dialects [Rest, Sdk, Web], messages {
        EMPTY_UPDATE_MSG = "empty-update":
            "nothing to change: the payload names the group and no field to modify",
            "没有要修改的内容：只指定了群组，没有要修改的字段";
    }

    /// A field this call accepts but that has no effect on this group.
    ///
    /// ## What it does
    /// modify_group_base_info: `MaxMemberNum` on an AVChatRoom (the page: "该字段为无效字段");
    /// `HistoryMsgBeforeJoin` on a group that is not Work, Public or Meeting; `EnablePermission`
    /// on a group that is not a Community; an invite option on a Community (the native
    /// HarmonyOS docs say Communities cannot change it; the Web docs say every type but
    /// AVChatRoom can: the message names both). Checked when the group's type is known
    /// (`--group-type`, the SDK's `groupType`, or a Community's `@TGS#_` ID).
    ///
    /// Source: REST modify_group_base_info page; doocs qcloud-im-server-sdk-java
    /// ModifyGroupBaseInfoRequest (sheet group-apis §2, §7D).
    pub INEFFECTIVE_FIELD = "ineffective-field", Warning, None, dialects [Rest, Sdk, Web], messages {
        INEFFECTIVE_FIELD_MSG = "ineffective-field":
            "`{field}` has no effect on a {type} group",
            "`{field}` 对 `{type}` 群不生效";
        INEFFECTIVE_FIELD_INVITE = "ineffective-field.invite":
            "`{field}` may have no effect on a {type} group: the native SDK docs say Communities cannot change it (the Web docs say they can)",
            "`{field}` 对 `{type}` 群可能不生效：原生 SDK 文档说明社群不支持修改此项（Web 文档则说可以）";
    }

    /// The SDK in front of the server drops this field: it is never sent.
    ///
    /// ## What it does
    /// Web `updateGroupProfile({maxMemberNum})`: not in the Web SDK's request template, and
    /// its docs say the call cannot change it. SDK `memberMaxCount` in `setGroupInfo`: the V2
    /// API has no setter nor modify flag for it and the Flutter plugin does not forward it.
    ///
    /// Source: `@tencentcloud/chat` 3.6.6 `index.js` (request templates); Web docs 48184;
    /// V2TIMGroupInfo (native), Flutter MethodChannelIm (sheet group-apis §2, §7C).
    pub IGNORED_BY_SDK = "ignored-by-sdk", Warning, None, dialects [Sdk, Web], messages {
        IGNORED_BY_SDK_MSG = "ignored-by-sdk":
            "the {dialect:dialect} does not send `{field}` in this call: the change is lost",
            "{dialect:dialect} 在此调用中不会发送 `{field}`：该修改不会生效";
        IGNORED_BY_SDK_HELP = "ignored-by-sdk.help":
            "change it from a server with the REST API ({rest})",
            "请在服务端用 REST 接口修改（{rest}）";
    }

    /// An On/Off or 0/1 switch with another value.
    ///
    /// ## What it does
    /// `MuteAllMember` / `ShutUpAllMember` and `HistoryMsgBeforeJoin` take `"On"` or `"Off"`
    /// (case-sensitive); `EnablePermission` (modify) and `Silence` (add_group_member) take 0
    /// or 1.
    ///
    /// Source: REST modify_group_base_info and add_group_member pages (sheet group-apis §2, §3).
    pub INVALID_SWITCH_VALUE = "invalid-switch-value", Error, server(10004), dialects [Rest], messages {
        INVALID_SWITCH_VALUE_MSG = "invalid-switch-value":
            "`{field}` must be one of {choices}; found {value:quoted}",
            "`{field}` 只能是 {choices}；实际是 {value:quoted}";
    }

    /// Two spellings of one setting with different values.
    ///
    /// ## What it does
    /// `MuteAllMember` and `ShutUpAllMember` (modify_group_base_info), `MuteTime` and
    /// `ShutUpTime` (modify_group_member_info): the pages print the first, Tencent's own
    /// server SDK and Web SDK send the second, and the server reads both; given both, which
    /// wins is not documented.
    ///
    /// Source: REST pages against TencentCloud/tencentcloud-im-sdk-java and `@tencentcloud/chat`
    /// (sheet group-apis §7B).
    pub CONFLICTING_FIELDS = "conflicting-fields", Warning, None, dialects [Rest], messages {
        CONFLICTING_FIELDS_MSG = "conflicting-fields":
            "`{field}` and `{other}` set the same thing to different values; which one the server keeps is not documented",
            "`{field}` 与 `{other}` 是同一设置，但取值不同；后台以哪个为准没有文档说明";
        CONFLICTING_FIELDS_HELP = "conflicting-fields.help":
            "keep one of them",
            "只保留其中一个";
    }

    /// The call is refused for this type of group.
    ///
    /// ## What it does
    /// add_group_member and modify_group_member_info on an AVChatRoom (members join by
    /// themselves and have no profile to change; the Web SDK refuses first, with client codes
    /// 2661 and 2687); import_group of an AVChatRoom ("会返回10007错误").
    ///
    /// Source: REST add_group_member, modify_group_member_info and import_group pages; C++
    /// V2TIMGroupManager.h §3.6; `@tencentcloud/chat` 3.6.6 (sheet group-apis §3, §5, §6).
    pub OPERATION_NOT_SUPPORTED = "operation-not-supported", Error, server(10007), dialects [Rest, Sdk, Web], messages {
        OPERATION_NOT_SUPPORTED_MSG = "operation-not-supported":
            "{call} is not supported on {type} groups",
            "`{type}` 群不支持 `{call}`";
        OPERATION_NOT_SUPPORTED_WEB = "operation-not-supported.web":
            "{call} is not supported on {type} groups: the Web SDK refuses it before sending ({code})",
            "`{type}` 群不支持 `{call}`：Web SDK 会在发送前拒绝（错误码 {code}）";
    }

    /// A Unix time that looks like milliseconds. *(judgement)*
    ///
    /// ## Why is this bad?
    /// import_group's `CreateTime` is in seconds; a value of 10¹¹ or more is the year 5138 in
    /// seconds, and almost surely `Date.now()` in milliseconds.
    ///
    /// Source: REST import_group page (`CreateTime`, seconds); *(judgement)*.
    pub TIMESTAMP_IN_MILLISECONDS = "timestamp-in-milliseconds", Warning, None, dialects [Rest], messages {
        TIMESTAMP_IN_MILLISECONDS_MSG = "timestamp-in-milliseconds":
            "`{field}` is {value}: that is milliseconds, and the field takes seconds",
            "`{field}` 为 {value}：这是毫秒数，而该字段单位为秒";
        TIMESTAMP_IN_MILLISECONDS_HELP = "timestamp-in-milliseconds.help":
            "divide it by 1000",
            "请除以 1000";
    }
}

/// The name of a call as its messages show it, in the payload's dialect.
pub fn call_name(api: Api, dialect: Dialect) -> &'static str {
    match (api, dialect) {
        (Api::AddMembers, Dialect::Web) => "addGroupMember",
        (Api::AddMembers, Dialect::Sdk) => "inviteUserToGroup",
        (Api::AddMembers, _) => "add_group_member",
        (Api::ModifyMember, Dialect::Web) => "setGroupMember*",
        (Api::ModifyMember, Dialect::Sdk) => "setGroupMemberInfo",
        (Api::ModifyMember, _) => "modify_group_member_info",
        (Api::ImportGroup, _) => "import_group",
        (Api::ModifyGroup, Dialect::Web) => "updateGroupProfile",
        (Api::ModifyGroup, Dialect::Sdk) => "setGroupInfo",
        (Api::ModifyGroup, _) => "modify_group_base_info",
        (Api::CreateTopic, Dialect::Rest | Dialect::Auto) => "create_topic",
        (Api::CreateTopic, _) => "createTopicInCommunity",
        (Api::CreateGroup, Dialect::Rest | Dialect::Auto) => "create_group",
        (Api::CreateGroup, _) => "createGroup",
    }
}

/// `empty-update` at the root.
pub fn empty_update(ctx: &mut Ctx<'_, '_>) {
    let d = Diagnostic::new(&EMPTY_UPDATE, &EMPTY_UPDATE_MSG, ctx.span(0));
    ctx.report(d, &Loc::Root);
}

/// `ineffective-field` on `v` for a group of type `ty`.
pub fn ineffective(ctx: &mut Ctx<'_, '_>, v: Value, ty: GroupType, invite: bool) {
    let message = match invite {
        true => &INEFFECTIVE_FIELD_INVITE,
        false => &INEFFECTIVE_FIELD_MSG,
    };
    let d = Diagnostic::new(&INEFFECTIVE_FIELD, message, ctx.span(v.node))
        .with("field", v.name)
        .with("type", ty.spelling(ctx.dialect))
        .help(&super::common::REMOVE_FIELD)
        .fix(ctx.removal_fix(v.node));
    ctx.report(d, &Loc::Root.key(v.name));
}

/// Whether the SDK in front of the server drops this field of the call (`ignored-by-sdk`):
/// the member cap of modify_group_base_info, in both SDKs. `slot` is a [`crate::model::Slot`]
/// as a table's index.
pub fn sdk_drops(api: Api, dialect: Dialect, slot: usize) -> bool {
    api == Api::ModifyGroup
        && matches!(dialect, Dialect::Sdk | Dialect::Web)
        && slot == crate::model::Slot::MaxMemberCount as usize
}

/// `ignored-by-sdk` on `v`; `rest` names the REST field that can make the change.
pub fn ignored_by_sdk(ctx: &mut Ctx<'_, '_>, v: Value, rest: &'static str) {
    let d = Diagnostic::new(&IGNORED_BY_SDK, &IGNORED_BY_SDK_MSG, ctx.span(v.node))
        .with("field", v.name)
        .with("dialect", ctx.dialect)
        .with("rest", rest)
        .help(&IGNORED_BY_SDK_HELP);
    ctx.report(d, &Loc::Root.key(v.name));
}

/// Reads an `"On"`/`"Off"` switch; reports anything else. `Some(true)` for On.
pub fn on_off(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>) -> Option<bool> {
    let doc = ctx.doc;
    let s = matches!(doc.kind(v.node), Kind::String { .. }).then(|| doc.str(v.node));
    match s.as_deref() {
        Some("On") => Some(true),
        Some("Off") => Some(false),
        _ => {
            invalid_switch(ctx, v, loc, &["On", "Off"]);
            None
        }
    }
}

/// Reads a 0/1 switch; reports anything else. `Some(true)` for 1.
pub fn zero_one(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>) -> Option<bool> {
    let doc = ctx.doc;
    let n = (doc.kind(v.node) == Kind::Number)
        .then(|| doc.integer(v.node))
        .flatten();
    match n {
        Some(0) => Some(false),
        Some(1) => Some(true),
        _ => {
            invalid_switch(ctx, v, loc, &["0", "1"]);
            None
        }
    }
}

#[cold]
fn invalid_switch(
    ctx: &mut Ctx<'_, '_>,
    v: Value,
    loc: &Loc<'_>,
    choices: &'static [&'static str],
) {
    let d = Diagnostic::new(
        &INVALID_SWITCH_VALUE,
        &INVALID_SWITCH_VALUE_MSG,
        ctx.span(v.node),
    )
    .with("field", v.name)
    .with("choices", choices)
    .with("value", super::group_type::shown(ctx, v.node));
    ctx.report(d, loc);
}

/// `conflicting-fields` when `a` and `b` (two spellings of one setting) hold different values.
pub fn conflicting(ctx: &mut Ctx<'_, '_>, a: Value, b: Value) {
    let doc = ctx.doc;
    if doc.raw(a.node) == doc.raw(b.node) {
        return;
    }
    let d = Diagnostic::new(
        &CONFLICTING_FIELDS,
        &CONFLICTING_FIELDS_MSG,
        ctx.span(b.node),
    )
    .with("field", b.name)
    .with("other", a.name)
    .help(&CONFLICTING_FIELDS_HELP);
    ctx.report(d, &Loc::Root.key(b.name));
}

/// `operation-not-supported` when the call cannot be made on a group of type `ty`; `web_code`
/// is the Web SDK's client code for it, if it refuses first. True when reported.
pub fn not_supported(
    ctx: &mut Ctx<'_, '_>,
    ty: Option<GroupType>,
    at: &Loc<'_>,
    span_node: crate::json::NodeId,
    web_code: Option<u32>,
) -> bool {
    let Some(t) = ty.filter(|t| !t.allows_members()) else {
        return false;
    };
    let span = ctx.span(span_node);
    let d = match web_code.filter(|_| ctx.dialect == Dialect::Web) {
        Some(code) => Diagnostic::new(&OPERATION_NOT_SUPPORTED, &OPERATION_NOT_SUPPORTED_WEB, span)
            .code(sdk(code))
            .with("code", code),
        None => Diagnostic::new(&OPERATION_NOT_SUPPORTED, &OPERATION_NOT_SUPPORTED_MSG, span),
    };
    let d = d
        .with("call", call_name(ctx.opts.api, ctx.dialect))
        .with("type", t.spelling(ctx.dialect));
    ctx.report(d, at);
    true
}

/// import_group's `CreateTime`: an integer of seconds.
pub fn create_time(ctx: &mut Ctx<'_, '_>, v: Value) {
    let loc = Loc::Root.key(v.name);
    let doc = ctx.doc;
    let whole = doc.kind(v.node) == Kind::Number
        && doc
            .raw(v.node)
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'-');
    if !whole {
        let d = super::shape::wrong_type(ctx, v, &[JsonType::Integer]);
        ctx.report(d, &loc);
        return;
    }
    // Past i64: no time in seconds either.
    if doc.integer(v.node).is_none_or(|n| n >= 100_000_000_000) {
        let d = Diagnostic::new(
            &TIMESTAMP_IN_MILLISECONDS,
            &TIMESTAMP_IN_MILLISECONDS_MSG,
            ctx.span(v.node),
        )
        .with("field", v.name)
        .with("value", doc.raw(v.node).to_string())
        .help(&TIMESTAMP_IN_MILLISECONDS_HELP);
        ctx.report(d, &loc);
    }
}
