//! What the pages show, decided here so that they only map it to elements: typed marks over an
//! article's text (`marks`), the cuts and groupings of its text (`text`: folds of boilerplate,
//! passages shortened for a cell, dates as people read them), and the reading of a comparison
//! (`compare`: which pair a number belongs to, the order of the numbers table, relation names).
//!
//! Nothing here knows about HTML or CSS: a page maps a [`MarkKind`] to its classes.

pub mod compare;
pub mod marks;
pub mod text;

pub use compare::{
    number_rows, numbers_in_order, numbers_in_pair, pair_of_number, relation_name, source_labels,
};
pub use marks::{cursor, pane_marks, title_marks, Mark, MarkKind, ReaderMarks, Side};
pub use text::{cut_passage, fold_boilerplate, format_date, Piece};
