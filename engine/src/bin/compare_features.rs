//! Prints the pairing model's evidence for every unit pair of two articles, one JSON object a
//! line, for `scripts/fit_pairing.py`. A development tool, not part of the CLI.
//!
//!     compare_features A B

use parallax::compare::evidence_rows;
use parallax::corpus::{load_file, Document};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [a, b] = args.as_slice() else {
        eprintln!("usage: compare_features A B");
        std::process::exit(2);
    };
    let load = |path: &str| -> Document {
        load_file(std::path::Path::new(path)).unwrap_or_else(|e| {
            eprintln!("error: {path}: {e}");
            std::process::exit(2)
        })
    };
    let (da, db) = (load(a), load(b));
    for row in evidence_rows(&da, &db) {
        println!("{}", serde_json::to_string(&row).expect("a row serialises"));
    }
}
