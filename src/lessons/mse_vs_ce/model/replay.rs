//! The pace of the race's replay: which step the animation shows at a given moment. The
//! clock and the animation frames are the view's (`view/replay.rs`); this is the arithmetic.

use crate::charts::StepAxis;
use crate::math::clamp;

/// The replay of a race: which step the animation shows at a given moment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Replay {
    /// When the replay started, in the clock's milliseconds.
    pub started_ms: f64,
    /// How long it plays; 0 shows the end at once.
    pub duration_ms: f64,
    /// The steps of the longer run: where the replay ends.
    pub longest: usize,
}

impl Replay {
    /// A step shown at most this long on short races...
    pub const MS_PER_STEP: f64 = 60.0;
    /// ...and no replay is shorter than this, nor longer than that: long races advance many
    /// steps per frame.
    pub const SHORTEST_MS: f64 = 600.0;
    pub const LONGEST_MS: f64 = 2500.0;
    /// Changes of the race closer together than this are a drag (input events come every
    /// frame or two while a slider is dragged).
    pub const DRAG_GAP_MS: f64 = 250.0;

    /// A replay of a race whose longer run takes `longest` steps, starting at `started_ms`;
    /// `at_once` (reduced motion, or a drag) gives it no duration: it shows the end at once.
    pub fn new(longest: usize, at_once: bool, started_ms: f64) -> Replay {
        let duration_ms = if at_once || longest == 0 {
            0.0
        } else {
            clamp(
                longest as f64 * Self::MS_PER_STEP,
                Self::SHORTEST_MS,
                Self::LONGEST_MS,
            )
        };
        Replay {
            started_ms,
            duration_ms,
            longest,
        }
    }

    /// The steps shown at `now`, or `None` once the replay is over. The pace is even along the
    /// race chart's step axis, so on its logarithmic axis the early steps are not skipped.
    pub fn steps_at(&self, now: f64) -> Option<usize> {
        let elapsed = now - self.started_ms;
        if self.duration_ms <= 0.0 || elapsed >= self.duration_ms {
            return None;
        }
        let fraction = (elapsed / self.duration_ms).max(0.0);
        let steps = match StepAxis::for_steps(self.longest) {
            StepAxis::Linear => fraction * self.longest as f64,
            StepAxis::Logarithmic => (1.0 + self.longest as f64).powf(fraction) - 1.0,
        };
        Some((steps.floor() as usize).min(self.longest))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn replay(longest: usize, duration_ms: f64) -> Replay {
        Replay {
            started_ms: 1000.0,
            duration_ms,
            longest,
        }
    }

    #[test]
    fn a_replay_walks_every_step_in_order_and_then_ends() {
        for longest in [11, 87, 9817] {
            let plan = replay(longest, 2500.0);
            let frames: Vec<usize> = (0..150)
                .filter_map(|frame| plan.steps_at(1000.0 + frame as f64 * 1000.0 / 60.0))
                .collect();
            assert_eq!(frames.first(), Some(&0), "{longest}");
            assert!(
                frames.windows(2).all(|w| w[0] <= w[1]),
                "{longest}: {frames:?}"
            );
            assert!(frames.iter().all(|&s| s <= longest));
            assert_eq!(plan.steps_at(1000.0 + 2500.0), None);
        }
    }

    #[test]
    fn a_long_race_shows_its_early_steps_on_the_logarithmic_axis() {
        // Halfway through a 9817-step replay, about sqrt(9818) steps are shown, not 4900.
        let halfway = replay(9817, 2000.0).steps_at(2000.0).unwrap();
        assert!((90..=100).contains(&halfway), "{halfway}");
        assert_eq!(replay(87, 2000.0).steps_at(2000.0), Some(43));
    }

    #[test]
    fn without_duration_the_end_shows_at_once() {
        assert_eq!(replay(87, 0.0).steps_at(1000.0), None);
        assert_eq!(Replay::new(87, true, 1000.0).steps_at(1000.0), None);
        assert_eq!(Replay::new(0, false, 1000.0).steps_at(1000.0), None);
    }

    #[test]
    fn the_duration_grows_with_the_race_within_its_bounds() {
        assert_eq!(Replay::new(5, false, 0.0).duration_ms, Replay::SHORTEST_MS);
        assert_eq!(
            Replay::new(20, false, 0.0).duration_ms,
            20.0 * Replay::MS_PER_STEP
        );
        assert_eq!(
            Replay::new(9817, false, 0.0).duration_ms,
            Replay::LONGEST_MS
        );
        // Before the first frame comes, the replay shows step 0.
        assert_eq!(Replay::new(87, false, 500.0).steps_at(400.0), Some(0));
    }
}
