//! Reading a typed answer and judging it: right within the stated tolerance, else wrong (with
//! the known mistake it matches, if any), or unreadable when it is not a number at all.

use super::question::{Mistake, NumberAsk};
use crate::state::parse_decimal;

/// The judgement of one check.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    Right,
    /// Wrong; the known mistake the answer matches, if any.
    Wrong(Option<Mistake>),
    /// Not a number (or no option chosen): nothing to judge.
    Unreadable,
}

impl Verdict {
    /// The value of `data-verdict`.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Right => "right",
            Verdict::Wrong(_) => "wrong",
            Verdict::Unreadable => "unreadable",
        }
    }
}

/// How far from `answer` a number may be and still count: ±0.005 or 1 % of the answer,
/// whichever is larger (never tighter than the contract's ±0.0005).
pub fn tolerance(answer: f64) -> f64 {
    (0.01 * answer.abs()).max(0.005)
}

/// Reads a typed number: surrounding spaces ignored, `.` or `,` as the decimal point (one of
/// them, once), a leading `+`, `-` or `−`. `None` for anything else, including `inf` and
/// thousands separators, which a learner never needs here.
pub fn parse_answer(text: &str) -> Option<f64> {
    let text = text.trim();
    let (negative, digits) = match text.chars().next()? {
        '−' | '-' => (true, &text[text.chars().next()?.len_utf8()..]),
        '+' => (false, &text[1..]),
        _ => (false, text),
    };
    let digits = digits.trim_start();
    let separators = digits.matches(['.', ',']).count();
    let well_formed = !digits.is_empty()
        && separators <= 1
        && digits.chars().any(|c| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    if !well_formed {
        return None;
    }
    // The project's parser: the same rounding as Rust's, without its table in the bundle.
    let value = parse_decimal(&digits.replace(',', "."))?;
    Some(if negative { -value } else { value })
}

/// Judges `text` as an answer to `ask`: right within [`tolerance`], checked first; otherwise
/// the first known mistake within the same tolerance of its value names the error.
pub fn check_number(ask: &NumberAsk, text: &str) -> Verdict {
    let Some(value) = parse_answer(text) else {
        return Verdict::Unreadable;
    };
    let within = |target: f64| (value - target).abs() <= tolerance(target);
    if within(ask.answer) {
        return Verdict::Right;
    }
    let mistake = ask
        .mistakes
        .iter()
        .find(|(_, wrong)| wrong.is_finite() && within(*wrong))
        .map(|(mistake, _)| *mistake);
    Verdict::Wrong(mistake)
}

/// Judges the chosen option (`None`: nothing chosen yet).
pub fn check_choice(correct: usize, chosen: Option<usize>) -> Verdict {
    match chosen {
        None => Verdict::Unreadable,
        Some(j) if j == correct => Verdict::Right,
        Some(_) => Verdict::Wrong(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(answer: f64) -> NumberAsk {
        NumberAsk::new(answer, Some("bits"), "information")
            .mistake(Mistake::OtherLogBase, answer * std::f64::consts::LN_2)
            .mistake(Mistake::Sign, -answer)
    }

    #[test]
    fn both_decimal_points_and_signs_read() {
        assert_eq!(parse_answer("2.3219"), Some(2.3219));
        assert_eq!(parse_answer(" 2,3219 "), Some(2.3219));
        assert_eq!(parse_answer("-0,5"), Some(-0.5));
        assert_eq!(parse_answer("−0.5"), Some(-0.5));
        assert_eq!(parse_answer("+3"), Some(3.0));
        assert_eq!(parse_answer(".5"), Some(0.5));
        assert_eq!(parse_answer("7."), Some(7.0));
    }

    #[test]
    fn text_that_is_not_a_number_is_unreadable() {
        for text in [
            "", " ", "abc", "1,234.5", "1.2.3", "inf", "NaN", "1e3", "--1", "2 bits", "-", ",",
        ] {
            assert_eq!(parse_answer(text), None, "{text:?}");
            assert_eq!(
                check_number(&ask(1.0), text),
                Verdict::Unreadable,
                "{text:?}"
            );
        }
    }

    #[test]
    fn the_tolerance_is_half_a_hundredth_or_one_percent() {
        assert_eq!(tolerance(0.1), 0.005);
        assert_eq!(tolerance(-0.3), 0.005);
        assert!((tolerance(16.0) - 0.16).abs() < 1e-12);
        assert!(tolerance(0.0) >= 0.0005);
        let a = ask(2.321928);
        assert_eq!(check_number(&a, "2.32"), Verdict::Right);
        assert_eq!(check_number(&a, "2,3219"), Verdict::Right);
        assert_eq!(check_number(&a, "2.34"), Verdict::Right);
        assert_eq!(check_number(&a, "2.35"), Verdict::Wrong(None));
        let large = ask(16.0);
        assert_eq!(check_number(&large, "15.85"), Verdict::Right);
        assert_eq!(check_number(&large, "15.8"), Verdict::Wrong(None));
    }

    #[test]
    fn known_mistakes_are_named_and_right_comes_first() {
        let a = ask(2.321928);
        assert_eq!(
            check_number(&a, "1.6094"),
            Verdict::Wrong(Some(Mistake::OtherLogBase))
        );
        assert_eq!(
            check_number(&a, "-2.3219"),
            Verdict::Wrong(Some(Mistake::Sign))
        );
        // An answer near 0 equals its own sign error: the right answer wins.
        let zero = ask(0.001);
        assert_eq!(check_number(&zero, "-0.001"), Verdict::Right);
    }

    #[test]
    fn choices_are_right_wrong_or_not_yet_made() {
        assert_eq!(check_choice(1, Some(1)), Verdict::Right);
        assert_eq!(check_choice(1, Some(0)), Verdict::Wrong(None));
        assert_eq!(check_choice(1, None), Verdict::Unreadable);
        assert_eq!(Verdict::Wrong(None).id(), "wrong");
    }
}
