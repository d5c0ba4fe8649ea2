//! `parallax compare --json A B`: aligned passages, reconciled numbers and unmatched passages
//! of two article files, and the names the entity extraction finds in only one of them, as
//! JSON with UTF-8 byte offsets.

use super::args::{self, Args};

pub fn run(raw: Vec<String>) -> Result<String, String> {
    let args = args::parse(raw)?;
    let [a, b] = args.positional.as_slice() else {
        return Err(format!(
            "takes exactly two article files (A B), got {}: parallax compare --json A B",
            args.positional.len()
        ));
    };
    let doc_a = Args::load_doc(a)?;
    let doc_b = Args::load_doc(b)?;
    let mut comparison = parallax::compare::compare(&doc_a, &doc_b);
    (comparison.entities_only_a, comparison.entities_only_b) =
        parallax::entities::names_only_in(&doc_a, &doc_b);
    serde_json::to_string_pretty(&comparison).map_err(|e| e.to_string())
}
