//! Reusable parts of the page: the course shell, controls, readouts and the canvas chart.
mod announce;
mod app;
mod chart;
pub mod controls;
mod embed;
mod export;
pub mod format;
mod idle;
mod load_failed;
mod painter;
pub mod prefs;
pub mod readout;
pub mod url;

pub use announce::Announcer;
pub use app::{use_initial_state, App, LaunchState};
pub use chart::{palette, Chart};
pub use controls::{NumberSlider, ProbabilityVector};
pub use embed::{iframe_snippet, EmbedCode, PostHeight, HEIGHT_MESSAGE, PARENT_SCRIPT};
pub use export::{download_text, download_url, to_csv, ExportCsv};
pub use idle::{after_first_paint, fetch_lower_part, in_next_task};
pub use load_failed::{load_after_first_paint, when_loaded};
pub use prefs::{use_prefs, use_strings, use_unit, Prefs};
pub use readout::{shown, Readout};
