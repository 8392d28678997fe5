//! Decimal numbers as links and number fields write them, and as readouts show them.

use std::fmt::Write;

use super::exact::fixed_exact;

/// Parses `[+-] digits [. digits] [(e|E) [+-] digits]` (at least one mantissa digit) to the
/// nearest f64; anything else is `None`. An out-of-range exponent gives ±infinity or ±0, as
/// with Rust's parser.
///
/// Both targets round correctly: the host uses Rust's parser; the browser uses the engine's
/// `parseFloat`, which rounds correctly too and keeps Rust's 10 KB table of powers of five out
/// of the bundle. The syntax check comes first, so the two always see the same strings.
pub fn parse_decimal(text: &str) -> Option<f64> {
    if !is_decimal(text) {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    {
        Some(js_sys::Number::parse_float(text))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.parse().ok()
    }
}

/// Whether `text` is a plain decimal number (see [`parse_decimal`]).
fn is_decimal(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    let skip_sign = |i: &mut usize| {
        if matches!(bytes.get(*i), Some(b'+' | b'-')) {
            *i += 1;
        }
    };
    let count_digits = |i: &mut usize| {
        let start = *i;
        while bytes.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    skip_sign(&mut i);
    let mut mantissa_digits = count_digits(&mut i);
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        mantissa_digits += count_digits(&mut i);
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        skip_sign(&mut i);
        if count_digits(&mut i) == 0 {
            return false;
        }
    }
    i == bytes.len()
}

/// `x` with `decimals` digits after the point, exactly as `format!("{x:.decimals$}")` writes it:
/// the binary value rounded half to even, a `-` for any negative value (also when the digits
/// are all zero) and `inf`/`NaN` for the rest.
///
/// Rust's exact formatting often falls back to its big-number algorithm (Dragon4), which costs
/// several microseconds a number, and every slider move writes dozens. Here |x|·10^d is worked
/// out in floating point first, within half a unit in its last place: unless that lies within
/// two units of a tie (n + ½), rounding it gives the digits exact rounding gives, from integer
/// arithmetic. The rest take the exact path ([`fixed_exact`]).
pub fn fixed_decimals(x: f64, decimals: usize) -> String {
    const POW10: [f64; 10] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
    // Below 2^52 the fraction of `scaled` is exact and a unit in its last place is at most ½.
    const EXACT_BELOW: f64 = 4_503_599_627_370_496.0;
    if let Some(&power) = POW10.get(decimals) {
        let scaled = x.abs() * power;
        if scaled < EXACT_BELOW {
            let unit_in_last_place = f64::EPSILON * scaled.max(f64::MIN_POSITIVE);
            let whole = scaled.floor();
            if ((scaled - whole) - 0.5).abs() > 2.0 * unit_in_last_place {
                let digits = scaled.round() as u64;
                let unit = 10u64.pow(decimals as u32);
                let mut text = String::with_capacity(24);
                if x.is_sign_negative() {
                    text.push('-');
                }
                let _ = write!(text, "{}", digits / unit);
                if decimals > 0 {
                    let _ = write!(text, ".{:0decimals$}", digits % unit);
                }
                return text;
            }
        }
    }
    fixed_exact(x, decimals)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_decimals_writes_what_rust_writes() {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.5,
            0.05,
            0.00005,
            0.03125,
            -0.03125,
            0.15625,
            1.0 / 3.0,
            2.0 / 3.0,
            0.8018185525433372,
            -0.00000001,
            9.99995,
            9.999949999,
            0.99995,
            123456.78905,
            1e7,
            1e15,
            4.5e15,
            1e300,
            f64::MIN_POSITIVE,
            5e-324,
            f64::MAX,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ];
        // Ties of every size in binary (k / 2^m) and values a hair off them.
        for m in 1..=40 {
            for k in [1u64, 3, 5, 7, 9, 11, 101, 1001, 65535] {
                let tie = k as f64 / 2f64.powi(m);
                values.extend([tie, -tie, tie.next_up(), tie.next_down()]);
            }
        }
        // A deterministic spread over magnitudes (xorshift).
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mantissa = (state >> 11) as f64 / (1u64 << 53) as f64;
            let exponent = (state % 24) as i32 - 12;
            let sign = if state & 1 == 0 { 1.0 } else { -1.0 };
            values.push(sign * mantissa * 10f64.powi(exponent));
        }
        for x in values {
            for decimals in [0, 1, 2, 4, 6, 9, 12] {
                assert_eq!(
                    fixed_decimals(x, decimals),
                    format!("{x:.decimals$}"),
                    "{x:e} to {decimals}"
                );
            }
        }
    }

    #[test]
    fn accepts_what_rust_accepts_for_decimals() {
        for text in [
            "0",
            "-0",
            "+1",
            "0.25",
            ".5",
            "5.",
            "1e-3",
            "2E+10",
            "0.1000000000000000055511151231257827",
            "1e999",
            "1e-400",
        ] {
            assert_eq!(parse_decimal(text), text.parse::<f64>().ok(), "{text}");
        }
    }

    #[test]
    fn refuses_everything_else() {
        for text in [
            "", "+", "-", ".", "e5", "1e", "1e+", "inf", "NaN", "infinity", "0x10", "1,5", " 1",
            "1 ", "1..2", "--1", "1e5.5",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }
}
