//! Numbers and dates: recognising quantity, money, percent, time and date expressions with
//! their qualifiers ("more than 30,000", "late September 2016"), and normalising each into a
//! range so two of them can be compared. (Being written: the types below are the contract the
//! entities and compare modules build on.)

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// The OntoNotes label a measure carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum MeasureKind {
    Date,
    Time,
    Money,
    Percent,
    Quantity,
    Cardinal,
    Ordinal,
}

impl MeasureKind {
    pub fn label(self) -> &'static str {
        match self {
            MeasureKind::Date => "DATE",
            MeasureKind::Time => "TIME",
            MeasureKind::Money => "MONEY",
            MeasureKind::Percent => "PERCENT",
            MeasureKind::Quantity => "QUANTITY",
            MeasureKind::Cardinal => "CARDINAL",
            MeasureKind::Ordinal => "ORDINAL",
        }
    }
}

/// A normalised value: a closed-open interval of numbers (for dates: days since 1970-01-01),
/// with `None` for an open end. "more than 30,000" is `(Some(30000.0) exclusive, None)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Range {
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// Unit or currency ("emails" is not a unit; "₹", "$", "%", "km" are), lowercased.
    pub unit: Option<String>,
}

/// One recognised expression in a text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    pub span: Span,
    pub kind: MeasureKind,
    pub range: Option<Range>,
}

/// Every measure in `text[region]`, in order, non-overlapping. `published` (`YYYY-MM-DD`)
/// anchors relative dates ("Monday", "in July", "last year").
pub fn find(text: &str, region: Span, published: Option<&str>) -> Vec<Measure> {
    let _ = (text, region, published);
    Vec::new()
}
