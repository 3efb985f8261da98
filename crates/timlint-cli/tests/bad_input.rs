//! Hostile and malformed input through the `timlint` binary: each case gives its verdict and
//! exit code, none crashes (a panic exits 101, a signal has no code). Assertions are on rule IDs
//! and exit codes, not on message wording. Also `--max-input-bytes`, `--max-diagnostics` and
//! `maxDepth` (via `--config`) at their edge and one past it, and the memory a 50 MB NDJSON
//! line costs.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

mod support;

fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_timlint"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run timlint")
}

/// Runs with `stdin`, within the deadline of `support`.
fn timlint(args: &[&str], stdin: &[u8]) -> Output {
    support::run(args, stdin)
}

/// `check --format json` on stdin: the exit code and each report's rule IDs.
fn check(extra: &[&str], stdin: &[u8]) -> (Option<i32>, Vec<Vec<String>>, Value) {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(extra);
    let out = timlint(&args, stdin);
    assert_ne!(
        out.status.code(),
        Some(101),
        "panicked: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.code().is_some(),
        "killed by a signal: {:?}",
        out.status
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    let rules = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["rule"].as_str().unwrap().to_string())
                .collect()
        })
        .collect();
    (out.status.code(), rules, v)
}

/// The single report's rule IDs, and the exit code.
fn one(extra: &[&str], stdin: &[u8]) -> (Option<i32>, Vec<String>) {
    let (code, mut rules, _) = check(extra, stdin);
    assert_eq!(rules.len(), 1);
    (code, rules.remove(0))
}

fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("timlint-bad-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn empty_and_whitespace_only_input() {
    for input in [&b""[..], b" ", b"\n\n\t  \r\n"] {
        assert_eq!(
            one(&[], input),
            (Some(1), vec!["invalid-json".to_string()]),
            "{input:?}"
        );
    }
    // In NDJSON, blank lines are skipped: no input, exit 0.
    let (code, rules, _) = check(&["--ndjson"], b"\n  \n\t\n");
    assert_eq!((code, rules.len()), (Some(0), 0));
}

#[test]
fn a_bom_is_a_warning() {
    let (code, rules) = one(&[], b"\xEF\xBB\xBF{\"Type\": \"Public\", \"Name\": \"x\"}");
    assert_eq!(
        (code, rules),
        (Some(0), vec!["byte-order-mark".to_string()])
    );
    assert_eq!(
        one(&[], b"\xEF\xBB\xBF"),
        (Some(1), vec!["invalid-json".to_string()])
    );
}

#[test]
fn text_that_is_not_utf8_is_invalid_json_as_in_the_library() {
    // One verdict in every front door: the core's `invalid-json` at the first bad byte, in
    // either language, in every format; exit 1 (the payload is invalid), not an I/O error.
    let bad = b"{\"Type\": \"Public\", \"Name\": \"\xff\xfe\"}";
    let out = timlint(&["check", "--format", "json"], bad);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let d = &v[0]["diagnostics"][0];
    assert_eq!(
        (d["rule"].as_str(), d["messageId"].as_str()),
        (Some("invalid-json"), Some("invalid-json.not-utf8"))
    );
    assert_eq!(
        (
            d["params"]["offset"].as_u64(),
            d["line"].as_u64(),
            d["column"].as_u64()
        ),
        (Some(28), Some(1), Some(29))
    );
    let lib = timlint::validate_bytes(bad, &Default::default());
    assert_eq!(lib.diagnostics[0].message.id, "invalid-json.not-utf8");
    let zh = timlint(&["check", "--lang", "zh-CN"], bad);
    assert_eq!(zh.status.code(), Some(1));
    let text = String::from_utf8_lossy(&zh.stdout);
    assert!(
        text.contains("输入不是 UTF-8 编码") && text.contains("UTF-8 编码保存"),
        "{text}"
    );
    let path = temp("latin1.json", b"{\"Name\": \"caf\xe9\"}");
    let out = timlint(&["check", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("latin1.json:1:14") && text.contains("not UTF-8"),
        "{text}"
    );
    // In NDJSON, the bad line gets its verdict and the others theirs.
    let input = b"{\"Type\": \"Public\", \"Name\": \"a\"}\n\xff\n{\"Type\": \"Publich\", \"Name\": \"b\"}\n";
    let out = timlint(&["check", "--ndjson", "--format", "json"], input);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(files, ["-:1", "-:2", "-:3"]);
    assert_eq!(v[1]["diagnostics"][0]["messageId"], "invalid-json.not-utf8");
    // `convert` says it is not converted, with the same verdict.
    let out = timlint(&["convert"], bad);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
    // `--fix` on stdin loses nothing: the bytes go to stdout as they came.
    let out = timlint(&["check", "--fix"], bad);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(out.stdout, bad);
}

#[test]
fn lone_surrogates_and_nul() {
    let invalid = vec!["invalid-json".to_string()];
    for name in [r"\ud800", r"\udc00", r"\ud800\u0041", r"x\uDBFF"] {
        let src = format!(r#"{{"Type": "Public", "Name": "{name}"}}"#);
        assert_eq!(
            one(&[], src.as_bytes()),
            (Some(1), invalid.clone()),
            "{name}"
        );
    }
    // NUL escaped in custom-data values and in the name: allowed.
    let src = r#"{"Type": "Public", "Name": "a\u0000", "AppDefinedData": [{"Key": "k", "Value": "\u0000\u0000"}]}"#;
    assert_eq!(one(&[], src.as_bytes()), (Some(0), vec![]));
    // A raw NUL byte inside a string is a control character: not JSON.
    assert_eq!(
        one(&[], b"{\"Type\": \"Public\", \"Name\": \"a\0\"}"),
        (Some(1), invalid)
    );
    // The text printer copes with a NUL in the source line.
    let out = timlint(
        &["check"],
        b"{\"Type\": \"Public\", \"Name\": \"\\u0000\", \"x\": 1}",
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("unknown-field"));
}

#[test]
fn deep_nesting_in_every_format() {
    let src = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        one(&[], src.as_bytes()),
        (Some(1), vec!["too-deep".to_string()])
    );
    for format in ["text", "sarif"] {
        let out = timlint(&["check", "--format", format], src.as_bytes());
        assert_eq!(out.status.code(), Some(1), "{format}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("too-deep"));
    }
    let out = timlint(
        &["check", "--ndjson", "--format", "json"],
        format!("{src}\n{src}\n").as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let inner = format!(
        r#"{{"Type": "Public", "Name": "x", "MemberList": {}{}}}"#,
        "[".repeat(30),
        "]".repeat(30)
    );
    let (code, rules) = one(&[], inner.as_bytes());
    assert_eq!((code, rules), (Some(1), vec!["wrong-type".to_string()]));
}

#[test]
fn max_depth_edge_through_config() {
    let nested = |n: usize| format!(r#"{{"a": {}{}}}"#, "[".repeat(n - 1), "]".repeat(n - 1));
    let config = temp("depth.json", br#"{"maxDepth": 5}"#);
    let c = config.to_str().unwrap();
    let (_, rules) = one(&["--config", c], nested(5).as_bytes());
    assert!(!rules.contains(&"too-deep".to_string()), "{rules:?}");
    let (code, rules) = one(&["--config", c], nested(6).as_bytes());
    assert_eq!((code, rules), (Some(1), vec!["too-deep".to_string()]));
}

#[test]
fn duplicate_keys_and_odd_numbers() {
    let (code, rules) = one(&[], br#"{"Type": "Public", "Name": "x", "Name": ""}"#);
    assert_eq!(code, Some(1));
    assert!(
        rules.contains(&"duplicate-key".to_string()) && rules.contains(&"empty-name".to_string()),
        "{rules:?}"
    );
    for n in [
        "9223372036854775808",
        "-9223372036854775809",
        "1e400",
        "1e3",
        "500.0",
    ] {
        let src = format!(r#"{{"Type": "Public", "Name": "x", "MaxMemberCount": {n}}}"#);
        assert_eq!(
            one(&[], src.as_bytes()),
            (Some(1), vec!["max-member-count-range".to_string()]),
            "{n}"
        );
    }
}

fn members(n: usize) -> String {
    let list: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"Member_Account":"u{i}"}}"#))
        .collect();
    format!(
        r#"{{"Type": "Public", "Name": "x", "MemberList": [{}]}}"#,
        list.join(",")
    )
}

#[test]
fn a_member_list_of_100_000() {
    let src = members(100_000);
    let t = Instant::now();
    assert_eq!(
        one(&[], src.as_bytes()),
        (Some(1), vec!["input-too-large".to_string()])
    );
    let refused = t.elapsed();
    let t = Instant::now();
    let (code, rules) = one(&["--max-input-bytes", "67108864"], src.as_bytes());
    let read = t.elapsed();
    eprintln!(
        "100 000 members, {} bytes: refused in {refused:?}, read in {read:?}",
        src.len()
    );
    assert_eq!(code, Some(1));
    assert_eq!(rules, ["too-many-members", "exceeds-max-member-count"]);
    // Slowness is the benchmarks' to measure; a hang fails at `support::DEADLINE`.
}

#[test]
fn max_input_bytes_edge() {
    let src = br#"{"Type": "Public", "Name": "x"}"#;
    let n = src.len().to_string();
    let n1 = (src.len() - 1).to_string();
    assert_eq!(one(&["--max-input-bytes", &n], src), (Some(0), vec![]));
    assert_eq!(
        one(&["--max-input-bytes", &n1], src),
        (Some(1), vec!["input-too-large".to_string()])
    );
    // NDJSON: the limit is per line, the newline (and a CR before it) not counted.
    let lines = format!(
        "{}\r\n{}\n",
        std::str::from_utf8(src).unwrap(),
        std::str::from_utf8(src).unwrap()
    );
    let (code, rules, _) = check(&["--ndjson", "--max-input-bytes", &n], lines.as_bytes());
    assert_eq!((code, rules), (Some(0), vec![vec![], vec![]]));
    let (code, rules, _) = check(&["--ndjson", "--max-input-bytes", &n1], lines.as_bytes());
    let too = vec!["input-too-large".to_string()];
    assert_eq!((code, rules), (Some(1), vec![too.clone(), too]));
    // The default, 1 MiB.
    let pad = |len: usize| {
        let mut v = src.to_vec();
        v.resize(len, b' ');
        v
    };
    assert_eq!(one(&[], &pad(1 << 20)), (Some(0), vec![]));
    assert_eq!(
        one(&[], &pad((1 << 20) + 1)),
        (Some(1), vec!["input-too-large".to_string()])
    );
}

#[test]
fn max_diagnostics_edge() {
    let fields: Vec<String> = (0..5).map(|i| format!(r#""zz{i}": {i}"#)).collect();
    let src = format!(
        r#"{{"Type": "Public", "Name": "x", {}}}"#,
        fields.join(", ")
    );
    let (code, rules, v) = check(&["--max-diagnostics", "5"], src.as_bytes());
    assert_eq!((code, rules[0].len()), (Some(0), 5));
    assert!(v[0].get("omitted").is_none_or(|o| o == 0));
    let (code, rules, v) = check(&["--max-diagnostics", "4"], src.as_bytes());
    assert_eq!((code, rules[0].len()), (Some(0), 4));
    assert_eq!(v[0]["omitted"], 1);
    let (_, rules, v) = check(&["--max-diagnostics", "0"], src.as_bytes());
    assert_eq!((rules[0].len(), &v[0]["omitted"]), (0, &Value::from(5)));
    // The text printer says how many were left out.
    let out = timlint(&["check", "--max-diagnostics", "4"], src.as_bytes());
    assert!(String::from_utf8_lossy(&out.stdout).contains("maxDiagnostics"));
}

#[test]
fn an_error_left_out_by_max_diagnostics_still_fails_the_check() {
    // Two warnings come first by position, the error third; keep two.
    let src = br#"{"zz0": 0, "zz1": 1, "Type": "Publich", "Name": "x"}"#;
    assert_eq!(one(&[], src).0, Some(1));
    let (code, rules, v) = check(&["--max-diagnostics", "2"], src);
    assert_eq!(rules[0], ["unknown-field", "unknown-field"]);
    assert_eq!(v[0]["omitted"], 1);
    assert_eq!(
        v[0]["valid"], false,
        "an omitted error made the payload valid"
    );
    assert_eq!(code, Some(1), "an omitted error made the exit code 0");
}

// ---------------------------------------------------------------------------------------------
// A 50 MB NDJSON line: a verdict, and memory that does not grow with the line.

/// Peak resident memory (VmHWM, KiB) of a running process, from /proc.
fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Every thread of the process is asleep (blocked on input).
fn all_asleep(pid: u32) -> bool {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return false;
    };
    tasks.flatten().all(|t| {
        std::fs::read_to_string(t.path().join("stat"))
            .ok()
            .and_then(|s| s.rsplit_once(") ").map(|(_, rest)| rest.starts_with('S')))
            .unwrap_or(false)
    })
}

/// Feeds `prefix` then `big` bytes of `fill` then `suffix` on stdin, keeps stdin open until the
/// process has gone idle, and returns (peak KiB once idle, output).
fn feed_and_measure(
    args: &[&str],
    prefix: &[u8],
    big: usize,
    fill: u8,
    suffix: &[u8],
) -> (Option<u64>, Output) {
    // Killed when dropped, so a failure below leaves no process behind.
    let mut p = support::Proc(spawn(args));
    let mut input = p.0.stdin.take().unwrap();
    let (stdout, stderr) = (
        support::drain(p.0.stdout.take()),
        support::drain(p.0.stderr.take()),
    );
    let pid = p.0.id();
    let (prefix, suffix) = (prefix.to_vec(), suffix.to_vec());
    let (tx, rx) = std::sync::mpsc::channel();
    let (close, closed) = std::sync::mpsc::channel::<()>();
    let writer = std::thread::spawn(move || {
        let chunk = vec![fill; 1 << 20];
        let mut ok = input.write_all(&prefix).is_ok();
        let mut left = big;
        while ok && left > 0 {
            let n = left.min(chunk.len());
            ok = input.write_all(&chunk[..n]).is_ok();
            left -= n;
        }
        let _ = input.write_all(&suffix);
        let _ = input.flush();
        let _ = tx.send(());
        // Hold stdin open until told to close it.
        let _ = closed.recv();
        drop(input);
    });
    let _ = rx.recv_timeout(Duration::from_secs(60));
    // Wait until every thread is blocked (the line has been read and checked).
    let mut peak = None;
    let mut idle = 0;
    let t = Instant::now();
    while t.elapsed() < Duration::from_secs(30) && idle < 10 {
        std::thread::sleep(Duration::from_millis(20));
        idle = if all_asleep(pid) { idle + 1 } else { 0 };
        peak = peak_kib(pid).or(peak);
    }
    drop(close);
    let status = p.wait(&format!("timlint {args:?} fed {big} bytes"));
    writer.join().unwrap();
    let out = Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    };
    (peak, out)
}

// The memory tests run one at a time, so that one's threads do not skew another's idle check.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

const FIFTY_MB: usize = 50 << 20;

#[test]
fn a_50_mb_ndjson_line_is_too_large_in_bounded_memory() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    // Baseline: the same stream with a small line in place of the big one.
    let (base, out) = feed_and_measure(
        &["check", "--ndjson", "--format", "json"],
        b"{\"Type\": \"Public\", \"Name\": \"",
        10,
        b'x',
        b"\"}\n{\"Type\": \"Public\", \"Name\": \"after\"}\n",
    );
    assert_eq!(out.status.code(), Some(0));
    let (peak, out) = feed_and_measure(
        &["check", "--ndjson", "--format", "json"],
        b"{\"Type\": \"Public\", \"Name\": \"",
        FIFTY_MB,
        b'x',
        b"\"}\n{\"Type\": \"Public\", \"Name\": \"after\"}\n",
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let reports = v.as_array().unwrap();
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[0]["diagnostics"][0]["rule"], "input-too-large");
    assert_eq!(reports[0]["file"], "-:1");
    assert_eq!(reports[1]["valid"], true);
    eprintln!("50 MB NDJSON line: peak RSS {peak:?} KiB (baseline {base:?} KiB)");
    if let (Some(peak), Some(base)) = (peak, base) {
        // Far less than the line: the bytes past maxInputBytes are not kept.
        assert!(
            peak < base + 16 * 1024,
            "peak {peak} KiB vs baseline {base} KiB for a 50 MiB line"
        );
    }
}

#[test]
fn a_50_mb_ndjson_line_of_whitespace_or_garbage() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    // Not JSON, and not UTF-8, but too large first: refused unread either way.
    for fill in [b' ', b'[', 0xff] {
        let (peak, out) = feed_and_measure(
            &["check", "--ndjson", "--format", "json"],
            b"",
            FIFTY_MB,
            fill,
            b"\n",
        );
        let code = out.status.code();
        assert!(
            code == Some(1) || code == Some(2),
            "fill {fill:#x}: {code:?}"
        );
        assert_ne!(code, Some(101));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            v[0]["diagnostics"][0]["rule"], "input-too-large",
            "fill {fill:#x}"
        );
        eprintln!("50 MB line of {fill:#x}: peak RSS {peak:?} KiB");
    }
}

#[test]
fn a_50_mb_whole_file_is_refused() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    // Whole-file mode reads the input before checking its size; report the cost.
    let (peak, out) = feed_and_measure(
        &["check", "--format", "json"],
        b"{\"Name\": \"",
        FIFTY_MB,
        b'x',
        b"\"}",
    );
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["diagnostics"][0]["rule"], "input-too-large");
    eprintln!("50 MB whole input on stdin: peak RSS {peak:?} KiB");
}

#[test]
fn text_output_writes_no_control_character_from_the_payload() {
    // Raw ESC outside a string (invalid JSON), ESC and a bidi override decoded from a key's
    // escapes (unknown-field's message and pointer), in both languages and in NDJSON.
    let payloads: [&[u8]; 3] = [
        b"{\"a\": \x1b[2J}",
        br#"{"Type": "Public", "Name": "x", "k\u001b[31m\u202e": 1}"#,
        "{\"Type\": \"Public\", \"Name\": \"\u{202e}x\"}\n".as_bytes(),
    ];
    for payload in payloads {
        for args in [
            &["check"][..],
            &["check", "--lang", "zh-CN"],
            &["check", "--ndjson"],
        ] {
            let out = timlint(args, payload);
            assert!(matches!(out.status.code(), Some(0 | 1)), "{out:?}");
            let text = String::from_utf8(out.stdout).unwrap();
            assert!(!text.is_empty());
            let bad = text
                .chars()
                .find(|&c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c));
            assert_eq!(bad, None, "{args:?}: {text}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Inputs without end, and names from outside (issue #17).

/// `check --format json ARGS` with stdin from `stdin_file`, within the deadline.
fn check_path(args: &[&str], stdin_file: &str) -> (Option<i32>, Value, String) {
    let mut cmd = support::timlint(&[&["check", "--format", "json"], args].concat());
    cmd.stdin(std::fs::File::open(stdin_file).unwrap())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let out = support::output(&mut cmd, &format!("check {args:?} < {stdin_file}"));
    let v = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code(), v, err)
}

#[test]
fn endless_and_huge_inputs_are_refused_after_the_cap() {
    let too_large = Value::from("input-too-large");
    // Read no further than the cap + 1 bytes: devices without end, and stdin.
    for (args, stdin) in [
        (&["/dev/zero"][..], "/dev/null"),
        (&["/dev/urandom"], "/dev/null"),
        (&[], "/dev/zero"),
        (&["-"], "/dev/urandom"),
    ] {
        let (code, v, err) = check_path(args, stdin);
        assert_eq!(code, Some(1), "{args:?} < {stdin}: {err}");
        assert_eq!(v[0]["diagnostics"][0]["rule"], too_large, "{args:?}");
        assert!(
            v[0]["diagnostics"][0]["message"]
                .as_str()
                .unwrap()
                .contains("more than 1048576")
        );
    }
    // A 64 GiB (sparse) file is refused from its size, unread.
    let huge = temp("huge.json", b"");
    std::fs::File::options()
        .write(true)
        .open(&huge)
        .unwrap()
        .set_len(64 << 30)
        .unwrap();
    let (code, v, _) = check_path(&[huge.to_str().unwrap()], "/dev/null");
    assert_eq!(code, Some(1));
    assert!(
        v[0]["diagnostics"][0]["message"]
            .as_str()
            .unwrap()
            .contains("68719476736")
    );
    let _ = std::fs::remove_file(&huge);
    // Options files are capped too (1 MiB), and so is `convert`.
    let (code, _, err) = check_path(&["--config", "/dev/zero", "-"], "/dev/null");
    assert_eq!((code, err.lines().count()), (Some(2), 1), "{err}");
    let mut cmd = support::timlint(&["convert", "/dev/zero"]);
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    assert_eq!(
        support::output(&mut cmd, "convert /dev/zero").status.code(),
        Some(1)
    );
    // NDJSON: a line with no end is reported, then the stream is given up (exit 2).
    let (code, v, err) = check_path(&["--ndjson", "/dev/zero"], "/dev/null");
    assert_eq!(code, Some(2), "{err}");
    assert_eq!(v[0]["diagnostics"][0]["rule"], too_large);
    assert!(
        err.contains("/dev/zero:1") || err.contains("line 1"),
        "{err}"
    );
}

#[test]
fn the_largest_max_input_bytes_is_lowered_not_overflowed() {
    let src = b"{\"Type\": \"Public\", \"Name\": \"x\"}\n";
    let max = u64::MAX.to_string();
    for extra in [
        &["--ndjson", "--max-input-bytes", &max][..],
        &["--max-input-bytes", &max],
    ] {
        let (code, rules, _) = check(extra, src);
        assert_eq!((code, rules), (Some(0), vec![vec![]]), "{extra:?}");
    }
    let config = temp(
        "max.json",
        format!("{{\"maxInputBytes\": {max}}}").as_bytes(),
    );
    let (code, rules, _) = check(&["--ndjson", "--config", config.to_str().unwrap()], src);
    assert_eq!((code, rules), (Some(0), vec![vec![]]));
    let help = timlint(&["check", "--help"], b"");
    assert!(String::from_utf8_lossy(&help.stdout).contains("4294967294"));
}

#[test]
fn every_ndjson_line_but_a_blank_one_gets_a_verdict() {
    // Blank: only spaces, tabs and CRs. A form feed or vertical tab is not JSON white space.
    let (code, rules, v) = check(&["--ndjson"], b"\x0c\n \t\r\n\x0b\n\r\n\n");
    assert_eq!(code, Some(1));
    assert_eq!(rules, [["invalid-json"], ["invalid-json"]]);
    assert_eq!(
        (&v[0]["file"], &v[1]["file"]),
        (&Value::from("-:1"), &Value::from("-:3"))
    );
    // As whole input, the same form feed.
    assert_eq!(
        one(&[], b"\x0c"),
        (Some(1), vec!["invalid-json".to_string()])
    );
}

/// The first control or bidirectional formatting character of a text, but the newline.
fn raw_escape(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        (c.is_control() && c != '\n')
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    })
}

#[test]
fn names_from_outside_never_reach_the_terminal_raw() {
    let name = "e\x1b[2J\u{202e}vil\t.json";
    let path = temp(name, br#"{"Type": "Publich", "Name": "x"}"#);
    let path = path.to_str().unwrap();
    for args in [
        &["check", path][..],
        &["check", "--dialect", "auto", path],
        &["convert", path],
    ] {
        let out = timlint(args, b"");
        assert!(matches!(out.status.code(), Some(1)), "{out:?}");
        for stream in [&out.stdout, &out.stderr] {
            let text = String::from_utf8_lossy(stream);
            assert_eq!(raw_escape(&text), None, "{args:?}: {text}");
        }
    }
    // A file that cannot be read, and an options file with hostile keys and values.
    let missing = format!("{path}\x1b]0;title\x07");
    let config = temp(
        "hostile-options.json",
        br#"{"\u001b[31m": "\u202e", "lang": "\u001b[0m"}"#,
    );
    for args in [
        &["check", &missing][..],
        &["check", "--config", config.to_str().unwrap(), "-"],
    ] {
        let out = timlint(args, b"");
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("\\u001b"), "{err}");
        assert_eq!(raw_escape(&err), None, "{args:?}: {err}");
    }
    // SARIF: the artifact URI is percent-encoded.
    let out = timlint(&["check", "--format", "sarif", path], b"");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let uri =
        v["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
    assert!(uri.ends_with("e%1B%5B2J%E2%80%AEvil%09.json"), "{uri}");
}

// ---------------------------------------------------------------------------------------------
// SARIF in bounded memory: written as it goes, at most 25 000 results, the rest counted.

#[test]
fn sarif_streams_in_bounded_memory_and_notes_what_its_cap_left_out() {
    // 60 000 payloads with three problems each: 180 000 results, about 2.3 GB when the whole
    // log was built in memory before it was written (13 KB a result). Under a 1 GiB address
    // space limit that run died; written as it goes, it needs a few MiB.
    let line = br#"{"Type": "Publich", "Name": "", "x": 1}"#;
    let mut input = Vec::with_capacity(61 * line.len() * 1000);
    for _ in 0..60_000 {
        input.extend_from_slice(line);
        input.push(b'\n');
    }
    let file = temp("sarif-many.ndjson", &input);
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(r#"ulimit -v 1048576 && exec "$0" "$@""#)
        .arg(env!("CARGO_BIN_EXE_timlint"))
        .args(["check", "--ndjson", "--format", "sarif"])
        .arg(&file);
    let out = support::output(
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped()),
        "check --ndjson --format sarif, 180k results, 1 GiB of address space",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let log: Value = serde_json::from_slice(&out.stdout).expect("one SARIF log");
    let run = &log["runs"][0];
    assert_eq!(run["results"].as_array().map(Vec::len), Some(25_000));
    let note = run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
        .as_str()
        .unwrap_or_default();
    assert!(note.starts_with("155000 more results left out"), "{note}");
}
