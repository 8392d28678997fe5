//! Decimal numbers as links and number fields write them.

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

#[cfg(test)]
mod tests {
    use super::*;

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
