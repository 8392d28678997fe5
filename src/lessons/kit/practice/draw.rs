//! The seeded generator behind every practice question: the same seed, view and question
//! number always draw the same numbers, in any language or unit, so a link with
//! `practice_seed` shows a class the same set.

/// A SplitMix64 stream (Steele, Lea and Flood 2014): small, fast and good enough to pick
/// numbers for questions. Each draw is `z = mix(state += γ)`.
#[derive(Clone, Debug)]
pub struct Draw {
    state: u64,
}

const GOLDEN_GAMMA: u64 = 0x9E37_79B9_7F4A_7C15;

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Draw {
    /// The stream of question `question` of the view at `view` (its course index) for `seed`.
    /// Mixing in the view and the question keeps their numbers independent of each other.
    pub fn new(seed: u64, view: usize, question: usize) -> Draw {
        let salt = mix((view as u64) << 32 | question as u64);
        Draw {
            state: mix(seed ^ salt),
        }
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(GOLDEN_GAMMA);
        mix(self.state)
    }

    /// A whole number in `lo..=hi` (`lo <= hi`), every value equally likely up to 2⁻⁶⁴.
    pub fn int(&mut self, lo: i64, hi: i64) -> i64 {
        debug_assert!(lo <= hi);
        let span = (hi - lo) as u64 + 1;
        lo + (self.next_u64() % span) as i64
    }

    /// A whole number in `0..n` (`n >= 1`): an index into a list of `n`.
    pub fn index(&mut self, n: usize) -> usize {
        self.int(0, n as i64 - 1) as usize
    }

    /// True or false, equally likely.
    pub fn coin(&mut self) -> bool {
        self.next_u64() >> 63 == 1
    }

    /// One of `items`, equally likely.
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.index(items.len())]
    }

    /// A probability with two decimals, `lo/100 ..= hi/100`: numbers that read well.
    pub fn hundredths(&mut self, lo: u32, hi: u32) -> f64 {
        self.int(lo.into(), hi.into()) as f64 / 100.0
    }

    /// A number with one decimal in `lo/10 ..= hi/10` (a logit, a learning rate).
    pub fn tenths(&mut self, lo: i32, hi: i32) -> f64 {
        self.int(lo.into(), hi.into()) as f64 / 10.0
    }

    /// A distribution over `n` outcomes with two decimals each, every entry at least
    /// `min/100`, whose decimals add up to exactly 1 (`n * min <= 100`).
    pub fn distribution(&mut self, n: usize, min: u32) -> Vec<f64> {
        debug_assert!(n >= 1 && n as u32 * min <= 100);
        let spare = 100 - n as u32 * min;
        // n − 1 cut points in 0..=spare, sorted: the gaps between them are the shares.
        let mut cuts: Vec<u32> = Vec::with_capacity(n);
        for _ in 1..n {
            // Insertion keeps the few cuts sorted without the slice sort's code in the bundle.
            let cut = self.int(0, spare.into()) as u32;
            let at = cuts.iter().position(|&c| c > cut).unwrap_or(cuts.len());
            cuts.insert(at, cut);
        }
        let mut previous = 0;
        let mut parts = Vec::with_capacity(n);
        for cut in cuts.into_iter().chain([spare]) {
            parts.push(f64::from(min + cut - previous) / 100.0);
            previous = cut;
        }
        parts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_draws_the_same_numbers() {
        let a: Vec<i64> = (0..20).map(|_| Draw::new(7, 2, 1).int(0, 1000)).collect();
        let mut draw = Draw::new(7, 2, 1);
        assert_eq!(a[0], draw.int(0, 1000));
        let mut other = Draw::new(8, 2, 1);
        let mut third = Draw::new(7, 3, 1);
        let stream: Vec<i64> = (0..20).map(|_| draw.int(0, 1000)).collect();
        assert_ne!(
            stream,
            (0..20).map(|_| other.int(0, 1000)).collect::<Vec<_>>()
        );
        assert_ne!(
            stream,
            (0..20).map(|_| third.int(0, 1000)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn draws_stay_in_their_ranges() {
        for seed in 0..2000 {
            let mut draw = Draw::new(seed, 0, 0);
            let k = draw.int(-3, 4);
            assert!((-3..=4).contains(&k));
            let p = draw.hundredths(5, 95);
            assert!((0.05..=0.95).contains(&p) && (p * 100.0).round() / 100.0 == p);
            let z = draw.tenths(-20, 20);
            assert!((-2.0..=2.0).contains(&z));
            assert!(draw.index(3) < 3);
        }
    }

    #[test]
    fn distributions_have_two_decimals_summing_to_one() {
        for seed in 0..2000 {
            let mut draw = Draw::new(seed, 1, 2);
            let n = draw.int(2, 5) as usize;
            let p = draw.distribution(n, 5);
            assert_eq!(p.len(), n);
            let hundredths: Vec<u32> = p.iter().map(|x| (x * 100.0).round() as u32).collect();
            assert_eq!(hundredths.iter().sum::<u32>(), 100, "{p:?}");
            assert!(hundredths.iter().all(|&h| h >= 5), "{p:?}");
        }
    }
}
