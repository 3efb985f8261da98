//! Properties over generated input (proptest):
//!
//! - any JSON value gives a report, without panic, in every dialect;
//! - a REST payload built to obey every rule has no error;
//! - pushing one field one step past one limit gives exactly that rule at that JSON pointer;
//! - the byte count a `too-many-bytes` message states is `str::len` of the value (escaped or not);
//! - `truncate_to_bytes` fits, is a prefix, ends on a grapheme boundary, and is the longest.

use proptest::prelude::*;
use serde_json::{Map, Value, json};
use timlint::suggest::truncate_to_bytes;
use timlint::{Dialect, Limits, Options, Report};
use unicode_segmentation::UnicodeSegmentation;

const DIALECTS: [Dialect; 4] = [Dialect::Rest, Dialect::Sdk, Dialect::Web, Dialect::Auto];

/// Field names of every dialect (and near misses), so generated objects reach the rules.
const KEYS: &[&str] = &[
    "Type",
    "Name",
    "GroupId",
    "Owner_Account",
    "MemberList",
    "Member_Account",
    "Role",
    "AppDefinedData",
    "AppMemberDefinedData",
    "Key",
    "Value",
    "MaxMemberCount",
    "ApplyJoinOption",
    "InviteJoinOption",
    "SupportTopic",
    "Introduction",
    "Notification",
    "FaceUrl",
    "groupType",
    "groupName",
    "groupID",
    "memberList",
    "userID",
    "role",
    "addOpt",
    "approveOpt",
    "isSupportTopic",
    "isAllMuted",
    "faceUrl",
    "type",
    "name",
    "avatar",
    "maxMemberNum",
    "joinOption",
    "inviteOption",
    "groupCustomField",
    "memberCustomField",
    "key",
    "value",
    "introduction",
    "notification",
    "owner_account",
    "name ",
];

const STRINGS: &[&str] = &[
    "Public",
    "Private",
    "ChatRoom",
    "AVChatRoom",
    "BChatRoom",
    "Community",
    "Work",
    "Meeting",
    "Publich",
    "Admin",
    "admin",
    "Member",
    "FreeAccess",
    "NeedPermission",
    "DisableApply",
    "DisableInvite",
    "V2TIM_GROUP_ADD_ANY",
    "V2TIM_GROUP_MEMBER_ROLE_ADMIN",
    "@TGS#_x",
    "@TGS#abc",
    "a@TOPIC#b",
    "https://x.y/a.png",
    "ftp://x",
    "",
    "\u{0}",
    "😀",
    "中文",
];

fn text_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(STRINGS).prop_map(str::to_string),
        any::<String>(),
        "[a-zA-Z0-9_]{0,40}",
        prop::collection::vec(
            prop::sample::select(
                &[
                    'a', '中', '😀', 'e', '\u{301}', '\u{200d}', '\u{0}', '"', '\\'
                ][..]
            ),
            0..80
        )
        .prop_map(|v| v.into_iter().collect()),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        prop::sample::select(&[0i64, 1, 2, 200, 300, 400, 500, 501, 6000, 6001][..])
            .prop_map(Value::from),
        text_piece().prop_map(Value::from),
    ];
    leaf.prop_recursive(6, 96, 10, |inner| {
        let key = prop_oneof![3 => prop::sample::select(KEYS).prop_map(str::to_string), 1 => any::<String>()];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..10).prop_map(Value::Array),
            prop::collection::vec((key, inner), 0..10)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn errors(r: &Report) -> Vec<(&'static str, String)> {
    r.diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| (d.rule.id, d.pointer.clone()))
        .collect()
}

fn check_invariants(src: &str, r: &Report, opts: &Options) {
    assert!(r.diagnostics.len() <= opts.max_diagnostics);
    for d in &r.diagnostics {
        assert!(
            d.pointer.is_empty() || d.pointer.starts_with('/'),
            "{:?}",
            d.pointer
        );
        if let Some((s, e)) = d.span {
            assert!(s <= e && e <= src.len() && src.is_char_boundary(s) && src.is_char_boundary(e));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// A generator of REST payloads that obey every rule.

#[derive(Clone, Debug)]
struct Valid {
    ty: &'static str,
    body: Map<String, Value>,
}

/// 1..=max bytes of ASCII, CJK (3 bytes) and emoji (4 bytes), mixed.
fn text_within(min: usize, max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(&['a', 'Z', '7', ' ', '中', '群', '😀', '🎉', 'é', '\u{0}'][..]),
        0..max + 1,
    )
    .prop_map(move |chars| {
        let mut s = String::new();
        for c in chars {
            if s.len() + c.len_utf8() <= max {
                s.push(c);
            }
        }
        while s.len() < min {
            s.push('x');
        }
        s
    })
}

fn account() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_]{1,32}"
}

fn key() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_]{1,16}"
}

fn custom(max_entries: usize, max_value: usize) -> impl Strategy<Value = Vec<Value>> {
    prop::collection::btree_map(key(), text_within(0, max_value), 0..=max_entries).prop_map(|m| {
        m.into_iter()
            .map(|(k, v)| json!({"Key": k, "Value": v}))
            .collect()
    })
}

fn valid_payload() -> impl Strategy<Value = Valid> {
    let ty =
        prop::sample::select(&["Private", "Public", "ChatRoom", "Community", "AVChatRoom"][..]);
    (ty, any::<u64>()).prop_flat_map(|(ty, seed)| {
        let limits = Limits::default();
        let members_allowed = ty != "AVChatRoom";
        // Private holds 200 by default (owner included): stay under every default.
        let most = if members_allowed { 40 } else { 0 };
        let members = prop::collection::btree_map(
            account(),
            (any::<bool>(), prop::option::of(custom(5, 64))),
            0..=most,
        );
        let group_id = if ty == "Community" {
            "@TGS#_[A-Za-z0-9]{1,42}".boxed()
        } else {
            "[A-Za-z0-9_][A-Za-z0-9_-]{0,47}".boxed()
        };
        (
            text_within(1, limits.name),
            prop::option::of(account()),
            members,
            prop::option::of(group_id),
            prop::option::of(text_within(0, limits.introduction)),
            prop::option::of(text_within(0, limits.notification)),
            prop::option::of("https://[a-z]{1,20}\\.example/[a-z0-9]{0,59}\\.png"),
            prop::option::of(custom(10, 512)),
            (
                prop::option::of(0usize..3),
                prop::option::of(0usize..3),
                any::<bool>(),
                any::<bool>(),
            ),
        )
            .prop_map(
                move |(name, owner, members, group_id, intro, notif, face, app, opts)| {
                    let _ = seed;
                    let (apply, invite, with_max, topic) = opts;
                    let mut b = Map::new();
                    b.insert("Type".into(), ty.into());
                    b.insert("Name".into(), name.into());
                    if let Some(o) = &owner {
                        b.insert("Owner_Account".into(), o.clone().into());
                    }
                    if let Some(g) = group_id {
                        b.insert("GroupId".into(), g.into());
                    }
                    if let Some(s) = intro {
                        b.insert("Introduction".into(), s.into());
                    }
                    if let Some(s) = notif {
                        b.insert("Notification".into(), s.into());
                    }
                    if let Some(s) = face {
                        b.insert("FaceUrl".into(), s.into());
                    }
                    if let Some(a) = app {
                        b.insert("AppDefinedData".into(), a.into());
                    }
                    if let Some(i) = apply {
                        b.insert(
                            "ApplyJoinOption".into(),
                            ["FreeAccess", "NeedPermission", "DisableApply"][i].into(),
                        );
                    }
                    if let Some(i) = invite.filter(|_| members_allowed) {
                        b.insert(
                            "InviteJoinOption".into(),
                            ["FreeAccess", "NeedPermission", "DisableInvite"][i].into(),
                        );
                    }
                    if topic {
                        b.insert("SupportTopic".into(), u8::from(ty == "Community").into());
                    }
                    let list: Vec<Value> = members
                        .into_iter()
                        .filter(|(a, _)| Some(a) != owner.as_ref())
                        .map(|(a, (admin, data))| {
                            let mut m = Map::new();
                            m.insert("Member_Account".into(), a.into());
                            if admin && ty != "Private" {
                                m.insert("Role".into(), "Admin".into());
                            }
                            if let Some(d) = data {
                                m.insert("AppMemberDefinedData".into(), d.into());
                            }
                            Value::Object(m)
                        })
                        .collect();
                    if with_max {
                        let total = list.len() as u64 + u64::from(owner.is_some());
                        b.insert(
                            "MaxMemberCount".into(),
                            total.max(1).max(seed % 6000).into(),
                        );
                    }
                    if members_allowed {
                        b.insert("MemberList".into(), list.into());
                    }
                    Valid { ty, body: b }
                },
            )
    })
}

// ---------------------------------------------------------------------------------------------
// One step past one limit.

#[derive(Clone, Debug)]
enum Past {
    /// A text field one byte over its limit, made of a mix of ASCII, CJK and emoji.
    Text(&'static str, usize, Vec<u8>),
    Members,
    GroupKey17,
    GroupValue513,
    MemberValue65,
    GroupCustom11,
    Owner33,
    GroupId49,
}

fn past() -> impl Strategy<Value = Past> {
    let l = Limits::default();
    let field = prop::sample::select(vec![
        ("Name", l.name),
        ("Introduction", l.introduction),
        ("Notification", l.notification),
    ]);
    prop_oneof![
        4 => (field, prop::collection::vec(0u8..4, 1..120)).prop_map(|((f, max), mix)| Past::Text(f, max, mix)),
        1 => Just(Past::Members),
        1 => Just(Past::GroupKey17),
        1 => Just(Past::GroupValue513),
        1 => Just(Past::MemberValue65),
        1 => Just(Past::GroupCustom11),
        1 => Just(Past::Owner33),
        1 => Just(Past::GroupId49),
    ]
}

/// Exactly `bytes` bytes: pieces of 1 (ASCII), 3 (CJK), 4 (emoji) and 2 (é) bytes, in the order
/// `mix` gives, padded with ASCII.
fn exactly(bytes: usize, mix: &[u8]) -> String {
    let mut s = String::new();
    for &m in mix.iter().cycle().take(bytes) {
        let c = ['a', '中', '😀', 'é'][usize::from(m % 4)];
        if s.len() + c.len_utf8() <= bytes {
            s.push(c);
        }
    }
    while s.len() < bytes {
        s.push('a');
    }
    s
}

/// Applies the mutation; returns the expected (rule, pointer), or None when this payload has
/// nowhere to apply it.
fn apply(v: &mut Valid, p: &Past) -> Option<(&'static str, String)> {
    let b = &mut v.body;
    match p {
        Past::Text(field, max, mix) => {
            b.insert(field.to_string(), exactly(max + 1, mix).into());
            Some(("too-many-bytes", format!("/{field}")))
        }
        Past::Members => {
            // Only where 501 members (and the owner) fit the member cap in force.
            let big = matches!(v.ty, "Public" | "ChatRoom" | "Community");
            let cap_ok = b
                .get("MaxMemberCount")
                .is_none_or(|m| m.as_u64().unwrap_or(0) >= 502);
            if !big || !cap_ok {
                return None;
            }
            let owner = b
                .get("Owner_Account")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            let list: Vec<Value> = (0..501)
                .map(|i| json!({"Member_Account": format!("m{i}")}))
                .filter(|m| m["Member_Account"] != owner.as_str())
                .collect();
            if list.len() != 501 {
                return None;
            }
            b.insert("MemberList".into(), list.into());
            Some(("too-many-members", "/MemberList".into()))
        }
        Past::GroupKey17 | Past::GroupValue513 => {
            let list = b.get_mut("AppDefinedData")?.as_array_mut()?;
            let last = list.len().checked_sub(1)?;
            let (field, value, rule) = match p {
                Past::GroupKey17 => ("Key", "K".repeat(17), "custom-key-invalid"),
                _ => ("Value", "值".repeat(171), "custom-value-too-long"),
            };
            list[last][field] = value.into();
            Some((rule, format!("/AppDefinedData/{last}/{field}")))
        }
        Past::MemberValue65 => {
            let list = b.get_mut("MemberList")?.as_array_mut()?;
            for (i, m) in list.iter_mut().enumerate() {
                if let Some(data) = m
                    .get_mut("AppMemberDefinedData")
                    .and_then(Value::as_array_mut)
                    && !data.is_empty()
                {
                    data[0]["Value"] = format!("{}x", "é".repeat(32)).into(); // 65 bytes
                    return Some((
                        "custom-value-too-long",
                        format!("/MemberList/{i}/AppMemberDefinedData/0/Value"),
                    ));
                }
            }
            None
        }
        Past::GroupCustom11 => {
            let list: Vec<Value> = (0..11)
                .map(|i| json!({"Key": format!("k{i}"), "Value": "v"}))
                .collect();
            b.insert("AppDefinedData".into(), list.into());
            Some(("too-many-custom-fields", "/AppDefinedData".into()))
        }
        Past::Owner33 => {
            // Only over an existing owner: a new one would also count as a member.
            b.get("Owner_Account")?;
            b.insert("Owner_Account".into(), "o".repeat(33).into());
            Some(("account-too-long", "/Owner_Account".into()))
        }
        Past::GroupId49 => {
            let prefix = if v.ty == "Community" { "@TGS#_" } else { "" };
            b.insert(
                "GroupId".into(),
                format!("{prefix}{}", "g".repeat(49 - prefix.len())).into(),
            );
            Some(("group-id-too-long", "/GroupId".into()))
        }
    }
}

/// The JSON text with every non-ASCII character written as `\uXXXX` (surrogate pairs for
/// astral ones): the same payload, so the same verdict, but the escaped path is taken.
fn escape_non_ascii(src: &str) -> String {
    let mut out = String::with_capacity(src.len() * 2);
    for c in src.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        }
    }
    out
}

/// The number in "... is N bytes (" of an English too-many-bytes message.
fn stated_bytes(message: &str) -> Option<usize> {
    let end = message.find(" bytes (")?;
    let start = message[..end].rfind(' ')? + 1;
    message[start..end].parse().ok()
}

mod proptest_config;
use proptest_config::config;

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_json_value_gives_a_report(v in json_value()) {
        let src = v.to_string();
        for dialect in DIALECTS {
            let opts = Options { dialect, ..Options::default() };
            let r = timlint::validate(&src, &opts);
            check_invariants(&src, &r, &opts);
            let pretty = serde_json::to_string_pretty(&v).unwrap();
            let r2 = timlint::validate(&pretty, &opts);
            // Layout does not change which rules fire where.
            let ids = |r: &Report| r.diagnostics.iter().map(|d| (d.rule.id, d.pointer.clone())).collect::<Vec<_>>();
            prop_assert_eq!(ids(&r), ids(&r2));
            let _ = timlint::to_rest(&src, &opts);
        }
    }

    #[test]
    fn a_payload_that_obeys_every_rule_has_no_error(v in valid_payload()) {
        let src = Value::Object(v.body.clone()).to_string();
        let r = timlint::validate(&src, &Options::default());
        prop_assert_eq!(errors(&r), vec![], "{}", src);
        let escaped = escape_non_ascii(&src);
        let r = timlint::validate(&escaped, &Options::default());
        prop_assert_eq!(errors(&r), vec![], "{}", escaped);
    }

    #[test]
    fn one_step_past_one_limit_gives_exactly_that_rule(mut v in valid_payload(), p in past()) {
        let expected = apply(&mut v, &p);
        prop_assume!(expected.is_some());
        let expected = expected.unwrap();
        let src = Value::Object(v.body.clone()).to_string();
        for text in [src.clone(), escape_non_ascii(&src)] {
            let r = timlint::validate(&text, &Options::default());
            prop_assert_eq!(errors(&r), vec![expected.clone()], "{}", text);
        }
    }

    #[test]
    fn too_many_bytes_states_the_utf8_length(mix in prop::collection::vec(0u8..4, 1..200), extra in 1usize..200) {
        let max = Limits::default().name;
        let name = exactly(max + extra, &mix);
        let src = json!({"Type": "Public", "Name": name}).to_string();
        for text in [src.clone(), escape_non_ascii(&src)] {
            let r = timlint::validate(&text, &Options::default());
            let d = r.diagnostics.iter().find(|d| d.rule.id == "too-many-bytes").expect("too-many-bytes");
            let en = d.message_text(timlint::Lang::En);
            prop_assert_eq!(stated_bytes(&en), Some(name.len()), "{}", en);
            prop_assert_eq!(d.params.get("bytes"), Some(&timlint::diagnostic::Arg::Int(name.len() as u64)));
            let s = d.suggestion.as_deref().unwrap_or("");
            prop_assert!(s.len() <= max && name.starts_with(s));
        }
    }

    #[test]
    fn truncate_fits_is_a_prefix_on_a_grapheme_boundary(text in text_piece(), max in 0usize..120) {
        let out = truncate_to_bytes(&text, max);
        prop_assert!(out.len() <= max);
        prop_assert!(text.starts_with(out));
        let bounds: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).chain([text.len()]).collect();
        prop_assert!(bounds.contains(&out.len()), "cut inside a grapheme: {:?} -> {:?}", text, out);
        if let Some(&next) = bounds.iter().find(|&&b| b > out.len()) {
            prop_assert!(next > max, "not the longest prefix");
        }
    }
}

#[test]
fn the_mutations_are_reachable() {
    // Guard against a generator that makes `prop_assume!` reject every case of one mutation.
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut hit = [false; 8];
    for _ in 0..2000 {
        let mut v = valid_payload().new_tree(&mut runner).unwrap().current();
        let p = past().new_tree(&mut runner).unwrap().current();
        let i = match p {
            Past::Text(..) => 0,
            Past::Members => 1,
            Past::GroupKey17 => 2,
            Past::GroupValue513 => 3,
            Past::MemberValue65 => 4,
            Past::GroupCustom11 => 5,
            Past::Owner33 => 6,
            Past::GroupId49 => 7,
        };
        if apply(&mut v, &p).is_some() {
            hit[i] = true;
        }
    }
    assert_eq!(hit, [true; 8]);
}
