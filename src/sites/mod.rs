//! Site-specific knowledge, kept as data: which pages a site owns, where its
//! article lives in each design, and what on its pages is clutter.

pub mod euronews;
