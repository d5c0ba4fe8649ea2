//! `parallax`, the engine's command line: thin wrappers that load a corpus or files, call the
//! engine and print JSON. It is how the engine is tested, benchmarked and judged, so each
//! subcommand's JSON shape is the one its issue defines, and doesn't change.
//!
//! One file per subcommand; this file only dispatches and reports errors.

mod anchor;
mod args;
mod compare;
mod docs;
mod entities;
mod search;

use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
usage: parallax <command> [options]

commands:
  docs     [--corpus PATH] --json                 articles with metadata, body and boilerplate
  search   [--corpus PATH] [--limit N] --json QUERY
  entities --json FILE...                         entity mentions, grouped
  compare  --json A B                             aligned passages and reconciled numbers
  anchor   --json DOC START END                   a passage selector and its URL fragment
  resolve  --json DOC FRAGMENT                    find a passage again

PATH is a folder of .txt/.md articles (default: seeds/) or a .jsonl corpus.";

fn main() -> ExitCode {
    let mut argv = std::env::args().skip(1);
    let Some(command) = argv.next() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let rest: Vec<String> = argv.collect();
    let result = match command.as_str() {
        "docs" => docs::run(rest),
        "search" => search::run(rest),
        "entities" => entities::run(rest),
        "compare" => compare::run(rest),
        "anchor" => anchor::run_anchor(rest),
        "resolve" => anchor::run_resolve(rest),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        other => Err(format!("unknown command '{other}'\n\n{USAGE}")),
    };
    match result {
        Ok(json) => {
            // A reader that stops early (`parallax docs --json | head`) closes the pipe: the
            // output went where it was wanted, so that is no error, and never a panic.
            let mut out = std::io::stdout().lock();
            match writeln!(out, "{json}").and_then(|()| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("parallax {command}: can't write the output: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(message) => {
            eprintln!("parallax {command}: {message}");
            ExitCode::FAILURE
        }
    }
}
