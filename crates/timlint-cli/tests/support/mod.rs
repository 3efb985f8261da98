//! Running the `timlint` binary with a deadline: a test that starts a process never hangs,
//! and the process is killed when the test fails.

#![allow(dead_code)] // each test file uses its own part of it

use std::io::{Read, Write};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long a run may take before it counts as a hang: generous, since these are debug builds
/// on a machine that may be busy (the slowest run, 100 000 members, takes about 0.1 s); how
/// fast the CLI is, the benchmarks measure.
pub const DEADLINE: Duration = Duration::from_secs(60);

pub fn timlint(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_timlint"));
    cmd.args(args).stdin(Stdio::null());
    cmd
}

/// A running child, killed and reaped when dropped (a failed assertion included).
pub struct Proc(pub Child);

impl Proc {
    pub fn spawn(cmd: &mut Command) -> Proc {
        Proc(cmd.spawn().expect("run timlint"))
    }

    /// Waits for the exit, at most [`DEADLINE`]; past it, kills the child and fails.
    pub fn wait(&mut self, what: &str) -> ExitStatus {
        let start = Instant::now();
        loop {
            match self.0.try_wait() {
                Ok(Some(status)) => return status,
                Ok(None) if start.elapsed() < DEADLINE => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                _ => {
                    let _ = self.0.kill();
                    panic!("{what}: still running after {DEADLINE:?}, killed");
                }
            }
        }
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Reads a pipe to its end on a thread of its own (a child blocked on a full stderr pipe
/// would look like a hang).
pub fn drain(pipe: Option<impl Read + Send + 'static>) -> JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        bytes
    })
}

/// Runs to the end within the deadline; stdout and stderr are collected unless the command
/// sends them elsewhere.
pub fn output(cmd: &mut Command, what: &str) -> Output {
    let mut p = Proc::spawn(cmd);
    let stdout = drain(p.0.stdout.take());
    let stderr = drain(p.0.stderr.take());
    let status = p.wait(what);
    Output {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    }
}

/// Runs `timlint ARGS` with `stdin` fed from a thread (the child may answer, or fail, before
/// it has read everything: a broken pipe is expected then), within the deadline.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut p = Proc::spawn(
        timlint(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped()),
    );
    let mut input = p.0.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let (stdout, stderr) = (drain(p.0.stdout.take()), drain(p.0.stderr.take()));
    let status = p.wait(&format!("timlint {args:?}"));
    writer.join().unwrap();
    Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

/// A file of `bytes` in this test process's own temporary directory.
pub fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("timlint-cli-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}
