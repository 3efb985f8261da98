//! The API the README's "The library" section promises, by name and signature: a rename, a
//! removal or a changed signature fails to compile here. A compile-checked list of what
//! services lean on, with the traits they need; the whole surface is snapshotted by
//! `public_surface.rs`.

use std::fmt::Display;

use serde::Serialize;
use timlint::render::json::{JsonDiagnostic, JsonReport};
use timlint::render::{sarif, text};
use timlint::{
    Answerer, Applicability, ApplyJoinOption, Conversion, CreateGroupRequest,
    CreateGroupRequestBuilder, CustomField, Diagnostic, Dialect, Error, Fix, GroupType,
    InviteJoinOption, Lang, LimitOverrides, Limits, Member, MemberRole, Message, Options, Plan,
    Preset, Report, RestBody, Rule, RuleLevel, Severity, Template, TencentCode, Validator,
};

fn is_service_ready<T: Serialize + Display + Clone + std::fmt::Debug + PartialEq + Send + Sync>() {}

fn is_error<E: std::error::Error + Send + Sync + 'static>() {}

#[test]
fn the_promised_items_have_their_signatures() {
    let _: fn(&str, &Options) -> Report = timlint::validate;
    let _: fn(&[u8], &Options) -> Report = timlint::validate_bytes;
    let _: fn(Options) -> Validator = Validator::new;
    let _: fn(&mut Validator, &str) -> Report = Validator::validate;
    let _: fn(&mut Validator, &[u8]) -> Report = Validator::validate_bytes;
    let _: fn(&Validator) -> &Options = Validator::options;
    let _: fn(&mut Validator, &str, bool) -> (String, usize) = Validator::fix;
    let _: fn(&str, &[Fix]) -> (String, usize) = |src, fixes| Fix::apply_all(src, fixes);
    let _: fn(&Options) -> Result<(), Error> = timlint::rules::check_levels;
    let _: fn(&Options, &mut Diagnostic) -> bool = timlint::rules::apply_level;
    let _: Option<RuleLevel> = RuleLevel::parse("off");
    assert_eq!(RuleLevel::parse("warning"), Some(RuleLevel::Warning));
    assert_eq!(RuleLevel::parse("warn"), None);
    let _: fn(&str) -> Result<Options, Error> = Options::from_json;
    let _: fn(&Options) -> Limits = Options::resolved_limits;
    let _: fn(&Limits) -> String = Limits::to_json;
    let _: fn(&CreateGroupRequest, &Options) -> Report = CreateGroupRequest::validate;
    let _: fn(&CreateGroupRequest) -> String = CreateGroupRequest::to_json_compact;
    let _: fn(&CreateGroupRequest) -> String = CreateGroupRequest::to_json;
    let _: fn(GroupType, &'static str) -> CreateGroupRequestBuilder = CreateGroupRequest::builder;
    let _: fn(CreateGroupRequestBuilder) -> CreateGroupRequest = CreateGroupRequestBuilder::build;
    let _: fn(String) -> Member = Member::new;
    let _: fn(Member, MemberRole) -> Member = Member::with_role;
    let _: fn(&'static str, String) -> CustomField = CustomField::new;
    let _: fn(GroupType) -> &'static str = GroupType::rest;
    let _: fn(ApplyJoinOption) -> &'static str = ApplyJoinOption::as_str;
    let _: fn(InviteJoinOption) -> &'static str = InviteJoinOption::as_str;
    let _: fn(MemberRole) -> &'static str = MemberRole::as_str;
    let _: fn(&str, &Options) -> Conversion = timlint::to_rest;
    let _: fn(Dialect, &Options) -> serde_json::Value = timlint::schema::json_schema;
    let _: fn(&Report) -> bool = Report::valid;
    let _: fn(&Diagnostic, Lang) -> String = Diagnostic::message_text;
    let _: fn(&Diagnostic, Lang) -> Option<String> = Diagnostic::help_text;
    let _: fn(&Error) -> &str = Error::message;
    let _: fn(&str, Option<&str>, &Report, Lang) -> String = text::render;
    let _: fn(Lang, usize) -> sarif::SarifWriter = sarif::SarifWriter::new;
    let _: fn(timlint::suggest::GraphemeSegmenter) -> bool =
        timlint::suggest::set_grapheme_segmenter;
    let _ = timlint::templates;

    is_service_ready::<Report>();
    is_service_ready::<Diagnostic>();
    is_error::<Error>();

    // The fields a service reads.
    let c = timlint::to_rest("{}", &Options::default());
    let (_, _, _): (&Report, &Option<RestBody>, &Vec<Message>) = (&c.report, &c.body, &c.dropped);
    let r = c.report;
    let (_, _, _, _): (&Dialect, &Vec<Diagnostic>, &usize, &usize) =
        (&r.dialect, &r.diagnostics, &r.omitted, &r.errors);
    let d = &r.diagnostics[0];
    let _: (
        &&'static Rule,
        &Severity,
        &String,
        &Option<TencentCode>,
        &Option<String>,
    ) = (
        &d.rule,
        &d.severity,
        &d.pointer,
        &d.tencent_code,
        &d.suggestion,
    );
    let _: (&Option<u32>, &Option<u32>, &&'static Template) = (&d.line, &d.column, &d.message);
    if let Some(fix) = &d.fix {
        let _: (&(usize, usize), &String, Applicability) =
            (&fix.span, &fix.replacement, fix.applicability);
    }
    let _: (&'static str, Option<TencentCode>) = (d.rule.id, d.rule.tencent_code);
    if let Some(TencentCode { code, by }) = d.tencent_code {
        let _: (u32, &'static str) = (code, by.as_str());
        let _ = matches!(by, Answerer::Server | Answerer::Sdk);
    }
    let _: JsonDiagnostic<'_> = JsonDiagnostic::new(d, Lang::En);
    let _: JsonReport<'_> = JsonReport::new(Some("file"), &r, Lang::En);

    let o = Options {
        dialect: Dialect::Auto,
        preset: Preset::Extended,
        limits: LimitOverrides {
            name: Some(100),
            ..LimitOverrides::default()
        },
        plan: Some(Plan::Pro),
        group_keys: Some(vec!["k".into()]),
        member_keys: None,
        lang: Lang::ZhCn,
        ..Options::default()
    };
    let _ = Validator::new(o);
    is_service_ready_request::<CreateGroupRequest>();

    // The fields a service reads and sets; every optional field has a setter.
    let mut req = CreateGroupRequest::builder(GroupType::Public, "n")
        .owner_account("o")
        .group_id("g")
        .introduction("i")
        .notification("n")
        .face_url("https://f")
        .max_member_count(1)
        .apply_join_option(ApplyJoinOption::FreeAccess)
        .invite_join_option(InviteJoinOption::FreeAccess)
        .custom_field("k", "v")
        .member(Member::new("m").with_custom_field("k", "v"))
        .members([Member::new("n")])
        .support_topic(false)
        .enable_permission(false)
        .default_permission(0)
        .build();
    let _: (&Option<String>, &mut GroupType, &mut String) =
        (&req.owner_account, &mut req.group_type, &mut req.name);
    let _: (
        &Option<String>,
        &Option<String>,
        &Option<String>,
        &Option<String>,
    ) = (
        &req.group_id,
        &req.introduction,
        &req.notification,
        &req.face_url,
    );
    let _: (
        &Option<u64>,
        &Option<ApplyJoinOption>,
        &Option<InviteJoinOption>,
    ) = (
        &req.max_member_count,
        &req.apply_join_option,
        &req.invite_join_option,
    );
    let _: (&Option<Vec<CustomField>>, &Option<Vec<Member>>) =
        (&req.app_defined_data, &req.member_list);
    let _: (&Option<u8>, &Option<u8>, &Option<u64>) = (
        &req.support_topic,
        &req.enable_permission,
        &req.default_permission,
    );
    let m = &req.member_list.as_ref().unwrap()[0];
    let _: (&String, &Option<MemberRole>, &Option<Vec<CustomField>>) =
        (&m.member_account, &m.role, &m.app_member_defined_data);
    let _ = CustomField {
        key: String::new(),
        value: String::new(),
    };
}

/// The typed requests of the other calls: a builder of the required fields, the JSON, the
/// validation as the call.
#[test]
fn each_call_has_a_typed_request() {
    use timlint::{
        AddMembersRequest, AddMembersRequestBuilder, CreateTopicRequest, CreateTopicRequestBuilder,
        ImportGroupRequest, ImportGroupRequestBuilder, MemberAccount, ModifyGroupRequest,
        ModifyGroupRequestBuilder, ModifyMemberRequest, ModifyMemberRequestBuilder, MsgFlag,
    };
    let _: fn(&'static str) -> ModifyGroupRequestBuilder = ModifyGroupRequest::builder;
    let _: fn(&'static str, Vec<String>) -> AddMembersRequestBuilder = AddMembersRequest::builder;
    let _: fn(&'static str, String) -> CreateTopicRequestBuilder = CreateTopicRequest::builder;
    let _: fn(GroupType, &'static str) -> ImportGroupRequestBuilder = ImportGroupRequest::builder;
    let _: fn(String, &'static str) -> ModifyMemberRequestBuilder = ModifyMemberRequest::builder;
    let _: fn(ModifyGroupRequestBuilder) -> ModifyGroupRequest = ModifyGroupRequestBuilder::build;
    let _: fn(AddMembersRequestBuilder) -> AddMembersRequest = AddMembersRequestBuilder::build;
    let _: fn(CreateTopicRequestBuilder) -> CreateTopicRequest = CreateTopicRequestBuilder::build;
    let _: fn(ImportGroupRequestBuilder) -> ImportGroupRequest = ImportGroupRequestBuilder::build;
    let _: fn(ModifyMemberRequestBuilder) -> ModifyMemberRequest =
        ModifyMemberRequestBuilder::build;
    let _: fn(&ModifyGroupRequest, &Options) -> Report = ModifyGroupRequest::validate;
    let _: fn(&AddMembersRequest, &Options) -> Report = AddMembersRequest::validate;
    let _: fn(&CreateTopicRequest, &Options) -> Report = CreateTopicRequest::validate;
    let _: fn(&ImportGroupRequest, &Options) -> Report = ImportGroupRequest::validate;
    let _: fn(&ModifyMemberRequest, &Options) -> Report = ModifyMemberRequest::validate;
    let _: fn(&ModifyGroupRequest) -> String = ModifyGroupRequest::to_json_compact;
    let _: fn(&AddMembersRequest) -> String = AddMembersRequest::to_json_compact;
    let _: fn(&CreateTopicRequest) -> String = CreateTopicRequest::to_json_compact;
    let _: fn(&ImportGroupRequest) -> String = ImportGroupRequest::to_json_compact;
    let _: fn(&ModifyMemberRequest) -> String = ModifyMemberRequest::to_json_compact;
    let _: fn(&ModifyMemberRequest, &mut String) = ModifyMemberRequest::write_json;
    let _: fn(String) -> MemberAccount = MemberAccount::new;
    let _: fn(MsgFlag) -> &'static str = MsgFlag::as_str;
    is_service_ready_request::<ModifyGroupRequest>();
    is_service_ready_request::<AddMembersRequest>();
    is_service_ready_request::<CreateTopicRequest>();
    is_service_ready_request::<ImportGroupRequest>();
    is_service_ready_request::<ModifyMemberRequest>();

    // The fields a service reads and sets.
    let m = ModifyGroupRequest::builder("g").build();
    let _: (&String, &Option<u64>, &Option<bool>, &Option<bool>) = (
        &m.group_id,
        &m.max_member_num,
        &m.mute_all_member,
        &m.history_msg_before_join,
    );
    let a = AddMembersRequest::builder("g", ["a"]).build();
    let _: (&String, &Option<u8>, &String) =
        (&a.group_id, &a.silence, &a.member_list[0].member_account);
    let t = CreateTopicRequest::builder("g", "t").build();
    let _: (&String, &Option<String>, &String) = (&t.group_id, &t.topic_id, &t.topic_name);
    let i = ImportGroupRequest::builder(GroupType::Public, "n").build();
    let _: (&GroupType, &String, &Option<u64>) = (&i.group_type, &i.name, &i.create_time);
    let r = ModifyMemberRequest::builder("g", "m").build();
    let _: (&String, &Option<MemberRole>, &Option<MsgFlag>, &Option<u32>) =
        (&r.member_account, &r.role, &r.msg_flag, &r.mute_time);
}

fn is_service_ready_request<
    T: Serialize + serde::de::DeserializeOwned + Clone + std::fmt::Debug + Eq + Send + Sync,
>() {
}
