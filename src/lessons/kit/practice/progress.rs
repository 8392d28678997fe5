//! Which practice questions the reader answered right, per view: kept in the reader's browser
//! only (`localStorage`), written as one line per view, `<view-id> <seed>:<k> <seed>:<k> …`.

/// The `localStorage` key of the progress.
pub const STORAGE_KEY: &str = "xent-lab:practice:v1";

/// The most questions remembered per view; older ones are forgotten first.
const MAX_PER_VIEW: usize = 500;

/// A question by its draw: the seed and its number in the view.
type Answered = (u64, usize);

/// The questions answered right, per view id, each view's list in the order answered.
///
/// Plain vectors rather than ordered maps: a few hundred entries at most, and the bundle pays
/// for every collection type's code.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    right: Vec<(String, Vec<Answered>)>,
}

impl Progress {
    /// Reads what [`Progress::to_text`] wrote; anything unreadable is skipped.
    pub fn parse(text: &str) -> Progress {
        let mut progress = Progress::default();
        for line in text.lines() {
            let mut words = line.split_whitespace();
            let Some(view) = words.next() else { continue };
            for word in words {
                let Some((seed, k)) = word.split_once(':') else {
                    continue;
                };
                if let (Ok(seed), Ok(k)) = (seed.parse(), k.parse()) {
                    progress.record(view, seed, k);
                }
            }
        }
        progress
    }

    /// The text kept in storage.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for (view, answered) in &self.right {
            if answered.is_empty() {
                continue;
            }
            out.push_str(view);
            for (seed, k) in answered {
                out.push_str(&format!(" {seed}:{k}"));
            }
            out.push('\n');
        }
        out
    }

    /// Notes question `k` of `view`, drawn with `seed`, as answered right; false if it already
    /// was.
    pub fn record(&mut self, view: &str, seed: u64, k: usize) -> bool {
        let position = match self.right.iter().position(|(v, _)| v == view) {
            Some(position) => position,
            None => {
                self.right.push((view.to_string(), Vec::new()));
                self.right.len() - 1
            }
        };
        let answered = &mut self.right[position].1;
        if answered.contains(&(seed, k)) {
            return false;
        }
        if answered.len() >= MAX_PER_VIEW {
            answered.remove(0);
        }
        answered.push((seed, k));
        true
    }

    fn answered(&self, view: &str) -> &[Answered] {
        self.right
            .iter()
            .find(|(v, _)| v == view)
            .map_or(&[], |(_, answered)| answered)
    }

    /// Whether question `k` of `view` drawn with `seed` was answered right.
    pub fn is_right(&self, view: &str, seed: u64, k: usize) -> bool {
        self.answered(view).contains(&(seed, k))
    }

    /// How many questions of `view` were answered right.
    pub fn count(&self, view: &str) -> usize {
        self.answered(view).len()
    }

    /// How many questions were answered right in the whole course.
    pub fn total(&self) -> usize {
        self.right.iter().map(|(_, answered)| answered.len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_survives_its_text() {
        let mut progress = Progress::default();
        assert!(progress.record("kl", 42, 0));
        assert!(!progress.record("kl", 42, 0));
        assert!(progress.record("kl", 42, 2));
        assert!(progress.record("information", 7, 1));
        let text = progress.to_text();
        assert_eq!(text, "kl 42:0 42:2\ninformation 7:1\n");
        let back = Progress::parse(&text);
        assert_eq!(back, progress);
        assert_eq!(back.count("kl"), 2);
        assert_eq!(back.count("entropy"), 0);
        assert_eq!(back.total(), 3);
        assert!(back.is_right("kl", 42, 2) && !back.is_right("kl", 43, 2));
    }

    #[test]
    fn damaged_text_is_skipped_not_fatal() {
        let progress = Progress::parse("kl 1:0 x:y 3 4:z\n\n  \nentropy 5:1");
        assert_eq!(progress.count("kl"), 1);
        assert_eq!(progress.count("entropy"), 1);
    }

    #[test]
    fn each_view_keeps_a_bounded_record() {
        let mut progress = Progress::default();
        for seed in 0..(MAX_PER_VIEW as u64 + 10) {
            progress.record("kl", seed, 0);
        }
        assert_eq!(progress.count("kl"), MAX_PER_VIEW);
    }
}
