//! `--fix` never loses data, and what `check` reads and prints from outside stays bounded and
//! inert (issue #26): a fix is written to a temporary file beside the original and renamed
//! over it, so a write that fails (a full disk, `ulimit -f`) leaves the original as it was
//! and is reported, not counted; what is not a regular file, a file with other hard links and
//! a symbolic link met while walking a directory are not written; options files found up
//! from the inputs are read within the options cap, and one that cannot be read or whose
//! globs are bad is that input's or directory's error (exit 2), the rest still checked.

#![cfg(unix)]

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

mod support;

/// A fresh, empty directory for one test.
fn fresh_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("timlint-fix26-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `timlint ARGS` run in `dir` with no stdin.
fn run_in(dir: &Path, args: &[&str]) -> Output {
    run_cmd(support::timlint(args), dir, &format!("timlint {args:?}"))
}

/// `cmd` (which runs timlint) run in `dir` with no stdin, within the deadline.
fn run_cmd(mut cmd: std::process::Command, dir: &Path, what: &str) -> Output {
    cmd.current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    support::output(&mut cmd, what)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A payload with one safe fix (`Publich` → `Public`) and no other problem, padded with a
/// long introduction to `len` bytes or so.
fn fixable(len: usize) -> String {
    let pad = "x".repeat(len.saturating_sub(60));
    format!("{{\"Type\": \"Publich\", \"Name\": \"x\", \"Introduction\": \"{pad}\"}}\n")
}

/// The files of `dir` whose names start with `.` (where a temporary file would be left).
fn hidden_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect()
}

/// Asserts that `file` holds `original`, and that no temporary file was left beside it.
fn assert_whole(file: &Path, original: &str) {
    let now = std::fs::read_to_string(file).unwrap();
    let (n, of) = (now.len(), original.len());
    assert!(now == original, "changed: {n} of {of} bytes");
    let left = hidden_files(file.parent().unwrap());
    assert!(left.is_empty(), "{left:?}");
}

/// Item 2: under `ulimit -f` (SIGXFSZ ignored, as Python-started children have it) the write
/// fails with EFBIG: the original is left byte for byte, no temporary file stays, exit 2, and
/// (item 12) nothing is counted as fixed while the input is still reported.
#[test]
fn a_write_that_fails_leaves_the_original_and_is_not_counted() {
    let dir = fresh_dir("ulimit");
    let original = fixable(8297);
    let file = dir.join("big.json");
    std::fs::write(&file, &original).unwrap();
    let script = format!(
        "trap '' XFSZ; ulimit -f 8; exec '{}' check --fix big.json",
        env!("CARGO_BIN_EXE_timlint")
    );
    let mut cmd = std::process::Command::new("sh");
    cmd.args(["-c", &script]);
    let out = run_cmd(cmd, &dir, "ulimit -f");
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_whole(&file, &original);
    assert!(err.contains("cannot write big.json"), "{err}");
    assert!(err.contains("0 fixes applied, inputs changed: 0"), "{err}");
    // The input is reported (on the text as it is) and counted.
    let report = text(&out.stdout);
    assert!(report.contains("unknown-group-type"), "{report}");
    assert!(report.contains("in 1 input"), "{report}");
}

/// Item 2: a fix keeps the file's mode (and its owner: the test runs as whoever it runs as,
/// so the owner is checked to be the same).
#[test]
fn a_fixed_file_keeps_its_mode_and_owner() {
    let dir = fresh_dir("mode");
    let file = dir.join("a.json");
    std::fs::write(&file, fixable(0)).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
    let before = std::fs::metadata(&file).unwrap();
    let out = run_in(&dir, &["check", "--fix", "a.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let after = std::fs::metadata(&file).unwrap();
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("\"Public\"")
    );
    assert_eq!(after.mode() & 0o7777, 0o640);
    assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));
    assert!(hidden_files(&dir).is_empty());
}

/// Item 2: a file with another hard link is not replaced (the other name would keep the old
/// text): it is left as it is, with a message, exit 2.
#[test]
fn a_file_with_hard_links_is_not_fixed() {
    let dir = fresh_dir("hardlink");
    let file = dir.join("a.json");
    std::fs::write(&file, fixable(0)).unwrap();
    std::fs::hard_link(&file, dir.join("b.json.bak")).unwrap();
    let out = run_in(&dir, &["check", "--fix", "a.json"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("hard link"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), fixable(0));
}

/// Item 6: walking a directory, `--fix` does not write through a symbolic link (it could
/// point out of the tree); a link named on the command line is followed, and stays a link.
#[test]
fn fix_does_not_write_through_a_link_found_in_a_directory() {
    let dir = fresh_dir("symlink");
    let outside = dir.join("outside.json");
    std::fs::write(&outside, fixable(0)).unwrap();
    std::fs::create_dir(dir.join("tree")).unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("tree/link.json")).unwrap();
    std::fs::write(dir.join("tree/own.json"), fixable(0)).unwrap();
    let out = run_in(&dir, &["check", "--fix", "tree"]);
    let err = text(&out.stderr);
    assert_eq!(
        std::fs::read_to_string(&outside).unwrap(),
        fixable(0),
        "{err}"
    );
    assert!(err.contains("symbolic link"), "{err}");
    assert!(err.contains("1 fixes applied, inputs changed: 1"), "{err}");
    assert!(
        std::fs::read_to_string(dir.join("tree/own.json"))
            .unwrap()
            .contains("\"Public\"")
    );
    // Named on the command line: followed, and the link is still a link.
    let out = run_in(&dir, &["check", "--fix", "tree/link.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        std::fs::read_to_string(&outside)
            .unwrap()
            .contains("\"Public\"")
    );
    assert!(
        std::fs::symlink_metadata(dir.join("tree/link.json"))
            .unwrap()
            .is_symlink()
    );
}

/// Item 17: `--fix` on a FIFO does not hang opening it for writing: what is not a regular
/// file is not fixed (exit 2), and its text is still checked.
#[test]
fn fix_refuses_what_is_not_a_regular_file() {
    let dir = fresh_dir("fifo");
    let fifo = dir.join("p.json");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let mut cmd = support::timlint(&["check", "--fix", "p.json"]);
    cmd.current_dir(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut p = support::Proc::spawn(&mut cmd);
    let (stdout, stderr) = (
        support::drain(p.0.stdout.take()),
        support::drain(p.0.stderr.take()),
    );
    // The writer's end: opening it waits for timlint to open the reading end.
    std::fs::write(&fifo, fixable(0)).unwrap();
    let status = p.wait("--fix on a FIFO");
    let err = text(&stderr.join().unwrap());
    assert_eq!(status.code(), Some(2), "{err}");
    assert!(err.contains("not a regular file"), "{err}");
    assert!(text(&stdout.join().unwrap()).contains("unknown-group-type"));
}

/// Item 3: stdin over `--max-input-bytes` cannot be fixed: exit 2 with a message, never an
/// empty stdout with exit 1 (`timlint check --fix < a > b` would take that for the text).
#[test]
fn fix_on_stdin_over_the_cap_is_exit_2() {
    let out = support::run(
        &["check", "--fix", "--max-input-bytes", "100"],
        fixable(300).as_bytes(),
    );
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("not fixed"), "{err}");
    assert_eq!(out.stdout, b"");
}

/// Beside item 3: `--diff` on an input over `--max-input-bytes` cannot say what would change:
/// exit 2 with a message, not exit 0 ("nothing to change") with nothing printed.
#[test]
fn diff_on_an_input_over_the_cap_is_exit_2() {
    let dir = fresh_dir("diff-too-large");
    std::fs::write(dir.join("a.json"), fixable(300)).unwrap();
    for args in [
        &["check", "--diff", "--max-input-bytes", "100", "a.json"][..],
        &["check", "--diff", "--max-input-bytes", "100", "-"],
    ] {
        let mut cmd = support::timlint(args);
        cmd.stdin(std::fs::File::open(dir.join("a.json")).unwrap());
        let out = support::output(
            cmd.current_dir(&dir)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped()),
            "--diff over the cap",
        );
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("no diff"), "{err}");
    }
}

/// Item 7: `--diff` shows a payload's control and bidi characters as `�`, as the text
/// output's source lines do.
#[test]
fn diff_does_not_print_control_or_bidi_characters() {
    let dir = fresh_dir("diff");
    let src =
        "// \u{1b}[2J\u{1b}]0;title\u{7}\n{\"Type\": \"Publich\", \"Name\": \"a\u{202e}b\"}\n";
    std::fs::write(dir.join("a.jsonc"), src).unwrap();
    let out = run_in(&dir, &["check", "--diff", "a.jsonc"]);
    let diff = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    for bad in ['\u{1b}', '\u{7}', '\u{202e}'] {
        assert!(!diff.contains(bad), "{bad:?} in {diff}");
    }
    assert!(
        diff.contains("+{\"Type\": \"Public\", \"Name\": \"a\u{fffd}b\"}\n"),
        "{diff}"
    );
}

/// Item 8: a directory's `timlint.json` is read within the options cap (1 MiB): a 600 MB one
/// (sparse, so it costs no disk) is refused at once, as with `--config`.
#[test]
fn a_huge_options_file_found_in_a_directory_is_refused_at_once() {
    let dir = fresh_dir("huge-config");
    std::fs::create_dir(dir.join("p")).unwrap();
    std::fs::write(dir.join("p/a.json"), fixable(0)).unwrap();
    let config = std::fs::File::create(dir.join("p/timlint.json")).unwrap();
    config.set_len(600 << 20).unwrap();
    let start = std::time::Instant::now();
    let out = run_in(&dir, &["check", "p"]);
    let took = start.elapsed();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("larger than an options file may be"), "{err}");
    // Reading 600 MB took seconds; refusing takes milliseconds (a debug build, a busy machine).
    assert!(took < std::time::Duration::from_secs(2), "{took:?}");
}

/// Item 9: a bad glob in a directory's `timlint.json` is that directory's error: the other
/// inputs are still checked, the output is whole (SARIF stays JSON), exit 2.
#[test]
fn a_bad_glob_in_a_directory_options_file_is_that_directory_error() {
    let dir = fresh_dir("bad-glob");
    for (sub, config) in [
        ("a", r#"{"exclude": ["[z-a]"]}"#),
        ("b", r#"{"include": "x"}"#),
    ] {
        std::fs::create_dir(dir.join(sub)).unwrap();
        std::fs::write(dir.join(sub).join("timlint.json"), config).unwrap();
        std::fs::write(dir.join(sub).join("p.json"), fixable(0)).unwrap();
    }
    std::fs::write(dir.join("good.json"), fixable(0)).unwrap();
    for format in ["text", "json", "sarif", "github"] {
        let out = run_in(&dir, &["check", "--format", format, "a", "good.json", "b"]);
        let (report, err) = (text(&out.stdout), text(&out.stderr));
        assert_eq!(out.status.code(), Some(2), "{format}: {err}");
        assert!(
            err.contains("a/timlint.json") && err.contains("b/timlint.json"),
            "{err}"
        );
        assert!(report.contains("good.json"), "{format}: {report}");
        if matches!(format, "json" | "sarif") {
            let json: Result<serde_json::Value, _> = serde_json::from_str(&report);
            assert!(json.is_ok(), "{format}: {report}");
        }
    }
}

/// Item 13: an options file found up from an input that cannot be read (here a directory by
/// that name, and a link that loops: root reads past permissions) is said, exit 2, not
/// skipped for no options.
#[test]
fn an_options_file_that_cannot_be_read_is_an_error() {
    let dir = fresh_dir("unreadable-config");
    std::fs::create_dir_all(dir.join("d/timlint.json")).unwrap();
    std::fs::write(dir.join("d/a.json"), fixable(0)).unwrap();
    std::fs::create_dir(dir.join("l")).unwrap();
    std::os::unix::fs::symlink("timlint.json", dir.join("l/timlint.json")).unwrap();
    std::fs::write(dir.join("l/a.json"), fixable(0)).unwrap();
    for input in ["d/a.json", "l/a.json", "d", "l"] {
        let out = run_in(&dir, &["check", input]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{input}: {err}");
        assert!(err.contains("timlint.json"), "{input}: {err}");
    }
}

/// `timlint ARGS` run in `dir` as `nobody` through `setpriv`; `None` (with a note) where the
/// test cannot switch users (not root, or no setpriv).
fn as_nobody(dir: &Path, args: &[&str]) -> Option<Output> {
    let nobody = ["--reuid=65534", "--regid=65534", "--clear-groups"];
    let can = std::process::Command::new("setpriv")
        .args(nobody)
        .arg("true")
        .output();
    if !can.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: setpriv cannot run a command as nobody here");
        return None;
    }
    let mut cmd = std::process::Command::new("setpriv");
    cmd.args(nobody)
        .arg(env!("CARGO_BIN_EXE_timlint"))
        .args(args);
    Some(run_cmd(cmd, dir, "setpriv"))
}

/// Item 2, "refusing where it can't": `nobody` may write another user's file (mode 0666, in
/// a directory open to all) but cannot give the new file its owner, so it is not fixed.
#[test]
fn a_file_whose_owner_cannot_be_kept_is_not_fixed() {
    let dir = fresh_dir("owner");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let file = dir.join("a.json");
    std::fs::write(&file, fixable(0)).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o666)).unwrap();
    let Some(out) = as_nobody(&dir, &["check", "--fix", "a.json"]) else {
        return;
    };
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    let meta = std::fs::metadata(&file).unwrap();
    let said = format!(
        "cannot write a.json: the fixed file cannot be given its owner ({}:{})",
        meta.uid(),
        meta.gid()
    );
    assert!(err.contains(&said), "{err}");
    assert_whole(&file, &fixable(0));
}

/// Item 13, as a user the permissions stop: `setpriv` runs the check as `nobody` on a tree
/// whose options file is behind a link into a directory `nobody` cannot search. Skipped
/// (with a note) where the test cannot switch users.
#[test]
fn an_options_file_behind_a_closed_directory_is_an_error() {
    let dir = fresh_dir("eacces-config");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::create_dir_all(dir.join("closed")).unwrap();
    std::fs::write(dir.join("closed/timlint.json"), r#"{"dialect": "sdk"}"#).unwrap();
    std::fs::set_permissions(dir.join("closed"), std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::create_dir(dir.join("open")).unwrap();
    std::os::unix::fs::symlink("../closed/timlint.json", dir.join("open/timlint.json")).unwrap();
    std::fs::write(dir.join("open/a.json"), fixable(0)).unwrap();
    let Some(out) = as_nobody(&dir, &["check", "open/a.json"]) else {
        return;
    };
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("open/timlint.json") && err.contains("ermission denied"),
        "{err}"
    );
}

/// Items 18 and 20: a non-blocking stdin with nothing to read yet is exit 2 at once with a
/// message, not a spin.
#[test]
fn a_non_blocking_stdin_is_exit_2() {
    let (ours, theirs) = std::os::unix::net::UnixStream::pair().unwrap();
    theirs.set_nonblocking(true).unwrap();
    let mut cmd = support::timlint(&["check"]);
    cmd.stdin(std::os::fd::OwnedFd::from(theirs))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = std::time::Instant::now();
    let out = support::output(&mut cmd, "non-blocking stdin");
    drop(ours);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("cannot read stdin"), "{err}");
    assert!(start.elapsed() < std::time::Duration::from_secs(10));
}

/// Unmounts (lazily) what a test mounted, when the test ends, passed or not.
struct Mounted(PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.0)
            .status();
    }
}

/// Item 2 on a real full disk: a 64 KiB tmpfs (mounted when the test may: as root, where
/// mounting is allowed; else skipped with a note) filled up, so that the fixed text (3 bytes
/// longer: `Work` → `Private`) has no room. The original stays whole, exit 2.
#[test]
fn a_full_disk_leaves_the_original_whole() {
    let dir = fresh_dir("full-disk");
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&dir)
        .stderr(Stdio::null())
        .status();
    if !mounted.is_ok_and(|s| s.success()) {
        eprintln!("skipped: cannot mount a tmpfs here (needs root)");
        return;
    }
    let _unmount = Mounted(dir.clone());
    // One byte short of five pages: the fixed text needs a sixth (written in place, as
    // before, it was cut at the fifth).
    let frame = |pad: &str| {
        format!("{{\"Type\": \"Work\", \"Name\": \"x\", \"Introduction\": \"{pad}\"}}\n")
    };
    let original = frame(&"x".repeat(5 * 4096 - 1 - frame("").len()));
    let file = dir.join("a.json");
    std::fs::write(&file, &original).unwrap();
    // Fill what is left.
    let filler = std::fs::File::create(dir.join("filler")).unwrap();
    let _ = std::io::Write::write_all(&mut &filler, &vec![b'0'; 1 << 20]);
    let out = run_in(&dir, &["check", "--fix", "a.json"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("cannot write a.json") && err.contains("space"),
        "{err}"
    );
    assert_whole(&file, &original);
    assert!(err.contains("0 fixes applied, inputs changed: 0"), "{err}");
}
