//! `timlint`: check Tencent Cloud IM create-group payloads from files, stdin or NDJSON streams.
//!
//! Exit codes: 0 no input has an error; 1 at least one has; 2 usage or I/O error (a full
//! disk included); 141 the reader of stdout went away (`| head -1`), with nothing on stderr.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

mod check;
mod config;
#[cfg(test)]
mod flags;
mod streams;
use streams::{Fatal, Input, read_input};
use timlint::{Dialect, Lang, Options, Plan, Preset, RuleLevel, Validator, rules};

#[derive(Parser)]
#[command(
    name = "timlint",
    version,
    about = "Check Tencent Cloud IM create-group payloads offline"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check payloads (files, or stdin when none or `-` is given)
    Check(CheckArgs),
    /// List every rule: ID, severity, Tencent code, summary
    Rules {
        /// `markdown`: the README's rule table
        #[arg(long, value_enum, default_value = "text")]
        format: RulesFormat,
    },
    /// Print a rule's documentation
    Explain { rule: String },
    /// Convert an SDK or Web SDK payload into the REST body
    Convert {
        #[arg(long, value_enum, default_value = "auto")]
        from: DialectArg,
        #[arg(long, value_enum, default_value = "rest")]
        to: ToArg,
        /// The payload (stdin when absent or `-`)
        file: Option<PathBuf>,
        /// The report of a payload with errors without the source line and caret
        #[arg(long)]
        no_snippets: bool,
        #[command(flatten)]
        opts: OptionArgs,
    },
    /// Print the JSON Schema (draft 2020-12) of a payload in one dialect, with the options' limits
    Schema {
        #[command(flatten)]
        opts: OptionArgs,
    },
    /// Print a shell's completion script (`timlint completions bash > /etc/bash_completion.d/timlint`)
    Completions { shell: clap_complete::Shell },
    /// Print a manual page in roff: timlint(1), or a command's (`timlint man check > timlint-check.1`)
    Man {
        /// The command (`check`, `rules`, …); none: timlint(1)
        command: Option<String>,
    },
}

#[derive(Args)]
#[command(group(clap::ArgGroup::new("fixing").args(["fix", "diff"]).multiple(true)))]
struct CheckArgs {
    /// Payload files, or directories to search for them; none or `-` reads stdin
    files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// One payload per line; each is reported as `file:line`
    #[arg(long)]
    ndjson: bool,
    /// Text output without the source line and caret (they show the values next to the one
    /// reported, a password's say)
    #[arg(long)]
    no_snippets: bool,
    /// Exit 1 when the inputs have more than N warnings in all (errors fail a run regardless)
    #[arg(long, value_name = "N")]
    max_warnings: Option<usize>,
    /// Apply the safe fixes to the files in place (stdin: the fixed text on stdout, the report
    /// on stderr); the report is of what remains
    #[arg(long, conflicts_with = "ndjson")]
    fix: bool,
    /// Print a unified diff of what --fix would change and change nothing; exit 1 when there
    /// is a change
    #[arg(long, conflicts_with = "ndjson")]
    diff: bool,
    /// With --fix or --diff: the unsafe fixes too (a text cut to its limit, a field removed)
    #[arg(long, requires = "fixing")]
    unsafe_fixes: bool,
    /// Use no options file: neither --config nor a timlint.json found up from the inputs
    #[arg(long, conflicts_with = "config")]
    no_config: bool,
    /// Say on stderr which options file each input was checked with
    #[arg(long)]
    verbose: bool,
    /// Leave out of directories the files and directories this glob matches, relative to the
    /// current directory; a glob without `/` matches a name at any depth (repeatable)
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    /// Colour in the text output: `auto` on a terminal unless NO_COLOR is set (or TERM=dumb)
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorChoice,
    #[command(flatten)]
    opts: OptionArgs,
}

#[derive(Args)]
struct OptionArgs {
    /// Options file (JSON, the npm package's options shape); flags override it. Without it,
    /// `check` uses the nearest timlint.json up from each input's directory
    #[arg(long)]
    config: Option<PathBuf>,
    #[arg(long, value_enum)]
    dialect: Option<DialectArg>,
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// Limit preset: `default` (REST page) or `extended` (newer native SDK pages)
    #[arg(long, value_enum)]
    preset: Option<PresetArg>,
    /// The app's plan (caps MaxMemberCount, decides Community)
    #[arg(long, value_enum)]
    plan: Option<PlanArg>,
    /// Group custom-data keys enabled in the console (comma-separated)
    #[arg(long, value_delimiter = ',')]
    group_keys: Option<Vec<String>>,
    /// Member custom-data keys enabled in the console (comma-separated)
    #[arg(long, value_delimiter = ',')]
    member_keys: Option<Vec<String>>,
    /// Most MemberList entries in one request (default 500)
    #[arg(long, value_name = "N")]
    max_members: Option<usize>,
    /// Most memberList entries in the sdk dialect (default 20, the native SDK's backend limit)
    #[arg(long, value_name = "N")]
    max_sdk_members: Option<usize>,
    /// Name limit in bytes
    #[arg(long, value_name = "BYTES")]
    max_name_bytes: Option<usize>,
    /// Introduction limit in bytes
    #[arg(long, value_name = "BYTES")]
    max_introduction_bytes: Option<usize>,
    /// Notification limit in bytes
    #[arg(long, value_name = "BYTES")]
    max_notification_bytes: Option<usize>,
    /// FaceUrl limit in bytes
    #[arg(long, value_name = "BYTES")]
    max_face_url_bytes: Option<usize>,
    /// Refuse inputs larger than this (default 1 MiB; at most 4294967294, larger is lowered to it)
    #[arg(long, value_name = "BYTES")]
    max_input_bytes: Option<usize>,
    /// Report at most this many diagnostics per payload (default 200)
    #[arg(long, value_name = "N")]
    max_diagnostics: Option<usize>,
    /// A rule at another level, or off: `unknown-field=off`, `face-url-scheme=error`
    /// (repeatable; over the options file's `rules`)
    #[arg(long = "rule", value_name = "ID=off|info|warning|error")]
    rules: Vec<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
    Sarif,
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`), one per diagnostic
    Github,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum RulesFormat {
    Text,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum DialectArg {
    Rest,
    Sdk,
    Web,
    Auto,
}

#[derive(Clone, Copy, ValueEnum)]
enum ToArg {
    Rest,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    En,
    #[value(name = "zh-CN", alias = "zh")]
    ZhCn,
}

#[derive(Clone, Copy, ValueEnum)]
enum PresetArg {
    Default,
    Extended,
}

/// Either console's names: trtc.io's, and cloud.tencent.com's (体验版, 专业版, 旗舰版 =
/// ultimate, 企业版).
#[derive(Clone, Copy, ValueEnum)]
enum PlanArg {
    #[value(alias = "体验版", alias = "体验")]
    Trial,
    Standard,
    #[value(alias = "专业版", alias = "专业")]
    Pro,
    ProPlus,
    #[value(alias = "旗舰版", alias = "旗舰")]
    Ultimate,
    #[value(alias = "企业版", alias = "企业")]
    Enterprise,
}

/// The largest `maxInputBytes` the CLI uses: the core's spans are `u32` offsets, so a larger
/// cap (from `--max-input-bytes` or `--config`) is lowered to this.
const MAX_INPUT_BYTES: usize = match usize::BITS {
    0..32 => usize::MAX,
    _ => (u32::MAX - 1) as usize,
};

impl OptionArgs {
    /// The options of `--config` (or the defaults) with the flags applied.
    fn resolve(&self) -> Result<Options, Fatal> {
        self.resolve_from(self.config.as_deref())
    }

    /// The options of the file `config` (or the defaults) with the flags applied.
    fn resolve_from(&self, config: Option<&Path>) -> Result<Options, Fatal> {
        let mut o = match config {
            Some(path) => {
                let text = streams::read_config(path)?;
                let (text, ..) = config::split(&text)
                    .map_err(|e| Fatal::Msg(format!("bad options in {}: {e}", path.display())))?;
                Options::from_json(&text)
                    .map_err(|e| Fatal::Msg(format!("bad options in {}: {e}", path.display())))?
            }
            None => Options::default(),
        };
        if let Some(d) = self.dialect {
            o.dialect = match d {
                DialectArg::Rest => Dialect::Rest,
                DialectArg::Sdk => Dialect::Sdk,
                DialectArg::Web => Dialect::Web,
                DialectArg::Auto => Dialect::Auto,
            };
        }
        if let Some(l) = self.lang {
            o.lang = match l {
                LangArg::En => Lang::En,
                LangArg::ZhCn => Lang::ZhCn,
            };
        }
        if let Some(p) = self.preset {
            o.preset = match p {
                PresetArg::Default => Preset::Default,
                PresetArg::Extended => Preset::Extended,
            };
        }
        if let Some(p) = self.plan {
            o.plan = Some(match p {
                PlanArg::Trial => Plan::Trial,
                PlanArg::Standard => Plan::Standard,
                PlanArg::Pro => Plan::Pro,
                PlanArg::ProPlus => Plan::ProPlus,
                PlanArg::Ultimate => Plan::Ultimate,
                PlanArg::Enterprise => Plan::Enterprise,
            });
        }
        if self.group_keys.is_some() {
            o.group_keys.clone_from(&self.group_keys);
        }
        if self.member_keys.is_some() {
            o.member_keys.clone_from(&self.member_keys);
        }
        let l = &mut o.limits;
        for (slot, flag) in [
            (&mut l.members, self.max_members),
            (&mut l.sdk_members, self.max_sdk_members),
            (&mut l.name, self.max_name_bytes),
            (&mut l.introduction, self.max_introduction_bytes),
            (&mut l.notification, self.max_notification_bytes),
            (&mut l.face_url, self.max_face_url_bytes),
        ] {
            if flag.is_some() {
                *slot = flag;
            }
        }
        if let Some(n) = self.max_input_bytes {
            o.max_input_bytes = n;
        }
        o.max_input_bytes = o.max_input_bytes.min(MAX_INPUT_BYTES);
        if let Some(n) = self.max_diagnostics {
            o.max_diagnostics = n;
        }
        for rule in &self.rules {
            let level = rule.split_once('=').and_then(|(id, level)| {
                RuleLevel::parse(level).map(|level| (id.to_string(), level))
            });
            let Some((id, level)) = level else {
                let rule = streams::terminal_safe(rule);
                return Err(Fatal::Msg(format!(
                    "--rule {rule}: expected ID=LEVEL, LEVEL one of off, info, warning, error"
                )));
            };
            o.set_level(&id, level);
        }
        rules::check_levels(&o).map_err(|e| {
            let from = config.map_or(String::new(), |c| format!(" (--rule or {})", c.display()));
            Fatal::Msg(format!("{}{from}", streams::terminal_safe(e.message())))
        })?;
        Ok(o)
    }
}

fn main() -> ExitCode {
    // Built for WASI (the npm package's `timlint`, run by Node's node:wasi), the process starts
    // in `/`: pkg/bin/timlint.js passes the user's directory as PWD.
    if cfg!(target_os = "wasi")
        && let Some(dir) = std::env::var_os("PWD")
    {
        let _ = std::env::set_current_dir(dir);
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return streams::clap_exit(&e),
    };
    streams::exit_code(match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Rules { format } => {
            streams::print(|out| list_rules(out, format)).map(|()| ExitCode::SUCCESS)
        }
        Command::Explain { rule } => explain(&rule),
        Command::Completions { shell } => {
            // Made in memory (clap_complete panics when its writer fails), then written with
            // every failure seen.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "timlint", &mut script);
            streams::print(|out| out.write_all(&script)).map(|()| ExitCode::SUCCESS)
        }
        Command::Man { command } => man(command.as_deref()),
        Command::Convert {
            from,
            to: ToArg::Rest,
            file,
            no_snippets,
            opts,
        } => convert(from, file, no_snippets, &opts),
        Command::Schema { opts } => opts.resolve().and_then(|o| {
            let schema = timlint::schema::json_schema(o.dialect, &o);
            streams::print(|out| {
                serde_json::to_writer_pretty(&mut *out, &schema)?;
                writeln!(out)
            })
            .map(|()| ExitCode::SUCCESS)
        }),
    })
}

/// Every rule: a line each, or (`markdown`) the README's rule table, which a test keeps equal
/// to it.
fn list_rules(out: &mut dyn Write, format: RulesFormat) -> std::io::Result<()> {
    if let RulesFormat::Markdown = format {
        writeln!(out, "| rule | severity | code | what it reports |")?;
        writeln!(out, "|---|---|---|---|")?;
    }
    for r in rules::ALL {
        let code = r
            .tencent_code
            .map_or("-".to_string(), |c| c.code.to_string());
        let severity = r.severity.as_str();
        match format {
            RulesFormat::Text => {
                let summary = rules::doc_text(r.summary);
                writeln!(out, "{:<32} {severity:<8} {code:<6} {summary}", r.id)?
            }
            RulesFormat::Markdown => {
                let summary = rules::doc_text(r.summary).replace('|', "\\|");
                writeln!(out, "| `{}` | {severity} | {code} | {summary} |", r.id)?
            }
        }
    }
    Ok(())
}

/// timlint(1), or timlint-COMMAND(1), generated from the clap definition.
fn man(command: Option<&str>) -> Result<ExitCode, Fatal> {
    let cli = Cli::command();
    let page = match command {
        None => cli,
        Some(name) => {
            let Some(sub) = cli.find_subcommand(name) else {
                let names: Vec<_> = cli.get_subcommands().map(|c| c.get_name()).collect();
                return Err(Fatal::Msg(format!(
                    "no command `{}`; one of {}",
                    streams::terminal_safe(name),
                    names.join(", ")
                )));
            };
            let full = format!("timlint-{name}");
            sub.clone()
                .display_name(full)
                .version(env!("CARGO_PKG_VERSION"))
                .bin_name(format!("timlint {name}"))
        }
    };
    // Made in memory, then written with every failure seen (as completions are).
    let mut roff = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut roff)
        .map_err(|e| Fatal::Msg(format!("cannot make the manual page: {e}")))?;
    streams::print(|out| out.write_all(&roff)).map(|()| ExitCode::SUCCESS)
}

fn explain(rule: &str) -> Result<ExitCode, Fatal> {
    let Some(r) = rules::find(rule) else {
        let near = timlint::suggest::did_you_mean(rule, rules::ALL.iter().map(|r| r.id));
        let hint = near
            .map(|n| format!(" (did you mean `{n}`?)"))
            .unwrap_or_default();
        return Err(Fatal::Msg(format!(
            "no rule `{rule}`{hint}; `timlint rules` lists them"
        )));
    };
    let code = r
        .tencent_code
        .map_or("none".to_string(), |c| c.code.to_string());
    streams::print(|out| {
        let dialects: Vec<&str> = r.dialects.iter().map(|d| d.as_str()).collect();
        writeln!(
            out,
            "# {}\n\nSeverity: {}. Tencent error code: {code}. Applies to: {}.\n",
            r.id,
            r.severity.as_str(),
            dialects.join(", ")
        )?;
        writeln!(out, "{}", rules::doc_text(r.doc).trim_end())
    })
    .map(|()| ExitCode::SUCCESS)
}

fn convert(
    from: DialectArg,
    file: Option<PathBuf>,
    no_snippets: bool,
    opts: &OptionArgs,
) -> Result<ExitCode, Fatal> {
    let mut o = opts.resolve()?;
    o.dialect = match from {
        DialectArg::Rest => Dialect::Rest,
        DialectArg::Sdk => Dialect::Sdk,
        DialectArg::Web => Dialect::Web,
        DialectArg::Auto => Dialect::Auto,
    };
    let path = file.unwrap_or_else(|| PathBuf::from("-"));
    let lang = o.lang;
    let name = streams::terminal_safe(&path.display().to_string()).into_owned();
    let (src, report) = match read_input(&path, o.max_input_bytes)? {
        Input::TooLarge(size) => (None, check::too_large(&Validator::new(o), size)),
        Input::NotUtf8(bytes) => (None, Validator::new(o).validate_bytes(&bytes)),
        Input::Text(src) => {
            let c = timlint::to_rest(&src, &o);
            if let Some(body) = c.body {
                streams::print(|out| writeln!(out, "{}", body.to_json()))?;
                streams::warn(&format!(
                    "converted from {} to rest",
                    c.report.dialect.as_str()
                ));
                for t in &c.dropped {
                    streams::warn(&format!("not carried over: {}", t.text(lang)));
                }
                return Ok(ExitCode::SUCCESS);
            }
            (Some(src).filter(|_| !no_snippets), c.report)
        }
    };
    let text = timlint::render::text::render(&name, src.as_deref(), &report, lang);
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
    streams::warn("not converted: the payload has errors");
    Ok(ExitCode::from(1))
}
