//! Host tests of the chart drawing functions: each chart is drawn into an SVG string (plotters'
//! SVG backend, the one the SVG export uses) and the document is checked for what the reader
//! must see. Expected positions are computed here from the formulas and the plot's own
//! data-to-pixel mapping, not taken from the chart.
//!
//! Set `CHART_SVG_DIR=/some/dir` to also write every drawn SVG there for a look.

use plotters::style::RGBColor;
use xent_lab::charts::*;
use xent_lab::math::{self, RaceLoss, Unit};

// ---------------------------------------------------------------------------------------------
// Helpers

/// One rendering of a figure.
struct Drawn {
    style: Style,
    svg: String,
    marks: Vec<Mark>,
}

/// Draws `figure` at 400 x 300 (scale 1) and 800 x 600 (scale 2) in both palettes, checks what
/// every drawing must satisfy, and returns the four drawings (light 1, light 2, dark 1, dark 2).
fn render(name: &str, figure: &Figure) -> Vec<Drawn> {
    let mut drawn = Vec::new();
    for (theme, palette) in [("light", Palette::LIGHT), ("dark", Palette::DARK)] {
        for scale in [1.0, 2.0] {
            let (width, height) = ((400.0 * scale) as u32, (300.0 * scale) as u32);
            let style = Style::new(palette, scale);
            let (svg, marks) = figure.to_svg_marked(width, height, &style);
            assert_well_formed(&svg, &style);
            for mark in &marks {
                assert!(
                    mark.plot.contains(mark.pixel),
                    "{name}: mark {mark:?} outside its plot"
                );
            }
            if let Ok(dir) = std::env::var("CHART_SVG_DIR") {
                let path = format!("{dir}/{name}-{theme}-{scale}.svg");
                std::fs::write(path, &svg).expect("writable CHART_SVG_DIR");
            }
            drawn.push(Drawn { style, svg, marks });
        }
    }
    assert_eq!(
        drawn[0].marks.len(),
        drawn[1].marks.len(),
        "{name}: marks differ between scales"
    );
    drawn
}

/// No NaN anywhere, no infinite number in an attribute, the palette's background filled.
fn assert_well_formed(svg: &str, style: &Style) {
    assert!(svg.starts_with("<svg"), "not an SVG document");
    assert!(
        svg.trim_end().ends_with("</svg>"),
        "unfinished SVG document"
    );
    assert!(!svg.contains("NaN"), "NaN in the SVG");
    assert!(!svg.contains("=\"inf"), "inf in an attribute");
    assert!(!svg.contains("=\"-inf"), "-inf in an attribute");
    let background = hex(style.palette.background);
    assert!(
        svg.contains(&format!("fill=\"{background}\"")),
        "background {background} not filled"
    );
}

fn hex(color: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", color.0, color.1, color.2)
}

/// The opening tags `<tag ...>` of the document.
fn elements<'a>(svg: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag} ");
    svg.match_indices(&open)
        .map(|(start, _)| {
            let end = svg[start..].find('>').map_or(svg.len(), |e| start + e);
            &svg[start..end]
        })
        .collect()
}

/// The value of attribute `name` of an opening tag.
fn attr<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = element.find(&key)? + key.len();
    let len = element[start..].find('"')?;
    Some(&element[start..start + len])
}

fn number(element: &str, name: &str) -> f64 {
    attr(element, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no numeric {name} in {element}"))
}

/// Circles filled with `color` (markers; their rings are unfilled).
fn filled_circles(svg: &str, color: RGBColor) -> Vec<&str> {
    let fill = hex(color);
    elements(svg, "circle")
        .into_iter()
        .filter(|c| attr(c, "fill") == Some(fill.as_str()))
        .collect()
}

/// Polylines stroked with `color`.
fn polylines(svg: &str, color: RGBColor) -> Vec<&str> {
    let stroke = hex(color);
    elements(svg, "polyline")
        .into_iter()
        .filter(|p| attr(p, "stroke") == Some(stroke.as_str()))
        .collect()
}

/// Rectangles filled with `color`.
fn filled_rects(svg: &str, color: RGBColor) -> Vec<&str> {
    let fill = hex(color);
    elements(svg, "rect")
        .into_iter()
        .filter(|r| attr(r, "fill") == Some(fill.as_str()))
        .collect()
}

/// The texts of the document.
fn texts(svg: &str) -> Vec<String> {
    svg.match_indices("<text ")
        .filter_map(|(start, _)| {
            let open_end = start + svg[start..].find('>')? + 1;
            let close = open_end + svg[open_end..].find("</text>")?;
            Some(svg[open_end..close].trim().to_string())
        })
        .collect()
}

fn has_text(svg: &str, wanted: &str) -> bool {
    texts(svg).iter().any(|t| t == wanted)
}

fn find_mark(marks: &[Mark], kind: MarkKind) -> Mark {
    *marks
        .iter()
        .find(|m| m.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} mark in {marks:?}"))
}

/// The mark's pixel is the plot's pixel of `(x, y)` (within rounding), and a marker circle or
/// square of the right colour is drawn there.
fn assert_marked_at(drawn: &Drawn, kind: MarkKind, x: f64, y: f64, color: RGBColor) {
    let mark = find_mark(&drawn.marks, kind);
    let (ex, ey) = mark.plot.pixel(x, y).expect("finite expected point");
    assert!(
        (mark.pixel.0 as f64 - ex).abs() <= 1.0 && (mark.pixel.1 as f64 - ey).abs() <= 1.0,
        "{kind:?} drawn at {:?}, ({x}, {y}) maps to ({ex:.1}, {ey:.1})",
        mark.pixel
    );
    let (px, py) = (mark.pixel.0 as f64, mark.pixel.1 as f64);
    let circle = filled_circles(&drawn.svg, color)
        .into_iter()
        .any(|c| number(c, "cx") == px && number(c, "cy") == py);
    // A square marker may be cut by a pixel at the plot's edge.
    let square = filled_rects(&drawn.svg, color).into_iter().any(|r| {
        let (rx, ry) = (number(r, "x"), number(r, "y"));
        let (w, h) = (number(r, "width"), number(r, "height"));
        (rx..=rx + w).contains(&px) && (ry..=ry + h).contains(&py) && (w - h).abs() <= 2.0
    });
    assert!(
        circle || square,
        "no {kind:?} marker drawn at {:?}",
        mark.pixel
    );
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

// ---------------------------------------------------------------------------------------------
// Figures

fn neg_log(p: f64, unit: Unit) -> Figure {
    Figure::NegLog(NegLog {
        p,
        unit,
        labels: NegLogLabels {
            x_axis: "probability p".into(),
            y_axis: "information −log p".into(),
            infinity: "∞".into(),
        },
    })
}

fn binary_entropy(p: f64, unit: Unit) -> Figure {
    Figure::BinaryEntropy(BinaryEntropyCurve {
        p,
        unit,
        labels: BinaryEntropyLabels {
            x_axis: "probability p".into(),
            y_axis: "entropy H(p)".into(),
            maximum: "maximum".into(),
        },
    })
}

fn all_contributions() -> Vec<ContributionSeries> {
    vec![
        ContributionSeries {
            quantity: Contribution::Entropy,
            name: "H(P)".into(),
        },
        ContributionSeries {
            quantity: Contribution::CrossEntropy,
            name: "H(P, Q)".into(),
        },
        ContributionSeries {
            quantity: Contribution::KlDivergence,
            name: "KL(P‖Q)".into(),
        },
    ]
}

fn distributions(p: Vec<f64>, q: Option<Vec<f64>>, series: Vec<ContributionSeries>) -> Figure {
    Figure::Distributions(Distributions {
        outcomes: (0..p.len()).map(|i| format!("outcome {i}")).collect(),
        p,
        q,
        contributions: series,
        unit: Unit::Nats,
        held_axis: None,
        labels: DistributionsLabels {
            outcome_axis: "outcome".into(),
            probability_axis: "probability".into(),
            contribution_axis: "contribution (nats)".into(),
            p: "P".into(),
            q: "Q".into(),
            infinity: "∞".into(),
        },
    })
}

fn kl(kl_pq: f64, kl_qp: f64) -> Figure {
    Figure::KlAsymmetry(KlAsymmetry {
        kl_pq,
        kl_qp,
        unit: Unit::Nats,
        held_axis: None,
        labels: KlAsymmetryLabels {
            kl_pq: "KL(P‖Q)".into(),
            kl_qp: "KL(Q‖P)".into(),
            y_axis: "divergence (nats)".into(),
            infinity: "∞".into(),
        },
    })
}

fn loss_labels() -> LossCurveLabels {
    LossCurveLabels {
        x_axis: "true class".into(),
        y_axis: "loss (nats)".into(),
        cross_entropy: "cross-entropy".into(),
        squared_error: "squared error".into(),
        infinity: "∞".into(),
    }
}

fn default_logits() -> Vec<f64> {
    vec![0.7f64.ln(), 0.2f64.ln(), 0.1f64.ln()]
}

fn race(z: &[f64], true_class: usize, rate: f64, shown_steps: usize) -> Figure {
    Figure::Race(RaceFigure {
        cross_entropy: math::training_race(z, true_class, rate, RaceLoss::CrossEntropy).unwrap(),
        squared_error: math::training_race(z, true_class, rate, RaceLoss::SquaredError).unwrap(),
        shown_steps,
        labels: RaceLabels {
            x_axis: "steps".into(),
            y_axis: "probability of the true class".into(),
            cross_entropy: "cross-entropy".into(),
            squared_error: "squared error".into(),
            target: "target".into(),
            infinity: "∞".into(),
        },
    })
}

fn batch(losses: Vec<f64>, mean: f64) -> Figure {
    Figure::BatchLosses(BatchLosses {
        losses,
        mean,
        unit: Unit::Nats,
        held_axis: None,
        labels: BatchLossesLabels {
            x_axis: "sample".into(),
            y_axis: "loss (nats)".into(),
            mean: "mean".into(),
            infinity: "∞".into(),
        },
    })
}

/// Every figure with ordinary and extreme inputs.
fn every_figure() -> Vec<(&'static str, Figure)> {
    let one_of_eight = math::one_hot(0, 8).unwrap();
    let z = default_logits();
    let extreme = vec![-50.0, 50.0, 0.0];
    vec![
        ("neg-log", neg_log(0.25, Unit::Nats)),
        ("neg-log-0", neg_log(0.0, Unit::Bits)),
        ("neg-log-1", neg_log(1.0, Unit::Nats)),
        ("neg-log-tiny", neg_log(1e-300, Unit::Nats)),
        ("neg-log-invalid", neg_log(f64::NAN, Unit::Nats)),
        ("binary-entropy", binary_entropy(0.3, Unit::Nats)),
        ("binary-entropy-0", binary_entropy(0.0, Unit::Bits)),
        ("binary-entropy-1", binary_entropy(1.0, Unit::Nats)),
        (
            "distributions",
            distributions(
                vec![0.7, 0.2, 0.1],
                Some(vec![0.5, 0.3, 0.2]),
                all_contributions(),
            ),
        ),
        (
            "distributions-one-of-eight",
            distributions(
                one_of_eight.clone(),
                Some(math::uniform(8).unwrap()),
                all_contributions(),
            ),
        ),
        (
            "distributions-infinite",
            distributions(
                vec![0.5, 0.5, 0.0],
                Some(vec![1.0, 0.0, 0.0]),
                all_contributions(),
            ),
        ),
        (
            "distributions-empty-q",
            distributions(vec![0.7, 0.2, 0.1], Some(vec![]), all_contributions()),
        ),
        (
            "distributions-empty",
            distributions(vec![], None, all_contributions()),
        ),
        ("kl", kl(0.0851, 0.0920)),
        ("kl-infinite", kl(0.5, f64::INFINITY)),
        ("kl-zero", kl(0.0, 0.0)),
        (
            "loss-vs-probability",
            Figure::LossVsProbability(LossVsProbability {
                z: z.clone(),
                true_class: 0,
                labels: loss_labels(),
            }),
        ),
        (
            "loss-vs-probability-extreme",
            Figure::LossVsProbability(LossVsProbability {
                z: extreme.clone(),
                true_class: 0,
                labels: loss_labels(),
            }),
        ),
        (
            "loss-vs-logit",
            Figure::LossVsLogit(LossVsLogit {
                z: z.clone(),
                true_class: 0,
                labels: loss_labels(),
            }),
        ),
        (
            "loss-vs-logit-extreme",
            Figure::LossVsLogit(LossVsLogit {
                z: extreme.clone(),
                true_class: 0,
                labels: loss_labels(),
            }),
        ),
        (
            "gradient-vs-logit",
            Figure::GradientVsLogit(GradientVsLogit {
                z: z.clone(),
                true_class: 0,
                labels: loss_labels(),
            }),
        ),
        (
            "gradient-vs-logit-extreme",
            Figure::GradientVsLogit(GradientVsLogit {
                z: extreme,
                true_class: 1,
                labels: loss_labels(),
            }),
        ),
        (
            "gradient-vs-logit-bad-class",
            Figure::GradientVsLogit(GradientVsLogit {
                z: z.clone(),
                true_class: 7,
                labels: loss_labels(),
            }),
        ),
        ("race", race(&z, 0, 1.0, usize::MAX)),
        (
            "race-confident-wrong",
            race(&[0.0, 0.0, -5.0], 2, 1.0, usize::MAX),
        ),
        ("race-start", race(&[0.0, 0.0, -5.0], 2, 1.0, 0)),
        ("race-capped", race(&[0.0, 0.0], 0, 1e-9, usize::MAX)),
        ("batch-losses", batch(vec![0.5108, 1.2, 0.1], 0.6036)),
        (
            "batch-losses-infinite",
            batch(vec![0.5108, f64::INFINITY], f64::INFINITY),
        ),
        ("batch-losses-empty", batch(vec![], 0.0)),
    ]
}

// ---------------------------------------------------------------------------------------------
// Every chart

#[test]
fn every_figure_renders_in_both_palettes_and_scales_without_nan() {
    for (name, figure) in every_figure() {
        let drawn = render(name, &figure);
        // The dark drawing really is dark: its background differs from the light one.
        assert_ne!(drawn[0].svg, drawn[2].svg, "{name}: palettes ignored");
    }
}

#[test]
fn tiny_and_odd_areas_and_scales_do_not_panic() {
    let styles = [
        Style::new(Palette::LIGHT, f64::NAN),
        Style::new(Palette::DARK, 0.0),
        Style::new(Palette::LIGHT, -3.0),
        Style::new(Palette::DARK, 100.0),
    ];
    for (name, figure) in every_figure() {
        for (width, height) in [(0, 0), (1, 1), (30, 20), (2000, 12), (12, 900)] {
            for style in &styles {
                let svg = figure.to_svg(width, height, style);
                assert!(!svg.contains("NaN"), "{name} at {width}x{height}: NaN");
            }
        }
    }
}

#[test]
fn the_svg_export_writes_what_plotters_svg_backend_writes() {
    // The export has its own writer (no float formatting in the bundle); it must stay
    // element for element what plotters' backend writes, in every chart, size and style.
    let styles = [
        Style::LIGHT,
        Style::new(Palette::DARK, 1.0),
        Style::new(Palette::LIGHT, 2.0),
        Style::new(Palette::DARK, 1.5),
    ];
    for (name, figure) in every_figure() {
        for (width, height) in [(640, 480), (320, 240), (1, 1)] {
            for style in &styles {
                let ours = figure.to_svg(width, height, style);
                let mut theirs = String::new();
                {
                    let mut backend =
                        plotters::prelude::SVGBackend::with_string(&mut theirs, (width, height));
                    let area = AnyBackend(&mut backend).into_drawing_area();
                    let _ = drawers::any(&figure, &area, style);
                    let _ = area.present();
                }
                assert_eq!(ours, theirs, "{name} at {width}x{height}");
            }
        }
    }
}

#[test]
fn every_label_is_set_in_the_pages_sans_serif_font() {
    // The family travels through the erased backend by variant (no name lookup), and must
    // still reach the SVG as the generic family the page's CJK fallback applies to.
    for (name, figure) in every_figure() {
        let svg = figure.to_svg(640, 480, &Style::LIGHT);
        let texts = svg.matches("<text").count();
        assert!(texts > 0, "{name}: no text drawn");
        assert_eq!(
            svg.matches("font-family=\"sans-serif\"").count(),
            texts,
            "{name}: a label in another font family"
        );
    }
}

#[test]
fn figure_names_are_the_contract_chart_names() {
    let names: Vec<&str> = every_figure().iter().map(|(_, f)| f.name()).collect();
    for expected in [
        "neg-log",
        "binary-entropy",
        "distributions",
        "kl-asymmetry",
        "loss-vs-probability",
        "loss-vs-logit",
        "gradient-vs-logit",
        "race",
        "batch-losses",
    ] {
        assert!(names.contains(&expected), "no figure named {expected}");
    }
}

/// The drawer a lesson hands its `Chart` for each chart name.
fn drawer_of(name: &str) -> Drawer {
    match name {
        "neg-log" => drawers::neg_log,
        "binary-entropy" => drawers::binary_entropy,
        "distributions" => drawers::distributions,
        "kl-asymmetry" => drawers::kl_asymmetry,
        "loss-vs-probability" => drawers::loss_vs_probability,
        "loss-vs-logit" => drawers::loss_vs_logit,
        "gradient-vs-logit" => drawers::gradient_vs_logit,
        "race" => drawers::race,
        "batch-losses" => drawers::batch_losses,
        other => panic!("no drawer for {other}"),
    }
}

#[test]
fn each_drawer_draws_its_own_kind_as_the_figure_does_and_refuses_the_others() {
    let style = Style::new(Palette::LIGHT, 1.0);
    let figures = every_figure();
    for (label, figure) in &figures {
        let own = drawer_of(figure.name());
        assert_eq!(
            figure.to_svg_drawn_by(own, 640, 480, &style),
            figure.to_svg_marked(640, 480, &style),
            "{label}: its drawer draws it as Figure::draw_marked does"
        );
        for (_, other) in figures.iter().filter(|(_, f)| f.name() != figure.name()) {
            let mut recording = Recording::new((64, 48));
            let refused = drawer_of(other.name())(
                figure,
                &AnyBackend(&mut recording).into_drawing_area(),
                &style,
            );
            assert!(
                refused.is_err(),
                "{label} drawn by {}'s drawer",
                other.name()
            );
        }
    }
}

#[test]
fn scale_two_doubles_markers_and_fonts() {
    let drawn = render("neg-log-scale", &neg_log(0.25, Unit::Nats));
    let radius = |d: &Drawn| number(filled_circles(&d.svg, d.style.palette.point)[0], "r");
    assert_eq!(radius(&drawn[1]), 2.0 * radius(&drawn[0]));
    let font = |d: &Drawn| {
        elements(&d.svg, "text")
            .iter()
            .map(|t| number(t, "font-size"))
            .fold(0.0, f64::max)
    };
    assert!((font(&drawn[1]) - 2.0 * font(&drawn[0])).abs() < 1e-9);
}

#[test]
fn palettes_keep_series_readable_on_their_background() {
    fn luminance(c: RGBColor) -> f64 {
        let channel = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.03928 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    }
    fn contrast(a: RGBColor, b: RGBColor) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }
    for palette in [Palette::LIGHT, Palette::DARK] {
        let bg = palette.background;
        assert!(contrast(palette.text, bg) >= 7.0, "text contrast");
        for (name, color) in [
            ("axis", palette.axis),
            ("p", palette.p),
            ("q", palette.q),
            ("cross_entropy", palette.cross_entropy),
            ("squared_error", palette.squared_error),
            ("point", palette.point),
            ("accent", palette.accent),
        ] {
            let ratio = contrast(color, bg);
            assert!(ratio >= 3.0, "{name} has contrast {ratio:.2} on {bg:?}");
        }
        // Series shown together must be different colours (they also differ in pattern).
        assert_ne!(palette.p, palette.q);
        assert_ne!(palette.cross_entropy, palette.squared_error);
        assert_ne!(palette.p, palette.cross_entropy);
        assert_ne!(palette.accent, palette.p);
    }
}

#[test]
fn values_are_written_with_four_decimals_and_infinity_as_its_label() {
    assert_eq!(format_value(0.35667494393873245, "∞"), "0.3567");
    assert_eq!(format_value(-1e-9, "∞"), "0.0000");
    assert_eq!(format_value(f64::INFINITY, "∞"), "∞");
    assert_eq!(format_value(f64::NEG_INFINITY, "∞"), "-∞");
    assert_eq!(format_value(f64::NAN, "∞"), "");
}

// ---------------------------------------------------------------------------------------------
// neg-log

#[test]
fn neg_log_marks_p_at_minus_ln_p_with_its_value() {
    let p: f64 = 0.25;
    for drawn in render("neg-log-point", &neg_log(p, Unit::Nats)) {
        assert_marked_at(
            &drawn,
            MarkKind::Current,
            p,
            -p.ln(),
            drawn.style.palette.point,
        );
        assert!(has_text(&drawn.svg, "1.3863"), "value not written");
    }
    // In bits the point is at -log2 p = 2.
    for drawn in render("neg-log-bits", &neg_log(p, Unit::Bits)) {
        assert_marked_at(&drawn, MarkKind::Current, p, 2.0, drawn.style.palette.point);
        assert!(has_text(&drawn.svg, "2.0000"));
    }
}

#[test]
fn neg_log_samples_one_point_per_pixel_column() {
    for drawn in render("neg-log-columns", &neg_log(0.5, Unit::Nats)) {
        let plot = drawn.marks[0].plot;
        let columns = (plot.right - plot.left) as usize;
        let points: usize = polylines(&drawn.svg, drawn.style.palette.p)
            .iter()
            .map(|p| attr(p, "points").unwrap_or("").split_whitespace().count())
            .sum();
        // One per column, and up to 32 more for the climb within the first column.
        assert!(
            points >= columns * 9 / 10 && points <= columns + 32 + 3,
            "{points} points for {columns} columns"
        );
    }
}

#[test]
fn neg_log_climbs_to_the_point_of_a_tiny_probability() {
    // I(1e-4) = 9.2 nats lies within the first pixel column's climb.
    for unit in [Unit::Nats, Unit::Bits] {
        for drawn in render("neg-log-steep", &neg_log(1e-4, unit)) {
            let mark = find_mark(&drawn.marks, MarkKind::Current);
            let distance = curve_distance(&drawn, drawn.style.palette.p, mark.pixel);
            assert!(
                distance <= 1.5,
                "{unit:?}: the curve passes {distance:.1} px from the point"
            );
        }
    }
}

#[test]
fn cross_entropy_over_q_climbs_to_the_point_of_a_tiny_probability() {
    // q_t = 0.00075: CE = 7.2 nats, below the axis top of 8, within the first column's climb.
    let figure = Figure::LossVsProbability(LossVsProbability {
        z: vec![-6.5, 0.0, 0.0],
        true_class: 0,
        labels: loss_labels(),
    });
    for drawn in render("loss-vs-probability-steep", &figure) {
        let mark = find_mark(&drawn.marks, MarkKind::CrossEntropy);
        let distance = curve_distance(&drawn, drawn.style.palette.cross_entropy, mark.pixel);
        assert!(
            distance <= 1.5,
            "the CE curve passes {distance:.1} px from its point"
        );
    }
}

/// The distance in pixels from `pixel` to the nearest polyline of `color`.
fn curve_distance(drawn: &Drawn, color: RGBColor, pixel: (i32, i32)) -> f64 {
    let point = (f64::from(pixel.0), f64::from(pixel.1));
    polylines(&drawn.svg, color)
        .iter()
        .flat_map(|polyline| {
            let points: Vec<(f64, f64)> = attr(polyline, "points")
                .unwrap_or("")
                .split_whitespace()
                .filter_map(|xy| {
                    let (x, y) = xy.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect();
            points
                .windows(2)
                .map(|pair| segment_distance(point, pair[0], pair[1]))
                .collect::<Vec<_>>()
        })
        .fold(f64::INFINITY, f64::min)
}

/// The distance from `point` to the segment from `a` to `b`.
fn segment_distance(point: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = dx * dx + dy * dy;
    let t = if length == 0.0 {
        0.0
    } else {
        xent_lab::math::clamp(
            ((point.0 - a.0) * dx + (point.1 - a.1) * dy) / length,
            0.0,
            1.0,
        )
    };
    let (x, y) = (a.0 + t * dx, a.1 + t * dy);
    ((point.0 - x).powi(2) + (point.1 - y).powi(2)).sqrt()
}

#[test]
fn neg_log_of_zero_is_marked_on_the_top_edge_with_infinity() {
    for drawn in render("neg-log-zero", &neg_log(0.0, Unit::Nats)) {
        let mark = find_mark(&drawn.marks, MarkKind::Current);
        assert_eq!(mark.value.1, f64::INFINITY);
        assert_eq!(mark.pixel, (mark.plot.left, mark.plot.top));
        assert!(has_text(&drawn.svg, "∞"));
    }
    for drawn in render("neg-log-one", &neg_log(1.0, Unit::Nats)) {
        let mark = find_mark(&drawn.marks, MarkKind::Current);
        assert_eq!(mark.pixel, (mark.plot.right, mark.plot.bottom));
        assert!(has_text(&drawn.svg, "0.0000"));
    }
}

// ---------------------------------------------------------------------------------------------
// binary-entropy

#[test]
fn binary_entropy_marks_the_maximum_at_one_half_and_the_current_p() {
    let p: f64 = 0.3;
    let h = -p * p.ln() - (1.0 - p) * (1.0 - p).ln();
    for drawn in render("binary-entropy-marks", &binary_entropy(p, Unit::Nats)) {
        let accent = drawn.style.palette.accent;
        assert_marked_at(&drawn, MarkKind::Maximum, 0.5, 2f64.ln(), accent);
        assert_marked_at(&drawn, MarkKind::Current, p, h, drawn.style.palette.point);
        assert!(has_text(&drawn.svg, "maximum = 0.6931"));
        assert!(has_text(&drawn.svg, &format!("{h:.4}")));
    }
    for drawn in render("binary-entropy-bits", &binary_entropy(0.5, Unit::Bits)) {
        assert_marked_at(
            &drawn,
            MarkKind::Maximum,
            0.5,
            1.0,
            drawn.style.palette.accent,
        );
        assert!(has_text(&drawn.svg, "maximum = 1.0000"));
    }
}

// ---------------------------------------------------------------------------------------------
// distributions

#[test]
fn distributions_draw_p_and_hatched_q_and_every_contribution() {
    let p = [0.7, 0.2, 0.1];
    let q = [0.5, 0.3, 0.2];
    let figure = distributions(p.to_vec(), Some(q.to_vec()), all_contributions());
    for drawn in render("distributions-bars", &figure) {
        let palette = drawn.style.palette;
        let bars = |series| {
            drawn
                .marks
                .iter()
                .filter(|m| matches!(m.kind, MarkKind::Bar { series: s, .. } if s == series))
                .count()
        };
        assert_eq!((bars(0), bars(1)), (3, 3));
        // P bars are solid (three bars and the legend swatch), Q bars hatched: many thin lines.
        let p_solid = filled_rects(&drawn.svg, palette.p).len();
        assert!(p_solid >= 4, "{p_solid} solid P rectangles");
        assert!(polylines(&drawn.svg, palette.q).len() > 6, "Q not hatched");

        // Each contribution bar ends at its term, computed here from the formulas.
        let formulas: [fn(f64, f64) -> f64; 3] = [
            |p, _| -p * p.ln(),
            |p, q| -p * q.ln(),
            |p, q| p * (p / q).ln(),
        ];
        for (series, formula) in formulas.iter().enumerate() {
            for i in 0..3 {
                let kind = MarkKind::Contribution { series, index: i };
                let mark = find_mark(&drawn.marks, kind);
                let term = formula(p[i], q[i]);
                assert!(
                    close(mark.value.1, term),
                    "{kind:?}: {} vs {term}",
                    mark.value.1
                );
                let (_, y) = mark.plot.pixel(i as f64, term).unwrap();
                assert!((mark.pixel.1 as f64 - y).abs() <= 1.0, "{kind:?} height");
            }
        }
        // KL terms 2 and 3 are negative: their bars hang below the zero line.
        let zero = |m: &Mark| m.plot.pixel(0.0, 0.0).unwrap().1 as i32;
        let negative = find_mark(
            &drawn.marks,
            MarkKind::Contribution {
                series: 2,
                index: 1,
            },
        );
        assert!(negative.pixel.1 > zero(&negative));
        for name in ["P", "Q", "H(P)", "H(P, Q)", "KL(P‖Q)"] {
            assert!(has_text(&drawn.svg, name), "legend {name} missing");
        }
    }
}

#[test]
fn distributions_for_the_entropy_view_show_p_and_its_terms_only() {
    let series = vec![ContributionSeries {
        quantity: Contribution::Entropy,
        name: "p·(−ln p)".into(),
    }];
    let figure = distributions(vec![0.7, 0.2, 0.1], None, series);
    for drawn in render("distributions-entropy", &figure) {
        let bars = drawn
            .marks
            .iter()
            .filter(|m| matches!(m.kind, MarkKind::Bar { .. }))
            .count();
        let terms = drawn
            .marks
            .iter()
            .filter(|m| matches!(m.kind, MarkKind::Contribution { .. }))
            .count();
        assert_eq!((bars, terms), (3, 3));
        assert!(!has_text(&drawn.svg, "Q"));
        assert!(polylines(&drawn.svg, drawn.style.palette.q).is_empty());
        // The example's terms: 0.7 * 0.357, 0.2 * 1.609, 0.1 * 2.303.
        for value in ["0.2497", "0.3219", "0.2303"] {
            assert!(has_text(&drawn.svg, value), "{value} not written");
        }
    }
}

#[test]
fn distributions_cut_off_infinite_terms_with_infinity() {
    let figure = distributions(
        vec![0.5, 0.5, 0.0],
        Some(vec![1.0, 0.0, 0.0]),
        all_contributions(),
    );
    for drawn in render("distributions-infinity", &figure) {
        assert!(has_text(&drawn.svg, "∞"));
        let infinite = find_mark(
            &drawn.marks,
            MarkKind::Contribution {
                series: 1,
                index: 1,
            },
        );
        let finite = find_mark(
            &drawn.marks,
            MarkKind::Contribution {
                series: 0,
                index: 1,
            },
        );
        assert_eq!(infinite.value.1, f64::INFINITY);
        assert!(
            infinite.pixel.1 < finite.pixel.1,
            "∞ bar not above the finite ones"
        );
        assert!(
            !elements(&drawn.svg, "polygon").is_empty(),
            "no cut-off bar"
        );
    }
}

#[test]
fn distributions_with_one_of_eight_outcomes_draw_eight_groups() {
    let figure = distributions(
        math::one_hot(0, 8).unwrap(),
        Some(math::uniform(8).unwrap()),
        all_contributions(),
    );
    for drawn in render("distributions-eight", &figure) {
        let bars = drawn
            .marks
            .iter()
            .filter(|m| matches!(m.kind, MarkKind::Bar { .. }))
            .count();
        assert_eq!(bars, 16);
    }
}

// ---------------------------------------------------------------------------------------------
// kl-asymmetry

#[test]
fn kl_asymmetry_writes_both_values() {
    for drawn in render("kl-values", &kl(0.0851, 0.0920)) {
        assert!(has_text(&drawn.svg, "0.0851") && has_text(&drawn.svg, "0.0920"));
        assert!(has_text(&drawn.svg, "KL(P‖Q)") && has_text(&drawn.svg, "KL(Q‖P)"));
        assert!(!has_text(&drawn.svg, "∞"));
        let first = find_mark(
            &drawn.marks,
            MarkKind::Bar {
                series: 0,
                index: 0,
            },
        );
        let second = find_mark(
            &drawn.marks,
            MarkKind::Bar {
                series: 0,
                index: 1,
            },
        );
        assert!(
            second.pixel.1 < first.pixel.1,
            "the larger bar is not taller"
        );
    }
}

#[test]
fn kl_asymmetry_cuts_off_an_infinite_bar_with_infinity() {
    for drawn in render("kl-infinity", &kl(0.5, f64::INFINITY)) {
        assert!(has_text(&drawn.svg, "∞"));
        assert!(has_text(&drawn.svg, "0.5000"));
        // The broken top is a zigzag outline: a polygon with many corners.
        let zigzag = elements(&drawn.svg, "polygon")
            .iter()
            .any(|p| attr(p, "points").unwrap_or("").split_whitespace().count() > 8);
        assert!(zigzag, "no zigzag-topped bar");
        let infinite = find_mark(
            &drawn.marks,
            MarkKind::Bar {
                series: 0,
                index: 1,
            },
        );
        let finite = find_mark(
            &drawn.marks,
            MarkKind::Bar {
                series: 0,
                index: 0,
            },
        );
        assert!(infinite.pixel.1 < finite.pixel.1);
    }
}

// ---------------------------------------------------------------------------------------------
// loss-vs-probability, loss-vs-logit, gradient-vs-logit

#[test]
fn loss_vs_probability_marks_ce_and_mse_at_the_current_q() {
    let figure = Figure::LossVsProbability(LossVsProbability {
        z: default_logits(),
        true_class: 0,
        labels: loss_labels(),
    });
    let q: f64 = 0.7;
    // The others keep shares 2/3 and 1/3 of the rest: MSE = (1 - q)^2 (1 + 4/9 + 1/9) = 0.14.
    let mse = (1.0 - q).powi(2) * (1.0 + 4.0 / 9.0 + 1.0 / 9.0);
    for drawn in render("loss-vs-probability-marks", &figure) {
        let palette = drawn.style.palette;
        assert_marked_at(
            &drawn,
            MarkKind::CrossEntropy,
            q,
            -q.ln(),
            palette.cross_entropy,
        );
        assert_marked_at(
            &drawn,
            MarkKind::SquaredError,
            q,
            mse,
            palette.squared_error,
        );
        // The current values are in the legend.
        assert!(has_text(&drawn.svg, "cross-entropy = 0.3567"));
        assert!(has_text(&drawn.svg, "squared error = 0.1400"));
        // CE is one solid polyline (plus its legend line); MSE is drawn in many dashes.
        assert!(polylines(&drawn.svg, palette.cross_entropy).len() <= 3);
        assert!(
            polylines(&drawn.svg, palette.squared_error).len() >= 10,
            "MSE not dashed"
        );
    }
}

#[test]
fn loss_vs_logit_spans_the_current_logit_and_marks_both_losses() {
    let z = default_logits();
    let figure = Figure::LossVsLogit(LossVsLogit {
        z: z.clone(),
        true_class: 0,
        labels: loss_labels(),
    });
    for drawn in render("loss-vs-logit-marks", &figure) {
        let palette = drawn.style.palette;
        let mark = find_mark(&drawn.marks, MarkKind::CrossEntropy);
        assert!(mark.plot.x_range.0 <= -10.0 && mark.plot.x_range.1 >= 10.0);
        assert_marked_at(
            &drawn,
            MarkKind::CrossEntropy,
            z[0],
            -0.7f64.ln(),
            palette.cross_entropy,
        );
        assert_marked_at(
            &drawn,
            MarkKind::SquaredError,
            z[0],
            0.14,
            palette.squared_error,
        );
        assert!(
            polylines(&drawn.svg, palette.squared_error).len() >= 10,
            "SE not dashed"
        );
    }
    // A confidently wrong model: z_t = -50 is inside the range, with margin.
    let figure = Figure::LossVsLogit(LossVsLogit {
        z: vec![-50.0, 50.0, 0.0],
        true_class: 0,
        labels: loss_labels(),
    });
    for drawn in render("loss-vs-logit-wrong", &figure) {
        let mark = find_mark(&drawn.marks, MarkKind::SquaredError);
        // The left end moves out in steps of 5 to keep 2 beyond z_t; the right stays at 12.
        assert_eq!(mark.plot.x_range, (-55.0, 12.0));
        // CE = 100 nats at the current logit, and more to its left: the axis holds it all.
        let ce = find_mark(&drawn.marks, MarkKind::CrossEntropy);
        assert!(ce.plot.y_range.1 >= 108.0);
        assert_marked_at(
            &drawn,
            MarkKind::CrossEntropy,
            -50.0,
            100.0,
            drawn.style.palette.cross_entropy,
        );
        assert!(has_text(&drawn.svg, "cross-entropy = 100.0000"));
        assert!(has_text(&drawn.svg, "squared error = 2.0000"));
    }
}

#[test]
fn gradient_vs_logit_marks_the_lesson_numbers_and_a_zero_line() {
    let z = default_logits();
    let figure = Figure::GradientVsLogit(GradientVsLogit {
        z: z.clone(),
        true_class: 0,
        labels: loss_labels(),
    });
    for drawn in render("gradient-vs-logit-marks", &figure) {
        let palette = drawn.style.palette;
        // CE's gradient q - 1 = -0.3; MSE's -2 q L = -2 * 0.7 * 0.14 = -0.196.
        assert_marked_at(
            &drawn,
            MarkKind::CrossEntropy,
            z[0],
            -0.3,
            palette.cross_entropy,
        );
        assert_marked_at(
            &drawn,
            MarkKind::SquaredError,
            z[0],
            -0.196,
            palette.squared_error,
        );
        assert!(has_text(&drawn.svg, "cross-entropy = -0.3000"));
        assert!(has_text(&drawn.svg, "squared error = -0.1960"));
        let mark = find_mark(&drawn.marks, MarkKind::CrossEntropy);
        let zero_row = mark.plot.pixel(0.0, 0.0).unwrap().1 as i32;
        let zero_line = polylines(&drawn.svg, palette.axis).iter().any(|p| {
            let points: Vec<&str> = attr(p, "points").unwrap_or("").split_whitespace().collect();
            let row = |xy: &&str| xy.split(',').nth(1).and_then(|y| y.parse::<i32>().ok());
            points.len() == 2
                && points
                    .iter()
                    .all(|xy| row(xy).is_some_and(|y| (y - zero_row).abs() <= 1))
        });
        assert!(zero_line, "no zero line at row {zero_row}");
    }
}

// ---------------------------------------------------------------------------------------------
// race

#[test]
fn race_marks_each_finish_and_the_target() {
    let z = [0.0, 0.0, -5.0];
    let ce = math::training_race(&z, 2, 1.0, RaceLoss::CrossEntropy).unwrap();
    let se = math::training_race(&z, 2, 1.0, RaceLoss::SquaredError).unwrap();
    let (ce_steps, se_steps) = (ce.steps_to_target.unwrap(), se.steps_to_target.unwrap());
    assert!(ce_steps < se_steps, "the lesson's premise");
    let figure = race(&z, 2, 1.0, usize::MAX);
    let Figure::Race(data) = &figure else {
        unreachable!()
    };
    let axis = data.step_axis();
    assert_eq!(axis, StepAxis::for_steps(se_steps));
    for drawn in render("race-finish", &figure) {
        let palette = drawn.style.palette;
        let ce_x = axis.position(ce_steps);
        let se_x = axis.position(se_steps);
        let kinds = [MarkKind::CrossEntropyFinish, MarkKind::SquaredErrorFinish];
        assert_marked_at(
            &drawn,
            kinds[0],
            ce_x,
            ce.probability_true[ce_steps],
            palette.cross_entropy,
        );
        assert_marked_at(
            &drawn,
            kinds[1],
            se_x,
            se.probability_true[se_steps],
            palette.squared_error,
        );
        assert!(has_text(&drawn.svg, &ce_steps.to_string()));
        assert!(has_text(&drawn.svg, &se_steps.to_string()));
        assert!(has_text(&drawn.svg, "target = 0.9"));
        // The x axis ends at the first nice step count (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times
        // a power of ten) at or above the longer run.
        let nice_steps = (0..6)
            .flat_map(|k| {
                [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0].map(|m| (m * 10f64.powi(k)) as usize)
            })
            .find(|&n| n >= se_steps)
            .unwrap();
        let mark = find_mark(&drawn.marks, kinds[1]);
        assert_eq!(mark.plot.x_range.1, axis.position(nice_steps));
        assert!(nice_steps < 2 * se_steps);
        assert!(
            polylines(&drawn.svg, palette.squared_error).len() >= 5,
            "MSE not dashed"
        );
    }
}

#[test]
fn race_animation_shows_only_the_steps_so_far() {
    let start = render("race-step-0", &race(&[0.0, 0.0, -5.0], 2, 1.0, 0));
    assert!(
        start[0].marks.is_empty(),
        "a finish shown before the race ran"
    );
    let full = render("race-all", &race(&[0.0, 0.0, -5.0], 2, 1.0, usize::MAX));
    assert_eq!(full[0].marks.len(), 2);
    // The axes do not move while the race plays.
    let first = find_mark(&full[0].marks, MarkKind::SquaredErrorFinish).plot;
    let partial = render("race-step-1", &race(&[0.0, 0.0, -5.0], 2, 1.0, 1));
    assert!(partial[0].marks.is_empty());
    let (svg_partial, svg_full) = (&partial[0].svg, &full[0].svg);
    assert!(svg_partial.len() < svg_full.len());
    assert!(first.x_range.1 > 1.0);
}

#[test]
fn a_race_that_needs_no_step_still_counts_whole_steps() {
    // The true class already has 0.9 or more: both runs finish at step 0.
    let figure = race(&[5.0, 0.0, 0.0], 0, 1.0, usize::MAX);
    for drawn in render("race-no-step", &figure) {
        let ticks = texts(&drawn.svg);
        assert!(
            has_text(&drawn.svg, "10"),
            "the axis spans 10 steps: {ticks:?}"
        );
        // 0.2 is a probability tick; a step axis over 0..1 would write it a second time.
        let fifths = ticks.iter().filter(|t| t.as_str() == "0.2").count();
        assert_eq!(fifths, 1, "fractional step ticks: {ticks:?}");
    }
}

#[test]
fn a_long_race_uses_a_log_axis_and_a_capped_run_ends_in_infinity() {
    assert_eq!(StepAxis::for_steps(100), StepAxis::Linear);
    assert_eq!(StepAxis::for_steps(101), StepAxis::Logarithmic);
    assert_eq!(StepAxis::Logarithmic.position(0), 0.0);
    assert!(close(StepAxis::Logarithmic.position(9), 1.0));
    let figure = race(&[0.0, 0.0], 0, 1e-9, usize::MAX);
    for drawn in render("race-cap", &figure) {
        assert!(drawn.marks.is_empty(), "neither run finished");
        assert!(has_text(&drawn.svg, "∞"));
        for tick in ["0", "1", "10", "100", "1000", "10000"] {
            assert!(has_text(&drawn.svg, tick), "tick {tick} missing");
        }
        // 10,001 recorded steps are thinned to about one point per pixel column.
        let points: usize = polylines(&drawn.svg, drawn.style.palette.cross_entropy)
            .iter()
            .map(|p| attr(p, "points").unwrap_or("").split_whitespace().count())
            .sum();
        assert!(points < 2000, "{points} points drawn");
    }
}

// ---------------------------------------------------------------------------------------------
// batch-losses

#[test]
fn batch_losses_draw_a_bar_per_sample_and_the_mean() {
    let losses = vec![0.5108, 1.2, 0.1];
    let mean = losses.iter().sum::<f64>() / 3.0;
    for drawn in render("batch-bars", &batch(losses.clone(), mean)) {
        let palette = drawn.style.palette;
        assert_eq!(filled_rects(&drawn.svg, palette.cross_entropy).len(), 3);
        for (index, &loss) in losses.iter().enumerate() {
            let mark = find_mark(&drawn.marks, MarkKind::Bar { series: 0, index });
            let (x, y) = mark.plot.pixel(index as f64, loss).unwrap();
            assert!(
                (mark.pixel.0 as f64 - x).abs() <= 1.0 && (mark.pixel.1 as f64 - y).abs() <= 1.0
            );
        }
        let line = find_mark(&drawn.marks, MarkKind::Mean);
        let (_, row) = line.plot.pixel(line.plot.x_range.0, mean).unwrap();
        assert!((line.pixel.1 as f64 - row).abs() <= 1.0);
        assert!(has_text(&drawn.svg, &format!("mean = {mean:.4}")));
        for n in ["1", "2", "3"] {
            assert!(has_text(&drawn.svg, n), "sample {n} not named");
        }
    }
}

#[test]
fn batch_losses_cut_off_an_infinite_loss() {
    for drawn in render(
        "batch-infinite",
        &batch(vec![0.5108, f64::INFINITY], f64::INFINITY),
    ) {
        let palette = drawn.style.palette;
        assert!(has_text(&drawn.svg, "∞") && has_text(&drawn.svg, "mean = ∞"));
        assert_eq!(filled_rects(&drawn.svg, palette.cross_entropy).len(), 1);
        assert!(
            !elements(&drawn.svg, "polygon").is_empty(),
            "no cut-off bar"
        );
        assert!(
            drawn.marks.iter().all(|m| m.kind != MarkKind::Mean),
            "an infinite mean has no line"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Layers: on screen a chart is a base canvas (frame, curves, bars) under an overlay (markers).

/// `figure`'s drawing of `layer` at 400 x 300, as a recording.
fn recorded(figure: &Figure, layer: Layer) -> Recording {
    let mut recording = Recording::new((400, 300));
    figure
        .draw(
            &AnyBackend(&mut recording).into_drawing_area(),
            &Style::LIGHT.with_layer(layer),
        )
        .expect("a recording cannot fail");
    recording
}

/// `figure` drawn with `layer` into an SVG document (through a recording, as the canvas gets it).
fn layer_svg(figure: &Figure, layer: Layer) -> String {
    let mut svg = String::new();
    {
        let mut backend = plotters::prelude::SVGBackend::with_string(&mut svg, (400, 300));
        recorded(figure, layer)
            .replay(&mut backend)
            .expect("SVG drawing cannot fail");
    }
    svg
}

use plotters::prelude::IntoDrawingArea;

#[test]
fn the_three_layers_together_hold_exactly_the_whole_drawing() {
    for (name, figure) in every_figure() {
        let all = recorded(&figure, Layer::All);
        let layers: Vec<Recording> = Layer::STACK
            .iter()
            .map(|&layer| recorded(&figure, layer))
            .collect();
        assert_eq!(
            layers.iter().map(Recording::len).sum::<usize>(),
            all.len(),
            "{name}: the layers split the drawing calls"
        );
        assert!(
            !layers[0].is_empty(),
            "{name}: the frame layer draws the axes"
        );
    }
}

#[test]
fn moving_the_point_repaints_the_marks_only() {
    let unchanged = |a: &Figure, b: &Figure, layer| recorded(a, layer) == recorded(b, layer);
    let (before, after) = (neg_log(0.5, Unit::Nats), neg_log(0.3, Unit::Nats));
    assert!(unchanged(&before, &after, Layer::Frame));
    assert!(unchanged(&before, &after, Layer::Data));
    assert!(!unchanged(&before, &after, Layer::Marks));
    let (before, after) = (
        binary_entropy(0.2, Unit::Bits),
        binary_entropy(0.9, Unit::Bits),
    );
    assert!(unchanged(&before, &after, Layer::Frame));
    assert!(unchanged(&before, &after, Layer::Data));
    assert!(!unchanged(&before, &after, Layer::Marks));
    // The loss charts write the current values in their legend: the legend moves with the point.
    let loss = |z0: f64| {
        Figure::LossVsProbability(LossVsProbability {
            z: vec![z0, 0.5, -1.0],
            true_class: 0,
            labels: loss_labels(),
        })
    };
    assert!(unchanged(&loss(1.0), &loss(1.5), Layer::Frame));
    assert!(!unchanged(&loss(1.0), &loss(1.5), Layer::Marks));
    // The loss axis ends at 4 nats until CE at the point needs more room, then at 8: a logit
    // dragged across its slider changes the frame and the curves at one place only.
    assert!(unchanged(&loss(-1.9), &loss(-2.1), Layer::Frame));
    assert!(unchanged(&loss(-1.9), &loss(-2.1), Layer::Data));
    let frames: Vec<Recording> = (-100..=100)
        .map(|step| recorded(&loss(f64::from(step) / 10.0), Layer::Frame))
        .collect();
    let changes = frames.windows(2).filter(|pair| pair[0] != pair[1]).count();
    assert_eq!(changes, 1, "the loss axis changes at CE = 4 / 1.15 only");
    // Along the logit, the axis holds still over the sliders' whole range (±10) and extends
    // in steps of 5 only for a logit beyond it.
    let along_logit = |z0: f64| {
        [
            Figure::LossVsLogit(LossVsLogit {
                z: vec![z0, 0.5, -1.0],
                true_class: 0,
                labels: loss_labels(),
            }),
            Figure::GradientVsLogit(GradientVsLogit {
                z: vec![z0, 0.5, -1.0],
                true_class: 0,
                labels: loss_labels(),
            }),
        ]
    };
    for (before, after) in along_logit(-10.0).iter().zip(&along_logit(10.0)) {
        assert!(unchanged(before, after, Layer::Frame));
        assert!(unchanged(before, after, Layer::Data));
        assert!(!unchanged(before, after, Layer::Marks));
    }
    for (before, after) in along_logit(10.0).iter().zip(&along_logit(10.5)) {
        assert!(
            !unchanged(before, after, Layer::Frame),
            "z_t = 10.5 needs 12.5"
        );
    }
    for (before, after) in along_logit(-10.0).iter().zip(&along_logit(-10.5)) {
        assert!(
            !unchanged(before, after, Layer::Frame),
            "z_t = -10.5 needs -12.5"
        );
    }
    // Another logit dragged moves the curves, but the loss axis ends at a nice number and the
    // gradient axis is fixed: their frames change at two places (CE at z_t = -12 crossing
    // 15 and 20 nats / 1.05) and at none.
    let other_logit = |z1: f64| {
        let z = vec![0.5, z1, -1.0];
        [
            Figure::LossVsLogit(LossVsLogit {
                z: z.clone(),
                true_class: 0,
                labels: loss_labels(),
            }),
            Figure::GradientVsLogit(GradientVsLogit {
                z,
                true_class: 0,
                labels: loss_labels(),
            }),
        ]
    };
    let sweep: Vec<[Figure; 2]> = (-100..=100)
        .map(|step| other_logit(f64::from(step) / 10.0))
        .collect();
    for (chart, most) in [(0, 2), (1, 0)] {
        let changes = sweep
            .windows(2)
            .filter(|pair| !unchanged(&pair[0][chart], &pair[1][chart], Layer::Frame))
            .count();
        assert!(changes <= most, "chart {chart}: {changes} frame changes");
        let data_changes = sweep
            .windows(2)
            .filter(|pair| !unchanged(&pair[0][chart], &pair[1][chart], Layer::Data))
            .count();
        assert!(
            data_changes > 150,
            "chart {chart}: the curves must follow z_1"
        );
    }
    // The race's step axis ends at a nice count: starts a little apart share the frame.
    let start = |z0: f64| race(&[z0, 0.0, 0.0], 0, 1.0, 0);
    let (a, b) = (start(0.0), start(-1.0));
    let longest = |f: &Figure| match f {
        Figure::Race(r) => r.longest(),
        _ => 0,
    };
    assert_ne!(
        longest(&a),
        longest(&b),
        "the runs must differ for this check"
    );
    assert!(unchanged(&a, &b, Layer::Frame));
    // Dragged from z_0 = -10 to 10, the longer run goes from 10,000 steps down to 10. The
    // step axis ends at a power of ten while logarithmic, and at 10, 20, 50 or 100 while
    // linear: the frame changes only where the run crosses one of those.
    let frames: Vec<Recording> = (0..=100)
        .map(|i| recorded(&start(-10.0 + 0.2 * f64::from(i)), Layer::Frame))
        .collect();
    let frame_changes = frames.windows(2).filter(|w| w[0] != w[1]).count();
    assert!(
        frame_changes <= 5,
        "the race frame changed on {frame_changes} of 100 moves of z_0"
    );
    // A change of unit changes the frame.
    assert!(!unchanged(
        &neg_log(0.5, Unit::Nats),
        &neg_log(0.5, Unit::Bits),
        Layer::Frame
    ));
}

#[test]
fn new_bars_repaint_the_data_and_keep_the_frame() {
    // Probabilities are drawn on a fixed 0..1 axis; only the bars move.
    let bars = |p: Vec<f64>| distributions(p, Some(vec![0.5, 0.3, 0.2]), Vec::new());
    let (before, after) = (bars(vec![0.7, 0.2, 0.1]), bars(vec![0.6, 0.3, 0.1]));
    assert!(recorded(&before, Layer::Frame) == recorded(&after, Layer::Frame));
    assert!(recorded(&before, Layer::Data) != recorded(&after, Layer::Data));
    // Divergences and losses get an axis that fits them, so there the frame follows the values,
    // but in nice steps: a small move keeps it.
    assert!(recorded(&kl(0.05, 0.1), Layer::Frame) != recorded(&kl(5.0, 10.0), Layer::Frame));
    assert!(recorded(&kl(0.5, 1.0), Layer::Frame) == recorded(&kl(0.5, 1.1), Layer::Frame));
    assert!(
        recorded(&batch(vec![0.36, 1.2], 0.78), Layer::Frame)
            == recorded(&batch(vec![0.4, 1.25], 0.825), Layer::Frame)
    );
    let with_terms = |p: Vec<f64>| distributions(p, Some(vec![0.5, 0.3, 0.2]), all_contributions());
    assert!(
        recorded(&with_terms(vec![0.7, 0.2, 0.1]), Layer::Frame)
            == recorded(&with_terms(vec![0.71, 0.19, 0.1]), Layer::Frame)
    );
}

/// A value axis: (bottom, top).
type Axis = (f64, f64);

#[test]
fn a_layers_bounds_hold_everything_it_draws() {
    for (name, figure) in every_figure() {
        for layer in Layer::STACK {
            let recording = recorded(&figure, layer);
            let svg = layer_svg(&figure, layer);
            let Some((left, top, right, bottom)) = recording.bounds() else {
                assert!(
                    recording.is_empty(),
                    "{name} {layer:?}: drawn but no bounds"
                );
                continue;
            };
            let inside = |x: f64, y: f64| {
                x >= f64::from(left)
                    && x <= f64::from(right)
                    && y >= f64::from(top)
                    && y <= f64::from(bottom)
            };
            let mut points: Vec<(f64, f64)> = Vec::new();
            for line in elements(&svg, "line") {
                points.push((number(line, "x1"), number(line, "y1")));
                points.push((number(line, "x2"), number(line, "y2")));
            }
            for rect in elements(&svg, "rect") {
                let (x, y) = (number(rect, "x"), number(rect, "y"));
                points.push((x, y));
                points.push((x + number(rect, "width"), y + number(rect, "height")));
            }
            for circle in elements(&svg, "circle") {
                let (x, y, r) = (
                    number(circle, "cx"),
                    number(circle, "cy"),
                    number(circle, "r"),
                );
                points.extend([(x - r, y - r), (x + r, y + r)]);
            }
            for shape in elements(&svg, "polyline")
                .into_iter()
                .chain(elements(&svg, "polygon"))
            {
                for pair in attr(shape, "points").unwrap_or_default().split_whitespace() {
                    let (x, y) = pair.split_once(',').expect("x,y");
                    points.push((x.parse().unwrap(), y.parse().unwrap()));
                }
            }
            for text in elements(&svg, "text") {
                points.push((number(text, "x"), number(text, "y")));
            }
            assert!(
                !points.is_empty(),
                "{name} {layer:?}: nothing found in the SVG"
            );
            for (x, y) in points {
                assert!(
                    inside(x, y),
                    "{name} {layer:?}: ({x}, {y}) outside {:?}",
                    (left, top, right, bottom)
                );
            }
        }
    }
    // A point's mark is a small part of the canvas: a repaint of the marks clears little.
    let marks = recorded(&neg_log(0.25, Unit::Nats), Layer::Marks);
    let (left, top, right, bottom) = marks.bounds().expect("the point is drawn");
    assert!(((right - left) * (bottom - top)) * 10 < 400 * 300);
}

/// The value axis of the last bar or contribution `figure` draws.
fn value_axis(figure: &Figure) -> Axis {
    let (_, marks) = figure.to_svg_marked(400, 300, &Style::LIGHT);
    let bar = marks
        .iter()
        .rev()
        .find(|m| matches!(m.kind, MarkKind::Bar { .. } | MarkKind::Contribution { .. }))
        .expect("a bar chart marks its bars");
    bar.plot.y_range
}

/// Draws `figures` in turn as `Chart` does, each keeping the axis of the one before, and checks
/// every drawing: the held axis holds the tightest one and reaches at most 2.5 times as far
/// from zero at either end, and a frame is painted again only when the held axis changed.
/// Returns how often the held axis and the tightest axis changed.
fn check_held_axes(name: &str, figures: &[Figure]) -> (usize, usize) {
    let mut previous: Option<Figure> = None;
    let mut last: Option<(Axis, Axis, Recording)> = None;
    let (mut held_changes, mut tight_changes) = (0, 0);
    for figure in figures {
        let tight = value_axis(figure);
        let shown = figure.clone().holding_axes_of(previous.as_ref());
        let held = value_axis(&shown);
        assert!(
            held.0 <= tight.0 && held.1 >= tight.1,
            "{name}: held {held:?} does not hold {tight:?}"
        );
        assert!(
            held.0 >= 2.5 * tight.0 - 1e-12 && held.1 <= 2.5 * tight.1 + 1e-12,
            "{name}: held {held:?} is too loose for {tight:?}"
        );
        let frame = recorded(&shown, Layer::Frame);
        if let Some((last_held, last_tight, last_frame)) = &last {
            held_changes += usize::from(*last_held != held);
            tight_changes += usize::from(*last_tight != tight);
            assert_eq!(
                *last_held == held,
                *last_frame == frame,
                "{name}: the frame changes exactly when the held axis does"
            );
        }
        last = Some((held, tight, frame));
        previous = Some(shown);
    }
    (held_changes, tight_changes)
}

#[test]
fn bar_charts_keep_their_value_axis_while_a_slider_drags_the_bars() {
    // P's first entry dragged from 0.05 to 0.95 and back, the rest shared out; Q as in `kl`.
    let q = vec![0.5, 0.3, 0.2];
    let drag: Vec<f64> = (5..=95)
        .chain((5..95).rev())
        .map(|i| i as f64 / 100.0)
        .collect();
    let p_at = |p0: f64| vec![p0, (1.0 - p0) * 0.6, (1.0 - p0) * 0.4];
    let kl_figures: Vec<Figure> = drag
        .iter()
        .map(|&p0| {
            let p = p_at(p0);
            kl(
                math::kl_divergence(&p, &q, Unit::Nats).unwrap(),
                math::kl_divergence(&q, &p, Unit::Nats).unwrap(),
            )
        })
        .collect();
    let terms_figures: Vec<Figure> = drag
        .iter()
        .map(|&p0| distributions(p_at(p0), Some(q.clone()), all_contributions()))
        .collect();
    // Three samples' losses as the first sample's true-class probability is dragged from about
    // 1e-4 (a loss of 9) to 0.86.
    let batch_figures: Vec<Figure> = drag
        .iter()
        .map(|&x| {
            let losses = vec![-3.0 * x.ln(), 0.36, 1.2];
            let mean = losses.iter().sum::<f64>() / 3.0;
            batch(losses, mean)
        })
        .collect();
    for (name, figures) in [
        ("kl-asymmetry", kl_figures),
        ("distributions", terms_figures),
        ("batch-losses", batch_figures),
    ] {
        let (held, tight) = check_held_axes(name, &figures);
        assert!(
            held >= 1 && held * 2 < tight,
            "{name}: the held axis changed {held} times, the tightest {tight} times"
        );
    }
    // A chart's first figure, and one after a figure of another kind, get the tightest axis.
    let first = kl(0.5, 1.0);
    assert_eq!(first.clone().holding_axes_of(None), first);
    let after_other = first
        .clone()
        .holding_axes_of(Some(&batch(vec![50.0], 50.0)));
    assert_eq!(value_axis(&after_other), value_axis(&first));
}

#[test]
fn only_the_frame_paints_the_background_and_the_marks_hold_the_point() {
    let figure = neg_log(0.25, Unit::Nats);
    let [frame, data, marks] = Layer::STACK.map(|layer| layer_svg(&figure, layer));
    for upper in [&data, &marks] {
        assert!(
            filled_rects(upper, Palette::LIGHT.background).is_empty(),
            "only the frame may paint the background"
        );
    }
    assert!(!filled_rects(&frame, Palette::LIGHT.background).is_empty());
    assert_eq!(filled_circles(&marks, Palette::LIGHT.point).len(), 1);
    assert!(has_text(&marks, &format_value(-(0.25f64).ln(), "∞")));
    assert!(
        polylines(&marks, Palette::LIGHT.p).is_empty(),
        "the curve is data"
    );
    assert!(!polylines(&data, Palette::LIGHT.p).is_empty());
    assert!(filled_circles(&data, Palette::LIGHT.point).is_empty());
    assert!(
        has_text(&frame, "0.2") && !has_text(&data, "0.2"),
        "tick labels are frame"
    );
}

#[test]
fn text_is_measured_without_a_document_and_wide_scripts_count_wider() {
    let (digits, height) = estimated_text_size("0.6931", 13.0);
    assert!(
        (36..=52).contains(&digits),
        "five digits and a point at 13 px: {digits}"
    );
    assert_eq!(height, 16);
    let (latin, _) = estimated_text_size("outcome", 13.0);
    let (chinese, _) = estimated_text_size("结果结果结果结", 13.0);
    assert!(
        chinese > latin,
        "seven CJK characters are wider than seven Latin ones"
    );
    assert_eq!(estimated_text_size("", 13.0), (0, 16));
    assert_eq!(estimated_text_size("x", f64::NAN), (0, 0));
    assert!(estimated_text_size("∞", 26.0).0 > estimated_text_size("∞", 13.0).0);
}

// ---------------------------------------------------------------------------------------------
// Canvas calls: what the `Chart` component sends to the canvas for a recorded layer.

/// A text as painted: where, in which font, colour, alignment, baseline and rotation.
#[derive(Debug, PartialEq)]
struct PaintedText {
    text: String,
    at: (f64, f64),
    font: String,
    fill: String,
    align: &'static str,
    baseline: &'static str,
    quarter_turns: f64,
}

/// A stroked segment: its end points, colour and width.
type Segment = ((f64, f64), (f64, f64), String, f64);

/// What a canvas paints, read off a list of canvas calls by following the context's state
/// (styles, font, alignment, save/restore) as a browser does.
#[derive(Default)]
struct SimulatedCanvas {
    texts: Vec<PaintedText>,
    segments: Vec<Segment>,
    strokes: usize,
    font_sets: usize,
}

fn simulate(ops: &[CanvasOp]) -> SimulatedCanvas {
    #[derive(Clone, Default)]
    struct State {
        fill: String,
        stroke: String,
        width: f64,
        font: String,
        align: &'static str,
        baseline: &'static str,
        turns: f64,
        origin: (f64, f64),
    }
    let mut canvas = SimulatedCanvas::default();
    let mut state = State::default();
    let mut saved = Vec::new();
    let mut path: Vec<((f64, f64), (f64, f64))> = Vec::new();
    let mut cursor = (0.0, 0.0);
    for op in ops {
        match op {
            CanvasOp::FillStyle(c) => state.fill = c.clone(),
            CanvasOp::StrokeStyle(c) => state.stroke = c.clone(),
            CanvasOp::LineWidth(w) => state.width = *w,
            CanvasOp::Font(f) => {
                state.font = f.clone();
                canvas.font_sets += 1;
            }
            CanvasOp::TextAlign(a) => state.align = a,
            CanvasOp::TextBaseline(b) => state.baseline = b,
            CanvasOp::BeginPath => path.clear(),
            CanvasOp::MoveTo(x, y) => cursor = (*x, *y),
            CanvasOp::LineTo(x, y) => {
                path.push((cursor, (*x, *y)));
                cursor = (*x, *y);
            }
            CanvasOp::Stroke => {
                canvas.strokes += 1;
                for &(from, to) in &path {
                    canvas
                        .segments
                        .push((from, to, state.stroke.clone(), state.width));
                }
            }
            CanvasOp::Save => saved.push(state.clone()),
            CanvasOp::Restore => state = saved.pop().expect("restore after save"),
            CanvasOp::Translate(x, y) => state.origin = (*x, *y),
            CanvasOp::Rotate(turns) => state.turns = *turns,
            CanvasOp::FillText(text, x, y) => canvas.texts.push(PaintedText {
                text: text.to_string(),
                at: (state.origin.0 + x, state.origin.1 + y),
                font: state.font.clone(),
                fill: state.fill.clone(),
                align: state.align,
                baseline: state.baseline,
                quarter_turns: state.turns,
            }),
            _ => {}
        }
    }
    assert!(saved.is_empty(), "unbalanced save/restore");
    canvas
}

#[test]
fn canvas_calls_paint_every_text_and_line_as_recorded_with_fewer_state_changes() {
    use plotters_backend::text_anchor::{HPos, VPos};
    use plotters_backend::{BackendStyle, BackendTextStyle, FontTransform};
    let (mut total_strokes, mut total_one_by_one) = (0, 0);
    for (name, figure) in every_figure() {
        let recording = recorded(&figure, Layer::All);
        let canvas = simulate(&canvas_ops(&recording));
        let mut expected_texts = Vec::new();
        let mut expected_segments = Vec::new();
        for call in recording.calls() {
            match call {
                DrawCall::Text(text, style, (x, y)) => {
                    let turns = match style.transform() {
                        FontTransform::None => 0.0,
                        FontTransform::Rotate90 => 1.0,
                        FontTransform::Rotate180 => 2.0,
                        FontTransform::Rotate270 => 3.0,
                    };
                    let align = match style.anchor().h_pos {
                        HPos::Left => "start",
                        HPos::Right => "end",
                        HPos::Center => "center",
                    };
                    let baseline = match style.anchor().v_pos {
                        VPos::Top => "top",
                        VPos::Center => "middle",
                        VPos::Bottom => "bottom",
                    };
                    let font = format!(
                        "{} {}px {}",
                        style.style().as_str(),
                        style.size(),
                        style.family().as_str()
                    );
                    expected_texts.push(PaintedText {
                        text: text.clone(),
                        at: (f64::from(*x), f64::from(*y)),
                        font,
                        fill: css_color(style.color()),
                        align,
                        baseline,
                        quarter_turns: turns,
                    });
                }
                DrawCall::Line(from, to, style) if style.color().alpha > 0.0 => {
                    // plotters-canvas' half-pixel shift of horizontal and vertical lines.
                    let (mut a, mut b) = (
                        (f64::from(from.0), f64::from(from.1)),
                        (f64::from(to.0), f64::from(to.1)),
                    );
                    if a.0 == b.0 {
                        a.0 -= 0.5;
                        b.0 -= 0.5;
                    }
                    if a.1 == b.1 {
                        a.1 -= 0.5;
                        b.1 -= 0.5;
                    }
                    expected_segments.push((
                        a,
                        b,
                        css_color(style.color()),
                        f64::from(style.stroke_width()),
                    ));
                }
                DrawCall::Path(points, style) if style.color().alpha > 0.0 && points.len() > 1 => {
                    for pair in points.windows(2) {
                        expected_segments.push((
                            (f64::from(pair[0].0), f64::from(pair[0].1)),
                            (f64::from(pair[1].0), f64::from(pair[1].1)),
                            css_color(style.color()),
                            f64::from(style.stroke_width()),
                        ));
                    }
                }
                _ => {}
            }
        }
        assert_eq!(canvas.texts, expected_texts, "{name}: texts");
        // Rectangle outlines and circles are strokes of their own, not segments.
        let painted: Vec<_> = canvas.segments.iter().collect();
        assert_eq!(painted.len(), expected_segments.len(), "{name}: segments");
        for (painted, expected) in painted.iter().zip(&expected_segments) {
            assert_eq!(*painted, expected, "{name}: segment");
        }
        if expected_texts.len() > 3 {
            assert!(
                canvas.font_sets < expected_texts.len(),
                "{name}: the font is set {} times for {} texts",
                canvas.font_sets,
                expected_texts.len()
            );
        }
        let strokes_one_by_one = recording
            .calls()
            .iter()
            .filter(|call| match call {
                DrawCall::Line(..) | DrawCall::Path(..) => true,
                DrawCall::Circle(_, _, _, fill) => !fill,
                _ => false,
            })
            .count();
        assert!(
            canvas.strokes <= strokes_one_by_one,
            "{name}: more strokes than calls"
        );
        total_strokes += canvas.strokes;
        total_one_by_one += strokes_one_by_one;
    }
    // Grids, hatching and dashed curves are runs of one style: stroked together, they need
    // about half the strokes of one per call.
    assert!(
        3 * total_strokes < 2 * total_one_by_one,
        "{total_strokes} strokes where one per call would be {total_one_by_one}"
    );
}

#[test]
fn a_repaint_continues_from_the_context_state_the_last_paint_left() {
    let figures = every_figure();
    for (index, (name, figure)) in figures.iter().enumerate() {
        // The same canvas first shows the previous figure, then this one, then this one again.
        let (_, previous) = &figures[(index + figures.len() - 1) % figures.len()];
        for layer in Layer::STACK {
            let before = recorded(previous, layer);
            let recording = recorded(figure, layer);
            let fresh = simulate(&canvas_ops(&recording));
            let mut state = ContextState::default();
            let first = canvas_ops_continuing(&before, &mut state);
            let second = canvas_ops_continuing(&recording, &mut state);
            let again = canvas_ops_continuing(&recording, &mut state);
            let painted = simulate(&[first.clone(), second.clone(), again.clone()].concat());
            let first_texts = simulate(&first).texts.len();
            let fresh_texts = fresh.texts.len();
            assert!(
                painted.texts[first_texts..]
                    .iter()
                    .eq(fresh.texts.iter().chain(&fresh.texts)),
                "{name} {layer:?}: texts after another paint"
            );
            assert_eq!(painted.texts.len(), first_texts + 2 * fresh_texts);
            // A layer in one font does not set it again; others set it no more than at first.
            let again_font_sets = simulate(&again).font_sets;
            assert!(
                again_font_sets <= fresh.font_sets
                    && (fresh.font_sets != 1 || again_font_sets == 0),
                "{name} {layer:?}: {again_font_sets} font changes repainting the same layer"
            );
            let segments = simulate(&first).segments.len();
            assert_eq!(
                painted.segments[segments..],
                [&fresh.segments[..], &fresh.segments[..]].concat()[..],
                "{name} {layer:?}: lines after another paint"
            );
        }
    }
}

/// Checks a sweep of figures, one after the other as a slider moves them: wherever two
/// neighbours have equal backdrop keys, they draw equal frames and data. Returns how many
/// neighbours kept the key, and how many pairs there were.
fn check_backdrop_sweep(name: &str, sweep: impl Iterator<Item = Figure>) -> (usize, usize) {
    let (mut same, mut pairs) = (0, 0);
    let mut last: Option<(Option<BackdropKey>, Recording, Recording)> = None;
    for (step, figure) in sweep.enumerate() {
        let drawn = (
            figure.backdrop_key(),
            recorded(&figure, Layer::Frame),
            recorded(&figure, Layer::Data),
        );
        if let Some(before) = &last {
            pairs += 1;
            if before.0.is_some() && before.0 == drawn.0 {
                same += 1;
                assert!(
                    before.1 == drawn.1,
                    "{name}: same key, another frame at step {step}"
                );
                assert!(
                    before.2 == drawn.2,
                    "{name}: same key, other data at step {step}"
                );
            }
        }
        last = Some(drawn);
    }
    (same, pairs)
}

#[test]
fn figures_with_equal_backdrop_keys_draw_the_same_frame_and_data() {
    let mut kept = Vec::new();
    for others in [[0.5, -1.0], [3.0, 3.0], [-20.0, 40.0]] {
        let z = move |step: i32| vec![others[0], f64::from(step) * 0.25, others[1]];
        let logits = || -60..=60;
        kept.push(check_backdrop_sweep(
            "loss-vs-probability",
            logits().map(|step| {
                Figure::LossVsProbability(LossVsProbability {
                    z: z(step),
                    true_class: 1,
                    labels: loss_labels(),
                })
            }),
        ));
        kept.push(check_backdrop_sweep(
            "loss-vs-logit",
            logits().map(|step| {
                Figure::LossVsLogit(LossVsLogit {
                    z: z(step),
                    true_class: 1,
                    labels: loss_labels(),
                })
            }),
        ));
        kept.push(check_backdrop_sweep(
            "gradient-vs-logit",
            logits().map(|step| {
                Figure::GradientVsLogit(GradientVsLogit {
                    z: z(step),
                    true_class: 1,
                    labels: loss_labels(),
                })
            }),
        ));
    }
    for unit in [Unit::Nats, Unit::Bits] {
        // Down to p = 10^-8, where the information axis stops growing.
        let probabilities = || (0..=200).map(|k| 10f64.powf(-8.0 * f64::from(k) / 200.0));
        kept.push(check_backdrop_sweep(
            "neg-log",
            probabilities().map(|p| neg_log(p, unit)),
        ));
        kept.push(check_backdrop_sweep(
            "binary-entropy",
            (0..=200).map(|k| binary_entropy(f64::from(k) / 200.0, unit)),
        ));
    }
    // Most moves keep the key: that is what lets a chart skip drawing its frame and curves.
    for (same, pairs) in kept {
        assert!(
            2 * same > pairs,
            "only {same} of {pairs} moves kept the key"
        );
    }
    // Another language or unit is another key; the bar charts have none.
    let figure = LossVsLogit {
        z: vec![0.5, 1.0, -1.0],
        true_class: 1,
        labels: loss_labels(),
    };
    let mut relabelled = figure.clone();
    relabelled.labels.x_axis = "logit".into();
    assert_ne!(
        Figure::LossVsLogit(figure.clone()).backdrop_key(),
        Figure::LossVsLogit(relabelled).backdrop_key()
    );
    assert_ne!(
        neg_log(0.5, Unit::Nats).backdrop_key(),
        neg_log(0.5, Unit::Bits).backdrop_key()
    );
    assert_eq!(batch(vec![0.5], 0.5).backdrop_key(), None);
}

#[test]
fn a_restarted_recording_holds_only_the_new_drawing() {
    // The chart component records each layer into the buffer of an earlier one.
    let figure = neg_log(0.25, Unit::Nats);
    let mut reused = Recording::new((640, 480));
    binary_entropy(0.5, Unit::Bits)
        .draw(&AnyBackend(&mut reused).into_drawing_area(), &Style::DARK)
        .unwrap();
    reused.restart((400, 300));
    figure
        .draw(
            &AnyBackend(&mut reused).into_drawing_area(),
            &Style::LIGHT.with_layer(Layer::Data),
        )
        .unwrap();
    assert!(reused == recorded(&figure, Layer::Data));
}
