//! `parallax search` (being written).
pub fn run(_raw: Vec<String>) -> Result<String, String> {
    Err("not implemented yet".into())
}
