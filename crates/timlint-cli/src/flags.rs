//! pkg/test/cli-flags.json: every command, flag, value and alias of the CLI, read from its clap
//! definition, for pkg/test/bin.test.mjs to run each through both `timlint` and `npx timlint`
//! and compare them. A test keeps the file equal to the definition
//! (`TIMLINT_BLESS=1 cargo test -p timlint-cli flags` rewrites it).

use clap::CommandFactory;
use serde_json::{Value, json};

use crate::Cli;

/// The definition as JSON: `{ "commands": [{ "name", "args": [...] }] }`, the top level first
/// (its name empty), each argument with its long and short names, aliases, and for one taking
/// a value, its value names and possible values with their aliases (`[name, alias...]`).
fn definition() -> Value {
    let mut cli = Cli::command();
    cli.build();
    let commands: Vec<Value> = std::iter::once(("", &cli))
        .chain(cli.get_subcommands().map(|c| (c.get_name(), c)))
        .map(|(name, command)| {
            let args: Vec<Value> = command
                .get_arguments()
                .map(|a| {
                    let values: Vec<Vec<String>> = a
                        .get_possible_values()
                        .iter()
                        .map(|v| v.get_name_and_aliases().map(String::from).collect())
                        .collect();
                    let value_names: Vec<&str> = a
                        .get_value_names()
                        .map(|n| n.iter().map(|n| n.as_str()).collect())
                        .unwrap_or_default();
                    json!({
                        "id": a.get_id().as_str(),
                        "long": a.get_long(),
                        "short": a.get_short().map(String::from),
                        "aliases": a.get_all_aliases().unwrap_or_default(),
                        "positional": a.is_positional(),
                        "takesValue": a.get_action().takes_values(),
                        "valueNames": value_names,
                        "values": values,
                        "delimiter": a.get_value_delimiter().map(String::from),
                    })
                })
                .collect();
            json!({ "name": name, "args": args })
        })
        .collect();
    json!({ "commands": commands })
}

#[test]
fn cli_flags_json_is_the_clap_definition() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../pkg/test/cli-flags.json");
    // An argument a line, so that a new flag is a one-line diff.
    let mut want = String::from("{\"commands\": [\n");
    let commands = definition()["commands"].as_array().cloned().unwrap();
    for (i, c) in commands.iter().enumerate() {
        want += &format!("  {{\"name\": {}, \"args\": [\n", c["name"]);
        let args = c["args"].as_array().unwrap();
        for (j, a) in args.iter().enumerate() {
            want += &format!("    {a}{}\n", if j + 1 < args.len() { "," } else { "" });
        }
        want += if i + 1 < commands.len() {
            "  ]},\n"
        } else {
            "  ]}\n"
        };
    }
    want += "]}\n";
    if std::env::var_os("TIMLINT_BLESS").is_some() {
        std::fs::write(path, &want).unwrap();
    }
    let got = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        got == want,
        "{path} is not the CLI's definition: TIMLINT_BLESS=1 cargo test -p timlint-cli flags rewrites it"
    );
}
