//! Output that cannot be written, through real pipes and `/dev/full`: a reader that goes away
//! (`timlint … | head -1`) ends the run promptly and quietly (exit 141, nothing on stderr); a
//! full disk (`> /dev/full`) is exit 2 with one line on stderr. Never a panic, never a hang:
//! every run has a deadline, and its process is killed when a test fails.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

mod support;
use support::{Proc, drain, output, temp_file, timlint};

/// What a shell reports for a process ended by SIGPIPE; timlint exits with it.
const CLOSED_PIPE: i32 = 141;

/// 300 000 NDJSON lines, each with an error, so that every format writes for each.
fn many_lines() -> Vec<u8> {
    (0..300_000)
        .map(|i| format!("{{\"Type\": \"Publich\", \"Name\": \"g{i}\"}}\n"))
        .collect::<String>()
        .into_bytes()
}

/// `CMD | head -1`: reads one line of stdout, closes the pipe, and expects a prompt, quiet end.
/// `stdin` is fed from a thread when given (`cat FILE | CMD`). Returns the line read.
fn head_one(mut cmd: Command, stdin: Option<Vec<u8>>, what: &str) -> String {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    if stdin.is_some() {
        cmd.stdin(Stdio::piped());
    }
    let mut p = Proc::spawn(&mut cmd);
    let feeding = p.0.stdin.take().zip(stdin).map(|(mut pipe, bytes)| {
        std::thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        })
    });
    let stderr = drain(p.0.stderr.take());
    let mut first = String::new();
    if let Some(out) = p.0.stdout.take() {
        let _ = BufReader::new(out).read_line(&mut first);
    } // the read end is closed here
    let status = p.wait(what);
    let err = stderr.join().unwrap_or_default();
    assert_eq!(
        (status.code(), String::from_utf8_lossy(&err).as_ref()),
        (Some(CLOSED_PIPE), ""),
        "{what}"
    );
    if let Some(feeding) = feeding {
        feeding.join().unwrap();
    }
    first
}

/// `CMD` with its stdout a pipe whose reader is gone before it starts: every write fails
/// (closing the reader after the spawn raced a short output into the pipe's buffer).
fn closed_from_the_start(args: &[&str]) {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let mut p = Proc::spawn(timlint(args).stdout(writer).stderr(Stdio::piped()));
    let stderr = drain(p.0.stderr.take());
    let status = p.wait(&format!("{args:?}"));
    let err = stderr.join().unwrap_or_default();
    assert_eq!(
        (status.code(), String::from_utf8_lossy(&err).as_ref()),
        (Some(CLOSED_PIPE), ""),
        "{args:?}"
    );
}

/// `CMD > /dev/full`: exit 2, one line on stderr.
fn to_full_disk(mut cmd: Command, what: &str) {
    let full = std::fs::File::options()
        .write(true)
        .open("/dev/full")
        .expect("open /dev/full");
    let out = output(cmd.stdout(full).stderr(Stdio::piped()), what);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{what}: {err}");
    assert_eq!(err.lines().count(), 1, "{what}: {err}");
    assert!(err.contains("cannot write output"), "{what}: {err}");
}

fn payload(name: &str, text: &str) -> PathBuf {
    temp_file(name, text.as_bytes())
}

#[test]
fn an_ndjson_stream_ends_when_its_reader_goes_away() {
    let file = temp_file("pipes-many.ndjson", &many_lines());
    let file = file.to_str().unwrap();
    for format in ["json", "text", "sarif"] {
        let first = head_one(
            timlint(&["check", "--ndjson", "--format", format, file]),
            None,
            &format!("check --ndjson --format {format} FILE | head -1"),
        );
        assert!(!first.is_empty(), "{format}");
    }
    head_one(
        timlint(&["check", "--ndjson", "--format", "json"]),
        Some(many_lines()),
        "cat FILE | check --ndjson | head -1",
    );
    to_full_disk(
        timlint(&["check", "--ndjson", "--format", "json", file]),
        "check --ndjson FILE > /dev/full",
    );
    let mut cmd = timlint(&["check", "--ndjson", "--format", "json"]);
    let mut p = Proc::spawn(
        cmd.stdin(Stdio::piped())
            .stdout(
                std::fs::File::options()
                    .write(true)
                    .open("/dev/full")
                    .unwrap(),
            )
            .stderr(Stdio::piped()),
    );
    let mut stdin = p.0.stdin.take().unwrap();
    let feeding = std::thread::spawn(move || {
        let _ = stdin.write_all(&many_lines());
    });
    let stderr = drain(p.0.stderr.take());
    let status = p.wait("cat FILE | check --ndjson > /dev/full");
    assert_eq!(status.code(), Some(2));
    let err = stderr.join().unwrap_or_default();
    assert_eq!(String::from_utf8_lossy(&err).lines().count(), 1);
    feeding.join().unwrap();
}

#[test]
fn every_command_ends_quietly_on_a_closed_pipe_and_fails_on_a_full_disk() {
    let bad = payload("pipes-bad.json", r#"{"Type": "Publich", "Name": "x"}"#);
    let good = payload("pipes-good.json", r#"{"Type": "Public", "Name": "x"}"#);
    let (bad, good) = (bad.to_str().unwrap(), good.to_str().unwrap());
    let commands: [&[&str]; 10] = [
        &["rules"],
        &["schema"],
        &["explain", "invalid-json"],
        &["convert", "--from", "rest", good],
        &["check", bad],
        &["check", "--format", "json", good],
        &["--help"],
        &["--version"],
        &["check", "--help"],
        &["help"],
    ];
    for args in commands {
        closed_from_the_start(args);
        to_full_disk(timlint(args), &format!("{args:?} > /dev/full"));
    }
}

#[test]
fn a_directory_stops_at_the_first_write_failure() {
    let dir = std::env::temp_dir().join(format!("timlint-pipes-dir-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..3000 {
        std::fs::write(
            dir.join(format!("{i:04}.json")),
            r#"{"Type": "Publich", "Name": "x"}"#,
        )
        .unwrap();
    }
    let path = dir.to_str().unwrap();
    head_one(timlint(&["check", path]), None, "check DIR | head -1");
    to_full_disk(timlint(&["check", path]), "check DIR > /dev/full");
    let _ = std::fs::remove_dir_all(&dir);
}
