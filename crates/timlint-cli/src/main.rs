//! `timlint`: check Tencent Cloud IM create-group payloads from files, stdin or NDJSON streams.
//!
//! Exit codes: 0 no input has an error; 1 at least one has; 2 usage or I/O error (a full
//! disk included); 141 the reader of stdout went away (`| head -1`), with nothing on stderr.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{
    Arg, ArgAction, ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum,
};

mod check;
mod config;
#[cfg(test)]
mod flags;
mod streams;
use streams::{Fatal, Input, read_input};
use timlint::options::{LIMITS, OPTIONS, OptionInfo, ValueType};
use timlint::{Api, Dialect, Options, Validator, rules};

#[derive(Parser)]
#[command(
    name = "timlint",
    version,
    about = "Check Tencent Cloud IM group payloads offline (create-group, modify-group, add-members, create-topic, import-group, modify-member)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check payloads (files, or stdin when none or `-` is given)
    Check(CheckArgs),
    /// List the rules each call can report: ID, severity, Tencent code, summary
    Rules {
        /// `markdown`: the README's rule table, with the calls of each rule
        #[arg(long, value_enum, default_value = "text")]
        format: RulesFormat,
        /// Only the rules this call can report (`modify-group`, `add_group_member`, `updateGroupProfile`, …)
        #[arg(long, value_name = "API", value_parser = api_arg)]
        api: Option<Api>,
    },
    /// Print a rule's documentation, and the calls that can report it
    Explain { rule: String },
    /// Convert an SDK or Web SDK payload of a call (`--api`) into its REST body
    Convert {
        /// The payload's dialect (default: `--dialect`, or the one an `--api` SDK method name implies, or detected)
        #[arg(long, value_parser = choices(Dialect::NAMES, &[]))]
        from: Option<String>,
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
        /// The JSON Schema of the options file (timlint.json) instead, for editors (`"$schema"`)
        #[arg(long)]
        options: bool,
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

/// `--config` and the options' flags, which are made from the options' declarations
/// (`timlint::options::{OPTIONS, LIMITS}`): `clap::Args` is implemented below, not derived.
struct OptionArgs {
    /// `--config FILE`.
    config: Option<PathBuf>,
    /// Each option flag given (its name without dashes), with its values.
    flags: Vec<(&'static str, Vec<String>)>,
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
enum ToArg {
    Rest,
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
        for (flag, values) in &self.flags {
            let values: Vec<&str> = values.iter().map(String::as_str).collect();
            o.set_flag(flag, &values).map_err(Fatal::Msg)?;
        }
        // An SDK method's name as `--api` reads payloads in that SDK's dialect, unless
        // `--dialect` says otherwise.
        let flag = |name: &str| self.flags.iter().find(|(f, _)| *f == name);
        if flag("dialect").is_none()
            && let Some(d) = flag("api")
                .and_then(|(_, v)| v.last())
                .and_then(|name| timlint::Api::implied_dialect(name))
        {
            o.dialect = d;
        }
        o.max_input_bytes = o.max_input_bytes.min(MAX_INPUT_BYTES);
        rules::check_levels(&o).map_err(|e| {
            let from = config.map_or(String::new(), |c| format!(" (--rule or {})", c.display()));
            Fatal::Msg(format!("{}{from}", streams::terminal_safe(e.message())))
        })?;
        Ok(o)
    }
}

/// A vocabulary's values for clap: its own names listed, its other names accepted as aliases
/// (`ValueType::Choice`).
fn choices(values: &[&'static str], aliases: &'static [(&str, &str)]) -> PossibleValuesParser {
    PossibleValuesParser::new(values.iter().map(|&v| {
        let of_v = aliases.iter().filter(move |a| a.1 == v).map(|a| a.0);
        PossibleValue::new(v).aliases(of_v)
    }))
}

/// The flags of the options that have one, in the order of their declarations (the limits'
/// in the place of `limits`).
fn option_flags() -> impl Iterator<Item = (&'static str, &'static OptionInfo)> {
    OPTIONS
        .iter()
        .flat_map(|o| match o.value {
            ValueType::Limits => LIMITS,
            _ => std::slice::from_ref(o),
        })
        .filter_map(|o| Some((o.flag?, o)))
}

/// The clap argument of an option's flag.
fn flag_arg(flag: &'static str, o: &OptionInfo) -> Arg {
    let summary = o.summary();
    let mut help = summary.strip_suffix('.').unwrap_or(&summary).to_string();
    let defaults: Vec<String> = (o.defaults().iter())
        .filter(|(_, value)| !matches!(value.as_str(), "null" | "[]" | "{}"))
        .map(|(preset, value)| match o.parent {
            Some(_) => format!("{} {value}", preset.as_str()),
            None => format!("default {}", value.trim_matches('"')),
        })
        .collect();
    if !defaults.is_empty() {
        help = format!("{help} ({})", defaults.join(", "));
    }
    match o.value {
        ValueType::Strings => help.push_str(" (comma-separated)"),
        ValueType::Levels => help.push_str(
            ": `unknown-field=off`, `face-url-scheme=error` (repeatable; over the options file's `rules`)",
        ),
        _ => {}
    }
    if flag == "max-input-bytes" {
        help = format!("{help}; at most {MAX_INPUT_BYTES}, larger is lowered to it");
    }
    let arg = Arg::new(flag).long(flag).help(help);
    let arg = match o.value_name {
        Some(name) => arg.value_name(name),
        None => arg.value_name(flag.to_uppercase().replace('-', "_")),
    };
    match o.value {
        // Names read alike whatever their case (`api`): the options decide, with a "did you
        // mean"; `--help` lists the values.
        ValueType::Choice {
            values,
            folded: true,
            ..
        } => {
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            arg.help(format!("{help}; one of {}", values.join(", ")))
                .value_parser(clap::builder::NonEmptyStringValueParser::new())
        }
        ValueType::Choice {
            values, aliases, ..
        } => arg.value_parser(choices(values, aliases)),
        ValueType::Count => arg.value_parser(clap::value_parser!(usize)),
        ValueType::Strings => arg.value_delimiter(',').action(ArgAction::Append),
        _ => arg.action(ArgAction::Append),
    }
}

impl Args for OptionArgs {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        let config = Arg::new("config")
            .long("config")
            .value_name("CONFIG")
            .value_parser(clap::value_parser!(PathBuf))
            .help(
                "Options file (JSON, the npm package's options shape); flags override it. \
                 Without it, `check` uses the nearest timlint.json up from each input's directory",
            );
        cmd.arg(config)
            .args(option_flags().map(|(flag, o)| flag_arg(flag, o)))
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_args(cmd)
    }
}

impl FromArgMatches for OptionArgs {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        let flags = option_flags()
            .filter_map(|(flag, _)| {
                let values = m.get_raw(flag)?;
                Some((
                    flag,
                    values.map(|v| v.to_string_lossy().into_owned()).collect(),
                ))
            })
            .collect();
        Ok(OptionArgs {
            config: m.get_one::<PathBuf>("config").cloned(),
            flags,
        })
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
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
        Command::Rules { format, api } => {
            streams::print(|out| list_rules(out, format, api)).map(|()| ExitCode::SUCCESS)
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
        Command::Schema { options, opts } => opts.resolve().and_then(|o| {
            let schema = match options {
                true => options_schema(),
                false => timlint::schema::json_schema(o.dialect, &o),
            };
            streams::print(|out| {
                serde_json::to_writer_pretty(&mut *out, &schema)?;
                writeln!(out)
            })
            .map(|()| ExitCode::SUCCESS)
        }),
    })
}

/// The JSON Schema of an options file: the options', and the CLI's `include` and `exclude`.
fn options_schema() -> serde_json::Value {
    let mut schema = Options::json_schema();
    let globs = |what: &str| {
        serde_json::json!({
            "type": "array",
            "items": { "type": "string" },
            "description": format!("The CLI's: {what}, relative to this file's directory."),
        })
    };
    if let Some(properties) = schema["properties"].as_object_mut() {
        let include = "globs of the files a directory stands for (default *.json, *.jsonc)";
        let exclude = "globs of the files and directories left out of a directory";
        properties.insert("include".into(), globs(include));
        properties.insert("exclude".into(), globs(exclude));
    }
    schema
}

/// Every rule: a line each, or (`markdown`) the README's rule table, which a test keeps equal
/// to it.
/// An `--api` value, read as the `api` option reads it (its aliases, "did you mean").
fn api_arg(name: &str) -> Result<Api, String> {
    let mut o = Options::default();
    o.set_flag("api", &[name]).map(|_| o.api)
}

/// The calls that can report `rule`, in the order of `Api::ALL`.
fn calls_of(rule: &timlint::Rule) -> Vec<&'static str> {
    Api::ALL
        .into_iter()
        .filter(|&api| rules::rules_of(api).any(|r| std::ptr::eq(r, rule)))
        .map(Api::as_str)
        .collect()
}

/// `timlint rules`: text, each call's heading and its rules (one call's, without a heading,
/// with `--api`); markdown, one table with the calls of each rule.
fn list_rules(out: &mut dyn Write, format: RulesFormat, api: Option<Api>) -> std::io::Result<()> {
    let code = |r: &timlint::Rule| {
        r.tencent_code
            .map_or("-".to_string(), |c| c.code.to_string())
    };
    match format {
        RulesFormat::Text => {
            let calls: Vec<Api> = api.map_or(Api::ALL.to_vec(), |a| vec![a]);
            for (i, &call) in calls.iter().enumerate() {
                if api.is_none() {
                    let blank = if i == 0 { "" } else { "\n" };
                    writeln!(out, "{blank}{}:", call.as_str())?;
                }
                for r in rules::rules_of(call) {
                    let summary = rules::doc_text(r.summary);
                    let (severity, code) = (r.severity.as_str(), code(r));
                    writeln!(out, "{:<32} {severity:<8} {code:<6} {summary}", r.id)?;
                }
            }
        }
        RulesFormat::Markdown => {
            writeln!(out, "| rule | severity | code | calls | what it reports |")?;
            writeln!(out, "|---|---|---|---|---|")?;
            let all: Vec<&timlint::Rule> = match api {
                Some(api) => rules::rules_of(api).collect(),
                None => rules::ALL.to_vec(),
            };
            for r in all {
                let calls = calls_of(r);
                let calls = if calls.len() == Api::ALL.len() {
                    "every call".to_string()
                } else {
                    calls.join(", ")
                };
                let summary = rules::doc_text(r.summary).replace('|', "\\|");
                let (severity, code) = (r.severity.as_str(), code(r));
                writeln!(
                    out,
                    "| `{}` | {severity} | {code} | {calls} | {summary} |",
                    r.id
                )?;
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
            "# {}\n\nSeverity: {}. Tencent error code: {code}. Applies to: {}. Calls: {}.\n",
            r.id,
            r.severity.as_str(),
            dialects.join(", "),
            calls_of(r).join(", ")
        )?;
        writeln!(out, "{}", rules::doc_text(r.doc).trim_end())
    })
    .map(|()| ExitCode::SUCCESS)
}

fn convert(
    from: Option<String>,
    file: Option<PathBuf>,
    no_snippets: bool,
    opts: &OptionArgs,
) -> Result<ExitCode, Fatal> {
    let mut o = opts.resolve()?;
    // `--from`, else `--dialect` or the dialect an `--api` SDK name implies, else detected.
    let named = opts.flags.iter().any(|(f, v)| {
        *f == "dialect"
            || (*f == "api"
                && v.last()
                    .and_then(|n| timlint::Api::implied_dialect(n))
                    .is_some())
    });
    o.dialect = match from {
        Some(from) => Dialect::from_name(&from).unwrap_or(Dialect::Auto),
        None if named => o.dialect,
        None => Dialect::Auto,
    };
    if o.dialect != Dialect::Auto && !o.api.dialects().contains(&o.dialect) {
        return Err(Fatal::Msg(format!(
            "`{}` is a REST call only: a {} payload has nothing to convert to it",
            o.api.as_str(),
            o.dialect.as_str()
        )));
    }
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
