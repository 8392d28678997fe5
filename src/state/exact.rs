//! The exact decimal value of an f64, and the three ways the lab writes it rounded, without
//! Rust's float formatting.
//!
//! Every f64 is M·2^E for integers M < 2^53 and E, so its decimal expansion ends:
//! M·2^E = M·5^(−E) / 10^(−E) when E < 0. Working out that integer with a small big-number
//! multiply gives every digit, and rounding a digit string half to even is then exact by
//! construction. This replaces `format!` for f64 (Grisu, Dragon4 and their tables of powers:
//! about 8 KB gzipped in every view's first load); the tests hold it to Rust's output.

use super::parse_decimal;

/// |x| = `digits` / 10^`scale`, where `digits` are the decimal digits (0–9, most significant
/// first, no leading zeros; empty for zero).
struct Exact {
    digits: Vec<u8>,
    scale: usize,
}

impl Exact {
    /// The exact decimal value of a finite `x` (its sign is dropped).
    fn of(x: f64) -> Exact {
        let bits = x.abs().to_bits();
        let biased = (bits >> 52) as i32;
        let fraction = bits & ((1 << 52) - 1);
        // Subnormals have no implicit leading bit and the exponent of the smallest normal.
        let (mantissa, exponent) = if biased == 0 {
            (fraction, -1074)
        } else {
            (fraction | (1 << 52), biased - 1075)
        };
        let mut limbs = vec![mantissa as u32, (mantissa >> 32) as u32];
        let scale = if exponent >= 0 {
            // M·2^E: shift left 31 bits at a time.
            let mut left = exponent as u32;
            while left > 0 {
                let step = left.min(31);
                mul_small(&mut limbs, 1 << step);
                left -= step;
            }
            0
        } else {
            // M·2^E = M·5^(−E) / 10^(−E): 5^13 is the largest power of five in a u32.
            let mut left = exponent.unsigned_abs();
            while left > 0 {
                let step = left.min(13);
                mul_small(&mut limbs, 5u32.pow(step));
                left -= step;
            }
            exponent.unsigned_abs() as usize
        };
        Exact {
            digits: to_decimal(limbs),
            scale,
        }
    }

    /// The position of the first significant digit: the value lies in [10^e, 10^(e+1)).
    /// Only for non-zero values.
    fn exponent(&self) -> i64 {
        self.digits.len() as i64 - 1 - self.scale as i64
    }
}

/// `limbs` (least significant first) times `factor`, in place.
fn mul_small(limbs: &mut Vec<u32>, factor: u32) {
    let mut carry = 0u64;
    for limb in limbs.iter_mut() {
        let product = u64::from(*limb) * u64::from(factor) + carry;
        *limb = product as u32;
        carry = product >> 32;
    }
    if carry > 0 {
        limbs.push(carry as u32);
    }
}

/// The decimal digits of the big number `limbs`, most significant first, without leading
/// zeros (empty for zero).
fn to_decimal(mut limbs: Vec<u32>) -> Vec<u8> {
    const CHUNK: u64 = 1_000_000_000;
    // Nine digits at a time, least significant chunk first.
    let mut chunks = Vec::new();
    while limbs.last() == Some(&0) {
        limbs.pop();
    }
    while !limbs.is_empty() {
        let mut remainder = 0u64;
        for limb in limbs.iter_mut().rev() {
            let value = (remainder << 32) | u64::from(*limb);
            *limb = (value / CHUNK) as u32;
            remainder = value % CHUNK;
        }
        chunks.push(remainder as u32);
        while limbs.last() == Some(&0) {
            limbs.pop();
        }
    }
    let mut digits = Vec::with_capacity(chunks.len() * 9);
    for chunk in chunks.iter().rev() {
        let mut nine = [0u8; 9];
        let mut value = *chunk;
        for slot in nine.iter_mut().rev() {
            *slot = (value % 10) as u8;
            value /= 10;
        }
        digits.extend_from_slice(&nine);
    }
    let leading = digits.iter().take_while(|&&d| d == 0).count();
    digits.drain(..leading);
    digits
}

/// How an exact half is rounded: fixed and scientific notation round it to even, as Rust does;
/// Rust's shortest form rounds it up.
#[derive(Clone, Copy)]
enum Ties {
    ToEven,
    Up,
}

/// `digits` with its last `drop` digits rounded off, halves as `ties` says (a negative `drop`
/// appends zeros). The result may have one digit more than expected when it carries
/// (9.99 → 10.0), and is empty when it rounds to zero.
fn round_off(digits: &[u8], drop: i64, ties: Ties) -> Vec<u8> {
    if drop <= 0 {
        let mut kept = digits.to_vec();
        kept.resize(digits.len() + drop.unsigned_abs() as usize, 0);
        return kept;
    }
    let drop = drop as usize;
    let keep = digits.len().saturating_sub(drop);
    let mut kept = digits[..keep].to_vec();
    // The first dropped digit is a leading zero when more digits go than there are.
    let (first, rest) = if drop > digits.len() {
        (0, digits)
    } else {
        (digits[keep], &digits[keep + 1..])
    };
    let beyond_half = rest.iter().any(|&d| d != 0);
    let half_goes_up = match ties {
        Ties::Up => true,
        Ties::ToEven => kept.last().is_some_and(|d| d % 2 == 1),
    };
    if first > 5 || (first == 5 && (beyond_half || half_goes_up)) {
        bump(&mut kept);
    }
    let leading = kept.iter().take_while(|&&d| d == 0).count();
    kept.drain(..leading);
    kept
}

/// The digits of `integer` · 10^(−`scale`) as text: `whole.fraction`, with exactly `scale`
/// fraction digits (none and no point when `scale` is 0).
fn write_point(text: &mut String, integer: &[u8], scale: usize) {
    let width = integer.len().max(scale + 1);
    let pad = width - integer.len();
    let digit = |i: usize| {
        if i < pad {
            b'0'
        } else {
            b'0' + integer[i - pad]
        }
    };
    for i in 0..width - scale {
        text.push(digit(i) as char);
    }
    if scale > 0 {
        text.push('.');
        for i in width - scale..width {
            text.push(digit(i) as char);
        }
    }
}

/// `NaN`, `inf` or `-inf` as Rust writes them, for a value that is not finite.
fn not_finite(x: f64) -> Option<String> {
    if x.is_nan() {
        Some("NaN".to_string())
    } else if x.is_infinite() {
        Some(if x > 0.0 { "inf" } else { "-inf" }.to_string())
    } else {
        None
    }
}

fn sign(x: f64) -> String {
    if x.is_sign_negative() {
        "-".to_string()
    } else {
        String::new()
    }
}

/// `x` with `decimals` digits after the point, as `format!("{x:.decimals$}")` writes it: the
/// exact binary value rounded half to even, `-` for every negative value (−0 and values that
/// round to zero included).
pub fn fixed_exact(x: f64, decimals: usize) -> String {
    if let Some(text) = not_finite(x) {
        return text;
    }
    let exact = Exact::of(x);
    let integer = round_off(
        &exact.digits,
        exact.scale as i64 - decimals as i64,
        Ties::ToEven,
    );
    let mut text = sign(x);
    write_point(&mut text, &integer, decimals);
    text
}

/// `x` in scientific notation with `decimals` digits after the point, as
/// `format!("{x:.decimals$e}")` writes it: `d.ddde−n`, the exponent without a `+` or padding.
pub fn scientific(x: f64, decimals: usize) -> String {
    if let Some(text) = not_finite(x) {
        return text;
    }
    let mut text = sign(x);
    let exact = Exact::of(x);
    let (mantissa, exponent) = if exact.digits.is_empty() {
        (vec![0; decimals + 1], 0)
    } else {
        let drop = exact.digits.len() as i64 - (decimals as i64 + 1);
        let mut mantissa = round_off(&exact.digits, drop, Ties::ToEven);
        let mut exponent = exact.exponent();
        if mantissa.len() > decimals + 1 {
            // 9.9996 to 3 decimals carries into a new digit: 1.000 one power up.
            mantissa.truncate(decimals + 1);
            exponent += 1;
        }
        (mantissa, exponent)
    };
    write_point(&mut text, &mantissa, decimals);
    text.push('e');
    text.push_str(&exponent.to_string());
    text
}

/// `x` as `format!("{x}")` writes it: the fewest significant digits that read back as exactly
/// `x` (the nearest such number when several have that many, the larger of two equally near),
/// in positional notation.
pub fn shortest(x: f64) -> String {
    if let Some(text) = not_finite(x) {
        return text;
    }
    let mut text = sign(x);
    let magnitude = x.abs();
    // Whole numbers (sizes, an opacity of 1) are common and need no search.
    if magnitude < 9_007_199_254_740_992.0 && magnitude.fract() == 0.0 {
        text.push_str(&(magnitude as u64).to_string());
        return text;
    }
    let exact = Exact::of(x);
    // The neighbour below a power of two is twice as close as the one above, so the number
    // nearest x can miss x's rounding interval on that side while the one above hits it.
    let power_of_two = magnitude.to_bits() & ((1 << 52) - 1) == 0 && magnitude.is_normal();
    let candidates = |significant: i64| {
        let drop = exact.digits.len() as i64 - significant;
        let nearest = round_off(&exact.digits, drop, Ties::Up);
        let mut found = vec![nearest];
        if power_of_two && drop > 0 {
            let below = exact.digits[..exact.digits.len() - drop as usize].to_vec();
            let mut above = below.clone();
            bump(&mut above);
            found.push(above);
        }
        found
            .into_iter()
            .map(|integer| positional(&integer, drop - exact.scale as i64))
            .find(|candidate| parse_decimal(candidate) == Some(magnitude))
    };
    // Having a k-digit number in the interval implies one of k + 1 digits: search for the
    // fewest. Seventeen significant digits always read back.
    let (mut low, mut high) = (1i64, 17i64);
    while low < high {
        let middle = (low + high) / 2;
        if candidates(middle).is_some() {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    text.push_str(
        &candidates(low).unwrap_or_else(|| positional(&exact.digits, -(exact.scale as i64))),
    );
    text
}

/// Adds one to the decimal digits `integer` in place.
fn bump(integer: &mut Vec<u8>) {
    for digit in integer.iter_mut().rev() {
        if *digit == 9 {
            *digit = 0;
        } else {
            *digit += 1;
            return;
        }
    }
    integer.insert(0, 1);
}

/// `integer` · 10^`power` in positional notation with no trailing fraction zeros.
fn positional(integer: &[u8], power: i64) -> String {
    let mut text = String::new();
    if integer.is_empty() {
        text.push('0');
    } else if power >= 0 {
        write_point(&mut text, integer, 0);
        text.extend(std::iter::repeat_n('0', power as usize));
    } else {
        write_point(&mut text, integer, power.unsigned_abs() as usize);
        let trimmed = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(trimmed);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values every writer must get right: zeros, ties, neighbours of ties, powers of two,
    /// the extremes and a deterministic spread over every magnitude.
    fn hard_values() -> Vec<f64> {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            0.5,
            0.25,
            0.125,
            1.5,
            2.5,
            0.1,
            0.2,
            0.3,
            0.1 + 0.2,
            1.0 / 3.0,
            0.8018185525433372,
            9.9995,
            9.99995,
            0.99995,
            12345.0,
            1e7,
            1e15,
            1e16,
            1e21,
            1e22,
            1e23,
            123456789012345680000.0,
            f64::MIN_POSITIVE,
            5e-324,
            1e-300,
            f64::MAX,
            f64::EPSILON,
        ];
        for m in 1..=40 {
            for k in [1u64, 3, 5, 7, 9, 11, 101, 1001, 65535] {
                let tie = k as f64 / 2f64.powi(m);
                values.extend([tie, tie.next_up(), tie.next_down()]);
            }
        }
        for e in -1074..=1023 {
            let power = 2f64.powi(e);
            values.extend([power, power.next_up(), power.next_down()]);
        }
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..10_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            // Raw bit patterns cover every exponent; the scaled ones the lab's own range.
            let raw = f64::from_bits(state >> 1);
            if raw.is_finite() {
                values.push(raw);
            }
            let mantissa = (state >> 11) as f64 / (1u64 << 53) as f64;
            values.push(mantissa * 10f64.powi((state % 24) as i32 - 12));
        }
        let negated: Vec<f64> = values.iter().map(|x| -x).collect();
        values.extend(negated);
        values
    }

    #[test]
    fn shortest_writes_what_rust_writes() {
        for x in hard_values() {
            assert_eq!(shortest(x), format!("{x}"), "{x:e}");
        }
        for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(shortest(x), format!("{x}"));
        }
    }

    #[test]
    fn fixed_writes_what_rust_writes() {
        for x in hard_values() {
            for decimals in [0, 1, 4, 9, 20] {
                assert_eq!(fixed_exact(x, decimals), format!("{x:.decimals$}"), "{x:e}");
            }
        }
    }

    #[test]
    fn scientific_writes_what_rust_writes() {
        for x in hard_values() {
            for decimals in [0, 3] {
                assert_eq!(scientific(x, decimals), format!("{x:.decimals$e}"), "{x:e}");
            }
        }
        for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(scientific(x, 3), format!("{x:.3e}"));
        }
    }

    #[test]
    fn rounding_carries_and_keeps_ties_even() {
        assert_eq!(round_off(&[9, 9, 9, 5], 1, Ties::ToEven), vec![1, 0, 0, 0]);
        assert_eq!(round_off(&[2, 5], 1, Ties::ToEven), vec![2]);
        assert_eq!(round_off(&[3, 5], 1, Ties::ToEven), vec![4]);
        assert_eq!(round_off(&[2, 5, 0, 1], 3, Ties::ToEven), vec![3]);
        assert_eq!(round_off(&[5], 1, Ties::ToEven), Vec::<u8>::new());
        assert_eq!(round_off(&[6], 1, Ties::ToEven), vec![1]);
        assert_eq!(round_off(&[9], 2, Ties::ToEven), Vec::<u8>::new());
        assert_eq!(round_off(&[2, 5], 1, Ties::Up), vec![3]);
        assert_eq!(round_off(&[4, 2], -2, Ties::ToEven), vec![4, 2, 0, 0]);
    }
}
