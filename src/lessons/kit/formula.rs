//! The one way a lesson writes a formula.

use leptos::prelude::*;

use crate::components::use_unit;
use crate::math::Unit;

/// The unit's logarithm in MathML: ln, or log with a subscript 2, and the thin space before its
/// argument.
pub fn log_markup(unit: Unit) -> &'static str {
    match unit {
        Unit::Nats => "<mi>ln</mi><mspace width=\"0.17em\"/>",
        Unit::Bits => "<msub><mi>log</mi><mn>2</mn></msub><mspace width=\"0.17em\"/>",
    }
}

/// A display formula in MathML, written as markup: `{log}` in `markup` stands for the
/// logarithm of the current unit ([`log_markup`]). The markup may be a constant or follow the
/// lesson's numbers.
///
/// A function's name and parentheses go in an `<mrow>` of their own (`<mrow><mi>H</mi><mo>(</mo>…
/// <mo>)</mo></mrow>`) where a sum or a fraction shares the formula: with a math font, fences
/// stretch to the tallest thing in their row.
///
/// Markup rather than `view!` elements: the browser parses it, so a formula costs its text in
/// the bundle instead of code that builds each element, and every lesson shares this one
/// component.
#[component]
pub fn Formula(
    /// The contents of a `<math>` element, e.g. `<mi>I</mi><mo>=</mo>…`.
    #[prop(into)]
    markup: Signal<String>,
    /// What a screen reader says for the formula (no quotes or markup).
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let unit = use_unit();
    let html = Signal::derive(move || {
        let log = log_markup(unit.get());
        format!(
            "<math display=\"block\" aria-label=\"{}\"><mrow>{}</mrow></math>",
            label.get(),
            markup.with(|m| m.replace("{log}", log))
        )
    });
    view! { <div class="formula-math" inner_html=html></div> }
}
