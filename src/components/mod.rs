//! Components: one per file, named after it (`doc_body.rs` → `DocBody`). They map the engine's
//! results to markup and decide nothing about text. They never import from `app/`: pages use
//! components, not the other way round.

pub mod address_link;
pub mod copy_link;
pub mod corrections_file;
pub mod doc_body;
pub mod doc_meta;
pub mod entity_legend;
pub mod entity_panel;
pub mod fold;
pub mod mark;
pub mod pair_detail;
pub mod search_box;
pub mod snippet;
pub mod theme_toggle;
