//! Argument parsing shared by the subcommands: `--corpus`, `--limit`, `--json` and positionals.

use std::path::PathBuf;

use parallax::{Corpus, Document};

/// The options every subcommand understands; each uses what it needs.
#[derive(Debug, Default)]
pub struct Args {
    pub corpus: Option<PathBuf>,
    pub limit: Option<usize>,
    pub json: bool,
    pub positional: Vec<String>,
}

pub fn parse(raw: Vec<String>) -> Result<Args, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(raw);
    let mut args = Args::default();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("corpus") => args.corpus = Some(parser.value().map_err(|e| e.to_string())?.into()),
            Long("limit") => {
                let v = parser.value().map_err(|e| e.to_string())?;
                let v = v.to_string_lossy();
                args.limit = Some(
                    v.parse()
                        .map_err(|_| format!("--limit takes a whole number, not '{v}'"))?,
                );
            }
            Long("json") => args.json = true,
            Value(v) => args.positional.push(v.to_string_lossy().into_owned()),
            // A query may start with '-' (exclusion): keep unknown short flags as text.
            Short(c) => args.positional.push(format!(
                "-{c}{}",
                parser
                    .optional_value()
                    .map(|v| v.to_string_lossy().into_owned())
                    .unwrap_or_default()
            )),
            Long(other) => return Err(format!("unknown option --{other}")),
        }
    }
    if !args.json {
        return Err("only --json output is supported: add --json".into());
    }
    Ok(args)
}

impl Args {
    /// The corpus named by `--corpus`, else `seeds/`.
    pub fn load_corpus(&self) -> Result<Corpus, String> {
        let path = self
            .corpus
            .clone()
            .unwrap_or_else(|| PathBuf::from("seeds"));
        Corpus::load(&path).map_err(|e| e.to_string())
    }

    /// One article file.
    pub fn load_doc(path: &str) -> Result<Document, String> {
        parallax::corpus::load_file(std::path::Path::new(path)).map_err(|e| e.to_string())
    }
}
