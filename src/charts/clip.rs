//! A curve's samples: where a curve is sampled, and how its samples are clipped to the plot so
//! that what reaches plotters is finite and inside the plot (plotters does not clip curves).

use std::ops::Range;

/// Splits a sampled curve into the runs that lie inside the box `x` x `y`, cutting segments
/// where they cross its edges and dropping every non-finite sample, so what reaches plotters is
/// finite and inside the plot.
pub(crate) fn clip_runs(
    points: &[(f64, f64)],
    x: &Range<f64>,
    y: &Range<f64>,
) -> Vec<Vec<(f64, f64)>> {
    let mut runs = Vec::new();
    let mut run: Vec<(f64, f64)> = Vec::new();
    // Whether the last segment reached its own end point, so the next one continues the run.
    let mut open_end = false;
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let finite = a.0.is_finite() && a.1.is_finite() && b.0.is_finite() && b.1.is_finite();
        let clipped = if finite {
            clip_segment(a, b, x, y)
        } else {
            None
        };
        match clipped {
            Some(ClippedSegment {
                start,
                end,
                whole_start,
                whole_end,
            }) => {
                if !(open_end && whole_start) {
                    if run.len() >= 2 {
                        runs.push(std::mem::take(&mut run));
                    } else {
                        run.clear();
                    }
                    run.push(start);
                }
                run.push(end);
                open_end = whole_end;
            }
            None => {
                if run.len() >= 2 {
                    runs.push(std::mem::take(&mut run));
                } else {
                    run.clear();
                }
                open_end = false;
            }
        }
    }
    if run.len() >= 2 {
        runs.push(run);
    }
    runs
}

/// Liang-Barsky clipping of segment a-b to the box; returns the clipped ends and whether each
/// is the segment's own end (not cut).
fn clip_segment(
    a: (f64, f64),
    b: (f64, f64),
    x: &Range<f64>,
    y: &Range<f64>,
) -> Option<ClippedSegment> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (p, q) in [
        (-dx, a.0 - x.start),
        (dx, x.end - a.0),
        (-dy, a.1 - y.start),
        (dy, y.end - a.1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                if r > t1 {
                    return None;
                }
                t0 = t0.max(r);
            } else {
                if r < t0 {
                    return None;
                }
                t1 = t1.min(r);
            }
        }
    }
    let whole_start = t0 <= 0.0;
    let whole_end = t1 >= 1.0;
    let start = if whole_start {
        a
    } else {
        (a.0 + t0 * dx, a.1 + t0 * dy)
    };
    let end = if whole_end {
        b
    } else {
        (a.0 + t1 * dx, a.1 + t1 * dy)
    };
    Some(ClippedSegment {
        start,
        end,
        whole_start,
        whole_end,
    })
}

/// The part of a segment inside the clipping box.
struct ClippedSegment {
    start: (f64, f64),
    end: (f64, f64),
    /// The start is the segment's own start (not cut).
    whole_start: bool,
    /// The end is the segment's own end (not cut).
    whole_end: bool,
}

/// One abscissa per pixel column over [start, end]: `columns + 1` evenly spaced values including
/// both ends (at least 2), so a curve is as smooth as the screen can show and no smoother.
pub(crate) fn sample_columns(start: f64, end: f64, columns: i32) -> impl Iterator<Item = f64> {
    let n = columns.max(1);
    (0..=n).map(move |i| start + (end - start) * f64::from(i) / f64::from(n))
}
