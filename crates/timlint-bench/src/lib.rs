//! The payloads the benchmarks and the allocation test share.
#![forbid(unsafe_code)]

/// The REST page's ALL IN ONE example, without its comments.
pub const ALL_IN_ONE: &str = r#"{
    "Owner_Account": "leckie",
    "Type": "Public",
    "GroupId":"MyFirstGroup",
    "Name": "TestGroup",
    "Introduction": "This is group Introduction",
    "Notification": "This is group Notification",
    "FaceUrl": "http://this.is.face.url",
    "MaxMemberCount": 500,
    "ApplyJoinOption": "FreeAccess",
    "AppDefinedData": [
        { "Key": "GroupTestData1", "Value": "xxxxx" },
        { "Key": "GroupTestData2", "Value": "abc\u0000\u0001" }
    ],
    "MemberList": [
        {
            "Member_Account": "bob",
            "Role": "Admin",
            "AppMemberDefinedData": [
                { "Key": "MemberDefined1", "Value": "MemberData1" },
                { "Key": "MemberDefined2", "Value": "MemberData2" }
            ]
        },
        {
            "Member_Account": "peter",
            "AppMemberDefinedData": [
                { "Key": "MemberDefined1", "Value": "MemberData1" },
                { "Key": "MemberDefined2", "Value": "MemberData2" }
            ]
        }
    ]
}"#;

/// A Public group with the most members one request may list (500), each with a role or
/// custom data now and then.
pub fn members_500() -> String {
    let members: Vec<String> = (0..500)
        .map(|i| match i % 10 {
            0 => format!(r#"{{"Member_Account": "user_{i:04}", "Role": "Admin"}}"#),
            5 => format!(
                r#"{{"Member_Account": "user_{i:04}", "AppMemberDefinedData": [{{"Key": "Level", "Value": "{i}"}}]}}"#
            ),
            _ => format!(r#"{{"Member_Account": "user_{i:04}"}}"#),
        })
        .collect();
    format!(
        r#"{{"Owner_Account": "owner", "Type": "Public", "Name": "Big group", "MaxMemberCount": 2000, "MemberList": [{}]}}"#,
        members.join(",\n")
    )
}

/// Texts near their byte limits in CJK and emoji.
pub fn cjk_heavy() -> String {
    format!(
        r#"{{"Owner_Account": "leckie", "Type": "ChatRoom", "Name": "{}", "Introduction": "{}", "Notification": "{}",
        "AppDefinedData": [{{"Key": "Topic", "Value": "{}"}}],
        "MemberList": [{{"Member_Account": "bob"}}, {{"Member_Account": "amy"}}]}}"#,
        "腾讯云即时通信群".to_string() + "🎉",
        "群简介：欢迎加入本群，请遵守群规。".repeat(4),
        "群公告：本周五下午三点开会，请准时参加。".repeat(4),
        "自定义字段的值".repeat(20),
    )
}

/// One payload with many problems: every rule family fires.
pub const MANY_PROBLEMS: &str = r#"{
    "owner_account": "leckie",
    "Type": "Publich",
    "GroupId": "@TGS#MyFirstGroup",
    "Name": "腾讯云即时通信 IM 产品研发部周会群",
    "FaceUrl": "this.is.face.url",
    "MaxMemberCount": 500.0,
    "ApplyJoinOption": "freeaccess",
    "InviteJoinOption": "DisableApply",
    "AppDefinedData": [
        { "Key": " GroupTestData2", "Value": "abc" },
        { "Key": "K", "Value": "a" },
        { "Key": "K", "Value": "b" }
    ],
    "MemberList": [
        { "Member_Account": "bob", "Role": "admin" },
        { "Member_Account": "bob" },
        { "Member_Account": 42 },
        { "Member_Account": "", "AppMemberDefinedData": [{ "Key": "x-y", "Value": "v" }] }
    ]
}"#;

#[path = "../../timlint/tests/common/max_utf8_bytes.rs"]
mod max_utf8_bytes;

/// The `jsonschema` crate's validator for timlint's exported REST schema, with the
/// `x-maxUtf8Bytes` keyword registered so byte limits are judged as timlint judges them.
pub fn jsonschema_validator() -> jsonschema::Validator {
    let opts = timlint::Options::default();
    let schema = timlint::schema::json_schema(timlint::Dialect::Rest, &opts);
    jsonschema::draft202012::options()
        .with_keyword(
            timlint::schema::UTF8_BYTES_KEYWORD,
            max_utf8_bytes::max_utf8_bytes,
        )
        .build(&schema)
        .expect("the exported schema compiles")
}

/// The benchmark set: (name, payload). `corpus` is many payloads, one per line (see
/// [`documents`]).
pub fn payloads() -> Vec<(&'static str, String)> {
    vec![
        ("all-in-one", ALL_IN_ONE.to_string()),
        ("members-500", members_500()),
        ("cjk-heavy", cjk_heavy()),
        ("many-problems", MANY_PROBLEMS.to_string()),
        ("corpus", corpus()),
    ]
}

/// A varied corpus, not tuned for: every REST fixture of `tests/corpus/rest/` (the rules'
/// triggers and near misses, the seed and valid examples) that is JSON, compacted to one line
/// each (serde_json's `Value` writes the keys sorted, and a repeated key once). About half
/// are invalid, so the corpus weighs the diagnostics' cost as well as the reading.
pub fn corpus() -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/rest");
    let mut files = Vec::new();
    for rule in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        for f in std::fs::read_dir(rule.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let name = f.file_name().to_string_lossy().into_owned();
            if name.ends_with(".json") && !name.ends_with(".options.json") {
                files.push(f.path());
            }
        }
    }
    files.sort();
    let lines: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read(f).ok())
        .filter_map(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .map(|v| v.to_string())
        .collect();
    // A bench over nothing would measure nothing and look fast: refuse it.
    assert!(lines.len() > 50, "no corpus at {}", root.display());
    lines.join("\n")
}

/// The documents of a payload: the lines of `corpus`, or the payload itself.
pub fn documents<'p>(name: &str, payload: &'p str) -> Vec<&'p str> {
    if name == "corpus" {
        payload.lines().collect()
    } else {
        vec![payload]
    }
}

/// Runs `check` over every document, counting the true verdicts (kept observable).
pub fn each(docs: &[&str], mut check: impl FnMut(&str) -> bool) -> bool {
    docs.iter().filter(|d| check(d)).count() > 0
}

/// The floor: serde_json's bare syntax pass over the bytes, nothing kept.
pub fn floor(bytes: &[u8]) -> bool {
    serde_json::from_slice::<serde::de::IgnoredAny>(bytes).is_ok()
}

/// serde_json into a `Value`: what any Value-based validator pays before it starts.
pub fn value(bytes: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(bytes).is_ok()
}

/// The jsonschema contender: parse into a `Value`, then, with `schema` (from
/// [`jsonschema_validator`], compiled once by the caller), every error, as timlint reports
/// every problem: its fastest way, `is_valid` (which stops at the first error) and only for
/// an invalid payload `iter_errors`, each error made and dropped.
pub fn jsonschema_check(schema: &jsonschema::Validator, bytes: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(bytes).is_ok_and(|v| {
        schema.is_valid(&v) || {
            std::hint::black_box(schema.iter_errors(&v).count());
            false
        }
    })
}

/// timlint's reader alone, without the rules, reusing `tape` as the validator does.
pub fn parse_only(src: &str, tape: &mut Vec<timlint::json::Node>) -> bool {
    match timlint::json::Document::parse_into(src, std::mem::take(tape), 64) {
        Ok(doc) => {
            *tape = doc.tape;
            true
        }
        Err(_) => false,
    }
}

/// One payload of the set by name; exits with the names when there is none by that name.
pub fn payload(name: &str) -> String {
    let all = payloads();
    let names: Vec<_> = all.iter().map(|(n, _)| *n).collect();
    match all.into_iter().find(|(n, _)| *n == name) {
        Some((_, p)) => p,
        None => {
            eprintln!("no payload {name:?}; the payloads are {}", names.join(", "));
            std::process::exit(2)
        }
    }
}

/// The NDJSON throughput file, one REST payload per line: six in ten valid (the ALL IN ONE
/// example, groups of up to 40 members, CJK texts, minimal groups), four in ten invalid (a
/// name over the Name limit, a misspelled `Type`, a truncated line, a wrong-cased role, the
/// many-problems payload). Deterministic: the same `seed` gives the same lines.
pub struct NdjsonGen {
    state: u64,
    n: u64,
    all_in_one: String,
    many_problems: String,
    /// A name over the default Name limit (read from `Limits`, so a changed limit keeps it over).
    long_name: String,
}

impl NdjsonGen {
    pub fn new(seed: u64) -> Self {
        let compact = |s: &str| {
            serde_json::to_string(&serde_json::from_str::<serde_json::Value>(s).unwrap()).unwrap()
        };
        NdjsonGen {
            state: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1,
            n: 0,
            all_in_one: compact(ALL_IN_ONE),
            many_problems: compact(MANY_PROBLEMS),
            long_name: {
                let piece = "腾讯云即时通信IM开发者交流群组";
                piece.repeat(timlint::Limits::default().name / piece.len() + 1)
            },
        }
    }

    /// xorshift64*: enough spread for picking shapes, no dependency.
    fn next(&mut self) -> u64 {
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        self.state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Appends the next line's payload (no newline) to `out`; returns whether it is valid.
    pub fn line(&mut self, out: &mut String) -> bool {
        use std::fmt::Write;
        let i = self.n;
        self.n += 1;
        let r = self.next();
        let members = |out: &mut String, k: u64, role: &str| {
            for j in 0..k {
                if j > 0 {
                    out.push(',');
                }
                match j % 7 {
                    0 => write!(out, r#"{{"Member_Account":"u{i}_{j}","Role":"{role}"}}"#),
                    3 => write!(
                        out,
                        r#"{{"Member_Account":"u{i}_{j}","AppMemberDefinedData":[{{"Key":"Level","Value":"{j}"}}]}}"#
                    ),
                    _ => write!(out, r#"{{"Member_Account":"u{i}_{j}"}}"#),
                }
                .unwrap();
            }
        };
        match r % 10 {
            0 | 1 => {
                let p = self
                    .all_in_one
                    .replace("MyFirstGroup", &format!("group_{i}"))
                    .replace("TestGroup", &format!("Test {}", i % 1000));
                out.push_str(&p);
                true
            }
            2 | 3 => {
                let k = (r >> 8) % 41;
                let t = ["Public", "Private", "ChatRoom"][((r >> 16) % 3) as usize];
                write!(
                    out,
                    r#"{{"Owner_Account":"owner_{i}","Type":"{t}","Name":"group {i}","MaxMemberCount":2000,"MemberList":["#
                )
                .unwrap();
                members(out, k, "Admin");
                out.push_str("]}");
                true
            }
            4 => {
                write!(
                    out,
                    r#"{{"Owner_Account":"leckie","Type":"ChatRoom","Name":"测试群{}","Introduction":"{}","Notification":"{}🎉","AppDefinedData":[{{"Key":"Topic","Value":"{}"}}]}}"#,
                    i % 1000,
                    "群简介：欢迎加入本群。".repeat(1 + (r >> 8) as usize % 4),
                    "群公告：本周五下午三点开会。".repeat(1 + (r >> 12) as usize % 4),
                    "自定义字段的值".repeat(1 + (r >> 16) as usize % 10),
                )
                .unwrap();
                true
            }
            5 => {
                write!(out, r#"{{"Type":"Private","Name":"n{i}"}}"#).unwrap();
                true
            }
            6 => {
                write!(
                    out,
                    r#"{{"Owner_Account":"leckie","Type":"Public","Name":"{}{i}"}}"#,
                    self.long_name
                )
                .unwrap();
                false
            }
            7 => {
                write!(
                    out,
                    r#"{{"Owner_Account":"owner_{i}","Type":"Publich","Name":"group {i}","MemberList":["#
                )
                .unwrap();
                members(out, (r >> 8) % 11, "Admin");
                out.push_str("]}");
                false
            }
            8 => {
                // A line cut short: not JSON.
                let cut = 20 + (r >> 8) as usize % (self.all_in_one.len() - 40);
                let cut = (cut..)
                    .find(|&c| self.all_in_one.is_char_boundary(c))
                    .unwrap();
                out.push_str(&self.all_in_one[..cut]);
                false
            }
            _ => {
                if (r >> 8) & 1 == 0 {
                    out.push_str(&self.many_problems);
                } else {
                    write!(
                        out,
                        r#"{{"Owner_Account":"owner_{i}","Type":"Public","Name":"group {i}","MemberList":["#
                    )
                    .unwrap();
                    members(out, 1 + (r >> 9) % 20, "admin");
                    out.push_str("]}");
                }
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonschema_agrees_on_the_benchmark_payloads() {
        let v = jsonschema_validator();
        for (name, p) in payloads().into_iter().filter(|(n, _)| *n != "corpus") {
            let value: serde_json::Value = serde_json::from_str(&p).unwrap();
            assert_eq!(v.is_valid(&value), name != "many-problems", "{name}");
        }
    }

    /// The corpus: every line one JSON document, of both verdicts, and jsonschema and timlint
    /// each find something to say on many of them (it weighs diagnostics, not only reading).
    #[test]
    fn the_corpus_is_varied_json_one_document_a_line() {
        let (p, v, opts) = (
            corpus(),
            jsonschema_validator(),
            timlint::Options::default(),
        );
        let docs = documents("corpus", &p);
        let (mut ok, mut bad) = (0, 0);
        for d in &docs {
            let value: serde_json::Value = serde_json::from_str(d).unwrap();
            let valid = timlint::validate(d, &opts).valid();
            (ok, bad) = if valid { (ok + 1, bad) } else { (ok, bad + 1) };
            // What the schema refuses, timlint refuses too (the schema's promise).
            assert!(v.is_valid(&value) || !valid, "{d}");
        }
        assert!(ok > 20 && bad > 50, "{ok} valid, {bad} invalid");
    }

    #[test]
    fn the_valid_payloads_are_valid_and_the_invalid_one_is_not() {
        let opts = timlint::Options::default();
        for (name, p) in payloads().into_iter().filter(|(n, _)| *n != "corpus") {
            let r = timlint::validate(&p, &opts);
            let errors: Vec<_> = r
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .map(|d| d.rule.id)
                .collect();
            if name == "many-problems" {
                assert!(errors.len() >= 10, "{errors:?}");
            } else {
                assert!(errors.is_empty(), "{name}: {errors:?}");
            }
        }
    }

    #[test]
    fn ndjson_lines_are_one_line_each_and_as_valid_as_announced() {
        let opts = timlint::Options::default();
        let mut g = NdjsonGen::new(1);
        let (mut valid, mut line) = (0, String::new());
        for _ in 0..3000 {
            line.clear();
            let expect = g.line(&mut line);
            assert!(!line.contains('\n'), "{line}");
            let r = timlint::validate(&line, &opts);
            assert_eq!(r.errors == 0, expect, "{line}: {:?}", r.diagnostics);
            valid += usize::from(expect);
        }
        assert!((1500..2100).contains(&valid), "{valid}");
    }
}
