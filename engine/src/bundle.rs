//! The embedded bundle (being written).
