//! The checks every practice question must pass, whatever its lesson: drawn for many seeds in
//! both languages and both units, each question's situation is a valid link, its numbers and
//! shape do not depend on the language or the unit, its texts hold no NaN or placeholder, its
//! answer is finite and judged right (also with a decimal comma), and each named mistake is
//! recognised. Lessons add their own checks of the answers through `check_all`'s callback.
use super::{
    check_number, questions, Ask, ChoiceAsk, NumberAsk, Question, SolutionLine, Template, Verdict,
};
use crate::i18n::strings;
use crate::lessons::ViewId;
use crate::math::Unit;
use crate::state::{parse_query, to_query, Lang, Settings};

/// Every text of a question: prompt, options and solution lines.
pub(crate) fn texts(question: &Question) -> Vec<&str> {
    let mut all = vec![question.prompt.as_str()];
    if let Ask::Choice(choice) = &question.ask {
        all.extend(choice.options.iter().map(String::as_str));
    }
    for line in &question.solution {
        match line {
            SolutionLine::Formula { markup, label } => {
                all.extend([markup.as_str(), label.as_str()])
            }
            SolutionLine::Text(text) => all.push(text),
        }
    }
    all
}

/// The parts of a question that must not depend on the language: kind, format, numbers,
/// option count and order of the right one, solution shape, situation.
fn language_free(question: &Question) -> String {
    let ask = match &question.ask {
        Ask::Number(ask) => format!(
            "number {} {} {:?} {:?} {:?}",
            ask.answer, ask.quantity, ask.index, ask.node, ask.mistakes
        ),
        Ask::Choice(choice) => format!("choice {} of {}", choice.correct, choice.options.len()),
    };
    let shape: Vec<bool> = question
        .solution
        .iter()
        .map(|line| matches!(line, SolutionLine::Formula { .. }))
        .collect();
    format!("{} {ask} {shape:?} {:?}", question.kind, question.situation)
}

/// Draws every question of `templates` for seeds `0..seeds`, in both languages and both
/// units, runs the common checks on each, and hands each English question to `check` with
/// its unit for the lesson's own checks. Only choice questions may show ∞ (the contract
/// asks for ∞ as a choice, never as a number to type).
pub(crate) fn check_all(
    templates: &[Template],
    view: ViewId,
    seeds: u64,
    mut check: impl FnMut(Unit, &Question),
) {
    for seed in 0..seeds {
        let mut by_unit = Vec::new();
        for unit in [Unit::Nats, Unit::Bits] {
            let en = questions(templates, view.index(), seed, strings(Lang::En), unit);
            let zh = questions(templates, view.index(), seed, strings(Lang::Zh), unit);
            assert_eq!(en.len(), templates.len());
            for (en_q, zh_q) in en.iter().zip(&zh) {
                assert_eq!(language_free(en_q), language_free(zh_q), "seed {seed}");
                assert_ne!(en_q.prompt, zh_q.prompt);
                for (lang, question) in [(Lang::En, en_q), (Lang::Zh, zh_q)] {
                    common(question, lang, unit, seed);
                }
                check(unit, en_q);
            }
            by_unit.push(en);
        }
        // The same numbers in both units: situations, formats, option counts, the right
        // option; a number answer in bits is the one in nats over ln 2.
        for (nats, bits) in by_unit[0].iter().zip(&by_unit[1]) {
            assert_eq!(nats.kind, bits.kind);
            assert_eq!(nats.situation, bits.situation, "seed {seed}");
            match (&nats.ask, &bits.ask) {
                (Ask::Number(a), Ask::Number(b)) => {
                    let in_bits = if a.unit.is_some() {
                        Unit::Bits.from_nats(a.answer)
                    } else {
                        a.answer
                    };
                    assert!(
                        (in_bits - b.answer).abs() < 1e-12,
                        "{} seed {seed}",
                        nats.kind
                    );
                    assert_eq!(a.mistakes.len(), b.mistakes.len());
                }
                (Ask::Choice(a), Ask::Choice(b)) => {
                    assert_eq!((a.correct, a.options.len()), (b.correct, b.options.len()));
                }
                _ => panic!("{}: the format changed with the unit", nats.kind),
            }
        }
    }
}

/// The questions of `templates` for one seed, language and unit, as the lesson `view` draws
/// them: for a lesson's checks of texts that depend on the language.
pub(crate) fn drawn(
    templates: &[Template],
    view: ViewId,
    seed: u64,
    lang: Lang,
    unit: Unit,
) -> Vec<Question> {
    questions(templates, view.index(), seed, strings(lang), unit)
}

/// Hands `check` the questions of `templates` drawn for seeds `0..seeds` in every language
/// and both units, with no checks of its own: for a lesson's checks of texts that depend on
/// the language, which `check_all`'s English callback cannot see.
pub(crate) fn each_language(
    templates: &[Template],
    view: ViewId,
    seeds: u64,
    mut check: impl FnMut(Lang, Unit, &[Question]),
) {
    for seed in 0..seeds {
        for lang in Lang::ALL {
            for unit in [Unit::Nats, Unit::Bits] {
                check(lang, unit, &drawn(templates, view, seed, lang, unit));
            }
        }
    }
}

/// The number ask of a question, or a panic naming the question if it is a choice.
pub(crate) fn number(question: &Question) -> &NumberAsk {
    match &question.ask {
        Ask::Number(ask) => ask,
        Ask::Choice(_) => panic!("{} should ask for a number", question.kind),
    }
}

/// The choice ask of a question, or a panic naming the question if it asks for a number.
pub(crate) fn choice(question: &Question) -> &ChoiceAsk {
    match &question.ask {
        Ask::Choice(ask) => ask,
        Ask::Number(_) => panic!("{} should be a choice", question.kind),
    }
}

/// A value in nats written in `unit`, by the definition of the bit (log₂ x = ln x / ln 2),
/// independent of `math`.
pub(crate) fn in_unit(nats: f64, unit: Unit) -> f64 {
    match unit {
        Unit::Nats => nats,
        Unit::Bits => nats / std::f64::consts::LN_2,
    }
}

/// −log x in `unit`, written out with `ln`.
pub(crate) fn neg_log(x: f64, unit: Unit) -> f64 {
    in_unit(-x.ln(), unit)
}

/// The unit a reader did not choose: where the "other log base" mistake lands.
pub(crate) fn other_unit(unit: Unit) -> Unit {
    match unit {
        Unit::Nats => Unit::Bits,
        Unit::Bits => Unit::Nats,
    }
}

/// Whether two recomputed values agree to 1e-9.
pub(crate) fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// The checks of one question in one language and unit.
fn common(question: &Question, lang: Lang, unit: Unit, seed: u64) {
    let kind = question.kind;
    assert!(!kind.is_empty());
    let view = question.situation.view();
    let link = to_query(view, &Settings::default(), &question.situation);
    let parsed = parse_query(&link);
    assert!(
        parsed.issues.is_empty(),
        "{kind} seed {seed}: {link} {:?}",
        parsed.issues
    );
    assert_eq!(parsed.state, question.situation, "{kind} seed {seed}");
    for text in texts(question) {
        assert!(!text.trim().is_empty(), "{kind}");
        assert!(
            !text.contains("NaN") && !text.contains('–'),
            "{kind} seed {seed}: {text}"
        );
        assert!(
            matches!(question.ask, Ask::Choice(_)) || !text.contains('∞'),
            "{kind} seed {seed}: {text}"
        );
    }
    let has = |formula: bool| {
        question
            .solution
            .iter()
            .any(|l| matches!(l, SolutionLine::Formula { .. }) == formula)
    };
    assert!(has(true) && has(false), "{kind}: a formula and a sentence");
    match &question.ask {
        Ask::Number(ask) => {
            // A quantity that follows the unit says so; the others have none.
            if let Some(name) = ask.unit {
                assert_eq!(name, strings(lang).ui.unit_name(unit), "{kind}");
                assert!(question.prompt.contains(name), "{}", question.prompt);
            }
            assert!(ask.answer.is_finite(), "{kind} seed {seed}");
            let written = format!("{}", ask.answer);
            assert_eq!(check_number(ask, &written), Verdict::Right);
            assert_eq!(
                check_number(ask, &written.replace('.', ",")),
                Verdict::Right
            );
            assert_eq!(
                check_number(ask, &crate::components::format::rounded(ask.answer)),
                Verdict::Right
            );

            for &(mistake, wrong) in &ask.mistakes {
                assert!(wrong.is_finite(), "{kind} seed {seed}: {mistake:?}");
                assert_eq!(
                    check_number(ask, &format!("{wrong}")),
                    Verdict::Wrong(Some(mistake)),
                    "{kind} seed {seed} {unit:?}: {mistake:?} {wrong} vs {}",
                    ask.answer
                );
            }
        }
        Ask::Choice(choice) => {
            assert!(choice.options.len() >= 2 && choice.correct < choice.options.len());
            for (i, option) in choice.options.iter().enumerate() {
                assert!(!option.trim().is_empty(), "{kind}");
                assert!(!choice.options[..i].contains(option), "{kind}: {option}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::check_all;
    use crate::lessons::{practice_templates, ViewId};

    /// Every lesson's templates pass the common checks, 1,000 seeds each.
    #[test]
    fn every_template_of_every_lesson_passes_the_common_checks() {
        for view in ViewId::ALL {
            check_all(practice_templates(view), view, 1000, |_, _| {});
        }
    }
}
