//! "Check yourself": practice questions at the end of every lesson.
//!
//! A lesson's model lists its [`Template`]s (`PRACTICE` in its folder, named in the registry);
//! each draws its numbers from a seeded [`Draw`], writes the question in the reader's
//! language and computes the exact answer through `math`. The plain-Rust parts (the generator,
//! the question, the checker, the progress record) are tested on the host; [`Practice`] is the
//! one section every lesson shows, [`PracticePanel`] its content, loaded when the page has time.

mod check;
mod deferred;
mod draw;
mod panel;
mod progress;
mod question;
mod session;
#[cfg(test)]
pub(crate) mod testing;

pub use check::{check_choice, check_number, parse_answer, tolerance, Verdict};
pub use deferred::Practice;
pub use draw::Draw;
pub use panel::PracticePanel;
pub use progress::Progress;
pub use question::{
    in_other_unit, questions, Ask, ChoiceAsk, Mistake, NumberAsk, Question, SolutionLine, Template,
};
pub use session::{provide_practice_session, use_practice_session, PracticeSession};

/// A number as MathML, a minus sign written as an operator: `−0.5` → `<mo>−</mo><mn>0.5</mn>`.
pub fn mn(text: &str) -> String {
    match text.strip_prefix('−').or_else(|| text.strip_prefix('-')) {
        Some(rest) => format!("<mo>−</mo><mn>{rest}</mn>"),
        None => format!("<mn>{text}</mn>"),
    }
}
