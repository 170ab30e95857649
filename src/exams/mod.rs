//! Exams: banks on disk, blueprints, server-timed attempts, randomized papers, the paper's pages
//! and navigator, grading, accommodations and item statistics.

pub mod attempts;
pub mod bank;
pub mod gift;
pub mod grading;
pub mod navigator;
pub mod paper;
pub mod renewal;
pub mod stats;
pub mod sweeper;
pub mod sync;
