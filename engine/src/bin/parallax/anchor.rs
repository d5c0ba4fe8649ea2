//! `parallax anchor` / `parallax resolve` (being written).
pub fn run_anchor(_raw: Vec<String>) -> Result<String, String> {
    Err("not implemented yet".into())
}
pub fn run_resolve(_raw: Vec<String>) -> Result<String, String> {
    Err("not implemented yet".into())
}
