//! Highlight segments (being written).
