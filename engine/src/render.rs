//! Render trees (being written).
