//! The hooks other tools run timlint through (issue #19): `.pre-commit-hooks.yaml` under the
//! real `pre-commit` (from PyPI, installed once into a virtualenv under `~/.cache`), and the
//! composite GitHub Action `action.yml`, read as YAML and its `run` steps executed here as the
//! runner would (the `uses` step, the SARIF upload, is GitHub's; its input file is checked).
//! Without PyPI (and no virtualenv yet) both say SKIPPED and pass.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;

mod support;

/// The repository's root (where the hook files are).
fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// Runs `cmd` to its end (installing from PyPI, building: no deadline but the command's own).
fn output(cmd: &mut Command) -> Output {
    cmd.stdin(Stdio::null()).output().expect("run a command")
}

/// The virtualenv with pre-commit (and PyYAML, which pre-commit needs), made once; `None`
/// when it cannot be made (no python3, PyPI unreachable).
fn venv() -> Option<PathBuf> {
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    let _guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let home = std::env::var_os("HOME")?;
    let venv = Path::new(&home).join(".cache/timlint-tests/pre-commit-venv");
    let bin = venv.join("bin");
    if bin.join("pre-commit").is_file() {
        return Some(bin);
    }
    let made = output(Command::new("python3").arg("-m").arg("venv").arg(&venv));
    let installed = made.status.success()
        && output(
            Command::new(bin.join("pip"))
                .args([
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                    "pre-commit",
                ])
                .env("PIP_DEFAULT_TIMEOUT", "20"),
        )
        .status
        .success();
    if installed {
        Some(bin)
    } else {
        let _ = std::fs::remove_dir_all(&venv);
        eprintln!(
            "SKIPPED: cannot install pre-commit from PyPI into {}",
            venv.display()
        );
        None
    }
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

/// A scratch directory of this test process.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("timlint-hooks-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// PATH with the timlint under test first.
fn path_with_timlint() -> std::ffi::OsString {
    let bin = Path::new(env!("CARGO_BIN_EXE_timlint")).parent().unwrap();
    let mut dirs = vec![bin.to_path_buf()];
    dirs.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(dirs).unwrap()
}

#[test]
fn the_pre_commit_hooks_run_under_pre_commit() {
    let Some(bin) = venv() else { return };
    let dir = scratch("pre-commit");
    let files = [
        ("bad.json", "{\"Type\": \"Publich\", \"Name\": \"x\"}\n"),
        ("good.json", "{\"Type\": \"Public\", \"Name\": \"x\"}\n"),
        ("timlint.json", "{\"dialect\": \"rest\"}\n"),
        ("notes.txt", "not a payload\n"),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let git = |args: &[&str]| {
        let out = output(Command::new("git").args(args).current_dir(&dir));
        assert!(out.status.success(), "git {args:?}: {}", text(&out));
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    // `try-repo` runs a repository's hooks as they are in its working tree.
    let hook = |id: &str, files: &[&str]| {
        let mut cmd = Command::new(bin.join("pre-commit"));
        cmd.args(["try-repo", repo().to_str().unwrap(), id, "--files"])
            .args(files)
            .current_dir(&dir)
            .env("PATH", path_with_timlint())
            .env("PRE_COMMIT_HOME", dir.join(".pre-commit-home"))
            .env("PRE_COMMIT_COLOR", "never");
        output(&mut cmd)
    };
    let all = ["bad.json", "good.json", "timlint.json", "notes.txt"];
    let out = hook("timlint", &all);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("error[unknown-group-type]") && said.contains("--> bad.json:1:10"),
        "{said}"
    );
    // The options file and the text file are not the hook's: two inputs.
    assert!(said.contains("1 error, 0 warnings in 2 inputs"), "{said}");
    let out = hook("timlint", &["good.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));

    let out = hook("timlint-fix", &all);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("files were modified by this hook"), "{said}");
    assert_eq!(
        std::fs::read_to_string(dir.join("bad.json")).unwrap(),
        "{\"Type\": \"Public\", \"Name\": \"x\"}\n"
    );
    let out = hook("timlint", &all);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
}

/// `action.yml` as JSON, read by PyYAML.
fn action(bin: &Path) -> serde_json::Value {
    let out = output(Command::new(bin.join("python")).args([
        "-c",
        "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))",
        repo().join("action.yml").to_str().unwrap(),
    ]));
    assert!(
        out.status.success(),
        "action.yml is not YAML: {}",
        text(&out)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Fills a step's `${{ … }}` expressions as the runner would for these.
fn fill(s: &str, inputs: &[(&str, &str)], temp: &Path, outputs: &str) -> String {
    let mut s = s.replace("${{ runner.temp }}", temp.to_str().unwrap());
    for (name, value) in inputs {
        s = s.replace(&format!("${{{{ inputs.{name} }}}}"), value);
    }
    let code = outputs
        .lines()
        .find_map(|l| l.strip_prefix("exit-code="))
        .unwrap_or("");
    s.replace("${{ steps.check.outputs.exit-code }}", code)
}

/// Runs the action's steps in `dir` with `inputs`: the exit status of the first step that
/// fails (or of the last), and what the steps printed.
fn run_action(action: &serde_json::Value, dir: &Path, inputs: &[(&str, &str)]) -> (bool, String) {
    let temp = dir.join("runner-temp");
    std::fs::create_dir_all(&temp).unwrap();
    let outputs = temp.join("github-output");
    std::fs::write(&outputs, "").unwrap();
    let mut said = String::new();
    for step in action["runs"]["steps"].as_array().unwrap() {
        let written = std::fs::read_to_string(&outputs).unwrap();
        let fill = |s: &str| fill(s, inputs, &temp, &written);
        if let Some(uses) = step["uses"].as_str() {
            // GitHub's upload: it needs the SARIF log the check step wrote.
            assert!(
                uses.starts_with("github/codeql-action/upload-sarif@"),
                "{uses}"
            );
            let sarif = fill(step["with"]["sarif_file"].as_str().unwrap());
            let log: serde_json::Value =
                serde_json::from_slice(&std::fs::read(&sarif).unwrap()).expect("SARIF");
            assert_eq!(log["version"], "2.1.0");
            continue;
        }
        assert_eq!(step["shell"], "bash", "{step}");
        let mut cmd = Command::new("bash");
        cmd.args(["-e", "-c", &fill(step["run"].as_str().unwrap())])
            .current_dir(dir)
            .env("GITHUB_ACTION_PATH", repo())
            .env("RUNNER_TEMP", &temp)
            .env("GITHUB_OUTPUT", &outputs)
            // The install step builds the CLI: quickly, once, from the crates already fetched.
            .env("CARGO_TARGET_DIR", repo().join("target/action-test"))
            .env("CARGO_NET_OFFLINE", "true")
            .env("CARGO_PROFILE_RELEASE_LTO", "false")
            .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "0")
            .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "256");
        if let Some(env) = step["env"].as_object() {
            for (k, v) in env {
                cmd.env(k, fill(v.as_str().unwrap()));
            }
        }
        let out = output(&mut cmd);
        said += &text(&out);
        if !out.status.success() {
            return (false, said);
        }
    }
    (true, said)
}

#[test]
fn the_github_action_s_steps_run() {
    let Some(bin) = venv() else { return };
    let action = action(&bin);
    assert_eq!(action["runs"]["using"], "composite");
    let dir = scratch("action");
    std::fs::create_dir_all(dir.join("payloads")).unwrap();
    std::fs::write(
        dir.join("payloads/good.json"),
        r#"{"Type": "Public", "Name": "x"}"#,
    )
    .unwrap();
    let defaults = [("paths", "."), ("args", ""), ("upload", "true")];
    let (ok, said) = run_action(&action, &dir, &defaults);
    assert!(ok, "{said}");
    let sarif = std::fs::read_to_string(dir.join("runner-temp/timlint.sarif")).unwrap();
    assert!(sarif.contains("\"results\":[\n]"), "{sarif}");

    // An error: the log carries it, and the last step fails the job.
    std::fs::write(
        dir.join("payloads/bad.json"),
        r#"{"Type": "Publich", "Name": "x"}"#,
    )
    .unwrap();
    let (ok, said) = run_action(&action, &dir, &defaults);
    assert!(
        !ok && said.contains("::error::timlint found errors"),
        "{said}"
    );
    let sarif = std::fs::read_to_string(dir.join("runner-temp/timlint.sarif")).unwrap();
    assert!(sarif.contains("unknown-group-type") && sarif.contains("bad.json"));
    // Arguments pass through; a usage error fails the check step itself.
    let inputs = [
        ("paths", "payloads"),
        ("args", "--rule unknown-group-type=warning"),
        ("upload", "true"),
    ];
    let (ok, said) = run_action(&action, &dir, &inputs);
    assert!(ok, "{said}");
    let inputs = [
        ("paths", "."),
        ("args", "--rule nope=off"),
        ("upload", "true"),
    ];
    let (ok, said) = run_action(&action, &dir, &inputs);
    assert!(!ok && said.contains("unknown rule `nope`"), "{said}");
}
