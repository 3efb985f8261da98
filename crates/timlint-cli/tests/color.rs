//! Colour in the text output (issue #19): `--color always|never|auto`, `NO_COLOR`, and a
//! terminal (through util-linux's `script`, which runs the binary on a pseudo-terminal).

use std::process::{Command, Output, Stdio};

mod support;

const BROKEN: &str =
    "{\n  \"Type\": \"Publich\",\n  \"Name\": \"x\",\n  \"FaceUrl\": \"ftp://x\"\n}\n";

fn text(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// The text without its SGR escapes.
fn plain(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find("\x1b[") {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('m').expect("an SGR sequence ends in m");
        rest = &rest[at + end + 1..];
    }
    out + rest
}

#[test]
fn color_always_paints_severity_rule_caret_and_gutter_and_nothing_else() {
    let path = support::temp_file("color.json", BROKEN.as_bytes());
    let file = path.to_str().unwrap();
    let colored = text(&support::run(&["check", "--color", "always", file], b""));
    let never = text(&support::run(&["check", "--color", "never", file], b""));
    assert!(!never.contains('\x1b'), "{never}");
    assert_eq!(plain(&colored), never);
    for painted in [
        "\x1b[1;31merror\x1b[0m\x1b[1m[unknown-group-type]\x1b[0m: unknown group type",
        "\x1b[1;33mwarning\x1b[0m\x1b[1m[face-url-scheme]\x1b[0m",
        "  \x1b[1;34m-->\x1b[0m ",
        "\x1b[1;34m2 |\x1b[0m   \"Type\": \"Publich\",",
        "\x1b[1;34m  |\x1b[0m           \x1b[1;31m^^^^^^^^^\x1b[0m\n",
        "\x1b[1;34m  |\x1b[0m              \x1b[1;33m^^^^^^^^^\x1b[0m\n",
        "  \x1b[1;34m=\x1b[0m \x1b[1mhelp:\x1b[0m did you mean `Public`?",
    ] {
        assert!(colored.contains(painted), "{painted:?} in {colored:?}");
    }
    // Only the text format has colour.
    let json = text(&support::run(
        &["check", "--color", "always", "--format", "json", file],
        b"",
    ));
    assert!(!json.contains('\x1b'));
    // Piped, auto is plain.
    assert_eq!(text(&support::run(&["check", file], b"")), never);
}

/// `timlint ARGS` on a pseudo-terminal, with `NO_COLOR` set to `no_color` (unset: `None`);
/// `None` when util-linux's `script` is missing.
fn on_terminal(args: &str, no_color: Option<&str>) -> Option<String> {
    let bin = env!("CARGO_BIN_EXE_timlint");
    let mut cmd = Command::new("script");
    cmd.args(["-qec", &format!("{bin} {args}"), "/dev/null"])
        .env_remove("NO_COLOR")
        .env("TERM", "xterm")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(v) = no_color {
        cmd.env("NO_COLOR", v);
    }
    let found = Command::new("script")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    found.then(|| text(&support::output(&mut cmd, "script timlint")))
}

#[test]
fn on_a_terminal_auto_is_colour_unless_no_color() {
    let path = support::temp_file("color-tty.json", BROKEN.as_bytes());
    let file = path.to_str().unwrap();
    let Some(auto) = on_terminal(&format!("check {file}"), None) else {
        eprintln!("SKIPPED: util-linux's `script` is not installed, no pseudo-terminal to test on");
        return;
    };
    assert!(auto.contains("\x1b[1;31merror\x1b[0m"), "{auto:?}");
    let off = on_terminal(&format!("check {file}"), Some("1")).unwrap();
    assert!(
        off.contains("error[unknown-group-type]") && !off.contains('\x1b'),
        "{off:?}"
    );
    // An empty NO_COLOR is unset (no-color.org); --color always is over NO_COLOR.
    let empty = on_terminal(&format!("check {file}"), Some("")).unwrap();
    assert!(empty.contains("\x1b[1;31merror"), "{empty:?}");
    let always = on_terminal(&format!("check --color always {file}"), Some("1")).unwrap();
    assert!(always.contains("\x1b[1;31merror"), "{always:?}");
    let never = on_terminal(&format!("check --color never {file}"), None).unwrap();
    assert!(!never.contains('\x1b'), "{never:?}");
}
