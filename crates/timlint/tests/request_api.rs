//! The typed request (`CreateGroupRequest` and its enums): whatever it can hold serializes to
//! a REST body with no vocabulary error and reads back equal; a wrong spelling does not
//! deserialize; its enums are the REST schema's.

use serde_json::{Value, json};
use timlint::domain::{JoinOption, Role};
use timlint::schema::json_schema;
use timlint::{
    ApplyJoinOption, CreateGroupRequest, Dialect, GroupType, InviteJoinOption, Member, MemberRole,
    Options,
};

const APPLY: [ApplyJoinOption; 3] = ApplyJoinOption::ALL;
const INVITE: [InviteJoinOption; 3] = InviteJoinOption::ALL;
const ROLES: [MemberRole; 2] = MemberRole::ALL;

/// Rules about spelling and shape, which a typed request must never trip.
const VOCABULARY_RULES: &[&str] = &[
    "invalid-json",
    "not-an-object",
    "wrong-type",
    "missing-required",
    "unknown-field",
    "unknown-group-type",
    "group-type-spelling",
    "invalid-apply-join-option",
    "invalid-invite-join-option",
    "invalid-member-role",
];

fn serde_name<T: serde::Serialize>(v: T) -> String {
    match serde_json::to_value(v).unwrap() {
        Value::String(s) => s,
        other => panic!("not a string: {other}"),
    }
}

#[test]
fn a_built_request_serializes_to_a_valid_rest_body_and_back() {
    let req = CreateGroupRequest::builder(GroupType::Public, "TestGroup")
        .owner_account("leckie")
        .introduction("周会")
        .face_url("https://example.com/a.png")
        .max_member_count(500)
        .apply_join_option(ApplyJoinOption::NeedPermission)
        .invite_join_option(InviteJoinOption::FreeAccess)
        .custom_field("GroupTestData1", "x")
        .member(Member::new("bob").with_role(MemberRole::Admin))
        .member(Member::new("peter").with_custom_field("MemberData", "y"))
        .build();
    let json = serde_json::to_string(&req).unwrap();
    assert_eq!(json, req.to_json_compact());
    let report = timlint::validate(&json, &Options::default());
    assert!(report.diagnostics.is_empty(), "{report}");
    assert_eq!(report.dialect, Dialect::Rest);
    let back: CreateGroupRequest = serde_json::from_str(&json).unwrap();
    assert_eq!(back, req);
    let back: CreateGroupRequest = serde_json::from_str(&req.to_json()).unwrap();
    assert_eq!(back, req);
    assert!(req.validate(&Options::default()).diagnostics.is_empty());
}

/// Every type, option and role the enums can hold is spelled as the REST validator reads it:
/// no vocabulary diagnostic, whatever else the combination breaks (a member on AVChatRoom).
#[test]
fn whatever_the_enums_hold_is_rest_vocabulary() {
    let mut checked = 0;
    for ty in GroupType::ALL {
        for apply in APPLY.map(Some).into_iter().chain([None]) {
            for invite in INVITE.map(Some).into_iter().chain([None]) {
                let mut b = CreateGroupRequest::builder(ty, "n");
                if let Some(o) = apply {
                    b = b.apply_join_option(o);
                }
                if let Some(o) = invite {
                    b = b.invite_join_option(o);
                }
                let req = b
                    .members(ROLES.map(|r| Member::new(format!("{r:?}")).with_role(r)))
                    .build();
                let json = serde_json::to_string(&req).unwrap();
                let report = timlint::validate(&json, &Options::default());
                let vocabulary: Vec<_> = report
                    .diagnostics
                    .iter()
                    .filter(|d| VOCABULARY_RULES.contains(&d.rule.id))
                    .collect();
                assert!(vocabulary.is_empty(), "{json}: {vocabulary:?}");
                assert_eq!(
                    serde_json::from_str::<CreateGroupRequest>(&json).unwrap(),
                    req
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 6 * 4 * 4);
}

#[test]
fn what_types_cannot_rule_out_validate_does() {
    let opts = Options::default();
    let ids = |req: CreateGroupRequest| -> Vec<&'static str> {
        let r = req.validate(&opts);
        assert!(r.diagnostics.iter().all(|d| d.line.is_none()));
        r.diagnostics.iter().map(|d| d.rule.id).collect()
    };
    assert_eq!(
        ids(CreateGroupRequest::builder(GroupType::Public, "").build()),
        ["empty-name"]
    );
    assert_eq!(
        ids(CreateGroupRequest::builder(
            GroupType::Public,
            "x".repeat(opts.resolved_limits().name + 1)
        )
        .build()),
        ["too-many-bytes"]
    );
    assert_eq!(
        ids(CreateGroupRequest::builder(GroupType::AvChatRoom, "n")
            .invite_join_option(InviteJoinOption::FreeAccess)
            .build()),
        ["invite-option-not-supported"]
    );
    assert_eq!(
        ids(CreateGroupRequest::builder(GroupType::Work, "n")
            .max_member_count(0)
            .build()),
        ["max-member-count-range"]
    );
    assert_eq!(
        ids(CreateGroupRequest::builder(GroupType::Public, "n")
            .custom_field(" key", "v")
            .build()),
        ["custom-key-invalid"]
    );
    assert_eq!(
        ids(CreateGroupRequest::builder(GroupType::Public, "n")
            .members((0..501).map(|i| Member::new(format!("u{i}"))))
            .build())[..1],
        ["too-many-members"]
    );
}

#[test]
fn a_wrong_spelling_is_a_serde_error_naming_the_choices() {
    for (body, expected) in [
        (
            r#"{"Type": "Publich", "Name": "x"}"#,
            "unknown variant `Publich`, expected one of `Private`, `Public`, `ChatRoom`, `AVChatRoom`, `BChatRoom`, `Community`",
        ),
        // The SDK's name: REST reads it with a warning, the typed request holds the REST name.
        (
            r#"{"Type": "Work", "Name": "x"}"#,
            "unknown variant `Work`, expected one of `Private`",
        ),
        (
            r#"{"Type": "Public", "Name": "x", "ApplyJoinOption": "DisableInvite"}"#,
            "unknown variant `DisableInvite`, expected one of `DisableApply`, `NeedPermission`, `FreeAccess`",
        ),
        (
            r#"{"Type": "Public", "Name": "x", "InviteJoinOption": "DisableApply"}"#,
            "unknown variant `DisableApply`, expected one of `DisableInvite`, `NeedPermission`, `FreeAccess`",
        ),
        (
            r#"{"Type": "Public", "Name": "x", "MemberList": [{"Member_Account": "a", "Role": "admin"}]}"#,
            "unknown variant `admin`, expected `Admin` or `Member`",
        ),
        (
            r#"{"Type": "Public", "Name": "x", "MemberList": [{"Member_Account": "a", "Role": "Owner"}]}"#,
            "unknown variant `Owner`, expected `Admin` or `Member`",
        ),
        (r#"{"Name": "x"}"#, "missing field `Type`"),
        (r#"{"Type": "Public"}"#, "missing field `Name`"),
    ] {
        let e = serde_json::from_str::<CreateGroupRequest>(body).unwrap_err();
        assert!(e.to_string().starts_with(expected), "{body}: {e}");
        // timlint refuses the same bodies, but `Work`, which it only warns about.
        let report = timlint::validate(body, &Options::default());
        assert_eq!(report.valid(), body.contains("\"Work\""), "{body}");
    }
}

/// The enums' serde names are the vocabularies of `timlint::domain`, which the rules read.
#[test]
fn the_enums_spell_what_the_rules_read() {
    for ty in GroupType::ALL {
        assert_eq!(serde_name(ty), ty.rest());
        assert_eq!(GroupType::parse(ty.rest(), Dialect::Rest), Some(ty));
    }
    for o in APPLY {
        assert_eq!(serde_name(o), o.as_str());
        let domain = JoinOption::from(o);
        assert_eq!(
            JoinOption::parse(o.as_str(), Dialect::Rest, false),
            Some(domain)
        );
        assert_eq!(ApplyJoinOption::from(domain), o);
    }
    for o in INVITE {
        assert_eq!(serde_name(o), o.as_str());
        let domain = JoinOption::from(o);
        assert_eq!(
            JoinOption::parse(o.as_str(), Dialect::Rest, true),
            Some(domain)
        );
        assert_eq!(InviteJoinOption::from(domain), o);
    }
    for r in ROLES {
        assert_eq!(serde_name(r), r.as_str());
        assert_eq!(Role::parse(r.as_str(), Dialect::Rest), Some(Role::from(r)));
    }
}

/// The typed request's own schema (schemars) has the REST schema's enums: the same options and
/// roles, and the same types but the SDK names (`Work`, `Meeting`), which the REST schema
/// allows because timlint only warns about them.
#[test]
fn the_typed_schema_has_the_rest_schema_enums() {
    let typed = serde_json::to_value(schemars::schema_for!(CreateGroupRequest)).unwrap();
    let rest = json_schema(Dialect::Rest, &Options::default());
    // The values of the enum at `pointer`, following `$ref` and `anyOf` (`Option<T>`), without
    // `null`.
    let enum_at = |schema: &Value, pointer: &str| -> Vec<Value> {
        let mut at = schema
            .pointer(pointer)
            .unwrap_or_else(|| panic!("{pointer}"));
        if let Some(branch) = at["anyOf"].as_array().and_then(|a| a.first()) {
            at = branch;
        }
        if let Some(r) = at["$ref"].as_str() {
            at = schema.pointer(&r[1..]).unwrap_or_else(|| panic!("{r}"));
        }
        let mut values = at["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("{pointer}: {at}"))
            .clone();
        values.retain(|v| !v.is_null());
        values
    };
    let types = enum_at(&typed, "/properties/Type");
    let mut rest_types = enum_at(&rest, "/properties/Type");
    let sdk_names: Vec<Value> = rest_types
        .iter()
        .filter(|t| !types.contains(t))
        .cloned()
        .collect();
    assert_eq!(sdk_names, [json!("Work"), json!("Meeting")]);
    rest_types.retain(|t| !sdk_names.contains(t));
    assert_eq!(types, rest_types);
    assert_eq!(types.len(), 6);
    for field in ["ApplyJoinOption", "InviteJoinOption"] {
        let pointer = format!("/properties/{field}");
        assert_eq!(
            enum_at(&typed, &pointer),
            enum_at(&rest, &pointer),
            "{field}"
        );
    }
    assert_eq!(
        enum_at(&typed, "/$defs/Member/properties/Role"),
        enum_at(&rest, "/properties/MemberList/items/properties/Role")
    );
    assert_eq!(
        enum_at(&typed, "/$defs/Member/properties/Role"),
        [json!("Admin"), json!("Member")]
    );
}
